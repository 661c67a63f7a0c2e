"""Editing a company or a person in dialogs built from forms/*.ui.

Every field is checked as you type (by the same service rules that guard the save) and every
error shows beside its field at once; a corrected field loses its error. A save sends only
the fields the person changed; a field someone else changed meanwhile (sync, another window)
is not overwritten: the person chooses, field by field, "keep mine" or "take theirs". Saved
edits go on the undo stack (Ctrl+Z). Possible duplicates appear while typing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import EditConflict, ValidationError
from crm_desktop.domain.phones import format_phone, normalize_phone
from crm_desktop.domain.zones import user_zone
from crm_desktop.services.clients.client_fields import LIMITS, FieldConflict
from crm_desktop.ui.clients.commands import WorkerCommand
from crm_desktop.ui.clients.field_labels import field_label
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import DateInput
from crm_desktop.ui.forms_generated.ui_company_dialog import Ui_CompanyDialog
from crm_desktop.ui.forms_generated.ui_contact_dialog import Ui_ContactDialog
from crm_desktop.ui.reasons import translated

DUPLICATE_DELAY_MS = 250
CHECK_DELAY_MS = 300
LIST_LIMIT = 2000  # the typed line of phones, emails or tags
ERROR_STYLE_PROPERTY = "invalid"
COMPANY_KINDS = [("client", QT_TRANSLATE_NOOP("CompanyDialog", "Client")),
                 ("prospect", QT_TRANSLATE_NOOP("CompanyDialog", "Prospect")),
                 ("partner", QT_TRANSLATE_NOOP("CompanyDialog", "Partner")),
                 ("supplier", QT_TRANSLATE_NOOP("CompanyDialog", "Supplier"))]


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def formatted_phones(text: str, region: str) -> str:
    """Each number that parses in its international form ("+7 912 345-67-89"); the rest as
    typed, so the check beside the field still names it."""
    shown = []
    for part in split_list(text):
        try:
            shown.append(format_phone(normalize_phone(part, region)))
        except ValidationError:
            shown.append(part)
    return ", ".join(shown)


def shown(value: Any) -> str:
    """A stored value as a person reads it ("—" for nothing)."""
    if isinstance(value, list):
        return ", ".join(format_phone(v) if str(v).startswith("+") else str(v)
                         for v in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "—"
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return "—" if value in (None, "") else str(value)


class FieldErrors:
    """A red label under each field of a QFormLayout, shown with the service's reason."""

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

    def _name(self, field: str) -> str | None:
        name = _ALIASES.get(field, field)
        return name if name in self.labels else None

    def clear(self) -> None:
        self.show_all({})

    def show_all(self, errors: dict[str, str], hints: dict[str, str] | None = None,
                 focus: bool = False) -> QWidget | None:
        """Shows exactly these errors (and hints, which do not block a save); every other
        field's label goes away, so no error outlives its correction. Errors of fields with
        no place of their own go under the first field."""
        shown_errors: dict[str, str] = {}
        for field, reason in errors.items():
            reason = translated(reason)
            name = self._name(field) or next(iter(self.labels))
            text = reason if self._name(field) or not field else \
                f"{field_label(field)}: {reason}"
            shown_errors[name] = f"{shown_errors[name]}\n{text}" if name in shown_errors \
                else text
        first = None
        for name, label in self.labels.items():
            widget = self.fields[name]
            text = shown_errors.get(name) or (hints or {}).get(name)
            label.setText(text or "")
            label.setVisible(bool(text))
            invalid = name in shown_errors
            if widget.property(ERROR_STYLE_PROPERTY) != invalid:
                widget.setProperty(ERROR_STYLE_PROPERTY, invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            if invalid and first is None:
                first = widget
        if focus and first is not None:
            first.setFocus()
        return first

    def show(self, field: str, reason: str) -> QWidget | None:
        return self.show_all({field: reason}, focus=True)

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.labels.items()
                if not label.isHidden() and self.fields[name].property(ERROR_STYLE_PROPERTY)}

    def visible_hints(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.labels.items()
                if not label.isHidden() and not self.fields[name].property(ERROR_STYLE_PROPERTY)}


_ALIASES = {"company_id": "company", "birthday_md": "birthday"}


class EditCommand(WorkerCommand):
    """Undo/redo of one saved edit: only its fields, and never over a change made since."""

    def __init__(self, app: AppContext, kind: str, ident: str, before: dict, after: dict,
                 text: str) -> None:
        super().__init__(app, kind, text)
        self.ident, self.before, self.after = ident, before, after

    def _service(self) -> Any:
        return self.app.crm.companies if self.kind == "company" else self.app.crm.contacts

    def do(self) -> str | None:
        self._write(self.after, self.before)
        return None

    def revert(self) -> str | None:
        self._write(self.before, self.after)
        return None

    def _write(self, values: dict, base: dict) -> None:
        try:
            self._service().save_changes(self.ident, values, base)
        except EditConflict as exc:
            raise ValidationError(exc.conflicts[0].field, QApplication.translate(
                "ClientDialog", "%1 was changed again since; that change stays").replace(
                "%1", ", ".join(field_label(c.field) for c in exc.conflicts))) from exc


