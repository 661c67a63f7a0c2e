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

from sqlalchemy import insert, select, text

from crm_desktop.domain.enums import Role, TaskKind, TaskStatus
from crm_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from crm_desktop.domain.ids import new_id
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import TaskDTO, to_dto
from crm_desktop.storage.models import PlannerDismissal, Task, User

TEXTS = {
    "en": {"next_step": "Next step: {title}",
           "next_step_why": "The next step of the deal «{title}» is due today.",
           "touch": "Get in touch: {name}",
           "touch_why": "No contact for {days}+ days (last: {last}).",
           "touch_never": "No contact yet; keep in touch every {days} days.",
           "birthday": "Birthday: {name}", "birthday_why": "{name} has a birthday today.",
           "stale": "Deal past its close date: {title}",
           "stale_why": "Expected to close on {date}, no activity since."},
    "ru": {"next_step": "Следующий шаг: {title}",
           "next_step_why": "Сегодня срок следующего шага по сделке «{title}».",
           "touch": "Связаться: {name}",
           "touch_why": "Не было контакта больше {days} дн. (последний: {last}).",
           "touch_never": "Контактов ещё не было; связываться каждые {days} дн.",
           "birthday": "День рождения: {name}", "birthday_why": "У {name} сегодня день рождения.",
           "stale": "Сделка просрочена: {title}",
           "stale_why": "Ожидалось закрытие {date}, с тех пор нет активности."},
}

CHANNEL_OF_KIND = {TaskKind.CALL: "call_out", TaskKind.MEETING: "meeting",
                   TaskKind.EMAIL: "email", TaskKind.TODO: "note"}


