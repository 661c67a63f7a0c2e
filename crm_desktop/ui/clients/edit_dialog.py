"""Editing a company or a person in dialogs built from forms/*.ui. Validation errors from
the services appear beside their field; possible duplicates appear while typing. Saved edits
go on the undo stack (Ctrl+Z)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.forms_generated.ui_company_dialog import Ui_CompanyDialog
from crm_desktop.ui.forms_generated.ui_contact_dialog import Ui_ContactDialog

DUPLICATE_DELAY_MS = 250
ERROR_STYLE_PROPERTY = "invalid"
COMPANY_KINDS = [("client", QT_TRANSLATE_NOOP("CompanyDialog", "Client")),
                 ("prospect", QT_TRANSLATE_NOOP("CompanyDialog", "Prospect")),
                 ("partner", QT_TRANSLATE_NOOP("CompanyDialog", "Partner")),
                 ("supplier", QT_TRANSLATE_NOOP("CompanyDialog", "Supplier"))]


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class FieldErrors:
    """A hidden red label under each field of a QFormLayout, shown with the service's reason."""

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget]) -> None:
        self.fields = fields
        self.labels: dict[str, QLabel] = {}
        for name, widget in fields.items():
            row, _ = form.getWidgetPosition(widget)
            label = QLabel()
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            label.hide()
            form.insertRow(row + 1, "", label)
            self.labels[name] = label

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.hide()
            self.fields[name].setProperty(ERROR_STYLE_PROPERTY, False)
            self._repolish(self.fields[name])

    def show(self, field: str, reason: str) -> QWidget | None:
        label = self.labels.get(field) or self.labels.get(_ALIASES.get(field, ""))
        if label is None:
            return None
        name = next(k for k, v in self.labels.items() if v is label)
        label.setText(reason)
        label.show()
        widget = self.fields[name]
        widget.setProperty(ERROR_STYLE_PROPERTY, True)
        self._repolish(widget)
        widget.setFocus()
        return widget

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.labels.items()
                if not label.isHidden()}

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


_ALIASES = {"company_id": "company", "birthday": "birthday"}


