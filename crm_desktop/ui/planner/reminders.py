"""Reminders while the app runs: a timer asks the services for due reminders (on the worker);
they gather in one notification area in the window's lower right corner (and the tray, where
there is one), each with snooze, open card and done.

Nothing is lost by closing: the × of a reminder (or of the whole area) snoozes it; a reminder
counts as handled only when its task is done, opened or snoozed; one whose task is completed,
deleted or moved elsewhere leaves the area by itself. Missed reminders appear at start."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.dto import TaskDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from crm_desktop.ui.planner.complete_dialog import CompleteTaskDialog

CHECK_MS = 30_000
SNOOZE_MIN = 10
SNOOZE_CHOICES = (10, 30, 60, 24 * 60)
AREA_WIDTH = 460
MAX_ROWS = 5  # more than this: the area says how many more wait
STYLE = """
QFrame#reminderArea { background: #ffffff; border: 1px solid #f59e0b; border-radius: 8px; }
QFrame#reminderRow { border-top: 1px solid #fde68a; }
"""


class ReminderRow(QFrame):
    def __init__(self, center: ReminderCenter, task: TaskDTO) -> None:
        super().__init__()
        self.setObjectName("reminderRow")
        self.center, self.task = center, task
        title = QLabel(f"<b>{_escape(task.title)}</b><br>{formatting.when(task.due_at)}")
        title.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Snooze %1 min").replace("%1", str(SNOOZE_MIN)))
        close.setAutoRaise(True)
        close.clicked.connect(lambda: center.snooze(task))
        snooze = QToolButton()
        snooze.setText(self.tr("Snooze"))
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        snooze.clicked.connect(lambda: center.snooze(task))
        menu = QMenu(snooze)
        for minutes in SNOOZE_CHOICES:
            label = (self.tr("for %1 min").replace("%1", str(minutes)) if minutes < 60 else
                     self.tr("for %1 h").replace("%1", str(minutes // 60)) if minutes < 1440
                     else self.tr("until tomorrow"))
            menu.addAction(label, partial(center.snooze, task, minutes))
        snooze.setMenu(menu)
        open_card = QPushButton(self.tr("Open card"))
        open_card.setEnabled(bool(task.company_id or task.contact_id))
        open_card.clicked.connect(lambda: center.open_card(task))
        done = QPushButton(self.tr("Done…"))
        done.clicked.connect(lambda: center.complete(task))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        for button in (snooze, open_card, done):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addLayout(buttons)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


class ReminderArea(QFrame):
    """The one place reminders appear: a panel in the window's lower right corner, above the
    status bar (never over the menu), growing with its rows up to a few."""

    def __init__(self, center: ReminderCenter, parent: QWidget | None) -> None:
        super().__init__(parent, Qt.WindowType.Widget if parent else Qt.WindowType.Tool)
        self.setObjectName("reminderArea")
        self.setStyleSheet(STYLE)
        self.center = center
        self.title = QLabel()
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Snooze all %1 min").replace("%1", str(SNOOZE_MIN)))
        close.clicked.connect(center.snooze_all)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(close)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(0)
        self.more = QLabel()
        self.more.hide()
        self.box = layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(head)
        layout.addLayout(self.rows)
        layout.addWidget(self.more)
        self.setFixedWidth(AREA_WIDTH)
        self.hide()
        if parent is not None:
            parent.installEventFilter(self)

    def refresh(self, rows: list[ReminderRow]) -> None:
        for n, row in enumerate(rows):
            row.setVisible(n < MAX_ROWS)
            if self.rows.indexOf(row) < 0:
                self.rows.addWidget(row)
        self.title.setText(self.tr("<b>Reminders (%1)</b>").replace("%1", str(len(rows))))
        hidden = len(rows) - MAX_ROWS
        self.more.setText(self.tr("%1 more below; snooze or finish these first")
                          .replace("%1", str(hidden)))
        self.more.setVisible(hidden > 0)
        self.setVisible(bool(rows))
        if rows:
            layout = self.box
            layout.activate()
            height = layout.totalHeightForWidth(AREA_WIDTH) if layout.hasHeightForWidth() \
                else layout.totalSizeHint().height()
            self.resize(AREA_WIDTH, max(height, layout.totalMinimumSize().height()))
            self.place()
            self.raise_()

    def place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        bottom = window.height() - 8
        status = getattr(window, "statusBar", None)
        if callable(status) and status() is not None and status().isVisible():
            bottom -= status().height()
        self.move(max(0, window.width() - self.width() - 12), max(0, bottom - self.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False


class ReminderCenter(QObject):
    shown = Signal(str)  # task id
    cleared = Signal(str)  # task id: gone from the area

    def __init__(self, app: AppContext, view: QWidget | None = None) -> None:
        super().__init__(view)
        self.app, self.view = app, view
        self.popups: dict[str, ReminderRow] = {}
        self.area: ReminderArea | None = None
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self)
            if view is not None:
                self.tray.setIcon(view.window().windowIcon())
            self.tray.show()
        app.coordinator.data_changed.connect(self._data_changed)

    def start(self) -> None:
        self.check()  # the ones missed while the app was closed
        self.timer.start()

    def check(self) -> None:
        user = self.app.crm.user_id
        planner = self.app.crm.planner
        self.app.worker.submit(lambda: planner.due_reminders(user), self._show)

    def _area(self) -> ReminderArea:
        # The view's window is the main window once the view is placed in it.
        window = self.view.window() if self.view is not None else None
        if self.area is None or self.area.parentWidget() is not window:
            if self.area is not None:
                self.area.deleteLater()
            self.area = ReminderArea(self, window)
        return self.area

    def _show(self, tasks: list[TaskDTO]) -> None:
        new = [t for t in tasks if t.id not in self.popups]
        for task in new:
            self.popups[task.id] = ReminderRow(self, task)
            self.shown.emit(task.id)
        if new:
            self._area().refresh(list(self.popups.values()))
            if self.tray is not None:
                self.tray.showMessage(self.tr("Reminder"), "\n".join(t.title for t in new[:3]))

    def _remove(self, task_id: str) -> None:
        row = self.popups.pop(task_id, None)
        if row is None:
            return
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self._area().refresh(list(self.popups.values()))
        self.cleared.emit(task_id)

    def _data_changed(self, entity: str) -> None:
        """A shown task completed, deleted or its reminder moved: its reminder goes."""
        if entity != "task" or not self.popups:
            return
        ids, planner = list(self.popups), self.app.crm.planner

        def still_due() -> set[str]:
            return {t.id for t in planner.due_reminders(self.app.crm.user_id)
                    if t.id in ids}

        def prune(due: set[str]) -> None:
            for ident in ids:
                if ident not in due:
                    self._remove(ident)

        self.app.worker.submit(still_due, prune)

    # -- actions ----------------------------------------------------------------------------
    def snooze(self, task: TaskDTO, minutes: int = SNOOZE_MIN) -> None:
        self._remove(task.id)
        planner = self.app.crm.planner
        self.app.worker.submit(lambda: planner.snooze(task.id, minutes),
                               None, lambda exc: self._failed(task, exc))

    def snooze_all(self) -> None:
        for ident in list(self.popups):
            self.snooze(self.popups[ident].task)

    def _failed(self, task: TaskDTO, exc: BaseException) -> None:
        from crm_desktop.ui.planner.task_dialog import error_text

        self.app.coordinator.status_message.emit(error_text(exc))
        self.check()  # not snoozed: it comes back rather than being lost

    def open_card(self, task: TaskDTO) -> None:
        self._remove(task.id)
        planner = self.app.crm.planner
        self.app.worker.submit(lambda: planner.mark_reminded([task.id]))
        if task.company_id:
            self.app.coordinator.open_client.emit("company", task.company_id)
        elif task.contact_id:
            self.app.coordinator.open_client.emit("contact", task.contact_id)

    def complete(self, task: TaskDTO) -> CompleteTaskDialog:
        from crm_desktop.ui.planner.complete_dialog import CompleteTaskDialog

        window = self.view.window() if self.view is not None else None
        dialog = CompleteTaskDialog(self.app, task, window)
        dialog.completed.connect(self._remove)
        dialog.open()
        self.complete_dialog = dialog
        return dialog
