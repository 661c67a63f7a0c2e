"""The planner view: day, week and agenda for the current user (a head or the owner can
pick someone from the team), the day list from the client cards with the reason of each item,
quick add, and the assignments control."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.planner import Agenda, local_zone
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.planner.complete_dialog import CompleteTaskDialog
from crm_desktop.ui.planner.grid import TimeGrid


class PlannerView(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.zone = local_zone()
        self.day = app.crm.ctx.clock.now().astimezone(self.zone).date()
        self.mode = "day"
        self.agenda: Agenda | None = None
        self._build()
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in ("task", "deal") else None)
        app.worker.submit(self._users, self._fill_users)

    def _build(self) -> None:
        self.user = QComboBox()
        self.user.currentIndexChanged.connect(lambda _: self.refresh_all())
        self.modes = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for key, label in (("day", self.tr("Day")), ("week", self.tr("Week")),
                           ("agenda", self.tr("Agenda"))):
            button = QToolButton(text=label, checkable=True)
            button.setProperty("mode", key)
            self.modes.addButton(button)
            mode_row.addWidget(button)
            if key == "day":
                button.setChecked(True)
        self.modes.buttonClicked.connect(lambda b: self.set_mode(b.property("mode")))
        previous = QPushButton("‹")
        previous.clicked.connect(lambda: self.shift(-1))
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(self.go_today)
        following = QPushButton("›")
        following.clicked.connect(lambda: self.shift(1))
        self.title = QLabel()
        self.title.setObjectName("stageTitle")
        self.quick = QLineEdit(placeholderText=self.tr("Quick add: a task for the selected day "
                                                        "(Enter)"))
        self.quick.returnPressed.connect(self.quick_add)
        bar = QHBoxLayout()
        bar.addWidget(self.user)
        bar.addLayout(mode_row)
        bar.addWidget(previous)
        bar.addWidget(today)
        bar.addWidget(following)
        bar.addWidget(self.title)
        bar.addWidget(self.quick, 1)

        self.grid = TimeGrid(self.zone)
        self.grid.rescheduled.connect(self.reschedule)
        self.grid.create_requested.connect(self.create_at)
        self.grid.activated.connect(self.complete)
        self.grid_scroll = QScrollArea()
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setWidget(self.grid)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda item: self.complete(
            item.data(Qt.ItemDataRole.UserRole)))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid_scroll)
        self.stack.addWidget(self.list)

        self.generated = QListWidget()
        self.generated.setWordWrap(True)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self.dismiss_selected)
        self.assignments = QListWidget()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("<b>From the client cards</b>")))
        side_layout.addWidget(self.generated, 2)
        side_layout.addWidget(dismiss)
        side_layout.addWidget(QLabel(self.tr("<b>Assignments</b> (open / overdue)")))
        side_layout.addWidget(self.assignments, 1)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    # -- data ---------------------------------------------------------------------------------
    def _users(self) -> list[Any]:
        visible = set(self.app.crm.planner.visible_users())
        return [u for u in self.app.crm.users.list(limit=None) if u.id in visible]

    def _fill_users(self, users: list[Any]) -> None:
        self.user.blockSignals(True)
        for user in users:
            self.user.addItem(user.name, user.id)
            if user.id == self.app.crm.ctx.user_id:
                self.user.setCurrentIndex(self.user.count() - 1)
        self.user.blockSignals(False)
        self.user.setEnabled(len(users) > 1)
        self.refresh_all()

    def refresh_all(self) -> None:
        """Builds today's list from the client cards (idempotent), then loads the view."""
        user_id = self.user.currentData()
        if not user_id:
            return
        day, zone, planner = self.day, self.zone, self.app.crm.planner
        self.app.worker.submit(lambda: planner.generate(user_id, day, zone), lambda _: None)
        self.reload()

    def reload(self) -> None:
        user_id = self.user.currentData()
        if not user_id:
            return
        planner, day, zone, mode = self.app.crm.planner, self.day, self.zone, self.mode

        def load() -> tuple[Agenda, list, list]:
            agenda = planner.week(user_id, day, zone) if mode == "week" else \
                planner.day(user_id, day, zone)
            try:
                control = planner.assignments()
            except Exception:  # noqa: BLE001  (a manager sees no team)
                control = []
            generated = [i for i in planner.day(user_id, day, zone).items
                         if i.task.origin and i.task.status == "open"]
            return agenda, control, generated

        self.app.worker.submit(load, self._show)

    def _show(self, result: tuple[Agenda, list, list]) -> None:
        self.agenda, control, generated = result
        now = self.app.crm.ctx.clock.now()
        if self.mode == "week":
            monday = self.day - timedelta(days=self.day.weekday())
            days = [monday + timedelta(days=i) for i in range(7)]
            self.title.setText(f"{formatting.day(days[0])} – {formatting.day(days[-1])}")
        else:
            days = [self.day]
            self.title.setText(formatting.day(self.day))
        self.grid.set_items(days, self.agenda.items, now)

        self.list.clear()
        for item in self.agenda.items:
            task = item.task
            mark = "⚠ " if item.overdue else ("✓ " if task.status == "done" else "")
            when = self.tr("all day") if task.all_day else formatting.when(task.due_at)
            entry = QListWidgetItem(f"{mark}{when}  {task.title}"
                                    + (f"  · {item.client}" if item.client else ""))
            entry.setData(Qt.ItemDataRole.UserRole, task.id)
            self.list.addItem(entry)
        self.generated.clear()
        for item in generated:
            entry = QListWidgetItem(f"{item.task.title}\n{item.task.description or ''}")
            entry.setData(Qt.ItemDataRole.UserRole, item.task.id)
            self.generated.addItem(entry)
        self.assignments.clear()
        for row in control:
            self.assignments.addItem(f"{row.user}: {row.open} / {row.overdue}")
        counters = self.agenda.counters
        if self.mode == "day" and self.day == now.astimezone(self.zone).date():
            badge = f"{counters['open']}" + (f" · ⚠{counters['overdue']}"
                                            if counters["overdue"] else "")
            self.app.coordinator.view_badge.emit("planner", badge)
        self.loaded.emit()

    # -- navigation -----------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.stack.setCurrentIndex(1 if mode == "agenda" else 0)
        self.reload()

    def shift(self, steps: int) -> None:
        self.day += timedelta(days=7 * steps if self.mode == "week" else steps)
        self.refresh_all()

    def go_today(self) -> None:
        self.day = self.app.crm.ctx.clock.now().astimezone(self.zone).date()
        self.refresh_all()

    # -- actions --------------------------------------------------------------------------------
    def reschedule(self, task_id: str, start: datetime, minutes: int) -> None:
        planner = self.app.crm.planner
        self.app.worker.submit(lambda: planner.reschedule(task_id, start, minutes),
                               lambda _: self.app.coordinator.data_changed.emit("task"),
                               lambda exc: self.app.coordinator.status_message.emit(str(exc)))

    def create_at(self, start: datetime, minutes: int) -> None:
        title = self.quick.text().strip() or self.tr("New task")
        self._create(title=title, due_at=start, duration_min=minutes)

    def quick_add(self) -> None:
        title = self.quick.text().strip()
        if not title:
            return
        now = self.app.crm.ctx.clock.now().astimezone(self.zone)
        hour = max(now.hour + 1, 9) if self.day == now.date() else 10
        due = datetime.combine(self.day, datetime.min.time()).replace(tzinfo=self.zone) \
            + timedelta(hours=min(hour, 23))
        self._create(title=title, due_at=due.astimezone(UTC))

    def _create(self, **values: Any) -> None:
        user_id = self.user.currentData()
        tasks = self.app.crm.tasks

        def make() -> Any:
            return tasks.create(assignee_id=user_id, **values)

        def done(_: object) -> None:
            self.quick.clear()
            self.app.coordinator.data_changed.emit("task")

        self.app.worker.submit(make, done,
                               lambda exc: self.app.coordinator.status_message.emit(str(exc)))

    def complete(self, task_id: str) -> None:
        task = next((i.task for i in (self.agenda.items if self.agenda else [])
                     if i.task.id == task_id), None)
        if task is None or task.status != "open":
            return
        self.complete_dialog = CompleteTaskDialog(self.app, task, self)
        self.complete_dialog.open()

    def dismiss_selected(self) -> None:
        item = self.generated.currentItem()
        if item is None:
            return
        task_id = item.data(Qt.ItemDataRole.UserRole)
        self.app.worker.submit(lambda: self.app.crm.planner.dismiss(task_id),
                               lambda _: self.app.coordinator.data_changed.emit("task"))
