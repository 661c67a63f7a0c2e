"""The global search box: results from companies, people and deals drop down while typing;
choosing one opens its card, Enter filters the clients list.

Each key starts its query at once on the database worker and interrupts the one before it
(sqlite3 interrupt through a QueryGuard), so no delay is needed to keep the worker free;
results are shown only for the latest text, so they never arrive out of the order typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from crm_desktop.paths import RESOURCES_DIR
from crm_desktop.services.clients.query_guard import Cancelled, QueryGuard
from crm_desktop.ui.context import AppContext

if TYPE_CHECKING:  # the hits come from the search (on the worker), with the services' types
    from crm_desktop.services.dto import SearchHit

DELAY_MS = 0  # keys that arrive together are searched once; nothing more to wait for
KIND_ICONS = {"company": "company.svg", "contact": "person.svg", "deal": "channel_document.svg"}


class GlobalSearch(QObject):
    results_shown = Signal(int)

    def __init__(self, app: AppContext, box: QLineEdit) -> None:
        super().__init__(box)
        self.app, self.box = app, box
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(box)
        # PySide6's stub does not let a signal be indexed by its overload's type.
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self._search)
        box.textEdited.connect(lambda _: self.timer.start())
        box.returnPressed.connect(self._filter_list)
        self._generation = 0
        self._guard = QueryGuard()
        self.hits: list[SearchHit] = []

    def _search(self) -> None:
        text = self.box.text()
        self._guard.cancel()  # the previous text's query, if it still runs
        self._guard = guard = QueryGuard()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self.model.clear()
            return
        search = self.app.crm.search.search
        self.app.worker.submit(guard.wrap(lambda: search(text, limit=12, guard=guard)),
                               lambda hits: self._show(generation, hits), self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            self.app.worker.error.emit(str(error))

    def _show(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return
        self.hits = hits
        self.model.clear()
        for hit in hits:
            label = hit.title + (f"  —  {hit.subtitle}" if hit.subtitle else "")
            item = QStandardItem(QIcon(str(RESOURCES_DIR / "icons" / KIND_ICONS[hit.kind])),
                                 label)
            item.setData((hit.kind, hit.id), Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        if hits and self.box.hasFocus():
            self.completer.complete()
        self.results_shown.emit(len(hits))

    def _chosen(self, index: QModelIndex) -> None:
        kind, ident = index.data(Qt.ItemDataRole.UserRole)
        if kind == "deal":
            self.app.coordinator.open_deal.emit(ident)
        else:
            self.app.coordinator.open_client.emit(kind, ident)
        QTimer.singleShot(0, self.box.clear)

    def open_first(self) -> None:
        if self.model.rowCount():
            self._chosen(self.model.index(0, 0))

    def _filter_list(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            return
        kinds = [h.kind for h in self.hits if h.kind in ("company", "contact")]
        self.app.coordinator.search_requested.emit(self.box.text())
        if kinds:
            self.app.coordinator.status_message.emit("")
