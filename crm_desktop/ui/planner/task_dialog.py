"""Editing a task (title, kind, due time, duration, reminder, priority, description), from the
client card and the planner; the edit goes on the undo stack. Also the pieces other dialogs
share: the reminder choice and a dialog that asks before discarding what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.dto import TaskDTO
from crm_desktop.services.planner.tasks import (
    DEFAULT_REMINDER_MIN,
    REMINDER_OFFSETS,
    reminder_offset,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import MomentInput, moment_row, today_of

REMINDER_LABELS = {
    None: QT_TRANSLATE_NOOP("Reminder", "No reminder"),
    0: QT_TRANSLATE_NOOP("Reminder", "At the due time"),
    5: QT_TRANSLATE_NOOP("Reminder", "5 minutes before"),
    15: QT_TRANSLATE_NOOP("Reminder", "15 minutes before"),
    30: QT_TRANSLATE_NOOP("Reminder", "30 minutes before"),
    60: QT_TRANSLATE_NOOP("Reminder", "1 hour before"),
    24 * 60: QT_TRANSLATE_NOOP("Reminder", "1 day before"),
}
KINDS = [("call", QT_TRANSLATE_NOOP("TaskKind", "Call")),
         ("meeting", QT_TRANSLATE_NOOP("TaskKind", "Meeting")),
         ("email", QT_TRANSLATE_NOOP("TaskKind", "Email")),
         ("todo", QT_TRANSLATE_NOOP("TaskKind", "To-do"))]
PRIORITIES = [("low", QT_TRANSLATE_NOOP("Priority", "Low")),
              ("normal", QT_TRANSLATE_NOOP("Priority", "Normal")),
              ("high", QT_TRANSLATE_NOOP("Priority", "High"))]


def reminder_combo(offset: int | None = DEFAULT_REMINDER_MIN) -> QComboBox:
    """The reminder choice: none, at the time, 5/15/30/60 minutes or a day before."""
    box = QComboBox()
    box.setObjectName("reminder")
    for minutes in REMINDER_OFFSETS:
        box.addItem(QCoreApplication.translate("Reminder", REMINDER_LABELS[minutes]), minutes)
    box.setCurrentIndex(max(0, box.findData(offset)) if offset is not None else 0)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    return box


BUTTON_TEXTS = {
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("Buttons", "Save"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("Buttons", "Cancel"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("Buttons", "Close"),
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("Buttons", "OK"),
}


def name_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Standard buttons in the user's language whether or not Qt's own translations are
    installed."""
    for which, text in BUTTON_TEXTS.items():
        button = box.button(which)
        if button is not None:
            button.setText(QCoreApplication.translate("Buttons", text))
    return box


