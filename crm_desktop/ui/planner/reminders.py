"""Reminders while the app runs: a timer asks the services for due reminders (on the
worker), each is shown once in an in-app notification (and the tray, where there is one)
with snooze, open card and done. Missed reminders appear at start."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.dto import TaskDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext

CHECK_MS = 30_000
SNOOZE_MIN = 10


class ReminderPopup(QFrame):
    def __init__(self, center: ReminderCenter, task: TaskDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminder")
        self.center, self.task = center, task
        self.setWindowTitle(self.tr("Reminder"))
        title = QLabel(f"<b>{task.title}</b><br>{formatting.when(task.due_at)}")
        title.setWordWrap(True)
        snooze = QPushButton(self.tr("Snooze %1 min").replace("%1", str(SNOOZE_MIN)))
        snooze.clicked.connect(lambda: self._close(center.snooze))
        open_card = QPushButton(self.tr("Open card"))
        open_card.setEnabled(bool(task.company_id or task.contact_id))
        open_card.clicked.connect(lambda: self._close(center.open_card))
        done = QPushButton(self.tr("Done…"))
        done.clicked.connect(lambda: self._close(center.complete))
        buttons = QHBoxLayout()
        for button in (snooze, open_card, done):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)

    def _close(self, action) -> None:  # noqa: ANN001
        action(self.task)
        self.close()


class ReminderCenter(QObject):
    shown = Signal(str)  # task id

    def __init__(self, app: AppContext, parent_window: QWidget | None = None) -> None:
        super().__init__(parent_window)
        self.app, self.window = app, parent_window
        self.popups: dict[str, ReminderPopup] = {}
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self)
            if parent_window is not None:
                self.tray.setIcon(parent_window.windowIcon())
            self.tray.show()

    def start(self) -> None:
        self.check()  # the ones missed while the app was closed
        self.timer.start()

    def check(self) -> None:
        user = self.app.crm.ctx.user_id
        planner = self.app.crm.planner

        def due() -> list[TaskDTO]:
            tasks = planner.due_reminders(user)
            if tasks:
                planner.mark_reminded([t.id for t in tasks])  # shown once, never twice
            return tasks

        self.app.worker.submit(due, self._show)

    def _show(self, tasks: list[TaskDTO]) -> None:
        for task in tasks:
            popup = ReminderPopup(self, task, self.window)
            popup.move(40, 40 + 90 * len(self.popups))
            popup.show()
            self.popups[task.id] = popup
            if self.tray is not None:
                self.tray.showMessage(self.tr("Reminder"), task.title)
            self.shown.emit(task.id)

    def snooze(self, task: TaskDTO) -> None:
        self.popups.pop(task.id, None)
        self.app.worker.submit(lambda: self.app.crm.planner.snooze(task.id, SNOOZE_MIN))

    def open_card(self, task: TaskDTO) -> None:
        self.popups.pop(task.id, None)
        if task.company_id:
            self.app.coordinator.open_client.emit("company", task.company_id)
        elif task.contact_id:
            self.app.coordinator.open_client.emit("contact", task.contact_id)

    def complete(self, task: TaskDTO) -> None:
        from crm_desktop.ui.planner.complete_dialog import CompleteTaskDialog

        self.popups.pop(task.id, None)
        CompleteTaskDialog(self.app, task, self.window).open()
