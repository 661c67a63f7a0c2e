"""The day planner: a user's day and week, the day list built from the client cards,
completing with a result, reminders, assignments, iCalendar export.

Times are stored in UTC; a "day" is local midnight to local midnight in the user's time zone,
converted at query time, so daylight-saving changes and a laptop that moves between zones
both give the right day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from crm_desktop.domain.enums import Role, TaskKind, TaskStatus
from crm_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from crm_desktop.domain.zones import chosen_zone, set_preferred, user_zone
from crm_desktop.services.clients.interactions import InteractionService
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import TaskDTO, to_dto
from crm_desktop.services.planner.day_list import DayListService, Generated
from crm_desktop.services.planner.tasks import TaskService
from crm_desktop.storage.models import LocalSetting, PlannerDismissal, Task, User

TIME_ZONE_KEY = "time_zone"  # local_settings: the zone chosen in the preferences

CHANNEL_OF_KIND = {TaskKind.CALL: "call_out", TaskKind.MEETING: "meeting",
                   TaskKind.EMAIL: "email", TaskKind.TODO: "note"}


def local_zone() -> tzinfo:
    """The user's IANA zone (preferences, else the system's): never a fixed offset."""
    return user_zone()


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """[local midnight, next local midnight) as UTC: 23 or 25 hours long on DST days."""
    start = datetime.combine(day, time.min).replace(tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time.min).replace(tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def _utc(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def week_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    monday = day - timedelta(days=day.weekday())
    return day_bounds(monday, zone)[0], day_bounds(monday + timedelta(days=6), zone)[1]


@dataclass(frozen=True)
class AgendaItem:
    task: TaskDTO
    overdue: bool
    carried: bool  # an open task from an earlier day, shown today
    client: str | None = None


@dataclass
class Agenda:
    start: datetime
    end: datetime
    items: list[AgendaItem] = field(default_factory=list)

    @property
    def counters(self) -> dict[str, int]:
        return {"total": len(self.items),
                "open": sum(1 for i in self.items if i.task.status == TaskStatus.OPEN),
                "overdue": sum(1 for i in self.items if i.overdue),
                "done": sum(1 for i in self.items if i.task.status == TaskStatus.DONE)}


@dataclass(frozen=True)
class OverdueRequest:
    """A service request past its due time, for the planner's band."""

    id: str
    number: str
    subject: str
    client: str | None
    due_at: datetime
    escalated: bool  # escalated to this person as the head (not their own request)


@dataclass(frozen=True)
class AssignmentRow:
    user_id: str
    user: str
    open: int
    overdue: int