class ConflictDialog(QDialog):
    """For each field changed meanwhile: who and when, and "keep mine" or "take theirs"."""

    def __init__(self, conflicts: list[FieldConflict], parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed while you edited"))
        self.setMinimumWidth(480)
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Someone changed these fields while you were editing them. "
                               "Choose which value stays."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        zone = user_zone()
        today = (now or datetime.now(zone)).astimezone(zone).date()
        for row, conflict in enumerate(conflicts):
            at = "—"
            if conflict.changed_at is not None:
                local = conflict.changed_at.astimezone(zone)
                at = local.strftime("%H:%M" if local.date() == today else "%d.%m.%Y %H:%M")
            if conflict.by_sync:
                text = self.tr("«%1» was changed on another computer at %2 while you edited")
            elif conflict.changed_by:
                text = self.tr("«%1» was changed by %3 at %2 while you edited")
            else:
                text = self.tr("«%1» was changed at %2 while you edited")
            about = QLabel(text.replace("%1", field_label(conflict.field)).replace("%2", at)
                           .replace("%3", conflict.changed_by or ""))
            about.setWordWrap(True)
            mine = QRadioButton(self.tr("Keep mine: %1").replace("%1", shown(conflict.mine)))
            theirs = QRadioButton(self.tr("Take theirs: %1").replace(
                "%1", shown(conflict.theirs)))
            for button in (mine, theirs):
                button.setToolTip(button.text())
            mine.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(mine, 0)
            group.addButton(theirs, 1)
            self.groups[conflict.field] = group
            grid.addWidget(about, row * 3, 0)
            grid.addWidget(mine, row * 3 + 1, 0)
            grid.addWidget(theirs, row * 3 + 2, 0)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def take_theirs(self, field: str) -> None:
        self.groups[field].button(1).setChecked(True)

    def choices(self) -> dict[str, str]:
        return {field: "theirs" if group.checkedId() == 1 else "mine"
                for field, group in self.groups.items()}


class ClientDialog(QDialog):
    saved = Signal(str, str)  # kind, id
    duplicates_shown = Signal(int)
    failed = Signal(str, str)  # field, reason
    checked = Signal(dict)  # the errors found by a check while typing
    conflicts_shown = Signal(object)  # the ConflictDialog, open
    kind = "company"

    def __init__(self, app: AppContext, record: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.app, self.record = app, record
        self._dup_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self._find_duplicates)
        self._dup_generation = 0
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self._check_generation = 0
        self._touched: set[str] = set()
        self._initial: dict[str, Any] = {}
        self._saving = False

    @property
    def service(self) -> Any:
        return self.app.crm.companies if self.kind == "company" else self.app.crm.contacts

    def _wire(self, form: Any) -> None:
        form.buttons.accepted.connect(self.save)
        form.buttons.rejected.connect(self.reject)
        form.duplicates.currentItemChanged.connect(
            lambda item, _: form.open_existing.setEnabled(item is not None))
        form.duplicates.itemActivated.connect(lambda _: self._open_existing())
        form.open_existing.clicked.connect(self._open_existing)
        self.form = form

    def _watch(self, fields: dict[str, QWidget], duplicate_keys: tuple[str, ...]) -> None:
        """Every edit restarts the check (and, for names, phones and emails, the duplicate
        search); line edits stop at their field's length limit."""
        for name, widget in fields.items():
            if isinstance(widget, QLineEdit):
                limit = LIMITS.get(name, LIST_LIMIT)
                widget.setMaxLength(limit)
                widget.textEdited.connect(lambda _, n=name: self._edited(n))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name: self._edited(n))
            elif isinstance(widget, QComboBox) and widget.isEditable():
                widget.editTextChanged.connect(lambda _, n=name: self._edited(n))
                widget.lineEdit().setMaxLength(LIMITS.get(name, LIST_LIMIT))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _, n=name: self._edited(n))
            elif hasattr(widget, "valueChanged"):
                widget.valueChanged.connect(lambda _, n=name: self._edited(n))
            if name in duplicate_keys and isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _: self._dup_timer.start())

    def _edited(self, name: str) -> None:
        if self._initial:  # loading a record is not editing it
            self._touched.add(name)
            self._check_timer.start()

    def _loaded(self) -> None:
        """What the form shows now is what the person starts from."""
        self._initial = self.values()
        self._touched.clear()

    # -- checking as you type -------------------------------------------------------------------
    def local_errors(self) -> dict[str, str]:
        """Errors the form finds itself (dates it cannot read)."""
        return {}

    def hints(self) -> dict[str, str]:
        """Non-blocking notes: a line edit at its length limit."""
        result = {}
        for name, widget in self.errors.fields.items():
            edit = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() \
                else widget
            if isinstance(edit, QLineEdit) and len(edit.text()) >= edit.maxLength():
                result[name] = self.tr("At most %1 characters").replace(
                    "%1", str(edit.maxLength()))
        notes = getattr(self.form, "notes", None)
        if notes is not None and len(notes.toPlainText()) > LIMITS["notes"]:
            result["notes"] = self.tr("At most %1 characters").replace(
                "%1", str(LIMITS["notes"]))
        return result

    def check(self) -> None:
        """Checks every field on the worker; shows the errors of the fields touched so far."""
        self._check_generation += 1
        generation, job = self._check_generation, self._checking_job(self.values())
        local = self.local_errors()
        self.app.worker.submit(job, lambda errors: self._show_checked(generation, errors,
                                                                      local))

    def _checking_job(self, values: dict[str, Any]) -> Any:
        service, ident, resolve = self.service, getattr(self.record, "id", None), self.resolve

        def job() -> dict[str, str]:
            errors: dict[str, str] = {}
            resolve(values, errors)
            errors.update({k: v for k, v in service.validate(values, ident).items()
                           if k not in errors})
            return errors
        return job

    def _show_checked(self, generation: int, errors: dict[str, str],
                      local: dict[str, str]) -> None:
        if generation != self._check_generation or self._saving:
            return
        found = {**errors, **local}
        touched = {f: r for f, r in found.items()
                   if (_ALIASES.get(f, f) in self._touched or f in self._touched)
                   and not self.still_typing(f)}
        self.errors.show_all(touched, self.hints())
        self.checked.emit(found)

    def resolve(self, values: dict[str, Any], errors: dict[str, str]) -> None:
        """Runs on the worker before checks and saves (a person's typed company name)."""

    def still_typing(self, field: str) -> bool:
        """A field whose error would only interrupt (a name being looked up)."""
        return False

    # -- duplicates -----------------------------------------------------------------------------
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

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def changes(self) -> dict[str, Any]:
        """What the person changed (a new record: everything)."""
        values = self.values()
        if self.record is None:
            return values
        return {k: v for k, v in values.items() if v != self._initial.get(k)}

    def save(self, base_override: dict[str, Any] | None = None) -> None:
        self._check_timer.stop()
        changes, local, record = self.changes(), self.local_errors(), self.record
        if record is not None and not changes and not local:
            self.accept()  # nothing changed: nothing to write over anyone's work
            return
        base = {k: getattr(record, k) for k in changes if not k.startswith("_")} \
            if record is not None else {}
        if record is not None and "_company_typed" in changes:
            base["company_id"] = record.company_id
        base.update(base_override or {})
        service, resolve = self.service, self.resolve
        self._saving = True
        self.form.buttons.setEnabled(False)

        def write() -> tuple[str, Any]:
            errors = dict(local)
            resolve(changes, errors)
            errors.update({k: v for k, v in service.validate(
                changes, record.id if record else None).items() if k not in errors})
            if errors:
                return "invalid", errors
            if record is None:
                return "saved", service.create(**changes)
            return "saved", service.save_changes(record.id, changes, base)

        self.app.worker.submit(write, lambda result: self._written(result, changes, base),
                               self._failed)

    def _written(self, result: tuple[str, Any], changes: dict, base: dict) -> None:
        self._saving = False
        self.form.buttons.setEnabled(True)
        outcome, value = result
        if outcome == "invalid":
            self._touched.update(_ALIASES.get(f, f) for f in value)
            self.errors.show_all(value, self.hints(), focus=True)
            field, reason = next(iter(value.items()))
            self.failed.emit(field, reason)
            return
        if self.record is not None:
            before = {k: base[k] for k in changes if getattr(value, k) != base[k]}
            if before:
                after = {k: getattr(value, k) for k in before}
                self.app.undo_stack.push(EditCommand(
                    self.app, self.kind, self.record.id, before, after,
                    self.tr("Edit %1").replace("%1", value.display_name)))
        self.app.coordinator.data_changed.emit(self.kind)
        self.saved.emit(self.kind, value.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.form.buttons.setEnabled(True)
        if isinstance(exc, EditConflict):
            self._resolve_conflicts(exc.conflicts)
        elif isinstance(exc, ValidationError):
            self.errors.show_all({exc.field: exc.reason}, focus=True)
            self.failed.emit(exc.field, exc.reason)
        else:
            from crm_desktop.ui.messages import describe

            text = describe(exc)
            self.errors.show_all({"": self.tr("Not saved: %1").replace("%1", text)})
            self.failed.emit("", text)

    def _resolve_conflicts(self, conflicts: list[FieldConflict]) -> None:
        dialog = ConflictDialog(conflicts, self, self.app.crm.ctx.clock.now())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def decided() -> None:
            choices, base = dialog.choices(), {}
            for conflict in conflicts:
                if choices[conflict.field] == "theirs":
                    self.show_value(conflict.field, conflict.theirs)
                    self._initial[conflict.field] = self.values()[conflict.field]
                else:
                    base[conflict.field] = conflict.theirs  # saved over what is there now
            self.save(base)

        dialog.accepted.connect(decided)
        dialog.open()
        self.conflicts_shown.emit(dialog)

    def show_value(self, field: str, value: Any) -> None:
        """Puts a stored value into its widget (taking theirs)."""
        raise NotImplementedError


class CompanyDialog(ClientDialog):
    kind = "company"

    def __init__(self, app: AppContext, record: Any = None, parent: QWidget | None = None):
        super().__init__(app, record, parent)
        form = Ui_CompanyDialog()
        form.setupUi(self)
        self._wire(form)
        for value, label in COMPANY_KINDS:
            form.kind.addItem(self.tr(label), value)
        fields = {
            "name": form.name, "kind": form.kind, "legal_name": form.legal_name,
            "tax_id": form.tax_id, "phones": form.phones, "emails": form.emails,
            "website": form.website, "industry": form.industry, "address": form.address,
            "lead_source": form.lead_source, "segment": form.segment, "tags": form.tags,
            "keep_in_touch_days": form.keep_in_touch_days, "notes": form.notes}
        self.errors = FieldErrors(form.form, fields)
        self._watch(fields, ("name", "tax_id", "phones", "emails"))
        form.phones.editingFinished.connect(lambda: form.phones.setText(
            formatted_phones(form.phones.text(), app.crm.ctx.region)))
        self.setWindowTitle(self.tr("Edit company") if record else self.tr("New company"))
        app.worker.submit(lambda: (app.crm.reference.names("lead_sources"),
                                   app.crm.client_list.filter_choices()["segments"]),
                          self._fill_choices)
        if record is not None:
            self._load(record)
        self._loaded()

    def _fill_choices(self, result: tuple[list[str], list[str]]) -> None:
        sources, segments = result
        current_source = self.form.lead_source.currentText()
        current_segment = self.form.segment.currentText()
        self.form.lead_source.addItems([""] + sources)
        self.form.segment.addItems([""] + [s for s in segments if s])
        self.form.lead_source.setCurrentText(current_source)
        self.form.segment.setCurrentText(current_segment)

    def _load(self, r: Any) -> None:
        for name in ("name", "kind", "legal_name", "tax_id", "phones", "emails", "website",
                     "industry", "address", "lead_source", "segment", "tags",
                     "keep_in_touch_days", "notes"):
            self.show_value(name, getattr(r, name))

    def show_value(self, field: str, value: Any) -> None:
        f = self.form
        if field == "kind":
            f.kind.setCurrentIndex(max(0, f.kind.findData(value)))
        elif field in ("phones", "emails", "tags"):
            getattr(f, field).setText(", ".join(
                format_phone(v) if field == "phones" else v for v in value or []))
        elif field in ("lead_source", "segment"):
            getattr(f, field).setCurrentText(value or "")
        elif field == "keep_in_touch_days":
            f.keep_in_touch_days.setValue(value or 0)
        elif field == "notes":
            f.notes.setPlainText(value or "")
        else:
            getattr(f, field).setText(value or "")

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
    """A person. The company field suggests companies while you type (the suggestions never
    take the keyboard); a name typed in full without picking it is linked when exactly one
    company has it, else the field says what is wrong."""

    kind = "contact"

    def __init__(self, app: AppContext, record: Any = None, parent: QWidget | None = None,
                 company: tuple[str, str | None] | None = None):
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
            formatted_phones(form.phones.text(), app.crm.ctx.region)))
        today = lambda: app.crm.ctx.clock.now().astimezone(user_zone()).date()  # noqa: E731
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
        self.completer.activated[str].connect(self._company_picked)
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

    def _fill_companies(self, text: str, hits: list) -> None:
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
    def _load(self, r: Any) -> None:
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


def open_editor(app: AppContext, kind: str, record: Any = None,
                parent: QWidget | None = None,
                company: tuple[str, str | None] | None = None) -> ClientDialog:
    if kind == "company":
        dialog: ClientDialog = CompanyDialog(app, record, parent)
    else:
        if record is None and company is None:
            company = current_company(parent.window() if parent is not None else None)
        dialog = ContactDialog(app, record, parent, company)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