class EditCommand(QUndoCommand):
    """Undo/redo of one saved edit: writes the other side's values back through the service."""

    def __init__(self, app: AppContext, kind: str, ident: str, before: dict, after: dict,
                 text: str) -> None:
        super().__init__(text)
        self.app, self.kind, self.ident = app, kind, ident
        self.before, self.after = before, after
        self._first = True

    def _apply(self, values: dict) -> None:
        service = self.app.crm.companies if self.kind == "company" else self.app.crm.contacts
        self.app.worker.submit(lambda: service.update(self.ident, **values),
                               lambda _: self.app.coordinator.data_changed.emit(self.kind))

    def redo(self) -> None:
        if self._first:  # the dialog has already saved it
            self._first = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ClientDialog(QDialog):
    saved = Signal(str, str)  # kind, id
    duplicates_shown = Signal(int)
    failed = Signal(str, str)  # field, reason
    kind = "company"

    def __init__(self, app: AppContext, record: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.app, self.record = app, record
        self._dup_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self._find_duplicates)
        self._dup_generation = 0

    def _wire(self, form: Any) -> None:
        form.buttons.accepted.connect(self.save)
        form.buttons.rejected.connect(self.reject)
        form.duplicates.currentItemChanged.connect(
            lambda item, _: form.open_existing.setEnabled(item is not None))
        form.duplicates.itemActivated.connect(lambda _: self._open_existing())
        form.open_existing.clicked.connect(self._open_existing)
        self.form = form

    # -- duplicates ---------------------------------------------------------------------------
    def _watch(self, *widgets: QLineEdit) -> None:
        for widget in widgets:
            widget.textEdited.connect(lambda _: self._dup_timer.start())

    def duplicate_query(self) -> dict[str, Any]:
        raise NotImplementedError

    def _find_duplicates(self) -> None:
        self._dup_generation += 1
        generation, query = self._dup_generation, self.duplicate_query()
        exclude = self.record.id if self.record else None
        self.app.worker.submit(
            lambda: self.app.crm.duplicates.find(kind=self.kind, exclude_id=exclude, **query),
            lambda found: self._show_duplicates(generation, found))

    def _show_duplicates(self, generation: int, found: list) -> None:
        if generation != self._dup_generation:
            return
        reasons = {"phone": self.tr("same phone"), "email": self.tr("same email"),
                   "tax_id": self.tr("same tax id"), "name": self.tr("similar name")}
        self.form.duplicates.clear()
        for candidate in found:
            item = QListWidgetItem(f"{candidate.title}\n{reasons.get(candidate.reason, '')}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            self.form.duplicates.addItem(item)
        self.form.duplicates_box.setProperty("warning", bool(found))
        self.form.duplicates_box.setTitle(
            self.tr("Possible duplicates (%1)").replace("%1", str(len(found))) if found
            else self.tr("Possible duplicates"))
        self.duplicates_shown.emit(len(found))

    def _open_existing(self) -> None:
        item = self.form.duplicates.currentItem() or self.form.duplicates.item(0)
        if item is not None:
            self.app.coordinator.open_client.emit(self.kind, item.data(Qt.ItemDataRole.UserRole))
            self.reject()

    # -- saving -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        values = self.values()
        service = self.app.crm.companies if self.kind == "company" else self.app.crm.contacts
        record = self.record
        before = {k: getattr(record, k) for k in values} if record else None
        self.form.buttons.setEnabled(False)

        def write() -> Any:
            return service.update(record.id, **values) if record else service.create(**values)

        def done(result: Any) -> None:
            self.form.buttons.setEnabled(True)
            if record is not None and before is not None:
                changed = {k: v for k, v in before.items() if getattr(result, k) != v}
                if changed:
                    after = {k: getattr(result, k) for k in changed}
                    self.app.undo_stack.push(EditCommand(
                        self.app, self.kind, record.id, changed, after,
                        self.tr("Edit %1").replace("%1", result.display_name)))
            self.app.coordinator.data_changed.emit(self.kind)
            self.saved.emit(self.kind, result.id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.form.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                if self.errors.show(exc.field, exc.reason) is None:
                    self.errors.show(next(iter(self.errors.fields)), f"{exc.field}: {exc.reason}")
                self.failed.emit(exc.field, exc.reason)
            else:
                self.errors.show(next(iter(self.errors.fields)), str(exc))
                self.failed.emit("", str(exc))

        self.app.worker.submit(write, done, failed)


class CompanyDialog(ClientDialog):
    kind = "company"

    def __init__(self, app: AppContext, record: Any = None, parent: QWidget | None = None):
        super().__init__(app, record, parent)
        form = Ui_CompanyDialog()
        form.setupUi(self)
        self._wire(form)
        for value, label in COMPANY_KINDS:
            form.kind.addItem(self.tr(label), value)
        self.errors = FieldErrors(form.form, {
            "name": form.name, "kind": form.kind, "legal_name": form.legal_name,
            "tax_id": form.tax_id, "phones": form.phones, "emails": form.emails,
            "website": form.website, "industry": form.industry, "address": form.address,
            "lead_source": form.lead_source, "segment": form.segment, "tags": form.tags,
            "keep_in_touch_days": form.keep_in_touch_days, "notes": form.notes})
        self._watch(form.name, form.tax_id, form.phones, form.emails)
        self.setWindowTitle(self.tr("Edit company") if record else self.tr("New company"))
        app.worker.submit(lambda: (app.crm.reference.names("lead_sources"),
                                   app.crm.client_list.filter_choices()["segments"]),
                          self._fill_choices)
        if record is not None:
            self._load(record)

    def _fill_choices(self, result: tuple[list[str], list[str]]) -> None:
        sources, segments = result
        current_source = self.form.lead_source.currentText()
        current_segment = self.form.segment.currentText()
        self.form.lead_source.addItems([""] + sources)
        self.form.segment.addItems([""] + [s for s in segments if s])
        self.form.lead_source.setCurrentText(current_source)
        self.form.segment.setCurrentText(current_segment)

    def _load(self, r: Any) -> None:
        f = self.form
        f.name.setText(r.name)
        f.kind.setCurrentIndex(max(0, f.kind.findData(r.kind)))
        f.legal_name.setText(r.legal_name or "")
        f.tax_id.setText(r.tax_id or "")
        f.phones.setText(", ".join(r.phones))
        f.emails.setText(", ".join(r.emails))
        f.website.setText(r.website or "")
        f.industry.setText(r.industry or "")
        f.address.setText(r.address or "")
        f.lead_source.setCurrentText(r.lead_source or "")
        f.segment.setCurrentText(r.segment or "")
        f.tags.setText(", ".join(r.tags))
        f.keep_in_touch_days.setValue(r.keep_in_touch_days or 0)
        f.notes.setPlainText(r.notes or "")

    def values(self) -> dict[str, Any]:
        f = self.form
        return {"name": f.name.text(), "kind": f.kind.currentData(),
                "legal_name": f.legal_name.text(), "tax_id": f.tax_id.text(),
                "phones": split_list(f.phones.text()), "emails": split_list(f.emails.text()),
                "website": f.website.text(), "industry": f.industry.text(),
                "address": f.address.text(), "lead_source": f.lead_source.currentText(),
                "segment": f.segment.currentText(), "tags": split_list(f.tags.text()),
                "keep_in_touch_days": f.keep_in_touch_days.value() or None,
                "notes": f.notes.toPlainText()}

    def duplicate_query(self) -> dict[str, Any]:
        f = self.form
        return {"name": f.name.text(), "phones": split_list(f.phones.text()),
                "emails": split_list(f.emails.text()), "tax_id": f.tax_id.text()}


class ContactDialog(ClientDialog):
    kind = "contact"

    def __init__(self, app: AppContext, record: Any = None, parent: QWidget | None = None,
                 company: tuple[str, str] | None = None):
        super().__init__(app, record, parent)
        form = Ui_ContactDialog()
        form.setupUi(self)
        self._wire(form)
        self.errors = FieldErrors(form.form, {
            "last_name": form.last_name, "first_name": form.first_name,
            "middle_name": form.middle_name, "company": form.company, "position": form.position,
            "phones": form.phones, "emails": form.emails, "birthday": form.birthday,
            "source": form.source, "tags": form.tags, "notes": form.notes})
        self._watch(form.last_name, form.first_name, form.phones, form.emails)
        form.birthday.setMinimumDate(QDate(1900, 1, 1))
        form.birthday.setDate(form.birthday.minimumDate())
        form.company.addItem("", None)
        form.company.lineEdit().setPlaceholderText(self.tr("type to find a company"))
        form.company.lineEdit().textEdited.connect(self._find_companies)
        self.setWindowTitle(self.tr("Edit person") if record else self.tr("New person"))
        app.worker.submit(lambda: app.crm.reference.names("lead_sources"),
                          lambda names: form.source.addItems([""] + names))
        if company is not None:
            form.company.addItem(company[1], company[0])
            form.company.setCurrentIndex(1)
        if record is not None:
            self._load(record)

    def _find_companies(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        self.app.worker.submit(
            lambda: self.app.crm.search.search(text, limit=15, kinds=("company",)),
            lambda hits: self._fill_companies(text, hits))

    def _fill_companies(self, text: str, hits: list) -> None:
        box: QComboBox = self.form.company
        if box.lineEdit().text() != text:
            return
        box.blockSignals(True)
        box.clear()
        box.addItem("", None)
        for hit in hits:
            box.addItem(hit.title, hit.id)
        box.setEditText(text)
        box.blockSignals(False)
        if hits:
            box.showPopup()

    def _load(self, r: Any) -> None:
        f = self.form
        f.last_name.setText(r.last_name or "")
        f.first_name.setText(r.first_name or "")
        f.middle_name.setText(r.middle_name or "")
        f.position.setText(r.position or "")
        f.phones.setText(", ".join(r.phones))
        f.emails.setText(", ".join(r.emails))
        if r.birthday:
            f.birthday.setDate(QDate(r.birthday.year, r.birthday.month, r.birthday.day))
        f.source.setCurrentText(r.source or "")
        f.tags.setText(", ".join(r.tags))
        f.notes.setPlainText(r.notes or "")
        if r.company_id:
            self.app.worker.submit(lambda: self.app.crm.companies.get(r.company_id),
                                   lambda c: (f.company.addItem(c.name, c.id),
                                              f.company.setCurrentIndex(f.company.count() - 1)))

    def values(self) -> dict[str, Any]:
        f = self.form
        birthday_edit: QDateEdit = f.birthday
        birthday = None
        if birthday_edit.date() != birthday_edit.minimumDate():
            d = birthday_edit.date()
            birthday = date(d.year(), d.month(), d.day())
        company_id = f.company.currentData() if f.company.currentText().strip() else None
        return {"last_name": f.last_name.text(), "first_name": f.first_name.text(),
                "middle_name": f.middle_name.text(), "company_id": company_id,
                "position": f.position.text(), "phones": split_list(f.phones.text()),
                "emails": split_list(f.emails.text()), "birthday": birthday,
                "source": f.source.currentText(), "tags": split_list(f.tags.text()),
                "notes": f.notes.toPlainText()}

    def duplicate_query(self) -> dict[str, Any]:
        f = self.form
        name = " ".join(p for p in (f.last_name.text(), f.first_name.text()) if p.strip())
        return {"name": name, "phones": split_list(f.phones.text()),
                "emails": split_list(f.emails.text())}


def open_editor(app: AppContext, kind: str, record: Any = None,
                parent: QWidget | None = None) -> ClientDialog:
    dialog: ClientDialog = (CompanyDialog if kind == "company" else ContactDialog)(
        app, record, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