class PlannerService:
    def __init__(self, ctx: ServiceContext, tasks: TaskService,
                 interactions: InteractionService) -> None:
        self.ctx = ctx
        self.tasks = tasks
        self.interactions = interactions
        self.day_list = DayListService(ctx)
        set_preferred(self.time_zone_setting())

    # -- the user's time zone -------------------------------------------------------------------
    def time_zone_setting(self) -> str | None:
        """The IANA zone chosen in the preferences for this database (None: the system's)."""
        with self.ctx.db.read() as session:
            row = session.get(LocalSetting, TIME_ZONE_KEY)
        name = row.value if row is not None else None
        try:
            return chosen_zone(name)
        except ValidationError:
            return None  # a zone the system no longer knows: back to the system's

    def set_time_zone(self, name: str | None) -> None:
        """Stores the zone (None or "": follow the system) and applies it at once."""
        key = chosen_zone(name)
        with self.ctx.db.write() as session:
            session.merge(LocalSetting(key=TIME_ZONE_KEY, value=key))
        set_preferred(key)

    # -- who may see whom -----------------------------------------------------------------------
    def visible_users(self, viewer_id: str | None = None) -> list[str]:
        """The owner sees everyone; a head, themselves and everyone under them; a manager,
        only themselves."""
        viewer_id = viewer_id or self.ctx.user_id
        with self.ctx.db.read() as session:
            users = session.execute(select(User.id, User.role, User.head_id).where(
                User.deleted_at.is_(None))).all()
        roles = {u[0]: u[1] for u in users}
        if viewer_id not in roles:
            raise NotFoundError("user", str(viewer_id))
        if roles[viewer_id] == Role.OWNER:
            return [u[0] for u in users]
        visible, frontier = {viewer_id}, {viewer_id}
        if roles[viewer_id] == Role.HEAD:
            while frontier:
                frontier = {u[0] for u in users if u[2] in frontier} - visible
                visible |= frontier
        return sorted(visible)

    def _check(self, user_ids: list[str], viewer_id: str | None) -> None:
        allowed = set(self.visible_users(viewer_id))
        hidden = [u for u in user_ids if u not in allowed]
        if hidden:
            raise PermissionDenied("you may see only your own tasks and your team's")

    def department(self, name: str) -> list[str]:
        with self.ctx.db.read() as session:
            return list(session.scalars(select(User.id).where(User.department == name,
                                                              User.deleted_at.is_(None))))

    # -- day and week ---------------------------------------------------------------------------
    def agenda(self, user_ids: list[str], start: datetime, end: datetime,
               viewer_id: str | None = None, carry_overdue: bool = True) -> Agenda:
        """Tasks due in [start, end) for these users, plus (carry_overdue) open tasks from
        before `start` that are still not done."""
        self._check(user_ids, viewer_id)
        now = self.ctx.clock.now()
        params = {f"u{i}": u for i, u in enumerate(user_ids)}
        users = ", ".join(f":u{i}" for i in range(len(user_ids))) or "NULL"
        sql = (f"SELECT t.*, coalesce(c.name, trim(coalesce(p.last_name, '') || ' ' || "
               f"coalesce(p.first_name, ''))) AS client FROM tasks t "
               f"LEFT JOIN companies c ON c.id = t.company_id "
               f"LEFT JOIN contacts p ON p.id = t.contact_id "
               f"WHERE t.deleted_at IS NULL AND t.assignee_id IN ({users}) AND "
               f"((t.due_at >= :start AND t.due_at < :end AND t.status != 'cancelled')"
               + (" OR (t.due_at < :start AND t.status = 'open')" if carry_overdue else "")
               + ") ORDER BY t.all_day DESC, t.due_at, t.id")
        params.update({"start": str(start.astimezone(UTC).replace(tzinfo=None)),
                       "end": str(end.astimezone(UTC).replace(tzinfo=None))})
        with self.ctx.db.read() as session:
            rows = session.execute(text(sql), params).mappings().all()
        agenda = Agenda(start, end)
        for row in rows:
            task = self._dto(row)
            is_open = task.status == TaskStatus.OPEN
            overdue = is_open and task.due_at is not None and (
                task.due_at < start or (not task.all_day and task.due_at < now))
            agenda.items.append(AgendaItem(task, overdue, task.due_at is not None and
                                           task.due_at < start, row["client"] or None))
        return agenda

    def _dto(self, row: Any) -> TaskDTO:
        values = dict(row)
        for name in ("due_at", "remind_at", "reminded_at", "completed_at", "deleted_at"):
            if isinstance(values.get(name), str):
                values[name] = datetime.fromisoformat(values[name]).replace(tzinfo=UTC)
        values["all_day"] = bool(values.get("all_day"))
        return to_dto(TaskDTO, values)

    def day(self, user_id: str, day: date, zone: tzinfo | None = None,
            viewer_id: str | None = None) -> Agenda:
        start, end = day_bounds(day, zone or local_zone())
        return self.agenda([user_id], start, end, viewer_id)

    def week(self, user_id: str, day: date, zone: tzinfo | None = None,
             viewer_id: str | None = None) -> Agenda:
        start, end = week_bounds(day, zone or local_zone())
        return self.agenda([user_id], start, end, viewer_id, carry_overdue=False)

    def reschedule(self, task_id: str, due_at: datetime, duration_min: int | None = None,
                   all_day: bool | None = None) -> TaskDTO:
        values: dict[str, Any] = {"due_at": due_at}
        if duration_min is not None:
            values["duration_min"] = duration_min
        if all_day is not None:
            values["all_day"] = all_day
        task = self.tasks.get(task_id)
        if task.remind_at is not None and task.due_at is not None:
            values["remind_at"] = due_at - (task.due_at - task.remind_at)
            values["reminded_at"] = None
        return self.tasks.update(task_id, **values)

    # -- the day list from the client cards -------------------------------------------------------
    def generate(self, user_id: str, day: date, zone: tzinfo | None = None) -> list[Generated]:
        """Fills the user's day from the client cards by priority, up to their daily limit;
        running it again adds nothing (see services.day_list)."""
        return self.day_list.fill(day, zone or local_zone(), [user_id])[user_id]

    def generate_all(self, day: date, zone: tzinfo | None = None) -> dict[str, list[Generated]]:
        """The same for every active user at once (one query per rule)."""
        with self.ctx.db.read() as session:
            users = list(session.scalars(select(User.id).where(User.deleted_at.is_(None))))
        return self.day_list.fill(day, zone or local_zone(), users)

    def _query(self, sql: str, params: dict[str, Any]) -> list[Any]:
        with self.ctx.db.read() as session:
            return list(session.execute(text(sql), params).mappings().all())

    def dismiss(self, task_id: str) -> None:
        """The generated task goes away and its cause is remembered, so it does not return."""
        task = self.tasks.get(task_id)
        if not task.origin:
            raise ValidationError("task", "only generated tasks can be dismissed")
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            session.add(PlannerDismissal(origin=task.origin, user_id=self.ctx.user_id,
                                         created_at=now, updated_at=now))
            row = session.get(Task, task_id)
            assert row is not None  # found by self.tasks.get just above
            row.status, row.updated_at = TaskStatus.CANCELLED.value, now

    # -- completing ---------------------------------------------------------------------------
    def complete(self, task_id: str, result: str | None,
                 next_step: dict[str, Any] | None = None) -> TaskDTO | None:
        """Done with a result; the result goes into the client's history; the next step (a
        dict of task fields) becomes a new task. Returns the next task, if any."""
        task = self.tasks.get(task_id)
        if task.status != TaskStatus.OPEN:
            raise ValidationError("status", "this task is already closed")
        with self.ctx.db.write() as session:
            self.tasks.update_in(session, task_id, status=TaskStatus.DONE.value,
                                 result=result, completed_at=self.ctx.clock.now())
            if task.company_id or task.contact_id or task.deal_id:
                self.interactions.create_in(
                    session, channel=CHANNEL_OF_KIND[TaskKind(task.kind)],
                    subject=task.title, outcome=(result or "")[:200] or None, body=result,
                    company_id=task.company_id, contact_id=task.contact_id,
                    deal_id=task.deal_id)
            if next_step:
                links = {k: getattr(task, k) for k in ("company_id", "contact_id", "deal_id")}
                new = self.tasks.create_in(session, **{**links, **next_step})
                return self.tasks.to_dto(new)
        return None

    # -- reminders ----------------------------------------------------------------------------
    def due_reminders(self, user_id: str | None = None,
                      now: datetime | None = None) -> list[TaskDTO]:
        """Open tasks whose reminder time has come and that were not shown yet; this includes
        the ones missed while the app was closed."""
        now = now or self.ctx.clock.now()
        stmt = select(Task).where(Task.deleted_at.is_(None), Task.status == "open",
                                  Task.remind_at <= now, Task.reminded_at.is_(None))
        if user_id:
            stmt = stmt.where(Task.assignee_id == user_id)
        with self.ctx.db.read() as session:
            return [self.tasks.to_dto(t) for t in session.scalars(stmt.order_by(Task.remind_at))]

    def mark_reminded(self, task_ids: list[str]) -> None:
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            for task in session.scalars(select(Task).where(Task.id.in_(task_ids))):
                task.reminded_at = task.updated_at = now

    def snooze(self, task_id: str, minutes: int = 10) -> TaskDTO:
        if minutes <= 0:
            raise ValidationError("minutes", "snooze for at least a minute")
        return self.tasks.update(task_id, remind_at=self.ctx.clock.now()
                                 + timedelta(minutes=minutes), reminded_at=None)

    # -- assignments ----------------------------------------------------------------------------
    def assign(self, title: str, assignee_id: str, due_at: datetime | None = None,
               **fields: Any) -> TaskDTO:
        """A head (or the owner) gives a task to someone in their team."""
        if assignee_id not in self.visible_users():
            raise PermissionDenied("you can assign tasks only to your team")
        return self.tasks.create(title=title, assignee_id=assignee_id, due_at=due_at,
                                 assigned_by_id=self.ctx.user_id, **fields)

    def assignments(self, viewer_id: str | None = None) -> list[AssignmentRow]:
        """Open and overdue tasks that someone else assigned, per employee of the viewer."""
        users = self.visible_users(viewer_id)
        params = {f"u{i}": u for i, u in enumerate(users)}
        params["now"] = str(self.ctx.clock.now().replace(tzinfo=None))
        rows = self._query(
            "SELECT u.id, u.name, count(t.id) AS open, "
            "coalesce(sum(t.due_at < :now), 0) AS overdue FROM users u "
            "LEFT JOIN tasks t ON t.assignee_id = u.id AND t.deleted_at IS NULL AND "
            "t.status = 'open' AND t.assigned_by_id IS NOT NULL AND "
            "t.assigned_by_id != t.assignee_id "
            f"WHERE u.id IN ({', '.join(':' + k for k in params if k != 'now')}) "
            "GROUP BY u.id ORDER BY overdue DESC, open DESC, u.name", params)
        return [AssignmentRow(r["id"], r["name"], int(r["open"]), int(r["overdue"]))
                for r in rows]

    # -- overdue service requests --------------------------------------------------------------
    def overdue_requests(self, user_id: str, now: datetime | None = None,
                         limit: int = 50) -> list[OverdueRequest]:
        """The person's open requests past their due time, and the ones escalated to them as
        the head (their escalation task names the request), most overdue first. One query:
        the person's requests by their index, the head's through their own tasks."""
        now = now or self.ctx.clock.now()
        # The ids first (each half on its index, at most `limit` of the person's own), then
        # the client names for those rows only.
        open_overdue = ("r.deleted_at IS NULL AND r.status IN ('new', 'in_work', 'waiting') "
                        "AND r.due_at < :now")
        sql = (
            "WITH own AS (SELECT r.id, 0 AS escalated FROM service_requests r "
            f"WHERE r.responsible_id = :u AND {open_overdue} ORDER BY r.due_at LIMIT :n), "
            # the head's escalation tasks name the request: 'service:<id>:escalate[N]'
            "escalated AS (SELECT DISTINCT r.id, 1 AS escalated FROM tasks t "
            "JOIN service_requests r ON r.id = substr(t.origin, 9, 36) "
            "WHERE t.assignee_id = :u AND t.origin >= 'service:' AND t.origin < 'service;' "
            "AND t.origin LIKE 'service:%' || :cause || '%' AND t.deleted_at IS NULL "
            f"AND {open_overdue} AND r.escalated_at IS NOT NULL "
            "AND r.responsible_id IS NOT :u) "
            "SELECT r.id, r.number, r.subject, r.due_at, coalesce(c.name, nullif(trim("
            "coalesce(p.last_name, '') || ' ' || coalesce(p.first_name, '')), '')) AS client, "
            "x.escalated FROM (SELECT * FROM own UNION ALL SELECT * FROM escalated) x "
            "JOIN service_requests r ON r.id = x.id "
            "LEFT JOIN companies c ON c.id = r.company_id "
            "LEFT JOIN contacts p ON p.id = r.contact_id ORDER BY r.due_at, r.id LIMIT :n")
        rows = self._query(sql, {"u": user_id, "n": limit, "cause": ":escalate",
                                 "now": str(now.astimezone(UTC).replace(tzinfo=None))})
        return [OverdueRequest(r["id"], r["number"], r["subject"], r["client"],
                               _utc(r["due_at"]), bool(r["escalated"])) for r in rows]

    # -- iCalendar ------------------------------------------------------------------------------
    def export_ics(self, items: list[TaskDTO], path: Path | str,
                   zone: tzinfo | None = None) -> Path:
        """All-day tasks become DATE values of their day in the user's zone (stored as that
        day's local midnight in UTC, which east of UTC is the evening before)."""
        from icalendar import Calendar, Event

        from crm_desktop.services.exchange.export_rights import check_export

        check_export(self.ctx, "the calendar")
        zone = zone or local_zone()
        calendar = Calendar()
        calendar.add("prodid", "-//crm-desktop//planner//EN")
        calendar.add("version", "2.0")
        for task in items:
            if task.due_at is None:
                continue
            event = Event()
            event.add("uid", f"{task.id}@crm-desktop")
            event.add("summary", task.title)
            if task.description:
                event.add("description", task.description)
            if task.all_day:
                day = task.due_at.astimezone(zone).date()
                event.add("dtstart", day)
                event.add("dtend", day + timedelta(days=1))
            else:
                event.add("dtstart", task.due_at.astimezone(UTC))
                event.add("dtend", task.due_at.astimezone(UTC)
                          + timedelta(minutes=task.duration_min or 30))
            event.add("dtstamp", self.ctx.clock.now())
            event.add("status", "CONFIRMED" if task.status == "open" else "CANCELLED"
                      if task.status == "cancelled" else "CONFIRMED")
            calendar.add_component(event)
        from crm_desktop.storage.files import write_bytes_atomic

        return write_bytes_atomic(Path(path), calendar.to_ical())  # whole or not at all
