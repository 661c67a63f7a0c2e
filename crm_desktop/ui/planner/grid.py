"""A time grid of one or more days: tasks as blocks by local time; above the hours a band of
all-day items per day and a "Overdue" band for open tasks left from earlier days.

Drag a block to reschedule, drag its bottom edge to change the duration; drag over an empty
stretch, or double-click an empty slot, to create a task (a single click creates nothing).
Overlapping tasks stand side by side up to a few lanes, the rest behind a "+N" block; a band
that cannot show all its items ends in "+N" too. The grid only emits signals; the view saves
through the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.planner.agenda import AgendaItem

HOUR_PX = 44
FIRST_HOUR = 6  # the grid shows 06:00-24:00; anything earlier sits at its top edge
HOURS = 24 - FIRST_HOUR
GUTTER = 80
ALL_DAY_PX = 26
OVERDUE_PX = 26
HEADER_PX = 24
SNAP_MIN = 15
EDGE_PX = 6
DRAG_PX = 6  # a press that moves less than this is a click, not a drag
MIN_BLOCK_PX = 18  # one line of text: a shorter task is drawn this high ...
MIN_BLOCK_MIN = -(-MIN_BLOCK_PX * 60 // HOUR_PX)  # ... and laid out as this long (25 min)
MIN_CHIP_PX = 110
Placed = tuple[AgendaItem, int, datetime, datetime]  # an item in its lane, from, to
MAX_LANES = {1: 4}  # lanes per day column: 4 in the day view, 2 in the week view
KIND_COLOURS = {"call": "#16a34a", "meeting": "#7c3aed", "email": "#2563eb", "todo": "#ea580c"}
OVERDUE_LABEL = QT_TRANSLATE_NOOP("TimeGrid", "Overdue")
ALL_DAY_LABEL = QT_TRANSLATE_NOOP("TimeGrid", "All day")
MORE_LABEL = QT_TRANSLATE_NOOP("TimeGrid", "+%1 more")
EMPTY_LABEL = QT_TRANSLATE_NOOP("TimeGrid", "Nothing planned. Double-click a time or drag "
                                "over the hours to add a task, or type it in Quick add above.")


@dataclass
class Block:
    item: AgendaItem | None  # None: a "+N more" block standing for `hidden`
    rect: QRectF
    day_index: int
    hidden: list[AgendaItem] = field(default_factory=list)
    band: bool = False  # in the all-day or overdue band: not dragged


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeGrid", text)


class TimeGrid(QWidget):
    rescheduled = Signal(str, datetime, int)  # task id, new start (UTC), duration minutes
    create_requested = Signal(datetime, int)  # start (UTC), duration minutes
    activated = Signal(str)  # task id (double click)
    more_requested = Signal()  # a "+N more": show everything as a list
    menu_requested = Signal(str, QPoint)  # task id, global position

    def __init__(self, zone: tzinfo) -> None:
        super().__init__()
        self.zone = zone
        self.days: list[date] = [date.today()]
        self.items: list[AgendaItem] = []
        self.blocks: list[Block] = []
        self.overdue: list[AgendaItem] = []
        self.now: datetime | None = None
        self._drag: dict[str, Any] | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(self.top() + HOURS * HOUR_PX)

    def sizeHint(self) -> QSize:
        return QSize(800, self.top() + HOURS * HOUR_PX)

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER + 60 * max(len(self.days), 1), self.top() + HOURS * HOUR_PX)

    def set_items(self, days: list[date], items: list[AgendaItem], now: datetime) -> None:
        self.days, self.items, self.now = days, items, now
        self.setMinimumHeight(self.top() + HOURS * HOUR_PX)
        self._layout_blocks()
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def column_width(self) -> float:
        return (self.width() - GUTTER) / max(len(self.days), 1)

    def today(self) -> date | None:
        return self.now.astimezone(self.zone).date() if self.now else None

    def shows_overdue(self) -> bool:
        today = self.today()
        return today is not None and self.days[0] <= today <= self.days[-1]

    def top(self) -> int:
        return HEADER_PX + ALL_DAY_PX + (OVERDUE_PX if self.shows_overdue() else 0)

    def y_of(self, moment: datetime) -> float:
        local = moment.astimezone(self.zone)
        hours = max(local.hour + local.minute / 60 - FIRST_HOUR, 0)
        return self.top() + hours * HOUR_PX

    def moment_at(self, point: QPoint) -> tuple[int, datetime]:
        """The day column and the local time (snapped) under a point, as UTC."""
        index = int(min(max((point.x() - GUTTER) // self.column_width(), 0),
                        len(self.days) - 1))
        minutes = max(0, min(HOURS * 60 - SNAP_MIN,
                             (point.y() - self.top()) / HOUR_PX * 60))
        minutes = int(minutes // SNAP_MIN * SNAP_MIN) + FIRST_HOUR * 60
        local = datetime.combine(self.days[index], time()) + timedelta(minutes=minutes)
        return index, local.replace(tzinfo=self.zone).astimezone(UTC)

    def _is_left_over(self, item: AgendaItem, today: date | None) -> bool:
        """An open task from a day before today: it belongs in the overdue band."""
        due = item.task.due_at
        return (item.carried or (item.overdue and today is not None and due is not None
                                 and due.astimezone(self.zone).date() < today)) \
            and self.shows_overdue()

    def _layout_blocks(self) -> None:
        self.blocks, self.overdue = [], []
        width = self.column_width()
        today = self.today()
        per_day: dict[int, list[tuple[AgendaItem, datetime]]] = {}  # (item, its due time)
        all_day: dict[int, list[AgendaItem]] = {}
        for item in self.items:
            due = item.task.due_at
            if due is None:
                continue
            if self._is_left_over(item, today):
                self.overdue.append(item)
                continue
            day = due.astimezone(self.zone).date()
            if day not in self.days:
                continue
            index = self.days.index(day)
            if item.task.all_day:
                all_day.setdefault(index, []).append(item)
            else:
                per_day.setdefault(index, []).append((item, due))
        for index, items in all_day.items():
            self._band(items, GUTTER + index * width, width, HEADER_PX, index, MIN_CHIP_PX // 2)
        if self.overdue:
            self._band(self.overdue, GUTTER, self.width() - GUTTER, HEADER_PX + ALL_DAY_PX, 0,
                       MIN_CHIP_PX)
        lanes = MAX_LANES.get(len(self.days), 2)
        for index, timed in per_day.items():
            self._place(index, sorted(timed, key=lambda pair: pair[1]), width, lanes)

    def _band(self, items: list[AgendaItem], x: float, width: float, y: float,
              index: int, chip: int) -> None:
        """Chips side by side; when they do not fit, the last place says "+N more"."""
        fits = max(2, int((width - 4) // chip))
        shown = items if len(items) <= fits else items[:fits - 1]
        places = len(shown) + (0 if len(shown) == len(items) else 1)
        share = (width - 4) / places
        for slot, item in enumerate(shown):
            rect = QRectF(x + 2 + slot * share, y + 2, share - 2, ALL_DAY_PX - 4)
            self.blocks.append(Block(item, rect, index, band=True))
        if len(shown) < len(items):
            rect = QRectF(x + 2 + len(shown) * share, y + 2, share - 2, ALL_DAY_PX - 4)
            self.blocks.append(Block(None, rect, index, items[len(shown):], band=True))

    def _place(self, index: int, items: list[tuple[AgendaItem, datetime]], width: float,
               max_lanes: int) -> None:
        """Overlapping items (each with its due time, in order) share the column side by
        side, cluster by cluster, so one overlap does not narrow the whole day."""
        cluster: list[Placed] = []
        lanes: list[datetime] = []
        cluster_end: datetime | None = None
        # Laid out by the times shown: what happens before the first hour sits at the top
        # edge, so those tasks overlap there and get lanes of their own.
        first = datetime.combine(self.days[index], time(FIRST_HOUR)).replace(
            tzinfo=self.zone).astimezone(UTC)
        for item, due in items:
            start = max(due, first)
            if cluster_end is not None and start >= cluster_end:
                self._emit_cluster(index, cluster, max(len(lanes), 1), width, max_lanes)
                cluster, lanes, cluster_end = [], [], None
            end = max(due + timedelta(minutes=max(item.task.duration_min, MIN_BLOCK_MIN)),
                      start + timedelta(minutes=MIN_BLOCK_MIN))
            lane = next((n for n, free in enumerate(lanes) if free <= start), len(lanes))
            if lane == len(lanes):
                lanes.append(end)
            else:
                lanes[lane] = end
            cluster.append((item, lane, start, end))
            cluster_end = end if cluster_end is None else max(cluster_end, end)
        self._emit_cluster(index, cluster, max(len(lanes), 1), width, max_lanes)

    def _emit_cluster(self, index: int, placed: list[Placed], count: int, width: float,
                      max_lanes: int) -> None:
        """Up to `max_lanes` lanes; with more, the last lane is one "+N more" block over the
        cluster's time."""
        overflow = count > max_lanes
        lanes = max_lanes if overflow else count
        lane_width = (width - 6) / lanes
        hidden = [p for p in placed if overflow and p[1] >= lanes - 1]
        for item, lane, start, end in placed:
            if overflow and lane >= lanes - 1:
                continue
            self.blocks.append(Block(item, self._rect(index, lane, lane_width, start, end),
                                     index))
        if hidden:
            start = min(p[2] for p in hidden)
            end = max(p[3] for p in hidden)
            self.blocks.append(Block(None, self._rect(index, lanes - 1, lane_width, start, end),
                                     index, [p[0] for p in hidden]))

    def _rect(self, index: int, lane: int, lane_width: float, start: datetime,
              end: datetime) -> QRectF:
        y1, y2 = self.y_of(start), self.y_of(end)
        if end.astimezone(self.zone).date() > start.astimezone(self.zone).date():
            y2 = self.top() + HOURS * HOUR_PX  # runs past midnight: to the bottom
        # A task that ends before the first hour shown sits at the top edge, one line high
        # (it used to stretch over the whole day).
        return QRectF(GUTTER + index * self.column_width() + 2 + lane * lane_width, y1,
                      lane_width - 2, max(y2 - y1, MIN_BLOCK_PX))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_blocks()
        super().resizeEvent(event)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        width = self.column_width()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        painter.setFont(small)
        for step in range(HOURS + 1):
            y = self.top() + step * HOUR_PX
            painter.setPen(QPen(QColor("#e2e8f0")))
            painter.drawLine(GUTTER, y, self.width(), y)
            if step < HOURS:
                painter.setPen(QColor("#64748b"))
                painter.drawText(QRect(0, y + 1, GUTTER - 6, 16),
                                 Qt.AlignmentFlag.AlignRight, f"{FIRST_HOUR + step:02d}:00")
        today = self.today()
        for index, day in enumerate(self.days):
            x = GUTTER + index * width
            if day == today:
                painter.fillRect(QRectF(x, 0, width, self.height()), QColor("#f8fbff"))
            painter.setPen(QPen(QColor("#e2e8f0")))
            painter.drawLine(int(x), 0, int(x), self.height())
            painter.setPen(QColor("#0f172a") if day != today else QColor("#2563eb"))
            painter.drawText(QRectF(x, 2, width, HEADER_PX - 4), Qt.AlignmentFlag.AlignCenter,
                             QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd.MM"))
        painter.fillRect(QRectF(GUTTER, HEADER_PX, self.width(), ALL_DAY_PX), QColor("#f1f5f9"))
        painter.setPen(QColor("#64748b"))
        painter.drawText(QRect(2, HEADER_PX, GUTTER - 6, ALL_DAY_PX),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         _tr(ALL_DAY_LABEL))
        if self.shows_overdue():
            band = QRectF(GUTTER, HEADER_PX + ALL_DAY_PX, self.width(), OVERDUE_PX)
            painter.fillRect(band, QColor("#fef2f2"))
            painter.setPen(QColor("#b91c1c"))
            painter.drawText(QRect(2, HEADER_PX + ALL_DAY_PX, GUTTER - 6, OVERDUE_PX),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _tr(OVERDUE_LABEL))
        if self.now and today in self.days:
            now_y = self.y_of(self.now)
            x = GUTTER + self.days.index(today) * width
            painter.setPen(QPen(QColor("#dc2626"), 2))
            painter.drawLine(int(x), int(now_y), int(x + width), int(now_y))
        for block in self.blocks:
            self._paint_block(painter, block)
        if not self.items:
            painter.setPen(QColor("#64748b"))
            painter.drawText(QRectF(GUTTER, self.top() + HOUR_PX, self.width() - GUTTER,
                                    3 * HOUR_PX),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             _tr(EMPTY_LABEL))
        painter.end()

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        if block.item is None:
            painter.setPen(QPen(QColor("#94a3b8"), 1))
            painter.setBrush(QColor("#f8fafc"))
            painter.drawRoundedRect(block.rect, 4, 4)
            painter.setPen(QColor("#334155"))
            label = _tr(MORE_LABEL).replace("%1", str(len(block.hidden)))
            area = block.rect.adjusted(4, 2, -3, -2)
            if painter.fontMetrics().horizontalAdvance(label) > area.width():
                label = f"+{len(block.hidden)}"
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
            return
        task = block.item.task
        colour = QColor(KIND_COLOURS.get(task.kind, "#475569"))
        fill = QColor(colour)
        fill.setAlpha(40 if task.status == "open" else 18)
        painter.setPen(QPen(QColor("#dc2626") if block.item.overdue else colour, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(block.rect, 4, 4)
        painter.fillRect(QRectF(block.rect.x(), block.rect.y(), 3, block.rect.height()), colour)
        painter.setPen(QColor("#0f172a") if task.status == "open" else QColor("#94a3b8"))
        text = ("✓ " if task.status == "done" else "") + task.title
        if block.item.client:
            text += f" · {block.item.client}"
        area = block.rect.adjusted(6, 2, -3, -2)
        if block.rect.height() < 2 * painter.fontMetrics().height():
            text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                    int(area.width()))
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)

    # -- mouse: move, resize, create ------------------------------------------------------------
    def block_at(self, point: QPoint) -> Block | None:
        return next((b for b in reversed(self.blocks) if b.rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self.block_at(point)
        if event.button() == Qt.MouseButton.RightButton:
            if block is not None and block.item is not None:
                self.menu_requested.emit(block.item.task.id, event.globalPosition().toPoint())
            return
        if block is not None and block.item is None:
            self.more_requested.emit()
        elif block is not None and not block.band:
            mode = "resize" if point.y() >= block.rect.bottom() - EDGE_PX else "move"
            self._drag = {"mode": mode, "block": block, "origin": point,
                          "rect": QRectF(block.rect)}
        elif block is None and point.y() > self.top():
            self._drag = {"mode": "create", "origin": point, "current": point}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is None:
            block = self.block_at(point)
            edge = block is not None and not block.band and block.item is not None and \
                point.y() >= block.rect.bottom() - EDGE_PX
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        drag = self._drag
        delta = point - drag["origin"]
        if drag["mode"] == "move":
            drag["block"].rect = drag["rect"].translated(delta.x(), delta.y())
        elif drag["mode"] == "resize":
            rect = QRectF(drag["rect"])
            rect.setHeight(max(HOUR_PX / 4, rect.height() + delta.y()))
            drag["block"].rect = rect
        else:
            drag["current"] = point
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        point = event.position().toPoint()
        if drag["mode"] == "create":
            if abs(point.y() - drag["origin"].y()) < DRAG_PX:
                return  # a click on an empty slot is not a request for a task
            _, start = self.moment_at(QPoint(drag["origin"].x(), min(drag["origin"].y(),
                                                                     point.y())))
            _, end = self.moment_at(QPoint(drag["origin"].x(), max(drag["origin"].y(),
                                                                   point.y())))
            minutes = max(SNAP_MIN, int((end - start).total_seconds() // 60))
            self.create_requested.emit(start, minutes)
            return
        task = drag["block"].item.task
        if drag["mode"] == "move":
            if (point - drag["origin"]).manhattanLength() < 4:
                self._layout_blocks()
                self.update()
                return
            top_left = drag["block"].rect.topLeft().toPoint() + QPoint(3, 1)
            _, start = self.moment_at(top_left)
            self.rescheduled.emit(task.id, start, task.duration_min)
        else:
            minutes = round(drag["block"].rect.height() / HOUR_PX * 60 / SNAP_MIN) * SNAP_MIN
            self.rescheduled.emit(task.id, task.due_at, max(SNAP_MIN, int(minutes)))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self.block_at(point)
        if block is not None and block.item is not None:
            self.activated.emit(block.item.task.id)
        elif block is None and point.y() > self.top():
            _, start = self.moment_at(point)
            self.create_requested.emit(start, 30)
