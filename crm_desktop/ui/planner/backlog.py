"""The backlog: what the client cards propose beyond the day's limit, most urgent first. Take
an item into today's plan, never propose it again, or open its client."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.planner.day_list import BACKLOG_PAGE, Proposal
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.planner.task_dialog import name_buttons


class BacklogDialog(QDialog):
    changed = Signal()

    def __init__(self, app: AppContext, user_id: str, day: date, zone: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user_id, self.day, self.zone = app, user_id, day, zone
        self.items: list[Proposal] = []
        self.setWindowTitle(self.tr("Backlog from the client cards"))
        self.resize(620, 480)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _: self.take())
        self.take_button = QPushButton(self.tr("Take into today"))
        self.take_button.setObjectName("primary")
        self.take_button.clicked.connect(self.take)
        self.dismiss_button = QPushButton(self.tr("Do not propose again"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.open_button = QPushButton(self.tr("Open card"))
        self.open_button.clicked.connect(self.open_card)
        buttons = QHBoxLayout()
        for button in (self.take_button, self.dismiss_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = name_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._selected(-1)
        self.reload()

    def reload(self) -> None:
        day_list, user, day = self.app.crm.planner.day_list, self.user_id, self.day
        self.app.worker.submit(lambda: day_list.backlog(user, day), self._show)

    def _show(self, items: list[Proposal]) -> None:
        row = max(self.list.currentRow(), 0)
        self.items = items
        self.list.clear()
        for proposal in items:
            entry = QListWidgetItem(f"{proposal.title}\n{proposal.reason}")
            entry.setData(Qt.ItemDataRole.UserRole, proposal.origin)
            self.list.addItem(entry)
        more = "+" if len(items) >= BACKLOG_PAGE else ""
        self.summary.setText(
            self.tr("%1 more items did not fit today's limit. Work through them from the top: "
                    "take one into today, or say it need not be proposed again.")
            .replace("%1", f"{len(items)}{more}") if items else
            self.tr("The backlog is empty: everything the client cards propose fits today."))
        if items:
            self.list.setCurrentRow(min(row, len(items) - 1))
        self._selected(self.list.currentRow())

    def _current(self) -> Proposal | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selected(self, _: int) -> None:
        current = self._current()
        for button in (self.take_button, self.dismiss_button):
            button.setEnabled(current is not None)
        self.open_button.setEnabled(current is not None and bool(current.company_id
                                                                 or current.contact_id))

    def _done(self, _: object) -> None:
        self.app.coordinator.data_changed.emit("task")
        self.changed.emit()
        self.reload()

    def take(self) -> None:
        current = self._current()
        if current is None:
            return
        day_list, user, day, zone = self.app.crm.planner.day_list, self.user_id, self.day, \
            self.zone
        self.app.worker.submit(lambda: day_list.take(user, current.origin, day, zone),
                               self._done, self._failed)

    def dismiss(self) -> None:
        current = self._current()
        if current is None:
            return
        day_list = self.app.crm.planner.day_list
        self.app.worker.submit(lambda: day_list.dismiss(current.origin), self._done,
                               self._failed)

    def _failed(self, exc: BaseException) -> None:
        from crm_desktop.ui.planner.task_dialog import error_text

        self.summary.setText(error_text(exc))
        self.reload()

    def open_card(self) -> None:
        current = self._current()
        if current is None:
            return
        if current.company_id:
            self.app.coordinator.open_client.emit("company", current.company_id)
        elif current.contact_id:
            self.app.coordinator.open_client.emit("contact", current.contact_id)
