"""Completing a task: the result (written to the client's history) and, in the same dialog,
the next step."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.services.dto import TaskDTO
from crm_desktop.services.planner.tasks import remind_at_for
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import MomentInput, today_of
from crm_desktop.ui.forms_generated.ui_complete_task import Ui_CompleteTaskDialog
from crm_desktop.ui.planner.task_dialog import (
    KINDS,
    GuardedDialog,
    error_text,
    name_buttons,
    past_ok,
    reminder_combo,
)


class CompleteTaskDialog(GuardedDialog):
    completed = Signal(str)  # task id

    def __init__(self, app: AppContext, task: TaskDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.task = app, task
        self.form = Ui_CompleteTaskDialog()
        self.form.setupUi(self)
        self.form.task_title.setText(f"<b>{task.title}</b>")
        for value, label in KINDS:
            self.form.next_kind.addItem(QCoreApplication.translate("TaskKind", label), value)
        # the next step's day typed as people write it, the same time tomorrow by default
        self.next_when = MomentInput(self.form.next_date, self.form.next_time,
                                     lambda: today_of(app), self.form.next_note, warn_past=True)
        self.next_when.set_value(app.crm.now() + timedelta(days=1))
        self.next_reminder = reminder_combo()
        self.next_reminder.setEnabled(False)
        self.form.next_form.addRow(QLabel(self.tr("Reminder:")), self.next_reminder)
        for widget in (self.form.next_title, self.form.next_kind, self.form.next_date,
                       self.form.next_time, self.next_reminder):
            self.form.next_step.toggled.connect(widget.setEnabled)
        self.form.next_step.toggled.connect(lambda _: self.next_when.refresh())
        self.form.next_title.returnPressed.connect(self.save)
        self.form.error.hide()
        name_buttons(self.form.buttons)
        self.form.buttons.accepted.connect(self.save)
        self.form.buttons.rejected.connect(self.reject)
        self.watch(self.form.result, self.form.next_step, self.form.next_title)

    def save(self) -> None:
        result = self.form.result.toPlainText().strip() or None
        next_step = None
        if self.form.next_step.isChecked():
            title = self.form.next_title.text().strip()
            if not title:
                self.form.error.setText(self.tr("Name the next step"))
                self.form.error.show()
                self.form.next_title.setFocus()
                return
            try:
                due = self.next_when.value()
            except ValueError as exc:
                due, problem = None, str(exc)
            else:
                problem = self.tr("Choose the day of the next step")
            if due is None:
                self.form.error.setText(problem)
                self.form.error.show()
                self.form.next_date.setFocus()
                return
            if not past_ok(self, self.app, due):
                self.form.next_date.setFocus()
                return
            next_step = {"title": title, "kind": self.form.next_kind.currentData(),
                         "due_at": due,
                         "remind_at": remind_at_for(due, self.next_reminder.currentData())}
        task_id = self.task.id

        def done(_: object) -> None:
            self.app.coordinator.data_changed.emit("task")
            self.app.coordinator.data_changed.emit("interaction")
            self.completed.emit(task_id)
            self.dirty = False
            self.accept()

        def failed(exc: BaseException) -> None:
            self.form.error.setText(error_text(exc))
            self.form.error.show()

        self.app.worker.submit(lambda: self.app.crm.planner.complete(task_id, result, next_step),
                               done, failed)
