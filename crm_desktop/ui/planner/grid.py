"""A time grid of one or more days: tasks as blocks by local time, all-day items on top.
Drag a block to reschedule, drag its bottom edge to change the duration, drag on an empty
slot to create a task. The grid only emits signals; the view saves through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from crm_desktop.services.planner import AgendaItem

HOUR_PX = 44
FIRST_HOUR = 6  # the grid shows 06:00-24:00; anything earlier sits at its top edge
HOURS = 24 - FIRST_HOUR
GUTTER = 52
ALL_DAY_PX = 26
HEADER_PX = 24
SNAP_MIN = 15
EDGE_PX = 6
KIND_COLOURS = {"call": "#16a34a", "meeting": "#7c3aed", "email": "#2563eb", "todo": "#ea580c"}


@dataclass
class Block:
    item: AgendaItem
    rect: QRectF
    day_index: int


class TimeGrid(QWidget):
    rescheduled = Signal(str, datetime, int)  # task id, new start (UTC), duration minutes
    create_requested = Signal(datetime, int)  # start (UTC), duration minutes
    activated = Signal(str)  # task id (double click)

    def __init__(self, zone: tzinfo) -> None:
        super().__init__()
        self.zone = zone
        self.days: list[date] = [date.today()]
        self.items: list[AgendaItem] = []
        self.blocks: list[Block] = []
        self.now: datetime | None = None
        self._drag: dict | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(HEADER_PX + ALL_DAY_PX + HOURS * HOUR_PX)

    def sizeHint(self) -> QSize:
        return QSize(800, HEADER_PX + ALL_DAY_PX + HOURS * HOUR_PX)

    def set_items(self, days: list[date], items: list[AgendaItem], now: datetime) -> None:
        self.days, self.items, self.now = days, items, now
        self._layout_blocks()
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def column_width(self) -> float:
        return (self.width() - GUTTER) / max(len(self.days), 1)

    def top(self) -> int:
        return HEADER_PX + ALL_DAY_PX

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

    def _layout_blocks(self) -> None:
        self.blocks = []
        width = self.column_width()
        per_day: dict[int, list[AgendaItem]] = {}
        top_band: dict[int, list[AgendaItem]] = {}
        for item in self.items:
            if item.task.due_at is None:
                continue
            day = item.task.due_at.astimezone(self.zone).date()
            if item.carried:
                day = self.days[0] if self.days[0] <= date.today() <= self.days[-1] else day
            if day not in self.days:
                continue
            index = self.days.index(day)
            if item.task.all_day or item.carried:
                top_band.setdefault(index, []).append(item)
            else:
                per_day.setdefault(index, []).append(item)
        for index, items in top_band.items():
            # All-day and carried-over items share the band above the hours, side by side.
            share = (width - 4) / len(items)
            for slot, item in enumerate(items):
                x = GUTTER + index * width + 2 + slot * share
                self.blocks.append(Block(item, QRectF(x, HEADER_PX + 2, share - 2,
                                                      ALL_DAY_PX - 4), index))
        for index, items in per_day.items():
            self._place(index, sorted(items, key=lambda i: i.task.due_at), width)

    def _place(self, index: int, items: list[AgendaItem], width: float) -> None:
        """Overlapping items share the column side by side, cluster by cluster, so one
        overlap does not narrow the whole day."""
        cluster: list[tuple[AgendaItem, int, datetime, datetime]] = []
        lanes: list[datetime] = []
        cluster_end: datetime | None = None
        for item in items + [None]:  # type: ignore[list-item]
            start = item.task.due_at if item else None
            if item is None or (cluster_end is not None and start >= cluster_end):
                self._emit_cluster(index, cluster, max(len(lanes), 1), width)
                cluster, lanes, cluster_end = [], [], None
                if item is None:
                    break
            end = start + timedelta(minutes=max(item.task.duration_min, SNAP_MIN))
            lane = next((n for n, free in enumerate(lanes) if free <= start), len(lanes))
            if lane == len(lanes):
                lanes.append(end)
            else:
                lanes[lane] = end
            cluster.append((item, lane, start, end))
            cluster_end = end if cluster_end is None else max(cluster_end, end)

    def _emit_cluster(self, index: int, placed: list, count: int, width: float) -> None:
        lane_width = (width - 6) / count
        for item, lane, start, end in placed:
            y1, y2 = self.y_of(start), self.y_of(end)
            if y2 <= y1:
                y2 = self.top() + HOURS * HOUR_PX
            rect = QRectF(GUTTER + index * width + 2 + lane * lane_width, y1,
                          lane_width - 2, max(y2 - y1, 18))
            self.blocks.append(Block(item, rect, index))

    def resizeEvent(self, event) -> None:  # noqa: ANN001
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
                painter.drawText(QRect(0, y - 8, GUTTER - 6, 16),
                                 Qt.AlignmentFlag.AlignRight, f"{FIRST_HOUR + step:02d}:00")
        today = self.now.astimezone(self.zone).date() if self.now else None
        for index, day in enumerate(self.days):
            x = GUTTER + index * width
            if day == today:
                painter.fillRect(QRectF(x, 0, width, self.height()), QColor("#f8fbff"))
            painter.setPen(QPen(QColor("#e2e8f0")))
            painter.drawLine(int(x), 0, int(x), self.height())
            painter.setPen(QColor("#0f172a") if day != today else QColor("#2563eb"))
            painter.drawText(QRectF(x, 2, width, HEADER_PX - 4), Qt.AlignmentFlag.AlignCenter,
                             QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd.MM"))
        painter.fillRect(QRectF(GUTTER, HEADER_PX, self.width(), ALL_DAY_PX),
                         QColor("#f1f5f9"))
        if self.now and today in self.days:
            y = self.y_of(self.now)
            x = GUTTER + self.days.index(today) * width
            painter.setPen(QPen(QColor("#dc2626"), 2))
            painter.drawLine(int(x), int(y), int(x + width), int(y))
        for block in self.blocks:
            self._paint_block(painter, block)
        painter.end()

    def _paint_block(self, painter: QPainter, block: Block) -> None:
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
        painter.drawText(block.rect.adjusted(6, 2, -3, -2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)

    # -- mouse: move, resize, create ------------------------------------------------------------
    def block_at(self, point: QPoint) -> Block | None:
        return next((b for b in reversed(self.blocks) if b.rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        block = self.block_at(point)
        if block is not None and not (block.item.task.all_day or block.item.carried):
            mode = "resize" if point.y() >= block.rect.bottom() - EDGE_PX else "move"
            self._drag = {"mode": mode, "block": block, "origin": point,
                          "rect": QRectF(block.rect)}
        elif block is None and point.y() > self.top():
            self._drag = {"mode": "create", "origin": point, "current": point}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag is None:
            block = self.block_at(point)
            edge = block is not None and point.y() >= block.rect.bottom() - EDGE_PX
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
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.activated.emit(block.item.task.id)