def local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """[local midnight, next local midnight) as UTC: 23 or 25 hours long on DST days."""
    start = datetime.combine(day, time.min).replace(tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time.min).replace(tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


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
class Generated:
    rule: str
    task: TaskDTO
    reason: str


@dataclass(frozen=True)
class AssignmentRow:
    user_id: str
    user: str
    open: int
    overdue: int


class PlannerService:
    def __init__(self, ctx: ServiceContext, tasks: Any, interactions: Any) -> None:
        self.ctx = ctx
        self.tasks = tasks
        self.interactions = interactions

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
        """Creates the day's follow-ups from the client cards; running it again adds nothing.

        Each rule gives an `origin` that names the cause (deal and step date, client and the
        last contact, person and year...), so a cause makes one task at most, and a dismissed
        origin is never made again.
        """
        zone = zone or local_zone()
        start, _ = day_bounds(day, zone)
        nine = datetime.combine(day, time(9)).replace(tzinfo=zone).astimezone(UTC)
        candidates = (self._next_steps(user_id, day) + self._keep_in_touch(user_id, day)
                      + self._birthdays(user_id, day) + self._stale_deals(user_id, day))
        if not candidates:
            return []
        origins = [c["origin"] for c in candidates]
        made: list[Generated] = []
        with self.ctx.db.write() as session:
            taken: set[str] = set()
            for chunk in range(0, len(origins), 900):  # SQLite's limit on bound parameters
                part = origins[chunk:chunk + 900]
                taken |= set(session.scalars(select(Task.origin).where(Task.origin.in_(part))))
                taken |= set(session.scalars(select(PlannerDismissal.origin).where(
                    PlannerDismissal.origin.in_(part), PlannerDismissal.deleted_at.is_(None))))
            now = self.ctx.clock.now()
            rows = []
            for cand in candidates:
                if cand["origin"] in taken:
                    continue
                taken.add(cand["origin"])
                # Made by the system from valid records: one bulk insert, not a row at a time
                # (the first run on a large database makes tens of thousands).
                rows.append({
                    "id": new_id(), "title": cand["title"][:500], "kind": cand["kind"],
                    "description": cand["reason"], "due_at": start if cand["all_day"] else nine,
                    "duration_min": 30, "all_day": cand["all_day"], "assignee_id": user_id,
                    "assigned_by_id": user_id, "status": "open", "priority": "normal",
                    "origin": cand["origin"], "company_id": cand.get("company_id"),
                    "contact_id": cand.get("contact_id"), "deal_id": cand.get("deal_id"),
                    "created_at": now, "updated_at": now})
                made.append(Generated(cand["rule"], to_dto(TaskDTO, rows[-1]), cand["reason"]))
            if rows:
                session.execute(insert(Task), rows)
        return made

    def _text(self, key: str, **values: Any) -> str:
        return TEXTS.get(self.ctx.language, TEXTS["en"])[key].format(**values)

    def _query(self, sql: str, params: dict) -> list[Any]:
        with self.ctx.db.read() as session:
            return session.execute(text(sql), params).mappings().all()

    def _next_steps(self, user_id: str, day: date) -> list[dict]:
        rows = self._query(
            "SELECT d.id, d.title, d.next_step, d.next_step_at, d.company_id, d.contact_id "
            "FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
            "WHERE d.deleted_at IS NULL AND d.responsible_id = :u AND d.next_step_at = :day",
            {"u": user_id, "day": day.isoformat()})
        return [{"rule": "next_step", "origin": f"next_step:{r['id']}:{r['next_step_at']}",
                 "title": r["next_step"] or self._text("next_step", title=r["title"]),
                 "kind": "call",
                 "all_day": False, "deal_id": r["id"], "company_id": r["company_id"],
                 "contact_id": r["contact_id"],
                 "reason": self._text("next_step_why", title=r["title"])}
                for r in rows]

    def _keep_in_touch(self, user_id: str, day: date) -> list[dict]:
        day_text = day.isoformat()
        result = []
        for table, kind in (("companies", "company"), ("contacts", "contact")):
            name = "c.name" if table == "companies" else \
                "trim(coalesce(c.last_name, '') || ' ' || coalesce(c.first_name, ''))"
            column = "company_id" if table == "companies" else "contact_id"
            rows = self._query(
                f"SELECT c.id, {name} AS name, c.keep_in_touch_days AS days, "
                f"(SELECT max(i.occurred_at) FROM interactions i WHERE i.{column} = c.id "
                f"AND i.deleted_at IS NULL) AS last FROM {table} c "
                f"WHERE c.deleted_at IS NULL AND c.keep_in_touch_days IS NOT NULL "
                f"AND c.responsible_id = :u", {"u": user_id})
            for r in rows:
                last = r["last"][:10] if r["last"] else None
                due = (date.fromisoformat(last) + timedelta(days=r["days"])).isoformat() \
                    if last else day_text
                if due <= day_text:
                    reason = (self._text("touch_why", days=r["days"], last=last) if last
                              else self._text("touch_never", days=r["days"]))
                    result.append({"rule": "keep_in_touch",
                                   "origin": f"keep_in_touch:{r['id']}:{last or 'never'}",
                                   "title": self._text("touch", name=r["name"]),
                                   "kind": "call",
                                   "all_day": False, f"{kind}_id": r["id"], "reason": reason})
        return result

    def _birthdays(self, user_id: str, day: date) -> list[dict]:
        rows = self._query(
            "SELECT id, trim(coalesce(last_name, '') || ' ' || coalesce(first_name, '')) AS name,"
            " company_id, birthday FROM contacts WHERE deleted_at IS NULL AND "
            "responsible_id = :u AND strftime('%m-%d', birthday) = :md",
            {"u": user_id, "md": day.strftime("%m-%d")})
        return [{"rule": "birthday", "origin": f"birthday:{r['id']}:{day.year}",
                 "title": self._text("birthday", name=r["name"]), "kind": "call",
                 "all_day": True, "contact_id": r["id"], "company_id": r["company_id"],
                 "reason": self._text("birthday_why", name=r["name"])} for r in rows]

    def _stale_deals(self, user_id: str, day: date) -> list[dict]:
        rows = self._query(
            "SELECT d.id, d.title, d.expected_close, d.company_id FROM deals d "
            "JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
            "WHERE d.deleted_at IS NULL AND d.responsible_id = :u AND d.expected_close < :day "
            "AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.deal_id = d.id AND "
            "i.deleted_at IS NULL AND i.occurred_at >= d.expected_close)",
            {"u": user_id, "day": day.isoformat()})
        return [{"rule": "stale_deal", "origin": f"stale_deal:{r['id']}:{r['expected_close']}",
                 "title": self._text("stale", title=r["title"]), "kind": "todo",
                 "all_day": False, "deal_id": r["id"], "company_id": r["company_id"],
                 "reason": self._text("stale_why", date=r["expected_close"])}
                for r in rows]

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

    # -- iCalendar ------------------------------------------------------------------------------
    def export_ics(self, items: list[TaskDTO], path: Path | str) -> Path:
        from icalendar import Calendar, Event

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
                event.add("dtstart", task.due_at.date())
                event.add("dtend", task.due_at.date() + timedelta(days=1))
            else:
                event.add("dtstart", task.due_at.astimezone(UTC))
                event.add("dtend", task.due_at.astimezone(UTC)
                          + timedelta(minutes=task.duration_min or 30))
            event.add("dtstamp", self.ctx.clock.now())
            event.add("status", "CONFIRMED" if task.status == "open" else "CANCELLED"
                      if task.status == "cancelled" else "CONFIRMED")
            calendar.add_component(event)
        target = Path(path)
        target.write_bytes(calendar.to_ical())
        return target
