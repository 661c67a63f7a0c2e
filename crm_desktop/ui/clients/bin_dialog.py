"""The bin and the archive: clients moved to the bin or archived, with restore, return from
the archive and open card."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from crm_desktop.services.clients.client_card import RemovedClient
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.planner.task_dialog import name_buttons


class BinDialog(QDialog):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.rows: list[RemovedClient] = []
        self.setWindowTitle(self.tr("Bin and archive"))
        self.resize(560, 420)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _: self.open_card())
        self.empty = QLabel(self.tr("The bin and the archive are empty. Clients you archive or "
                                    "move to the bin appear here and can be brought back."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore)
        self.open_button = QPushButton(self.tr("Open card"))
        self.open_button.clicked.connect(self.open_card)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        close = name_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._selected(-1)
        app.coordinator.data_changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self.app.worker.submit(self.app.crm.client_card.removed, self._show)

    def _changed(self, entity: str) -> None:
        if entity in ("company", "contact") and self.isVisible():
            self.reload()

    def _show(self, rows: list[RemovedClient]) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            kind = self.tr("company") if row.kind == "company" else self.tr("person")
            where = (self.tr("in the bin since %1").replace("%1", formatting.when(row.deleted_at))
                     if row.deleted_at else self.tr("archived since %1").replace(
                         "%1", formatting.when(row.archived_at)))
            item = QListWidgetItem(f"{row.name}  ·  {kind}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.restore_button.setVisible(bool(rows))
        self.open_button.setVisible(bool(rows))
        self._selected(self.list.currentRow())

    def _current(self) -> RemovedClient | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self, _: int) -> None:
        current = self._current()
        self.restore_button.setEnabled(current is not None)
        self.open_button.setEnabled(current is not None)
        if current is not None:
            self.restore_button.setText(self.tr("Restore") if current.deleted_at
                                        else self.tr("Return from the archive"))

    def restore(self) -> None:
        from crm_desktop.ui.clients.card_parts import archive_client, restore_client

        current = self._current()
        if current is None:
            return
        if current.deleted_at:
            restore_client(self.app, current.kind, current.id)
        else:
            archive_client(self.app, current.kind, current.id, archive=False)

    def open_card(self) -> None:
        current = self._current()
        if current is not None:
            self.app.coordinator.open_client.emit(current.kind, current.id)
