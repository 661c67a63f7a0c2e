"""The table of requests (a queue, a client's requests, a report's drill-down)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.services.service_desk import RequestRow
from crm_desktop.ui import formatting
from crm_desktop.ui.service import labels

Index = QModelIndex | QPersistentModelIndex
NUMBER, SUBJECT, CLIENT, RESPONSIBLE, DEPARTMENT, PRIORITY, STATUS, DUE = range(8)
OVERDUE = QColor("#b91c1c")
DONE = QColor("#64748b")


class RequestsModel(QAbstractTableModel):
    def __init__(self, columns: tuple[int, ...] = (NUMBER, SUBJECT, CLIENT, RESPONSIBLE,
                                                   DEPARTMENT, PRIORITY, STATUS, DUE)) -> None:
        super().__init__()
        self.rows: list[RequestRow] = []
        self.columns = columns
        names = [self.tr("Number"), self.tr("Subject"), self.tr("Client"),
                 self.tr("Responsible"), self.tr("Department"), self.tr("Priority"),
                 self.tr("Status"), self.tr("Due")]
        self.headers = [names[c] for c in columns]

    def set_rows(self, rows: list[RequestRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, ident: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == ident), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _text(self, row: RequestRow, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == SUBJECT:
            return row.subject
        if column == CLIENT:
            return row.client
        if column == RESPONSIBLE:
            return row.responsible
        if column == DEPARTMENT:
            return row.department or ""
        if column == PRIORITY:
            return labels.priority(row.priority)
        if column == STATUS:
            text = labels.status(row.status)
            return text + (" ↺" if row.reopen_count else "")
        return formatting.when(row.due_at) if row.due_at else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) \
                or index.column() >= len(self.columns):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue and column == DUE:
                return self.tr("Overdue")
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue:
                return QBrush(OVERDUE)
            if row.status in ("resolved", "closed"):
                return QBrush(DONE)
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
