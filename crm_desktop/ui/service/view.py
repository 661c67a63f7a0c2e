"""The requests view: queues per person and department on the left, the requests of the
chosen queue (filters, search) in the middle, the chosen request with its actions, history
and a comment box on the right. All database work runs on the worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
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
from crm_desktop.ui.service.dialogs import HandoverDialog, RequestDialog
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

QUEUE_ROLE = Qt.ItemDataRole.UserRole
ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
RELOAD_ON = ("service_request", "task", "interaction", "company", "contact", "synced")


def html(text: str | None) -> str:
    return (text or "").translate(ESCAPE).replace("\n", "<br>")


class RequestPanel(QWidget):
    """One request: its facts, the status actions, its history and a comment box."""

    changed = Signal(str)

    def __init__(self, app: AppContext, vertical: bool = False) -> None:
        super().__init__()
        self.app = app
        self.request: RequestRow | None = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.open_client = QPushButton(self.tr("Open the client"))
        self.open_client.clicked.connect(self._open_client)
        self.buttons: dict[str, QPushButton] = {}
        actions = QGridLayout()
        for number, (key, text) in enumerate((
                ("in_work", self.tr("Take in work")), ("waiting", self.tr("Wait for the client")),
                ("resolved", self.tr("Resolved")), ("closed", self.tr("Close")),
                ("reopen", self.tr("Reopen")), ("handover", self.tr("Hand over…")))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            actions.addWidget(button, number // 3, number % 3)
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("A comment, a question to the client, what was "
                                                "done…"))
        self.comment.setMaximumHeight(70)
        self.comment.setTabChangesFocus(True)
        self.add_comment = QPushButton(self.tr("Add comment"))
        self.add_comment.setToolTip(self.tr("Add the comment to the history (Ctrl+Enter)"))
        self.add_comment.clicked.connect(self.post_comment)
        QShortcut(QKeySequence("Ctrl+Return"), self.comment, self.post_comment).setContext(
            Qt.ShortcutContext.WidgetShortcut)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        history_label = QLabel(self.tr("History"))
        history_label.setObjectName("sectionTitle")
        facts = QVBoxLayout()
        facts.setContentsMargins(0, 0, 0, 0)
        facts.addWidget(self.title)
        facts.addWidget(self.facts)
        facts.addWidget(self.open_client, 0, Qt.AlignmentFlag.AlignLeft)
        facts.addLayout(actions)
        facts.addWidget(self.error)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.add_comment, 0, Qt.AlignmentFlag.AlignBottom)
        history = QVBoxLayout()
        history.setContentsMargins(0, 0, 0, 0)
        history.addWidget(history_label)
        history.addWidget(self.history, 1)
        history.addLayout(comment_row)
        if vertical:  # a window of its own: everything in one column
            layout = QVBoxLayout(self)
            layout.addLayout(facts)
            layout.addLayout(history, 1)
        else:  # below the list: the facts and actions left, the history right
            facts.addStretch(1)
            layout = QHBoxLayout(self)
            layout.setContentsMargins(0, 4, 0, 0)
            layout.addLayout(facts, 2)
            layout.addLayout(history, 3)
        self.show_request(None, [])

    def show_request(self, request: RequestRow | None, events: list[RequestEvent]) -> None:
        self.request = request
        self.error.hide()
        enabled = request is not None
        for widget in (self.comment, self.add_comment, self.open_client):
            widget.setEnabled(enabled)
        if request is None:
            self.title.setText(self.tr("Choose a request in the list"))
            self.facts.setText("")
            self.history.setHtml("")
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        self.title.setText(f"{request.number} · {request.subject}")
        due = formatting.when(request.due_at)
        if request.overdue:
            late = self.tr("overdue")
            due = f"<b style='color:#b91c1c'>{html(due)} — {html(late)}</b>"
        else:
            due = html(due)
        facts = [
            (self.tr("Client"), html(request.client)),
            (self.tr("Status"), html(labels.status(request.status))),
            (self.tr("Priority"), html(labels.priority(request.priority))),
            (self.tr("Channel"), html(labels.channel(request.channel))),
            (self.tr("Responsible"), html(request.responsible or "—")),
            (self.tr("Department"), html(request.department or "—")),
            (self.tr("Opened"), html(formatting.when(request.opened_at))),
            (self.tr("Due"), due),
        ]
        if request.resolved_at:
            facts.append((self.tr("Resolved"), html(formatting.when(request.resolved_at))))
        if request.reopen_count:
            facts.append((self.tr("Reopened"), str(request.reopen_count)))
        self.facts.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#64748b;padding-right:8px'>{html(k)}</td><td>{v}</td></tr>"
            for k, v in facts) + "</table>")
        done = request.status in ("resolved", "closed")
        # a status written by hand outside the flow may still be taken in work
        flow = {"new": ("in_work", "waiting", "resolved", "closed"),
                "in_work": ("waiting", "resolved", "closed"),
                "waiting": ("in_work", "resolved", "closed"),
                "resolved": ("closed",), "closed": ()}.get(request.status, ("in_work",))
        for key, button in self.buttons.items():
            if key == "reopen":
                button.setEnabled(done)
            elif key == "handover":
                button.setEnabled(not done)
            else:
                button.setEnabled(key in flow)
        lines = []
        for event in reversed(events):
            head = f"<b>{html(labels.event(event.kind))}</b>"
            if event.kind in ("status", "reopen"):
                head += f": {html(labels.status(event.from_value or ''))} → " \
                        f"{html(labels.status(event.to_value or ''))}"
            elif event.kind == "assign":
                head += f": {html(event.from_value or '—')} → {html(event.to_value or '—')}"
            elif event.kind == "escalated" and event.to_value:
                head += f": {html(event.to_value)}"
            when = html(formatting.when(event.occurred_at))
            who = f" · {html(event.user)}" if event.user else ""
            body = f"<br>{html(event.comment)}" if event.comment else ""
            lines.append(f"<p><span style='color:#64748b'>{when}{who}</span><br>{head}"
                         f"{body}</p>")
        self.history.setHtml("".join(lines))

    def _open_client(self) -> None:
        request = self.request
        if request is None:
            return
        if request.company_id:
            self.app.coordinator.open_client.emit("company", request.company_id)
        elif request.contact_id:
            self.app.coordinator.open_client.emit("contact", request.contact_id)

    def _run(self, fn: Any) -> None:
        ident = self.request.id if self.request else None

        def done(_: object) -> None:
            self.app.coordinator.data_changed.emit("service_request")
            self.app.coordinator.data_changed.emit("interaction")
            self.changed.emit(ident or "")

        def failed(exc: BaseException) -> None:
            self.error.setText(labels.describe(exc))
            self.error.show()

        self.app.worker.submit(fn, done, failed)

    def act(self, key: str) -> None:
        request = self.request
        if request is None:
            return
        service, ident = desk(self.app.crm), request.id
        if key == "handover":
            dialog = HandoverDialog(self.app, request, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.done.connect(self.changed.emit)
            self.dialog = dialog
            dialog.open()
            return
        comment = self.comment.toPlainText()
        self.comment.clear()
        if key == "reopen":
            self._run(lambda: service.reopen(ident, comment))
        else:
            self._run(lambda: service.set_status(ident, key, comment))

    def post_comment(self) -> None:
        request, text = self.request, self.comment.toPlainText()
        if request is None:
            return
        if not text.strip():
            self.error.setText(QCoreApplication.translate("Service", "Write the comment first"))
            self.error.show()
            return
        self.comment.clear()
        service, ident = desk(self.app.crm), request.id
        self._run(lambda: service.comment(ident, text))


class RequestsView(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.current_queue: tuple[str, str | None] = ("open", None)
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
        current = getattr(self, "_select_after", None) or self.current_id()
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
        me = self.app.crm.ctx.user_id
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
