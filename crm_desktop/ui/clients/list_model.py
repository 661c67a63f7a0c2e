"""A table model over 100,000+ clients: it holds only the ordered ids (filtered and sorted in
SQL) and display rows a page at a time in a small cache.

The full id list comes from the database worker; so does the first screen of a search or of
a filter SQLite cannot answer from an index at once (else it is read on the spot). A page
the view paints and the cache lacks (a jump to row 90,000) is read at once through a
read-only connection of the window's own (a primary-key lookup of fifty rows, well under a
millisecond), so rows are ready when painted; the pages around it are then fetched on the
worker. Rows are kept as the strings shown, formatted once when fetched."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.clients.client_list import ClientFilter, PageReader
from crm_desktop.services.clients.query_guard import Cancelled, QueryGuard
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext

PAGE = 50  # rows per fetched chunk: about one screen
CACHED_PAGES = 160
FIRST_SCREEN = 60
PREFETCH = 2  # pages fetched in the background on each side of one read on the spot
PREFETCH_WAIT_S = 1.0  # the longest the worker waits for the paint to end
MIME_CLIENT = "application/x-crm-client"
Index = QModelIndex | QPersistentModelIndex
# Plain ints: a paint asks data() for ~10 roles per cell, and comparing with enum members
# costs more than the rest of the call.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)
ROLES = frozenset((DISPLAY, TOOLTIP, USER))
# Made once: a paint asks flags() for every cell, and combining enum members costs more
# than the rest of the call.
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
PERSON_FLAGS = ROW_FLAGS | Qt.ItemFlag.ItemIsDragEnabled


def shown_value(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column == "phone":
        return formatting.phone(value)
    if column == "kind":
        return kind_label(value)
    if column == "created_at":
        return str(value)[:10]
    return str(value)


class Unformatted(str):
    """A phone number not yet formatted (formatting one costs a fraction of a millisecond):
    a page read while painting formats only the rows actually shown."""


def shown_rows(rows: dict[str, dict[str, Any]], columns: list[str], lazy: bool = False
               ) -> dict[str, list[str]]:
    """The strings a row shows, column by column (pure: runs on the worker too)."""
    def shown(column: str, value: Any) -> str:
        if lazy and column == "phone" and value is not None:
            return Unformatted(value)
        return shown_value(column, value)

    return {ident: [shown(c, values.get(c)) for c in columns]
            for ident, values in rows.items()}


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
               "position": QT_TRANSLATE_NOOP("ClientList", "Position"),
               "abc_xyz": QT_TRANSLATE_NOOP("ClientList", "ABC/XYZ")}

    def __init__(self, app: AppContext, columns: list[str] | None = None) -> None:
        super().__init__()
        self.app = app
        self.filter = ClientFilter()
        self._ids: list[str] = []
        self._columns = columns or "name kind phone email segment responsible abc_xyz".split()
        self._pages: OrderedDict[int, dict[str, list[str]]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._guard = QueryGuard()
        self._reader: PageReader | None = None
        self.read_on_the_spot = 0  # pages read synchronously (for tests and benchmarks)
        self._prefetch_job: dict[str, Any] | None = None  # neighbours due after this paint
        self._around: set[int] = set()  # pages read on the spot whose neighbours are due

    # -- loading ----------------------------------------------------------------------------
    def set_filter(self, flt: ClientFilter) -> None:
        if flt == self.filter and self._generation:
            return  # the same list is loaded or on its way
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """The first screen of rows comes first (one small query), the full id list after.
        A search still running for an older filter is interrupted."""
        self._guard.cancel()
        self._guard = guard = QueryGuard()
        self._generation += 1
        generation, flt, service = self._generation, self.filter, self.app.crm.client_list
        columns = list(self._columns)

        def first_screen() -> tuple[list[str], dict[str, list[str]]]:
            ids = service.ids(flt, limit=FIRST_SCREEN, guard=guard)
            return ids, shown_rows(service.rows(flt.kind, ids, columns), columns, lazy=True)

        def all_ids() -> list[str]:
            return service.ids(flt, guard=guard)

        if flt.search.strip():  # at most 500 ranked ids: one job brings them and the rows
            def searched() -> tuple[list[str], dict[str, list[str]]]:
                ids = service.ids(flt, guard=guard)
                return ids, shown_rows(service.rows(flt.kind, ids[:FIRST_SCREEN], columns),
                                       columns, lazy=True)

            def arrived(result: tuple[list[str], dict[str, list[str]]]) -> None:
                ids, rows = result
                self._first_arrived(generation, columns, ids[:FIRST_SCREEN], rows)
                self._ids_arrived(generation, ids)

            self.app.worker.submit(guard.wrap(searched), arrived, self._failed)
            return
        first = self._first_screen_now(flt, columns)
        if first is not None:
            self._first_arrived(generation, columns, *first)
        else:
            self.app.worker.submit(guard.wrap(first_screen),
                                   lambda r: self._first_arrived(generation, columns, *r),
                                   self._failed)
        self.app.worker.submit(guard.wrap(all_ids),
                               lambda ids: self._ids_arrived(generation, ids), self._failed)

    def _first_screen_now(self, flt: ClientFilter, columns: list[str]
                          ) -> tuple[list[str], dict[str, list[str]]] | None:
        """The first screen read on the spot when SQLite finds it at once (the plain list in
        name order: an index walk of sixty entries); None sends it to the worker."""
        try:
            ids = self._page_reader().first_ids(flt, FIRST_SCREEN)
            if ids is None:
                return None
            return ids, shown_rows(self._page_reader().rows(flt.kind, ids, columns), columns,
                                   lazy=True)
        except Exception:  # noqa: BLE001  (busy, or a file being replaced: the worker tries)
            return None

    def _page_reader(self) -> PageReader:
        if self._reader is None:
            self._reader = self.app.crm.client_list.page_reader()
        return self._reader

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):  # interrupted: a newer list is on its way
            self.app.worker.error.emit(str(error))

    def _first_arrived(self, generation: int, columns: list[str], ids: list[str],
                       rows: dict[str, list[str]]) -> None:
        if generation != self._generation:
            return
        if columns != self._columns:
            rows = {}  # formatted for other columns: fetched again when painted
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

    def _read_now(self, page: int) -> dict[str, list[str]]:
        """A page the view is painting: read on the spot, neighbours in the background."""
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        try:
            rows = shown_rows(self._page_reader().rows(self.filter.kind, ids, self._columns),
                              self._columns,
                              lazy=True)
        except Exception:  # noqa: BLE001  (busy or closed: the worker brings it instead)
            self._fetch([page])
            return {}
        self.read_on_the_spot += 1
        self._store(page, rows)
        # The neighbours are read once this paint is over: the job is queued now (so the
        # worker is known busy) but waits for the event loop's next turn, because a worker
        # running beside the paint takes Python's lock from each of its calls into the model.
        self._around.add(page)
        if self._prefetch_job is None:
            self._queue_prefetch()
        return self._pages[page]

    def _queue_prefetch(self) -> None:
        painted = threading.Event()
        job: dict[str, Any] = {}
        self._prefetch_job = job
        generation, kind, columns = self._generation, self.filter.kind, list(self._columns)
        service = self.app.crm.client_list

        def after_paint() -> None:
            self._prefetch_job = None
            around, self._around = self._around, set()
            if generation == self._generation and self._ids:
                last = (len(self._ids) - 1) // PAGE
                wanted = {p for page in around for p in range(
                    max(page - PREFETCH, 0), min(page + PREFETCH, last) + 1)}
                pages = sorted(p for p in wanted
                               if p not in self._pages and p not in self._pending)
                self._pending.update(pages)
                job["pages"] = pages
                job["ids"] = [i for p in pages for i in self._ids[p * PAGE:(p + 1) * PAGE]]
            painted.set()

        def read() -> dict[str, list[str]]:
            painted.wait(PREFETCH_WAIT_S)
            ids = job.get("ids")
            return shown_rows(service.rows(kind, ids, columns), columns, lazy=True) \
                if ids else {}

        def arrived(rows: dict[str, list[str]]) -> None:
            if job.get("pages"):
                self._pages_arrived(generation, columns, job["pages"], rows)

        QTimer.singleShot(0, after_paint)
        self.app.worker.submit(read, arrived)

    def _fetch(self, pages: list[int]) -> None:
        if not pages:
            return
        self._pending.update(pages)
        generation, kind, columns = self._generation, self.filter.kind, list(self._columns)
        ids = [i for p in pages for i in self._ids[p * PAGE:(p + 1) * PAGE]]
        service = self.app.crm.client_list
        # Raw values only: a phone is formatted when its row is painted (the worker holding
        # Python's lock to format pages nobody looks at slows the paint that asked for them).
        self.app.worker.submit(lambda: shown_rows(service.rows(kind, ids, columns), columns,
                                                  lazy=True),
                               lambda rows: self._pages_arrived(generation, columns, pages,
                                                                rows))

    def _store(self, page: int, rows: dict[str, list[str]]) -> None:
        self._pages[page] = {i: rows[i] for i in self._ids[page * PAGE:(page + 1) * PAGE]
                             if i in rows}
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)

    def _pages_arrived(self, generation: int, columns: list[str], pages: list[int],
                       rows: dict[str, list[str]]) -> None:
        if generation != self._generation:
            return
        for page in pages:
            self._pending.discard(page)
            if page not in self._pages and columns == self._columns:
                self._store(page, rows)
        first = min(pages) * PAGE
        last = min((max(pages) + 1) * PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def shown_row(self, row: int) -> list[str] | None:
        """The strings of a row, read on the spot if its page is not cached."""
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._read_now(page)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def row_data(self, row: int) -> dict[str, str] | None:
        values = self.shown_row(row)
        return None if values is None else dict(zip(self._columns, values, strict=True))

    # -- the model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ROLES:
            return None  # the many style roles a delegate asks for, answered at once
        row = index.row()
        if row >= len(self._ids) or row < 0:
            return None
        if role == USER:
            return self._ids[row]
        page = self._pages.get(row // PAGE)
        values = page.get(self._ids[row]) if page is not None else self.shown_row(row)
        if values is None:
            return "…"
        value = values[index.column()]
        if value.__class__ is Unformatted:
            value = values[index.column()] = formatting.phone(value)
        return value

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
        return PERSON_FLAGS if self.filter.kind == "contact" else ROW_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            self.set_filter(replace(self.filter, sort=self._columns[column],
                                    descending=order == Qt.SortOrder.DescendingOrder))

    def mimeTypes(self) -> list[str]:
        return [MIME_CLIENT]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
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
        self._pages.clear()  # the cached strings are per column
        self._pending.clear()
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

