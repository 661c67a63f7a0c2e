"""Editing a company or a person in dialogs built from forms/*.ui.

Every field is checked as you type (by the same service rules that guard the save) and every
error shows beside its field at once; a corrected field loses its error. A save sends only
the fields the person changed; a field someone else changed meanwhile (sync, another window)
is not overwritten: the person chooses, field by field, "keep mine" or "take theirs". Saved
edits go on the undo stack (Ctrl+Z). Possible duplicates appear while typing.

The parts: edit_dialog_fields (shared field helpers, FieldErrors), edit_dialog_conflicts
(the undoable save, the conflict dialog), edit_dialog_base (what both dialogs share),
edit_dialog_company; the person dialog and open_editor are here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QWidget,
)

from crm_desktop.domain.phones import format_phone
from crm_desktop.domain.zones import user_zone
from crm_desktop.services.clients.client_fields import LIMITS
from crm_desktop.services.dto import CompanyDTO, ContactDTO, SearchHit
from crm_desktop.ui.clients.edit_dialog_base import ClientDialog
from crm_desktop.ui.clients.edit_dialog_company import CompanyDialog
from crm_desktop.ui.clients.edit_dialog_conflicts import ConflictDialog, EditCommand
from crm_desktop.ui.clients.edit_dialog_fields import (
    FieldErrors,
    formatted_phones,
    shown,
    split_list,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import DateInput
from crm_desktop.ui.forms_generated.ui_contact_dialog import Ui_ContactDialog

__all__ = ["ClientDialog", "CompanyDialog", "ConflictDialog", "ContactDialog", "EditCommand",
           "FieldErrors", "current_company", "open_editor", "shown", "split_list"]


class ContactDialog(ClientDialog[ContactDTO]):
    """A person. The company field suggests companies while you type (the suggestions never
    take the keyboard); a name typed in full without picking it is linked when exactly one
    company has it, else the field says what is wrong."""

    kind = "contact"

    def __init__(self, app: AppContext, record: ContactDTO | None = None,
                 parent: QWidget | None = None,
                 company: tuple[str, str | None] | None = None) -> None:
        super().__init__(app, record, parent)
        form = Ui_ContactDialog()
        form.setupUi(self)
        self._wire(form)
        fields = {
            "last_name": form.last_name, "first_name": form.first_name,
            "middle_name": form.middle_name, "company": form.company, "position": form.position,
            "phones": form.phones, "emails": form.emails, "birthday": form.birthday,
            "source": form.source, "tags": form.tags, "notes": form.notes}
        self.errors = FieldErrors(form.form, fields)
        self._watch(fields, ("last_name", "first_name", "phones", "emails"))
        form.company.setMaxLength(LIMITS["name"])
        form.phones.editingFinished.connect(lambda: form.phones.setText(
            formatted_phones(form.phones.text(), app.crm.region)))
        def today() -> date:
            return app.crm.now().astimezone(user_zone()).date()

        self.birthday = DateInput(form.birthday, today, opens_at=lambda: today().replace(
            year=today().year - 30, day=1))
        self.birthday.changed.connect(lambda: self._edited("birthday"))
        self._company_id: str | None = None
        self._company_name: str | None = None
        self._company_hits: dict[str, str] = {}
        self._completer_model = QStringListModel(self)
        self.completer = QCompleter(self._completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # PySide6's stubs cannot pick a signal's overload by [type]
        self.completer.activated[str].connect(self._company_picked)  # type: ignore[index]
        form.company.setCompleter(self.completer)
        form.company.textEdited.connect(self._find_companies)
        form.company.editingFinished.connect(self._check_timer.start)
        self.setWindowTitle(self.tr("Edit person") if record else self.tr("New person"))
        app.worker.submit(lambda: app.crm.reference.names("lead_sources"),
                          lambda names: form.source.addItems([""] + names))
        if record is not None:
            self._load(record)
        elif company is not None:
            self._set_company(*company)
        self._loaded()

    # -- the company field ----------------------------------------------------------------------
    def _set_company(self, ident: str | None, name: str | None) -> None:
        self._company_id, self._company_name = ident, name
        if ident and name is None:  # the name arrives from the worker; the id holds meanwhile
            self.app.worker.submit(lambda: self.app.crm.companies.get(ident),
                                   lambda c: self._company_named(c.id, c.name))
        else:
            self.form.company.setText(name or "")

    def _company_named(self, ident: str, name: str) -> None:
        if self._company_id == ident:
            self._company_name = name
            self.form.company.setText(name)
            if not self._touched:
                self._initial["company_id"] = ident

    def _find_companies(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        self.app.worker.submit(
            lambda: self.app.crm.search.search(text, limit=15, kinds=("company",)),
            lambda hits: self._fill_companies(text, hits))

    def _fill_companies(self, text: str, hits: list[SearchHit]) -> None:
        edit = self.form.company
        if edit.text() != text:
            return  # typed on meanwhile: a newer search is on its way
        self._company_hits = {hit.title: hit.id for hit in hits}
        self._completer_model.setStringList(list(self._company_hits))
        if hits and edit.hasFocus():
            self.completer.complete()  # a popup that passes every key back to the field

    def _company_picked(self, title: str) -> None:
        ident = self._company_hits.get(title)
        if ident is not None:
            self._company_id, self._company_name = ident, title
            self._edited("company")

    def resolve(self, values: dict[str, Any], errors: dict[str, str]) -> None:
        typed = values.pop("_company_typed", None)
        if typed is None:
            return
        found = self.app.crm.companies.named(typed)
        if len(found) == 1:
            values["company_id"] = found[0].id
        elif not found:
            errors["company_id"] = QApplication.translate(
                "ContactDialog", "There is no company «%1»: choose one from the list, or "
                                 "create it first").replace("%1", typed)
        else:
            errors["company_id"] = QApplication.translate(
                "ContactDialog", "%1 companies are named «%2»: choose one from the list") \
                .replace("%1", str(len(found))).replace("%2", typed)

    def still_typing(self, field: str) -> bool:
        return field == "company_id" and self.form.company.hasFocus()

    # -- loading and values ---------------------------------------------------------------------
    def _load(self, r: ContactDTO) -> None:
        for name in ("last_name", "first_name", "middle_name", "position", "phones", "emails",
                     "birthday", "source", "tags", "notes", "company_id"):
            self.show_value(name, getattr(r, name))

    def show_value(self, field: str, value: Any) -> None:
        f = self.form
        if field in ("phones", "emails", "tags"):
            getattr(f, field).setText(", ".join(
                format_phone(v) if field == "phones" else v for v in value or []))
        elif field == "birthday":
            self.birthday.set_value(value)
        elif field == "source":
            f.source.setCurrentText(value or "")
        elif field == "notes":
            f.notes.setPlainText(value or "")
        elif field == "company_id":
            self._set_company(value, None)
        else:
            getattr(f, field).setText(value or "")

    def _company_value(self) -> tuple[str | None, str | None]:
        """(id, None) when known; (None, typed name) when it must be looked up."""
        text = self.form.company.text().strip()
        if self._company_id and (self._company_name is None or text == self._company_name):
            return self._company_id, None
        if not text:
            return None, None
        ident = self._company_hits.get(text)
        return (ident, None) if ident else (None, text)

    def local_errors(self) -> dict[str, str]:
        error = self.birthday.error()
        return {"birthday": error} if error else {}

    def values(self) -> dict[str, Any]:
        f = self.form
        try:
            birthday = self.birthday.value()
        except ValueError:
            birthday = None  # local_errors() says why
        company_id, typed = self._company_value()
        values = {"last_name": f.last_name.text(), "first_name": f.first_name.text(),
                  "middle_name": f.middle_name.text(), "company_id": company_id,
                  "position": f.position.text(), "phones": split_list(f.phones.text()),
                  "emails": split_list(f.emails.text()), "birthday": birthday,
                  "source": f.source.currentText(), "tags": split_list(f.tags.text()),
                  "notes": f.notes.toPlainText()}
        if typed:
            values["_company_typed"] = typed
        return values

    def changes(self) -> dict[str, Any]:
        values = self.values()
        if self.record is None:
            return values
        changed = {k: v for k, v in values.items() if v != self._initial.get(k)}
        if "_company_typed" in changed:
            changed.pop("company_id", None)
        return changed

    def duplicate_query(self) -> dict[str, Any]:
        f = self.form
        name = " ".join(p for p in (f.last_name.text(), f.first_name.text()) if p.strip())
        return {"name": name, "phones": split_list(f.phones.text()),
                "emails": split_list(f.emails.text())}


def current_company(parent: QWidget | None) -> tuple[str, str | None] | None:
    """The company whose card is open and visible in `parent` (Ctrl+Shift+N from a company
    card makes a person of that company)."""
    if parent is None:
        return None
    from crm_desktop.ui.clients.card import ClientCard

    cards = [c for c in parent.findChildren(ClientCard)
             if c.kind == "company" and c.isVisible()]
    focused = QApplication.focusWidget()
    for card in cards:
        if focused is not None and card.isAncestorOf(focused):
            return card.ident, getattr(getattr(card, "record", None), "name", None)
    if len(cards) == 1:
        return cards[0].ident, getattr(getattr(cards[0], "record", None), "name", None)
    return None


def open_editor(app: AppContext, kind: str, record: CompanyDTO | ContactDTO | None = None,
                parent: QWidget | None = None,
                company: tuple[str, str | None] | None = None) -> ClientDialog[Any]:
    """The dialog of `record`, or of a new client of `kind`."""
    dialog: ClientDialog[Any]
    if isinstance(record, CompanyDTO) or (record is None and kind == "company"):
        dialog = CompanyDialog(app, record, parent)
    else:
        if record is None and company is None:
            company = current_company(parent.window() if parent is not None else None)
        dialog = ContactDialog(app, record, parent, company)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