def ask(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A question whose buttons say what they do ("Move to the bin" / "Cancel"); Cancel is the
    default, so Enter or Esc never destroys anything."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("Buttons", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def past_ok(parent: QWidget | None, app: AppContext, due: datetime) -> bool:
    """A next step dated in the past would be overdue at once: only when the person says so."""
    if due >= app.crm.now():
        return True
    return ask(parent, QCoreApplication.translate("Reminder", "The next step is in the past"),
               QCoreApplication.translate(
                   "Reminder", "The date of the next step has already passed, so the task "
                   "will be overdue at once. Check the date, or create it anyway."),
               QCoreApplication.translate("Reminder", "Create anyway"))


def error_text(exc: BaseException) -> str:
    """A failure as the person should read it: a refused value in their language."""
    from crm_desktop.domain.errors import ValidationError
    from crm_desktop.ui.messages import describe
    from crm_desktop.ui.reasons import translated

    return translated(exc.reason) if isinstance(exc, ValidationError) else describe(exc)


def moment_of(field: MomentInput) -> datetime:
    """The moment typed in `field`; ValueError saying what is wrong, an empty day included."""
    moment = field.value()
    if moment is None:
        raise ValueError(QCoreApplication.translate("TaskDialog", "Choose the day"))
    return moment


class GuardedDialog(QDialog):
    """Esc, Cancel or the window's X on a dialog with typed changes asks before discarding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            for signal in ("textChanged", "currentIndexChanged", "dateTimeChanged",
                           "valueChanged", "toggled"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self._changed)
                    break

    def _changed(self, *_: object) -> None:
        self.dirty = True

    def reject(self) -> None:
        if self.dirty and not self.ask_discard():
            return
        super().reject()

    def ask_discard(self) -> bool:
        # The base class's own context (self.tr would look in the subclass's).
        return ask(self, QCoreApplication.translate("GuardedDialog", "Discard changes?"),
                   QCoreApplication.translate("GuardedDialog",
                                              "What you typed in this window will be lost."),
                   QCoreApplication.translate("GuardedDialog", "Discard"))


class WorkerCommand(QUndoCommand):
    """An undoable change through the services: both directions run on the database worker
    and announce the changed entity."""

    def __init__(self, app: AppContext, text: str, do: Callable[[], object],
                 undo: Callable[[], object], entities: tuple[str, ...]) -> None:
        super().__init__(text)
        self.app, self._do, self._undo, self.entities = app, do, undo, entities

    def _run(self, fn: Callable[[], object]) -> None:
        def changed(_: object) -> None:
            for entity in self.entities:
                self.app.coordinator.data_changed.emit(entity)

        self.app.worker.submit(fn, changed, lambda exc: self.app.coordinator.status_message
                               .emit(error_text(exc)))

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class TaskDialog(GuardedDialog):
    saved = Signal(str)  # task id

    def __init__(self, app: AppContext, task: TaskDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.task = app, task
        self.setWindowTitle(self.tr("Task"))
        self.title = QLineEdit(task.title)
        self.title.setMaxLength(500)
        self.kind = QComboBox()
        for value, label in KINDS:
            self.kind.addItem(QCoreApplication.translate("TaskKind", label), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(task.kind)))
        when_row, self.when = moment_row(lambda: today_of(app), warn_past=True)
        self.when.set_value(task.due_at or app.crm.now() + timedelta(days=1))
        self.duration = QSpinBox(minimum=5, maximum=24 * 60, singleStep=15,
                                 value=task.duration_min or 30)
        self.duration.setSuffix(self.tr(" min"))
        self.reminder = reminder_combo(reminder_offset(task))
        self.priority = QComboBox()
        for value, label in PRIORITIES:
            self.priority.addItem(QCoreApplication.translate("Priority", label), value)
        self.priority.setCurrentIndex(max(0, self.priority.findData(task.priority)))
        self.description = QPlainTextEdit(task.description or "")
        self.description.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("When:"), when_row)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.tr("Reminder:"), self.reminder)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Description:"), self.description)
        buttons = name_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                | QDialogButtonBox.StandardButton.Cancel))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch(self.title, self.kind, self.when.edit, self.when.clock, self.duration,
                   self.reminder,
                   self.priority, self.description)
        self.resize(520, self.sizeHint().height())  # long subjects readable, 1366 px wide fits
        for line in self.findChildren(QLineEdit):
            line.setCursorPosition(0)  # the start of a long text, not its end

    def values(self) -> dict[str, Any]:
        """The fields for the service; ValueError (for the person) when the day is refused."""
        return {"title": self.title.text().strip(), "kind": self.kind.currentData(),
                "due_at": moment_of(self.when), "duration_min": self.duration.value(),
                "priority": self.priority.currentData(),
                "description": self.description.toPlainText().strip() or None}

    def save(self) -> None:
        try:
            values = self.values()
        except ValueError as exc:
            self._fail(str(exc))
            self.when.edit.setFocus()
            return
        if not values["title"]:
            self._fail(self.tr("Name the task"))
            self.title.setFocus()
            return
        reminder = self.reminder.currentData()
        tasks, ident = self.app.crm.tasks, self.task.id
        before = tasks.fields_of(self.task)

        def check() -> None:
            tasks.edit(ident, reminder_min=reminder, **values)

        def done(_: object) -> None:
            # Saved: the undo stack gets the reverse (its first redo is a no-op re-save).
            self.app.undo_stack.push(WorkerCommand(
                self.app, self.tr("Edit task"),
                lambda: tasks.edit(ident, reminder_min=reminder, **values),
                lambda: tasks.edit(ident, **before), ("task",)))
            self.saved.emit(ident)
            self.dirty = False
            self.accept()

        self.app.worker.submit(check, done, lambda exc: self._fail(error_text(exc)))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
