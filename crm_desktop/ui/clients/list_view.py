"""The clients view: filters over the list on the left, open client cards as tabs on the
right (several at once)."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.clients.client_list import ClientFilter
from crm_desktop.ui.clients.list_model import ClientListModel
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.marketing.list_filter import SegmentFilterBox
from crm_desktop.ui.views import when_painted

if TYPE_CHECKING:  # the card is made when first opened, not at the window's start
    from crm_desktop.services.dto import UserDTO
    from crm_desktop.ui.clients.card import ClientCard

SEARCH_DELAY_MS = 120
# The longest the filters' choices wait on the worker for the first paint: a window not
# shown yet must not hold up the worker's other jobs for long.
PAINT_WAIT_S = 0.5


class ClientTable(QTableView):
    open_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ClientsView(QWidget):
    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.model = ClientListModel(app)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self._build()
        self.app.coordinator.open_client.connect(self.open_card)
        self.app.coordinator.data_changed.connect(self._on_data_changed)
        self.app.coordinator.search_requested.connect(self.search_for)
        self._painted = threading.Event()
        self._apply_filters()
        self._load_choices()
        # The rest once the first rows are on screen (the view is placed in the window by
        # the next turn of the event loop; on its own, it does the rest then).
        QTimer.singleShot(0, self, lambda: when_painted(self.window(), self._after_paint))

    def _after_paint(self) -> None:
        """The quick log's key (it comes with the card's parts, ~40 ms to load); the
        filters' choices are read from now on."""
        from crm_desktop.ui.clients.card_parts import QUICK_LOG_KEY

        self._table_shortcut(QUICK_LOG_KEY, self._focus_quick_log)
        self._painted.set()

    def _table_shortcut(self, key: Qt.Key | str, action: Any) -> None:
        shortcut = QShortcut(QKeySequence(key), self.table, action,
                             context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.setObjectName(f"table_{key}")

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        # Each widget is made inside its final parent: moving a built widget into another
        # has Qt match the application's style sheet against it and all its children again
        # (a good part of the first paint on the large file).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.splitter = QSplitter(self)
        layout.addWidget(self.splitter)
        left = QWidget(self.splitter)
        self.splitter.addWidget(left)
        self.kind = QComboBox(left)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(6)
        self.kind.addItem(self.tr("Companies"), "company")
        self.kind.addItem(self.tr("People"), "contact")
        self.company_kind = self._combo(self.tr("Any kind"), [
            (self.tr("Clients"), "client"), (self.tr("Prospects"), "prospect"),
            (self.tr("Partners"), "partner"), (self.tr("Suppliers"), "supplier")], left)
        self.segment = self._combo(self.tr("Any segment"), [], left)
        self.source = self._combo(self.tr("Any source"), [], left)
        self.tag = self._combo(self.tr("Any tag"), [], left)
        self.responsible = self._combo(self.tr("Anyone responsible"), [], left)
        self.saved_segment = SegmentFilterBox(self.app, left)
        self.saved_segment.chosen.connect(self._segment_chosen)
        self._condition: tuple[str, Any] | None = None  # (kind, SQL) of the saved segment
        self.search = QLineEdit(left, placeholderText=self.tr(
            "Filter: name, phone, email, INN…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        # Archived clients are out of daily work: hidden unless asked for.
        self.archived = QCheckBox(self.tr("Archived"), left)
        self.archived.setObjectName("showArchived")
        self.archived.setToolTip(self.tr("Show archived clients too"))
        self.archived.toggled.connect(self._apply_filters)
        self.count = QLabel(left)
        self.count.setObjectName("countLabel")
        for box in (self.kind, self.company_kind, self.segment, self.source, self.tag,
                    self.responsible):
            box.currentIndexChanged.connect(self._apply_filters)

        # Two rows of three: readable labels, and a narrow list beside an open card still
        # fits a 1366-pixel screen.
        filters = QGridLayout()
        filters.setSpacing(6)
        for n, widget in enumerate((self.kind, self.company_kind, self.segment, self.source,
                                    self.tag, self.responsible)):
            filters.addWidget(widget, n // 3, n % 3)
        filters.addWidget(self.saved_segment, 2, 0, 1, 3)

        self.table = ClientTable(left)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Indicator first: enabling sorting sorts by it, and this is the one load we want.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        # Uniform rows: a row's place is its number times the height, never measured.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.setDragEnabled(True)
        # Tab leaves the table (arrows move between cells); Shift+F10/Menu opens its menu.
        self.table.setTabKeyNavigation(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_requested.connect(self._open_row)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.model.loaded.connect(self._on_loaded)
        self.empty: QLabel | None = None  # the note for an empty list: see _show_empty
        # Style sheets on the widgets that use them, not on the whole view: a sheet on a
        # container is matched against every child as it is built and polished (a good
        # part of the view's first paint on the large file).
        self._table_shortcut(Qt.Key.Key_Delete, self._delete_current)

        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.archived)
        top.addWidget(self.count)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)

        self.cards = QTabWidget(self.splitter)
        self.cards.setTabsClosable(True)
        self.cards.setDocumentMode(True)
        self.cards.tabCloseRequested.connect(self._close_tab)
        self.cards.hide()

        self.splitter.addWidget(self.cards)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)

        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(lambda: self._close_tab(self.cards.currentIndex()))
        self.cards.addAction(close)

    def _combo(self, any_label: str, items: list[tuple[str, str]],
               parent: QWidget | None = None) -> QComboBox:
        box = QComboBox(parent)
        box.addItem(any_label, None)
        for label, value in items:
            box.addItem(label, value)
        # Shrinkable, so the filters never force the window wider than the screen.
        box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        return box

    def _load_choices(self) -> None:
        painted = self._painted

        def fetch() -> tuple[dict[str, list[str]], list[UserDTO]]:
            # Queued at once (the view counts as loading) but read after the first paint:
            # the ORM's set-up beside it would take Python's lock from each of its calls.
            painted.wait(PAINT_WAIT_S)
            return self.app.crm.client_list.filter_choices(), self.app.crm.users.list()

        def fill(result: tuple[dict[str, list[str]], list[UserDTO]]) -> None:
            choices, users = result
            for box, values in ((self.segment, choices["segments"]),
                                (self.source, choices["lead_sources"]),
                                (self.tag, choices["tags"])):
                box.blockSignals(True)
                for value in values:
                    box.addItem(value, value)
                box.blockSignals(False)
            self.responsible.blockSignals(True)
            for user in users:
                self.responsible.addItem(user.name, user.id)
            self.responsible.blockSignals(False)

        self.app.worker.submit(fetch, fill)
        self.saved_segment.load()

    def _segment_chosen(self, result: tuple[str, Any] | None) -> None:
        self._condition = result
        if result is not None and result[0] != self.kind.currentData():
            self.kind.setCurrentIndex(self.kind.findData(result[0]))  # applies the filters
        else:
            self._apply_filters()

    # -- behaviour --------------------------------------------------------------------------
    def current_filter(self) -> ClientFilter:
        kind = self.kind.currentData()
        self.company_kind.setEnabled(kind == "company")
        self.segment.setEnabled(kind == "company")
        return replace(self.model.filter, kind=kind,
                       company_kind=self.company_kind.currentData(),
                       segment=self.segment.currentData(), lead_source=self.source.currentData(),
                       tag=self.tag.currentData(), responsible_id=self.responsible.currentData(),
                       search=self.search.text(), archived=self.archived.isChecked(),
                       condition=self._condition[1] if self._condition is not None and
                       self._condition[0] == kind else None)

    def _apply_filters(self) -> None:
        flt = self.current_filter()
        if flt.kind != self.model.filter.kind:
            columns = (["name", "kind", "phone", "email", "segment", "responsible", "abc_xyz"]
                       if flt.kind == "company" else
                       ["name", "company", "position", "phone", "email", "responsible",
                        "abc_xyz"])
            self.model.set_columns(columns)
        self.model.set_filter(flt)

    def search_for(self, text: str) -> None:
        """From the global search: filter this list, switching to the kind that matches."""
        self.search.setText(text)
        crm = self.app.crm

        def best_kind() -> str | None:
            hits = crm.search.search(text, limit=1, kinds=("company", "contact"))
            return hits[0].kind if hits else None

        def switch(kind: str | None) -> None:
            if kind and kind != self.kind.currentData():
                self.kind.setCurrentIndex(self.kind.findData(kind))
            window = self.window()
            if hasattr(window, "show_view"):
                window.show_view("clients")

        self.app.worker.submit(best_kind, switch)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_loaded(self, count: int) -> None:
        self.count.setText(self.tr("%n found", "", count))
        self._show_empty(count)
        if count and not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _show_empty(self, count: int) -> None:
        """Says what to do when the list is empty: add the first client, or change the search
        or the filters."""
        if count:
            if self.empty is not None:
                self.empty.hide()
            return
        if self.empty is None:  # made late: wrapping the viewport has PySide6 type all widgets
            self.empty = QLabel(self.table.viewport(), wordWrap=True,
                                alignment=Qt.AlignmentFlag.AlignCenter)
            self.empty.setObjectName("emptyState")
        filtered = self.search.text().strip() or any(
            box.currentIndex() > 0 for box in (self.company_kind, self.segment, self.source,
                                               self.tag, self.responsible, self.saved_segment))
        people = self.kind.currentData() == "contact"
        self.empty.setText(
            self.tr("Nothing matches. Check the spelling, search by a part of the name, a "
                    "phone or an email, or clear the filters.") if filtered else
            self.tr("No people yet. Add the first one with Ctrl+Shift+N or import a file "
                    "(File ▸ Import).") if people else
            self.tr("No companies yet. Add the first one with Ctrl+N or import a file "
                    "(File ▸ Import)."))
        self.empty.setGeometry(self.table.viewport().rect().adjusted(16, 16, -16, -16))
        self.empty.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.empty is not None and self.empty.isVisible():
            self.empty.setGeometry(self.table.viewport().rect().adjusted(16, 16, -16, -16))

    def _focus_quick_log(self) -> None:
        from crm_desktop.ui.clients.card import ClientCard

        card = self.cards.currentWidget()
        if isinstance(card, ClientCard):
            card.focus_quick_log()
        else:
            index = self.table.currentIndex()
            if index.isValid():
                self._open_row(index.row())

    def _selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [ident for ident in (self.model.id_at(r) for r in rows) if ident]

    def _delete_current(self) -> None:
        from crm_desktop.ui.clients.list_menu import delete

        ids = self._selected_ids()
        if len(ids) == 1:
            delete(self, self.model.filter.kind, ids[0])

    def _open_row(self, row: int) -> None:
        ident = self.model.id_at(row)
        if ident:
            self.open_card(self.model.filter.kind, ident)

    def open_card(self, kind: str, ident: str) -> None:
        from crm_desktop.ui.clients.card import ClientCard

        for i in range(self.cards.count()):
            card = self.cards.widget(i)
            if isinstance(card, ClientCard) and card.ident == ident:
                self.cards.setCurrentIndex(i)
                return
        card = ClientCard(self.app, kind, ident)
        card.title_changed.connect(lambda title, c=card: self._retitle(c, title))
        first = self.cards.count() == 0
        index = self.cards.addTab(card, "…")
        self.cards.setCurrentIndex(index)
        self.cards.show()
        if first:  # the list keeps room for its filters; the card takes the rest
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([int(total * 0.45), total - int(total * 0.45)])
        window = self.window()
        if hasattr(window, "show_view"):
            window.show_view("clients")

    def _retitle(self, card: ClientCard, title: str) -> None:
        index = self.cards.indexOf(card)
        if index >= 0:
            self.cards.setTabText(index, title if len(title) < 28 else title[:26] + "…")
            self.cards.setTabToolTip(index, title)

    def _close_tab(self, index: int) -> None:
        if index < 0:
            return
        widget = self.cards.widget(index)
        self.cards.removeTab(index)
        if widget is not None:
            widget.deleteLater()
        if self.cards.count() == 0:
            self.cards.hide()
            self.table.setFocus()

    def open_cards(self) -> list[ClientCard]:
        # Every tab is a card (open_card adds nothing else); the card's module loads with
        # the first one, so it is not imported here for an isinstance.
        return [cast("ClientCard", self.cards.widget(i)) for i in range(self.cards.count())]

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("company", "contact"):
            self.model.reload()

    def _context_menu(self, pos: QPoint) -> None:
        from crm_desktop.ui.clients.list_menu import show_context_menu

        show_context_menu(self, pos)
