"""The kanban board: a column per stage with its count and sums, deal cards with client,
amount, days in stage and the next step. Move a deal by dragging it, by Ctrl+→ / Ctrl+← or
from its menu (Ctrl+M, the context menu); lost asks for the reason. "+ Deal" (Ctrl+Shift+D)
creates one, Delete deletes with undo, ← → move between columns, Enter opens the card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDrag, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.funnel.board import BoardColumn, BoardFilter, DealCardRow
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.deal_actions import (
    StageChoice,
    ask_loss_reason,
    delete_deal,
    move_deal,
    stage_menu,
)

MIME_DEAL = "application/x-crm-deal"
COLUMN_WIDTH = 260
CARD_TEXT_WIDTH = 170  # the column less margins, scroll bar and the card style's padding
CARD_PADDING = 34


def sums_text(amounts: dict[str, int]) -> str:
    return " + ".join(formatting.money(v, c) for c, v in sorted(amounts.items())) or "—"


class DealList(QListWidget):
    """One column's deal cards; a card dragged here asks the board to move its deal."""

    dropped = Signal(str, str)  # deal id, this column's stage id
    step = Signal(str, int)  # deal id, stages to move by (Ctrl+→ / Ctrl+←)
    neighbour = Signal(str, int)  # this stage id, direction (← →: the next column)
    menu_requested = Signal(str, QPoint)  # deal id ("" on empty space), global position
    delete_requested = Signal(str)

    def __init__(self, stage_id: str) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.placeholder = ""
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
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def current_deal(self) -> str | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        deal = self.current_deal()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            direction = 1 if key == Qt.Key.Key_Right else -1
            if ctrl and deal:
                self.step.emit(deal, direction)
            elif not ctrl:
                self.neighbour.emit(self.stage_id, direction)
            return
        if key == Qt.Key.Key_Delete and deal:
            self.delete_requested.emit(deal)
            return
        if key == Qt.Key.Key_M and ctrl and deal:
            rect = self.visualItemRect(self.currentItem())
            self.menu_requested.emit(deal, self.viewport().mapToGlobal(rect.center()))
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: ANN001
        item = self.itemAt(event.pos()) if event.reason() != event.Reason.Keyboard \
            else self.currentItem()
        if item is not None:
            self.setCurrentItem(item)
        deal = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        self.menu_requested.emit(deal, event.globalPos())

    def paintEvent(self, event) -> None:  # noqa: ANN001
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#64748b"))
            painter.drawText(self.viewport().rect().adjusted(8, 16, -8, -8),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap), self.placeholder)


