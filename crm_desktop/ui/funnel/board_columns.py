"""The board's columns: a stage's heading with its count and sums, and its list of deal cards,
which drags a deal to another column, moves it with the keyboard and opens its menu.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from crm_desktop.services.funnel.board import BoardColumn, DealCardRow
from crm_desktop.ui import formatting

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
        deal_id: str | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return deal_id

    def mimeTypes(self) -> list[str]:
        return [MIME_DEAL]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_DEAL):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME_DEAL):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasFormat(MIME_DEAL):
            deal_id = bytes(event.mimeData().data(MIME_DEAL).data()).decode()
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

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos()) if event.reason() != event.Reason.Keyboard \
            else self.currentItem()
        if item is not None:
            self.setCurrentItem(item)
        deal = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        self.menu_requested.emit(deal, event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:
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
