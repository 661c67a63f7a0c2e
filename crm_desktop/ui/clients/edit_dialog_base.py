"""What the company and person dialogs share: checks as you type on the worker, errors beside
the fields, possible duplicates while typing, a save of the changed fields only, and the
choice of values when someone else changed the same fields meanwhile.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.domain.errors import EditConflict, ValidationError
from crm_desktop.services.clients.client_fields import LIMITS, FieldConflict
from crm_desktop.services.dto import CompanyDTO, ContactDTO, DuplicateCandidate
from crm_desktop.ui.clients.edit_dialog_conflicts import ConflictDialog, EditCommand
from crm_desktop.ui.clients.edit_dialog_fields import (
    CHECK_DELAY_MS,
    DUPLICATE_DELAY_MS,
    FIELD_ALIASES,
    LIST_LIMIT,
    FieldErrors,
)
from crm_desktop.ui.context import AppContext

# the record a dialog edits: a company's or a person's
Record = TypeVar("Record", bound=CompanyDTO | ContactDTO)


class ClientDialog(QDialog, Generic[Record]):
    saved = Signal(str, str)  # kind, id
    duplicates_shown = Signal(int)
    failed = Signal(str, str)  # field, reason
    checked = Signal(dict)  # the errors found by a check while typing
    conflicts_shown = Signal(object)  # the ConflictDialog, open
    kind = "company"
    errors: FieldErrors  # the company's or the person's fields, made by the subclass

    def __init__(self, app: AppContext, record: Record | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.record: Record | None = record
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
                edit = widget.lineEdit()
                assert edit is not None  # an editable box has one
                edit.setMaxLength(LIMITS.get(name, LIST_LIMIT))
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
                   if (FIELD_ALIASES.get(f, f) in self._touched or f in self._touched)
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

    def _show_duplicates(self, generation: int, found: list[DuplicateCandidate]) -> None:
        # a later lookup superseded this one, or the dialog was closed and deleted meanwhile
        if not shiboken6.isValid(self.form.duplicates) or generation != self._dup_generation:
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
        if isinstance(record, ContactDTO) and "_company_typed" in changes:  # a person's
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

    def _written(self, result: tuple[str, Any], changes: dict[str, Any],
                 base: dict[str, Any]) -> None:
        self._saving = False
        self.form.buttons.setEnabled(True)
        outcome, value = result
        if outcome == "invalid":
            self._touched.update(FIELD_ALIASES.get(f, f) for f in value)
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
            # the client services raise their FieldConflicts (with the values to choose from)
            self._resolve_conflicts([c for c in exc.conflicts if isinstance(c, FieldConflict)])
        elif isinstance(exc, ValidationError):
            self.errors.show_all({exc.field: exc.reason}, focus=True)
            self.failed.emit(exc.field, exc.reason)
        else:
            from crm_desktop.ui.messages import describe

            text = describe(exc)
            self.errors.show_all({"": self.tr("Not saved: %1").replace("%1", text)})
            self.failed.emit("", text)

    def _resolve_conflicts(self, conflicts: list[FieldConflict]) -> None:
        dialog = ConflictDialog(conflicts, self, self.app.crm.now())
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
