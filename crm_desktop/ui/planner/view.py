"""The planner view: day, week and agenda for the current user (a head or the owner can
pick someone from the team), the day list from the client cards with the reason of each item
(up to the user's daily limit; the rest in the backlog), quick add, and the assignments
control. Tasks are edited, completed and deleted from their context menu."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.planner.agenda import (
    Agenda,
    AgendaItem,
    AssignmentRow,
    OverdueRequest,
    local_zone,
    week_bounds,
)
from crm_desktop.services.planner.day_list import BACKLOG_PAGE, MAX_DAY_LIMIT
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.planner.grid import TimeGrid
from crm_desktop.ui.planner.requests_band import OverdueRequestsBand
from crm_desktop.ui.planner.task_dialog import error_text
from crm_desktop.ui.planner.view_actions import PlannerActions

# (the agenda shown, assigned tasks of the team, today's generated items, items waiting in
# the backlog, overdue requests)
PlannerPage = tuple[Agenda, list[AssignmentRow], list[AgendaItem], int, list[OverdueRequest]]

# service requests: the band of overdue ones; synced: a request escalated on another laptop
RELOAD_ON = ("task", "deal", "service_request", "synced")
PLANNER_STYLE = """
QListWidget::item:selected { background: #dbeafe; color: #0f172a; }
QListWidget:focus, QScrollArea:focus { border: 2px solid #2563eb; }
QPushButton:focus, QToolButton:focus, QSpinBox:focus { border: 2px solid #2563eb; }
"""


class PlannerView(PlannerActions, QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.zone = local_zone()
        self.day = app.crm.now().astimezone(self.zone).date()
        self.mode = "day"
        self.agenda: Agenda | None = None
        self.setStyleSheet(PLANNER_STYLE)
        self._build()
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in RELOAD_ON else None)
        app.worker.submit(self._users, self._fill_users)

    def _build(self) -> None:
        self.user = QComboBox()
        self.user.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.user.setMinimumContentsLength(20)
        self.user.currentIndexChanged.connect(lambda _: self.refresh_all())
        self.modes = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for key, label in (("day", self.tr("Day")), ("week", self.tr("Week")),
                           ("agenda", self.tr("Agenda"))):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setProperty("mode", key)
            self.modes.addButton(button)
            mode_row.addWidget(button)
            if key == "day":
                button.setChecked(True)
        self.modes.buttonClicked.connect(lambda b: self.set_mode(b.property("mode")))
        previous = QPushButton("‹")
        previous.setToolTip(self.tr("Previous"))
        previous.clicked.connect(lambda: self.shift(-1))
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(self.go_today)
        following = QPushButton("›")
        following.setToolTip(self.tr("Next"))
        following.clicked.connect(lambda: self.shift(1))
        self.title = QLabel()
        self.title.setObjectName("stageTitle")
        self.quick = QLineEdit(placeholderText=self.tr("Quick add a task (Enter)"))
        self.quick.setToolTip(self.tr("A task for the selected day: type its title and press "
                                      "Enter"))
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
        self.grid.more_requested.connect(lambda: self._choose_mode("agenda"))
        self.grid.menu_requested.connect(self.task_menu)
        self.grid_scroll = QScrollArea()
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setWidget(self.grid)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.complete(
            item.data(Qt.ItemDataRole.UserRole)))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._list_menu)
        # The keyboard path for the list: Enter completes, F2 edits, Delete deletes.
        for shortcut, action in ((Qt.Key.Key_F2, self.edit), (Qt.Key.Key_Delete, self.delete)):
            QShortcut(QKeySequence(shortcut), self.list, lambda a=action: self._on_current(a),
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid_scroll)
        self.stack.addWidget(self.list)

        self.generated = QListWidget()
        self.generated.setWordWrap(True)
        self.generated.itemActivated.connect(lambda item: self.complete(
            item.data(Qt.ItemDataRole.UserRole)))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setToolTip(self.tr("Remove the selected item; it will not be proposed again"))
        dismiss.clicked.connect(self.dismiss_selected)
        self.backlog_button = QPushButton(self.tr("Backlog…"))
        self.backlog_button.clicked.connect(self.show_backlog)
        self.limit = QSpinBox(minimum=1, maximum=MAX_DAY_LIMIT)
        self.limit.setToolTip(self.tr("How many items from the client cards a day holds; "
                                      "the rest wait in the backlog"))
        self.limit.editingFinished.connect(self.save_limit)
        limit_row = QHBoxLayout()
        limit_row.addWidget(QLabel(self.tr("A day holds up to")))
        limit_row.addWidget(self.limit)
        limit_row.addStretch(1)
        day_buttons = QHBoxLayout()
        day_buttons.addWidget(dismiss)
        day_buttons.addWidget(self.backlog_button)
        self.assignments = QListWidget()
        self.assignments.setWordWrap(True)  # a long name wraps; no sideways scrolling
        self.assignments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.generated.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>From the client cards</b>"))
        heading.setWordWrap(True)
        side_layout.addWidget(heading)
        side_layout.addWidget(self.generated, 2)
        side_layout.addLayout(day_buttons)
        side_layout.addLayout(limit_row)
        control = QLabel(self.tr("<b>Assignments</b> (open / overdue)"))
        control.setWordWrap(True)
        side_layout.addWidget(control)
        side_layout.addWidget(self.assignments, 1)
        side.setMinimumWidth(220)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        self.requests_band = OverdueRequestsBand()
        self.requests_band.open_requested.connect(self.open_request)
        layout.addWidget(self.requests_band)
        layout.addWidget(splitter, 1)

    # -- data ---------------------------------------------------------------------------------
    def _users(self) -> list[Any]:
        visible = set(self.app.crm.planner.visible_users())
        return [u for u in self.app.crm.users.list(limit=None) if u.id in visible]

    def _fill_users(self, users: list[Any]) -> None:
        self.user.blockSignals(True)
        for user in users:
            self.user.addItem(user.name, user.id)
            if user.id == self.app.crm.user_id:
                self.user.setCurrentIndex(self.user.count() - 1)
        self.user.blockSignals(False)
        self.user.setEnabled(len(users) > 1)
        self.refresh_all()

    def today(self) -> date:
        return self.app.crm.now().astimezone(self.zone).date()

    def refresh_all(self) -> None:
        """Fills today's list from the client cards (up to the limit; idempotent), then loads
        the view. Other days are shown as they are: nothing is planned into the past."""
        user_id = self.user.currentData()
        if not user_id:
            return
        day, zone, planner = self.day, self.zone, self.app.crm.planner
        if day == self.today():
            self.app.worker.submit(lambda: planner.generate(user_id, day, zone), lambda _: None)
        self.app.worker.submit(lambda: planner.day_list.limit(user_id), self._show_limit)
        self.reload()

    def _status_error(self, exc: BaseException) -> None:
        self.app.coordinator.status_message.emit(error_text(exc))

    def _show_limit(self, limit: int) -> None:
        self.limit.blockSignals(True)
        self.limit.setValue(limit)
        self.limit.blockSignals(False)

    def save_limit(self) -> None:
        user_id, value = self.user.currentData(), self.limit.value()
        if not user_id:
            return
        day_list = self.app.crm.planner.day_list
        self.app.worker.submit(lambda: day_list.set_limit(user_id, value),
                               lambda _: self.refresh_all(),
                               self._status_error)

    def reload(self) -> None:
        user_id = self.user.currentData()
        if not user_id:
            return
        planner, day, zone, mode = self.app.crm.planner, self.day, self.zone, self.mode
        today = self.today()

        def load() -> PlannerPage:
            if mode == "week":
                start, end = week_bounds(day, zone)
                # Left-over tasks from before the week join it when it holds today.
                holds_today = start.astimezone(zone).date() <= today \
                    < end.astimezone(zone).date()
                agenda = planner.agenda([user_id], start, end, carry_overdue=holds_today)
            else:
                agenda = planner.day(user_id, day, zone)
            try:
                control = planner.assignments()
            except Exception:  # noqa: BLE001  (a manager sees no team)
                control = []
            generated = [i for i in planner.day(user_id, day, zone).items
                         if i.task.origin and i.task.status == "open" and not i.carried]
            waiting = len(planner.day_list.backlog(user_id, day)) if day == today else 0
            return agenda, control, generated, waiting, planner.overdue_requests(user_id)

        self.app.worker.submit(load, self._show)

    def _show(self, result: PlannerPage) -> None:
        self.agenda, control, generated, waiting, requests = result
        self.requests_band.set_requests(requests)
        now = self.app.crm.now()
        if self.mode == "week":
            monday = self.day - timedelta(days=self.day.weekday())
            days = [monday + timedelta(days=i) for i in range(7)]
            self.title.setText(f"{formatting.day(days[0])} – {formatting.day(days[-1])}")
        else:
            days = [self.day]
            self.title.setText(formatting.day(self.day))
        self.grid.set_items(days, self.agenda.items, now)
        self._fill_list(now)
        self.generated.clear()
        for item in generated:
            entry = QListWidgetItem(f"{item.task.title}\n{item.task.description or ''}")
            entry.setData(Qt.ItemDataRole.UserRole, item.task.id)
            self.generated.addItem(entry)
        if not generated:
            hint = QListWidgetItem(self.tr("Nothing from the client cards for this day.")
                                   if self.day == self.today() else
                                   self.tr("The client cards fill today's list only."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.generated.addItem(hint)
        more = "+" if waiting >= BACKLOG_PAGE else ""
        self.backlog_button.setText(self.tr("Backlog (%1)…").replace("%1", f"{waiting}{more}"))
        self.backlog_button.setEnabled(self.day == self.today())
        self.assignments.clear()
        for row in control:
            line = QListWidgetItem(f"{row.user}: {row.open} / {row.overdue}")
            line.setToolTip(self.tr("%1: %2 open, %3 overdue").replace("%1", row.user)
                            .replace("%2", str(row.open)).replace("%3", str(row.overdue)))
            self.assignments.addItem(line)
        if not control:
            hint = QListWidgetItem(self.tr("No tasks assigned by someone else."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.assignments.addItem(hint)
        counters = self.agenda.counters
        if self.mode == "day" and self.day == now.astimezone(self.zone).date():
            badge = f"{counters['open']}" + (f" · ⚠{counters['overdue']}"
                                            if counters["overdue"] else "")
            self.app.coordinator.view_badge.emit("planner", badge)
        self.loaded.emit()

    def _fill_list(self, now: datetime) -> None:
        """The agenda as a list: the overdue ones under their own heading first."""
        assert self.agenda is not None
        self.list.clear()
        today = now.astimezone(self.zone).date()
        left_over = [i for i in self.agenda.items if i.overdue and i.task.due_at is not None
                     and i.task.due_at.astimezone(self.zone).date() < today]
        rest = [i for i in self.agenda.items if i not in left_over]
        for heading, items in ((self.tr("Overdue"), left_over), (self.tr("Planned"), rest)):
            if not items:
                continue
            head = QListWidgetItem(f"{heading} ({len(items)})")
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.list.addItem(head)
            for item in items:
                task = item.task
                mark = "⚠ " if item.overdue else ("✓ " if task.status == "done" else "")
                when = self.tr("all day") if task.all_day else formatting.when(task.due_at)
                entry = QListWidgetItem(f"{mark}{when}  {task.title}"
                                        + (f"  · {item.client}" if item.client else ""))
                entry.setData(Qt.ItemDataRole.UserRole, task.id)
                self.list.addItem(entry)
        if not self.agenda.items:
            hint = QListWidgetItem(self.tr("Nothing planned. Type a task in Quick add above, "
                                           "or double-click a time in the Day view."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(hint)

    # -- navigation -----------------------------------------------------------------------------
    def _choose_mode(self, mode: str) -> None:
        for button in self.modes.buttons():
            button.setChecked(button.property("mode") == mode)
        self.set_mode(mode)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.stack.setCurrentIndex(1 if mode == "agenda" else 0)
        self.reload()

    def shift(self, steps: int) -> None:
        self.day += timedelta(days=7 * steps if self.mode == "week" else steps)
        self.refresh_all()

    def go_today(self) -> None:
        self.day = self.today()
        self.refresh_all()
