"""The card's "Changes" tab: who changed what, when — the server's audit of the record, read
with the person's own login on the office's network thread when the tab is first shown (and
on "Refresh"). Offline, or without a server, it says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.admin.office import Change, OfficeService, value_text
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.office.common import describe_office, network

Index = QModelIndex | QPersistentModelIndex
WHEN, WHO, WHAT, OLD, NEW = range(5)


class ChangesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.changes: list[Change] = []
        self.names: dict[str, str] = {}  # user ids -> names, for the responsible person
        self.headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Was"),
                        self.tr("Now")]

    def set_changes(self, changes: list[Change], names: dict[str, str]) -> None:
        self.beginResetModel()
        self.changes, self.names = list(changes), dict(names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def _value(self, change: Change, value: Any) -> str:
        if change.field == "responsible_id" and isinstance(value, str):
            return self.names.get(value, value)
        return value_text(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.changes):
            return None
        change, column = self.changes[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == WHEN:
                return change.at.astimezone().strftime("%d.%m.%Y %H:%M")
            if column == WHO:
                if change.device == "server":  # written on the server itself (psql, a tool)
                    return self.tr("%1 (on the server)").replace("%1", change.who)
                return change.who
            if column == WHAT:
                return {"created": self.tr("created the record"),
                        "deleted": self.tr("deleted the record")}.get(
                    change.kind, field_label(change.field))
            if change.kind != "changed":
                return ""
            return self._value(change, change.old if column == OLD else change.new)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


def field_label(field: str) -> str:
    from crm_desktop.ui.messages import field_name

    label = field_name(field)
    return label or field.replace("_", " ")


class ChangesTab(QWidget):
    def __init__(self, app: AppContext, kind: str, ident: str) -> None:
        super().__init__()
        self.app, self.kind, self.ident = app, kind, ident
        self.office = OfficeService(app.crm)
        self.loaded = False
        self.note = QLabel(self.tr("The history of this record is kept on the office's "
                                   "server."))
        self.note.setWordWrap(True)
        self.note.setObjectName("changesNote")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(refresh)
        self.model = ChangesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((WHEN, 120), (WHO, 170), (WHAT, 150), (OLD, 180)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (loads when first shown)
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.loaded = True
        self.note.setText(self.tr("Reading the history from the server…"))
        office, kind, ident, crm = self.office, self.kind, self.ident, self.app.crm

        def names() -> dict[str, str]:
            return {u.id: u.name for u in crm.users.list(include_deleted=True)}

        def fetched(changes: list[Change]) -> None:
            self.app.worker.submit(names, lambda people: self._show(changes, people))

        network(self.app).submit(lambda: office.history(kind, ident), fetched, self._failed)

    def _show(self, changes: list[Change], names: dict[str, str]) -> None:
        self.model.set_changes(changes, names)
        self.note.setText(self.tr("%1 change(s), newest first.").replace(
            "%1", str(len(changes))) if changes else self.tr(
            "The server has no changes of this record yet (it reaches the server with the "
            "next sync)."))

    def _failed(self, exc: BaseException) -> None:
        from crm_desktop.services.admin.office import NoOfficeServer

        self.model.set_changes([], {})
        if isinstance(exc, NoOfficeServer):
            self.note.setText(self.tr("Who changed what is recorded by the office's server; "
                                      "this database syncs with no server."))
        else:
            self.note.setText(describe_office(exc))
