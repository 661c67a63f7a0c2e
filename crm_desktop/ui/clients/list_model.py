"""A table model over 100,000+ clients: it holds only the ordered ids (filtered and sorted in
SQL) and fetches rows a page at a time on the database worker into a small cache."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from crm_desktop.services.client_list import ClientFilter
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext

PAGE = 50  # rows per fetched chunk: about one screen
CACHED_PAGES = 160
FIRST_SCREEN = 60
MIME_CLIENT = "application/x-crm-client"
Index = QModelIndex | QPersistentModelIndex


class ClientListModel(QAbstractTableModel):
    loaded = Signal(int)  # row count after a new id list arrived

    HEADERS = {"name": QT_TRANSLATE_NOOP("ClientList", "Name"),
               "kind": QT_TRANSLATE_NOOP("ClientList", "Kind"),
               "phone": QT_TRANSLATE_NOOP("ClientList", "Phone"),
               "email": QT_TRANSLATE_NOOP("ClientList", "Email"),
               "tax_id": QT_TRANSLATE_NOOP("ClientList", "Tax id"),
               "segment": QT_TRANSLATE_NOOP("ClientList", "Segment"),
               "lead_source": QT_TRANSLATE_NOOP("ClientList", "Lead source"),
               "industry": QT_TRANSLATE_NOOP("ClientList", "Industry"),
               "responsible": QT_TRANSLATE_NOOP("ClientList", "Responsible"),
               "created_at": QT_TRANSLATE_NOOP("ClientList", "Created"),
               "company": QT_TRANSLATE_NOOP("ClientList", "Company"),
               "position": QT_TRANSLATE_NOOP("ClientList", "Position")}

    def __init__(self, app: AppContext, columns: list[str] | None = None) -> None:
        super().__init__()
        self.app = app
        self.filter = ClientFilter()
        self._ids: list[str] = []
        self._columns = columns or ["name", "kind", "phone", "email", "segment", "responsible"]
        self._pages: OrderedDict[int, dict[str, dict[str, Any]]] = OrderedDict()
        self._pending: set[int] = set()
        self._wanted: list[int] = []
        self._generation = 0

    # -- loading ----------------------------------------------------------------------------
    def set_filter(self, flt: ClientFilter) -> None:
        if flt == self.filter and self._generation:
            return  # the same list is loaded or on its way
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """The first screen of rows comes first (one small query), the full id list after."""
        self._generation += 1
        generation, flt, service = self._generation, self.filter, self.app.crm.client_list

        def first_screen() -> tuple[list[str], dict[str, dict]]:
            ids = service.ids(flt, limit=FIRST_SCREEN)
            return ids, service.rows(flt.kind, ids)

        self.app.worker.submit(first_screen, lambda r: self._first_arrived(generation, *r))
        self.app.worker.submit(lambda: service.ids(flt),
                               lambda ids: self._ids_arrived(generation, ids))

    def _first_arrived(self, generation: int, ids: list[str], rows: dict) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        # Whole chunks only (a partial one would hide rows the full list adds), unless the
        # first screen is the whole list.
        chunks = -(-len(ids) // PAGE) if len(ids) < FIRST_SCREEN else len(ids) // PAGE
        self._pages = OrderedDict((p, {i: rows[i] for i in ids[p * PAGE:(p + 1) * PAGE]
                                       if i in rows}) for p in range(chunks))
        self._pending.clear()
        self.endResetModel()

    def _ids_arrived(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        shown = len(self._ids)
        if ids[:shown] == self._ids and shown:
            # The first screen is already on show: append the rest, keep the cache.
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self._pending.clear()
            self.endResetModel()
        self.loaded.emit(len(ids))

    def _request(self, page: int) -> None:
        """Missing chunks asked for during one paint are fetched together in one job."""
        if page in self._pending:
            return
        if not self._wanted:
            QTimer.singleShot(0, self._flush)
        self._pending.add(page)
        self._wanted.append(page)

    def _flush(self) -> None:
        pages, self._wanted = self._wanted, []
        if not pages:
            return
        generation, kind = self._generation, self.filter.kind
        ids = [i for p in pages for i in self._ids[p * PAGE:(p + 1) * PAGE]]
        self.app.worker.submit(lambda: self.app.crm.client_list.rows(kind, ids),
                               lambda rows: self._pages_arrived(generation, pages, rows))

    def _pages_arrived(self, generation: int, pages: list[int], rows: dict[str, dict]) -> None:
        if generation != self._generation:
            return
        for page in pages:
            self._pending.discard(page)
            self._pages[page] = {i: rows[i] for i in self._ids[page * PAGE:(page + 1) * PAGE]
                                 if i in rows}
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = min(pages) * PAGE
        last = min((max(pages) + 1) * PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def row_data(self, row: int) -> dict[str, Any] | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    # -- the model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = self.row_data(index.row())
        if values is None:
            return "…"
        column = self._columns[index.column()]
        value = values.get(column)
        if value is None:
            return ""
        if column == "phone":
            return formatting.phone(value)
        if column == "kind":
            return kind_label(value)
        if column == "created_at":
            return str(value)[:10]
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            key = self._columns[section]
            return QCoreApplication.translate("ClientList", self.HEADERS.get(key, key))
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.filter.kind == "contact":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            from dataclasses import replace

            self.set_filter(replace(self.filter, sort=self._columns[column],
                                    descending=order == Qt.SortOrder.DescendingOrder))

    def mimeTypes(self) -> list[str]:
        return [MIME_CLIENT]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = sorted({self._ids[i.row()] for i in indexes if i.isValid()})
        data.setData(MIME_CLIENT, ("contact:" + ",".join(ids)).encode())
        return data

    # -- helpers for the view ---------------------------------------------------------------
    def columns(self) -> list[str]:
        return list(self._columns)

    def set_columns(self, columns: list[str]) -> None:
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, ident: str) -> int:
        try:
            return self._ids.index(ident)
        except ValueError:
            return -1


def kind_label(kind: str) -> str:
    labels = {"client": QT_TRANSLATE_NOOP("ClientKind", "Client"),
              "partner": QT_TRANSLATE_NOOP("ClientKind", "Partner"),
              "supplier": QT_TRANSLATE_NOOP("ClientKind", "Supplier"),
              "prospect": QT_TRANSLATE_NOOP("ClientKind", "Prospect")}
    return QCoreApplication.translate("ClientKind", labels.get(kind, kind))