class StageColumn(QFrame):
    more_requested = Signal(str, int)  # stage id, offset

    def __init__(self, column: BoardColumn) -> None:
        super().__init__()
        self.setObjectName("stageColumn")
        self.setFixedWidth(COLUMN_WIDTH)
        self.column = column
        self.title = QLabel(f"<b>{column.name}</b> · {column.count}")
        self.title.setObjectName("stageTitle")
        self.title.setWordWrap(True)
        self.title.setToolTip(column.name)
        self.sums = QLabel(self.tr("%1<br><span style='color:#64748b'>weighted %2 (%3%)"
                                   "</span>").replace("%1", sums_text(column.totals))
                           .replace("%2", sums_text(column.weighted))
                           .replace("%3", str(column.probability)))
        self.sums.setWordWrap(True)
        self.list = DealList(column.stage_id)
        self.list.placeholder = self.tr("No deals at this stage. Drag one here or press "
                                        "Ctrl+→ on a deal.")
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
            text = "\n".join(line for line in lines if line)
            item = QListWidgetItem(text)
            # the style's padding is not in Qt's size hint: measure the wrapped text at the
            # width it is drawn in, so no line is cut off with "…"
            bounds = self.list.fontMetrics().boundingRect(
                QRect(0, 0, CARD_TEXT_WIDTH, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            item.setSizeHint(QSize(CARD_TEXT_WIDTH, bounds.height() + CARD_PADDING))
            item.setData(Qt.ItemDataRole.UserRole, deal.id)
            item.setToolTip("\n".join(p for p in (deal.title, deal.client,
                                                  deal.responsible or "") if p))
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
        self.order: list[StageChoice] = []
        self.loss_reasons: list[str] = []
        self.stage_kinds: dict[str, str] = {}
        self.focus_deal: str | None = None  # selected again after a reload (keyboard moves)
        self.new_deal = QPushButton(self.tr("+ Deal"))
        self.new_deal.setObjectName("primary")
        self.new_deal.setToolTip(self.tr("New deal (Ctrl+Shift+D)"))
        self.new_deal.clicked.connect(lambda: self.create_deal())
        self.pipeline = QComboBox()
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("Anyone responsible"), None)
        self.source = QComboBox()
        self.source.addItem(self.tr("Any source"), None)
        for box in (self.pipeline, self.responsible, self.source):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMaximumWidth(240)
        self.search = QLineEdit(placeholderText=self.tr("Find deals…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for box in (self.pipeline, self.responsible, self.source):
            box.currentIndexChanged.connect(lambda _: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.new_deal)
        for widget in (self.pipeline, self.responsible, self.source):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
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
        crm = self.app.crm
        self.app.worker.submit(lambda: (crm.funnel.board(pipeline_id, flt),
                                        crm.reference.names("loss_reasons")), self._show)

    def _show(self, result: tuple[list[BoardColumn], list[str]]) -> None:
        columns, self.loss_reasons = result
        had_focus = self.focus_deal
        while self.strip_layout.count():
            widget = self.strip_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.columns.clear()
        self.stage_kinds = {c.stage_id: c.kind for c in columns}
        self.order = [StageChoice(c.stage_id, c.name, c.kind) for c in columns]
        for column in columns:
            widget = StageColumn(column)
            deals = widget.list
            deals.dropped.connect(self.drop)
            deals.step.connect(self.step)
            deals.neighbour.connect(self._focus_neighbour)
            deals.menu_requested.connect(
                lambda deal, pos, stage=column.stage_id: self.show_menu(deal, stage, pos))
            deals.delete_requested.connect(self.delete)
            deals.itemActivated.connect(
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
        self._show_empty_state(sum(c.count for c in columns))
        if had_focus:
            self.select_deal(had_focus)
        self.loaded.emit()

    def _show_empty_state(self, total: int) -> None:
        flt = self.board_filter()
        filtered = bool(flt.responsible_id or flt.source or flt.search.strip())
        if total:
            self.empty.hide()
        elif filtered:
            self.empty.setText(self.tr("No deals match the filter. Clear the search or choose "
                                       "“Anyone responsible” and “Any source”."))
            self.empty.show()
        else:
            self.empty.setText(self.tr("No deals in this pipeline yet. Create the first one "
                                       "with “+ Deal” (Ctrl+Shift+D) or from a client's card."))
            self.empty.show()

    def _more(self, stage_id: str, offset: int) -> None:
        pipeline_id, flt = self.pipeline.currentData(), self.board_filter()
        self.app.worker.submit(
            lambda: self.app.crm.funnel.more(pipeline_id, stage_id, flt, offset),
            lambda deals: self.columns[stage_id].add_deals(deals))

    # -- keyboard and menus -----------------------------------------------------------------
    def select_deal(self, deal_id: str) -> bool:
        for column in self.columns.values():
            for row in range(column.list.count()):
                if column.list.item(row).data(Qt.ItemDataRole.UserRole) == deal_id:
                    column.list.setCurrentRow(row)
                    column.list.setFocus()
                    self.scroll.ensureWidgetVisible(column)
                    return True
        return False

    def _focus_neighbour(self, stage_id: str, direction: int) -> None:
        keys = list(self.columns)
        index = keys.index(stage_id) + direction
        if 0 <= index < len(keys):
            target = self.columns[keys[index]]
            target.list.setFocus()
            if target.list.currentRow() < 0 and target.list.count():
                target.list.setCurrentRow(0)
            self.scroll.ensureWidgetVisible(target)

    def stage_of(self, deal_id: str) -> str | None:
        for stage_id, column in self.columns.items():
            for row in range(column.list.count()):
                if column.list.item(row).data(Qt.ItemDataRole.UserRole) == deal_id:
                    return stage_id
        return None

    def step(self, deal_id: str, direction: int) -> None:
        """Ctrl+→ / Ctrl+←: the next or previous stage in the board's order."""
        ids = [s.id for s in self.order]
        current = self.stage_of(deal_id)
        if current is None:
            return
        index = ids.index(current) + direction
        if 0 <= index < len(ids):
            self.drop(deal_id, ids[index])

    def show_menu(self, deal_id: str, stage_id: str, pos: QPoint) -> QMenu:
        menu = QMenu(self)
        if deal_id:
            menu.addAction(self.tr("Open"), lambda: self.app.coordinator.open_deal.emit(deal_id))
            moves = stage_menu(menu, self.order, stage_id, lambda s: self.drop(deal_id, s.id))
            moves.setTitle(self.tr("Move to stage\tCtrl+M"))
            menu.addMenu(moves)
            menu.addAction(self.tr("Delete\tDel"), lambda: self.delete(deal_id))
            menu.addSeparator()
        menu.addAction(self.tr("New deal at this stage"), lambda: self.create_deal(stage_id))
        self.menu = menu
        menu.popup(pos)
        return menu

    # -- actions ----------------------------------------------------------------------------
    def create_deal(self, stage_id: str | None = None) -> None:
        from crm_desktop.ui.funnel.deal_dialog import DealDialog

        pipeline_id = self.pipeline.currentData()
        stage = (pipeline_id, stage_id or (self.order[0].id if self.order else None))
        dialog = DealDialog(self.app, self.window(), stage=stage if pipeline_id else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda ident: setattr(self, "focus_deal", ident))
        self.dialog = dialog
        dialog.open()

    def delete(self, deal_id: str) -> None:
        item_text = ""
        for column in self.columns.values():
            item = column.list.currentItem()
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == deal_id:
                item_text = item.text().split("\n", 1)[0]
        delete_deal(self.app, deal_id, item_text)

    def ask_loss_reason(self) -> str | None:
        return ask_loss_reason(self, self.loss_reasons)

    def drop(self, deal_id: str, stage_id: str) -> None:
        if self.stage_of(deal_id) == stage_id:
            return
        stage = next((s for s in self.order if s.id == stage_id), None)
        if stage is None:
            return
        self.focus_deal = deal_id

        def done(_: object) -> None:
            self.moved.emit(deal_id, stage_id)

        move_deal(self.app, self, deal_id, stage, self.loss_reasons,
                  lambda _parent, _reasons: self.ask_loss_reason(), done)
