"""The kanban board: a column per stage with its count and sums, deal cards with client,
amount, days in stage and the next step; drag a card to another stage to move the deal
(moving to a lost stage asks for the reason)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.funnel import BoardColumn, BoardFilter, DealCardRow
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext

MIME_DEAL = "application/x-crm-deal"


def sums_text(amounts: dict[str, int]) -> str:
    return " + ".join(formatting.money(v, c) for c, v in sorted(amounts.items())) or "—"


class DealList(QListWidget):
    """One column's deal cards; a card dragged here asks the board to move its deal."""

    dropped = Signal(str, str)  # deal id, this column's stage id

    def __init__(self, stage_id: str) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setObjectName("dealList")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def mimeTypes(self) -> list[str]:
        return [MIME_DEAL]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        data.setData(MIME_DEAL, items[0].data(Qt.ItemDataRole.UserRole).encode())
        return data

    def startDrag(self, actions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasFormat(MIME_DEAL):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasFormat(MIME_DEAL):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001
        if event.mimeData().hasFormat(MIME_DEAL):
            deal_id = bytes(event.mimeData().data(MIME_DEAL)).decode()
            event.setDropAction(Qt.DropAction.IgnoreAction)  # the board redraws itself
            event.accept()
            self.dropped.emit(deal_id, self.stage_id)


class StageColumn(QFrame):
    more_requested = Signal(str, int)  # stage id, offset

    def __init__(self, column: BoardColumn) -> None:
        super().__init__()
        self.setObjectName("stageColumn")
        self.setFixedWidth(260)
        self.column = column
        self.title = QLabel(f"<b>{column.name}</b> · {column.count}")
        self.title.setObjectName("stageTitle")
        self.sums = QLabel(self.tr("%1<br><span style='color:#64748b'>weighted %2 (%3%)"
                                   "</span>").replace("%1", sums_text(column.totals))
                           .replace("%2", sums_text(column.weighted))
                           .replace("%3", str(column.probability)))
        self.sums.setWordWrap(True)
        self.list = DealList(column.stage_id)
        self.more = QPushButton()
        self.more.clicked.connect(lambda: self.more_requested.emit(column.stage_id,
                                                                   self.list.count()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.sums)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        self.add_deals(column.deals)

    def add_deals(self, deals: list[DealCardRow]) -> None:
        for deal in deals:
            lines = [deal.title, f"{deal.client}" if deal.client else "",
                     formatting.money(deal.amount_minor, deal.currency),
                     self.tr("%1 d in stage").replace("%1", str(deal.days_in_stage))]
            if deal.next_step:
                when = formatting.day(deal.next_step_at)
                lines.append(("⚠ " if deal.overdue else "→ ") + deal.next_step
                             + (f" ({when})" if when else ""))
            item = QListWidgetItem("\n".join(line for line in lines if line))
            item.setData(Qt.ItemDataRole.UserRole, deal.id)
            item.setToolTip(f"{deal.title}\n{deal.responsible or ''}")
            if deal.overdue:
                item.setForeground(QBrush(QColor("#b91c1c")))
            self.list.addItem(item)
        remaining = self.column.count - self.list.count()
        self.more.setText(self.tr("Show %1 more").replace("%1", str(min(remaining, 20))))
        self.more.setVisible(remaining > 0)


class BoardView(QWidget):
    moved = Signal(str, str)  # deal id, stage id (after the move is saved)
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.columns: dict[str, StageColumn] = {}
        self.loss_reasons: list[str] = []
        self.stage_kinds: dict[str, str] = {}
        self.pipeline = QComboBox()
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("Anyone responsible"), None)
        self.source = QComboBox()
        self.source.addItem(self.tr("Any source"), None)
        self.search = QLineEdit(placeholderText=self.tr("Find deals…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for box in (self.pipeline, self.responsible, self.source):
            box.currentIndexChanged.connect(lambda _: self.reload())
        self.summary = QLabel()
        bar = QHBoxLayout()
        for widget in (self.pipeline, self.responsible, self.source):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.summary)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in ("deal", "stage") else None)
        self._load_choices()

    def _load_choices(self) -> None:
        crm = self.app.crm

        def fetch() -> tuple[Any, ...]:
            return (crm.pipelines.list(), crm.users.list(), crm.reference.names("lead_sources"),
                    crm.reference.names("loss_reasons"))

        def fill(result: tuple[Any, ...]) -> None:
            pipelines, users, sources, self.loss_reasons = result
            for box in (self.pipeline, self.responsible, self.source):
                box.blockSignals(True)
            for pipeline in pipelines:
                self.pipeline.addItem(pipeline.name, pipeline.id)
                if pipeline.is_default:
                    self.pipeline.setCurrentIndex(self.pipeline.count() - 1)
            for user in users:
                self.responsible.addItem(user.name, user.id)
            for source in sources:
                self.source.addItem(source, source)
            for box in (self.pipeline, self.responsible, self.source):
                box.blockSignals(False)
            self.reload()

        self.app.worker.submit(fetch, fill)

    def board_filter(self) -> BoardFilter:
        return BoardFilter(responsible_id=self.responsible.currentData(),
                           source=self.source.currentData(), search=self.search.text())

    def reload(self) -> None:
        pipeline_id = self.pipeline.currentData()
        if not pipeline_id:
            return
        flt = self.board_filter()
        self.app.worker.submit(lambda: self.app.crm.funnel.board(pipeline_id, flt),
                               self._show)

    def _show(self, columns: list[BoardColumn]) -> None:
        while self.strip_layout.count():
            widget = self.strip_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.columns.clear()
        self.stage_kinds = {c.stage_id: c.kind for c in columns}
        for column in columns:
            widget = StageColumn(column)
            widget.list.dropped.connect(self.drop)
            widget.list.itemActivated.connect(
                lambda item: self.app.coordinator.open_deal.emit(
                    item.data(Qt.ItemDataRole.UserRole)))
            widget.more_requested.connect(self._more)
            self.columns[column.stage_id] = widget
            self.strip_layout.addWidget(widget)
        open_totals: dict[str, int] = {}
        for column in columns:
            if column.kind == "open":
                for currency, value in column.weighted.items():
                    open_totals[currency] = open_totals.get(currency, 0) + value
        self.summary.setText(self.tr("Weighted pipeline: %1").replace(
            "%1", sums_text(open_totals)))
        self.loaded.emit()

    def _more(self, stage_id: str, offset: int) -> None:
        pipeline_id, flt = self.pipeline.currentData(), self.board_filter()
        self.app.worker.submit(
            lambda: self.app.crm.funnel.more(pipeline_id, stage_id, flt, offset),
            lambda deals: self.columns[stage_id].add_deals(deals))

    def ask_loss_reason(self) -> str | None:
        reason, ok = QInputDialog.getItem(self, self.tr("Why was the deal lost?"),
                                          self.tr("Reason:"), self.loss_reasons, 0, True)
        return reason.strip() if ok and reason.strip() else None

    def drop(self, deal_id: str, stage_id: str) -> None:
        reason = None
        if self.stage_kinds.get(stage_id) == "lost":
            reason = self.ask_loss_reason()
            if reason is None:
                return  # cancelled: the deal stays where it was
        crm = self.app.crm

        def move() -> None:
            if reason:
                crm.reference.add("loss_reasons", reason)  # a new reason joins the list
            crm.deals.move(deal_id, stage_id, loss_reason=reason)

        def done(_: object) -> None:
            self.moved.emit(deal_id, stage_id)
            self.app.coordinator.data_changed.emit("deal")

        self.app.worker.submit(move, done,
                               lambda exc: self.app.coordinator.status_message.emit(str(exc)))
