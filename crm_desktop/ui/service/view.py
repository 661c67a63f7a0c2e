"""The requests view: queues per person and department on the left, the requests of the
chosen queue (filters, search) in the middle, the chosen request with its actions, history
and a comment box on the right. All database work runs on the worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.service_desk import (
    OPEN_STATUSES,
    PRIORITIES,
    STATUSES,
    QueueCount,
    RequestEvent,
    RequestFilter,
    RequestRow,
    desk,
)
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.dialogs import RequestDialog
from crm_desktop.ui.service.model import (
    CLIENT,
    DUE,
    NUMBER,
    PRIORITY,
    RESPONSIBLE,
    STATUS,
    SUBJECT,
    RequestsModel,
)
from crm_desktop.ui.service.request_panel import RELOAD_ON, RequestPanel

QUEUE_ROLE = Qt.ItemDataRole.UserRole


class RequestsView(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.current_queue: tuple[str, str | None] = ("open", None)
        self._select_after: str | None = None  # a request just made, chosen once it is listed
        self.queues = QListWidget()
        self.queues.setObjectName("serviceQueues")
        self.queues.setMaximumWidth(280)
        self.queues.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queues.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.queues.currentItemChanged.connect(self._queue_chosen)
        self.new_button = QPushButton(self.tr("+ Request"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Register a service request (Ctrl+Shift+R)"))
        self.new_button.clicked.connect(lambda: self.new_request())
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, self.new_request).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search = QLineEdit(placeholderText=self.tr("Find by number, subject, client…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.status = QComboBox()
        self.status.addItem(self.tr("Open"), "open")
        self.status.addItem(self.tr("All statuses"), "all")
        for value in STATUSES:
            self.status.addItem(labels.status(value), value)
        self.status.currentIndexChanged.connect(lambda _: self.reload())
        self.priority = QComboBox()
        self.priority.addItem(self.tr("Any priority"), None)
        for value in PRIORITIES:
            self.priority.addItem(labels.priority(value), value)
        self.priority.currentIndexChanged.connect(lambda _: self.reload())
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.toggled.connect(lambda _: self.reload())
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.clicked.connect(self.open_report)
        self.levels_button = QPushButton(self.tr("Service levels…"))
        self.levels_button.clicked.connect(self.open_levels)
        self.model = RequestsModel((NUMBER, SUBJECT, CLIENT, RESPONSIBLE, PRIORITY, STATUS,
                                    DUE))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 170), (3, 150), (4, 85), (5, 140), (6, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_current())
        self.panel = RequestPanel(app)
        self.panel.changed.connect(lambda _: self.reload())
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.priority)
        bar.addWidget(self.overdue)
        bar.addWidget(self.report_button)
        bar.addWidget(self.levels_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.empty, 1)
        middle_layout.addWidget(self.count)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(middle)
        right.addWidget(self.panel)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([330, 370])
        splitter = QSplitter()
        splitter.addWidget(self.queues)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1000])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in RELOAD_ON else None)
        app.coordinator.refresh_requested.connect(self.reload)
        self._escalate_timer = QTimer(self, interval=5 * 60 * 1000)
        self._escalate_timer.timeout.connect(self.escalate)
        self._escalate_timer.start()
        self.reload()
        self.escalate()

    # -- loading -------------------------------------------------------------------------
    def filter(self) -> RequestFilter:
        kind, key = self.current_queue
        status = self.status.currentData()
        statuses: tuple[str, ...] = OPEN_STATUSES if status == "open" else (
            () if status == "all" else (status,))
        scope = {"person": "person", "department": "department", "mine": "mine"}.get(kind,
                                                                                   "all")
        return RequestFilter(scope=scope, person_id=key if kind == "person" else None,
                             department=key if kind == "department" else None,
                             statuses=statuses, priority=self.priority.currentData(),
                             overdue_only=self.overdue.isChecked() or kind == "overdue",
                             query=self.search.text())

    def reload(self) -> None:
        service, flt = desk(self.app.crm), self.filter()
        self.app.worker.submit(lambda: (service.queue(flt), service.queues()), self._show)

    def _show(self, result: tuple[list[RequestRow], list[QueueCount]]) -> None:
        rows, queues = result
        current = self._select_after or self.current_id()
        self._select_after = None
        self._fill_queues(queues)
        self.model.set_rows(rows)
        row = self.model.row_of(current) if current else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.panel.show_request(None, [])
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if not rows:
            self.empty.setText(self.tr("No requests match the filters.")
                               if self.search.text().strip() or self.current_queue[0] != "open"
                               or self.status.currentData() != "open"
                               else self.tr("No open requests. Register one with "
                                            "“+ Request” when a client calls or writes."))
        self.count.setText(self.tr("Requests: %1").replace(
            "%1", formatting.locale().toString(len(rows))))
        overdue = sum(q.overdue for q in queues if q.kind == "person")
        self.app.coordinator.view_badge.emit("service", str(overdue) if overdue else "")
        self.loaded.emit()

    def _fill_queues(self, queues: list[QueueCount]) -> None:
        self.queues.blockSignals(True)
        self.queues.clear()
        people = [q for q in queues if q.kind == "person"]
        total = sum(q.open for q in people)
        late = sum(q.overdue for q in people)
        me = self.app.crm.user_id
        mine = next((q for q in people if q.key == me), None)

        def add(text: str, key: tuple[str, str | None], selectable: bool = True) -> None:
            item = QListWidgetItem(text)
            item.setData(QUEUE_ROLE, key)
            if not selectable:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.queues.addItem(item)
            if key == self.current_queue and selectable:
                self.queues.setCurrentItem(item)

        def counted(name: str, count: int, overdue: int) -> str:
            return f"{name}  {count}" + (f" (!{overdue})" if overdue else "")

        add(counted(self.tr("All requests"), total, late), ("open", None))
        add(counted(self.tr("Mine"), mine.open if mine else 0, mine.overdue if mine else 0),
            ("mine", None))
        add(counted(self.tr("Overdue"), late, 0), ("overdue", None))
        if people:
            add(self.tr("People"), ("", None), False)
            for q in people:
                add(counted(q.name, q.open, q.overdue), ("person", q.key))
        departments = [q for q in queues if q.kind == "department"]
        if departments:
            add(self.tr("Departments"), ("", None), False)
            for q in departments:
                add(counted(q.name, q.open, q.overdue), ("department", q.key))
        if self.queues.currentItem() is None:
            self.current_queue = ("open", None)
            self.queues.setCurrentRow(0)
        self.queues.blockSignals(False)

    def _queue_chosen(self, item: QListWidgetItem | None, _: Any = None) -> None:
        if item is None or not item.data(QUEUE_ROLE) or not item.data(QUEUE_ROLE)[0]:
            return
        kind, key = item.data(QUEUE_ROLE)
        self.current_queue = (kind, key)
        self.reload()

    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def _load_current(self) -> None:
        ident = self.current_id()
        if ident is None:
            self.panel.show_request(None, [])
            return
        service = desk(self.app.crm)

        def shown(result: tuple[RequestRow, list[RequestEvent]]) -> None:
            if self.current_id() == ident:
                self.panel.show_request(*result)

        self.app.worker.submit(lambda: (service.get(ident), service.history(ident)), shown,
                               lambda _: self.panel.show_request(None, []))

    def select(self, ident: str) -> None:
        row = self.model.row_of(ident)
        if row >= 0:
            self.table.selectRow(row)

    # -- actions -------------------------------------------------------------------------
    def new_request(self, client: tuple[str, str, str] | None = None) -> RequestDialog:
        dialog = RequestDialog(self.app, self.window(), client)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, ident: str) -> None:
        self._select_after = ident
        self.reload()

    def open_report(self) -> None:
        from crm_desktop.ui.service.report_view import ServiceReportDialog

        dialog = ServiceReportDialog(self.app, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.open()

    def open_levels(self) -> None:
        from crm_desktop.ui.service.levels_dialog import LevelsDialog

        dialog = LevelsDialog(self.app, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.levels_dialog = dialog
        dialog.open()

    def escalate(self) -> None:
        """Overdue requests of this laptop's person go to their head (every few minutes)."""
        service = desk(self.app.crm)
        self.app.worker.submit(service.escalate_overdue,
                               lambda done: self.reload() if done else None,
                               lambda _: None)
