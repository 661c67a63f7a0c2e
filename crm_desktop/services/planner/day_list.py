"""The day list: what fits a person's day, proposed from the client cards by priority —
overdue next steps of deals, deals closing, birthdays, then the clients longest out of touch —
up to a daily limit per user; everything else waits in the backlog.

Each rule is one set-based query for all users at once. A proposal becomes a task only when it
enters the day (the limit) or when the user takes it from the backlog; its `origin` names the
cause, so a cause makes one task at most and a dismissed one never comes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP, TextMaker, english
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import TaskDTO, to_dto
from crm_desktop.storage.models import OrgSetting, PlannerDismissal, Task

DEFAULT_DAY_LIMIT = 15
MAX_DAY_LIMIT = 200
LIMIT_KEY = "planner.day_limit.{user}"
RULE_RANK = {"next_step": 0, "stale_deal": 1, "closing": 1, "birthday": 2, "keep_in_touch": 3}
CLOSING_AHEAD_DAYS = 2
BACKLOG_PAGE = 300  # the backlog view shows this many at a time

TEXTS = {  # English; the window passes its translations (DayListService.texts)
    "next_step": QT_TRANSLATE_NOOP("DayList", "Next step: {title}"),
    "next_step_why": QT_TRANSLATE_NOOP("DayList", "The next step of the deal «{title}» is due "
                                                  "today."),
    "next_step_late": QT_TRANSLATE_NOOP("DayList", "The next step of the deal «{title}» was "
                                                   "due on {date}."),
    "touch": QT_TRANSLATE_NOOP("DayList", "Get in touch: {name}"),
    "touch_why": QT_TRANSLATE_NOOP("DayList", "No contact for {days}+ days (last: {last})."),
    "touch_never": QT_TRANSLATE_NOOP("DayList", "No contact yet; keep in touch every {days} "
                                                "days."),
    "birthday": QT_TRANSLATE_NOOP("DayList", "Birthday: {name}"),
    "birthday_why": QT_TRANSLATE_NOOP("DayList", "{name} has a birthday today."),
    "stale": QT_TRANSLATE_NOOP("DayList", "Deal past its close date: {title}"),
    "stale_why": QT_TRANSLATE_NOOP("DayList", "Expected to close on {date}, no activity "
                                              "since."),
    "closing": QT_TRANSLATE_NOOP("DayList", "Deal closing: {title}"),
    "closing_why": QT_TRANSLATE_NOOP("DayList", "Expected to close on {date}."),
}
DATE_VALUES = ("date", "last")  # handed to the text maker as dates, written as its reader does

PERSON = "trim(coalesce(c.last_name, '') || ' ' || coalesce(c.first_name, ''))"
NOT_TAKEN = ("NOT EXISTS (SELECT 1 FROM tasks t WHERE t.origin = {o}) AND NOT EXISTS "
             "(SELECT 1 FROM planner_dismissals x WHERE x.origin = {o} AND x.deleted_at IS NULL)")


@dataclass(frozen=True)
class Proposal:
    """A day-list item from the client cards, not a task yet."""

    user_id: str
    rule: str
    origin: str
    title: str
    reason: str
    kind: str
    all_day: bool
    order: str  # within a rule: the earlier, the more urgent
    company_id: str | None = None
    contact_id: str | None = None
    deal_id: str | None = None


@dataclass(frozen=True)
class Generated:
    rule: str
    task: TaskDTO
    reason: str


def _valid_limit(value: str | None) -> int:
    """A stored limit as a number within bounds: a value written behind the program's back
    (raw SQL, another program through the server) cannot fill a day with thousands."""
    if not value or not value.strip().isdigit():
        return DEFAULT_DAY_LIMIT
    return min(max(int(value), 1), MAX_DAY_LIMIT)


def _fmt(value: Any) -> str:
    """A stored date or timestamp as its day, ISO (the day list stores it in the reason)."""
    return str(value)[:10] if value else ""


class DayListService:
    def __init__(self, ctx: ServiceContext) -> None:
        # Generated titles and reasons are stored with the task: in English from the command
        # line, in the window's language when the window sets its translator here.
        self.texts: TextMaker = english
        self.ctx = ctx

    # -- the per-user daily limit -----------------------------------------------------------
    def limit(self, user_id: str) -> int:
        with self.ctx.db.read() as session:
            value = session.scalar(select(OrgSetting.value).where(
                OrgSetting.key == LIMIT_KEY.format(user=user_id),
                OrgSetting.deleted_at.is_(None)))
        return _valid_limit(value)

    def set_limit(self, user_id: str, limit: int) -> None:
        if not isinstance(limit, int) or not 1 <= limit <= MAX_DAY_LIMIT:
            raise ValidationError("day_limit", f"the day limit must be from 1 to {MAX_DAY_LIMIT}")
        key, now = LIMIT_KEY.format(user=user_id), self.ctx.clock.now()
        with self.ctx.db.write() as session:
            row = session.scalar(select(OrgSetting).where(OrgSetting.key == key))
            if row is None:
                session.add(OrgSetting(key=key, value=str(limit), created_at=now,
                                       updated_at=now))
            else:
                row.value, row.deleted_at, row.updated_at = str(limit), None, now

    def _limits(self, session: Session, user_ids: list[str]) -> dict[str, int]:
        rows = session.execute(select(OrgSetting.key, OrgSetting.value).where(
            OrgSetting.key.like("planner.day_limit.%"), OrgSetting.deleted_at.is_(None))).all()
        stored = {k.rsplit(".", 1)[1]: _valid_limit(v) for k, v in rows}
        return {u: stored.get(u, DEFAULT_DAY_LIMIT) for u in user_ids}

    # -- proposals ------------------------------------------------------------------------------
    def proposals(self, day: date, user_id: str, limit: int | None = None) -> list[Proposal]:
        """The causes not yet made into a task nor dismissed, most urgent first."""
        with self.ctx.db.read() as session:
            return self._proposals(session, day, user_id, limit)

    def _proposals(self, session: Session, day: date, user_id: str,
                   limit: int | None) -> list[Proposal]:
        """The rules are asked in priority order and only for as many as are still wanted:
        each query walks its index in urgency order and stops there."""
        wanted = limit if limit is not None else -1  # SQLite: LIMIT -1 is no limit
        result: list[Proposal] = []
        for rule in (self._next_steps, self._deals_closing, self._birthdays,
                     self._keep_in_touch):
            if wanted == 0:
                break
            found = rule(session, day, user_id, wanted)
            result += found
            wanted = wanted - len(found) if wanted > 0 else wanted
        return result

    def _text(self, key: str, **values: Any) -> str:
        """The text `key` with its values, in the language of whoever asks (see `texts`)."""
        values = {k: date.fromisoformat(v) if k in DATE_VALUES and isinstance(v, str) and v
                  else v for k, v in values.items()}
        return self.texts("DayList", TEXTS[key], values)

    def _next_steps(self, session: Session, day: date, user_id: str, n: int) -> list[Proposal]:
        origin = "'next_step:' || d.id || ':' || d.next_step_at"
        rows = session.execute(text(
            "SELECT d.id, d.title, d.next_step, d.next_step_at, d.company_id, d.contact_id "
            "FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
            "WHERE d.responsible_id = :u AND d.next_step_at <= :day AND d.deleted_at IS NULL "
            f"AND {NOT_TAKEN.format(o=origin)} ORDER BY d.next_step_at, d.id LIMIT :n"),
            {"u": user_id, "day": day.isoformat(), "n": n}).mappings()
        return [Proposal(
            user_id, "next_step", f"next_step:{r['id']}:{r['next_step_at']}",
            r["next_step"] or self._text("next_step", title=r["title"]),
            self._text("next_step_why", title=r["title"]) if _fmt(r["next_step_at"])
            == day.isoformat() else self._text("next_step_late", title=r["title"],
                                               date=_fmt(r["next_step_at"])),
            "call", False, _fmt(r["next_step_at"]), r["company_id"], r["contact_id"], r["id"])
            for r in rows]

    def _deals_closing(self, session: Session, day: date, user_id: str, n: int) -> list[Proposal]:
        """Open deals closing within two days, and those past their date with no activity
        since (the stale ones), the earliest date first."""
        origin = ("(CASE WHEN d.expected_close < :day THEN 'stale_deal:' ELSE 'closing:' END "
                  "|| d.id || ':' || d.expected_close)")
        rows = session.execute(text(
            "SELECT d.id, d.title, d.expected_close, d.company_id, d.contact_id "
            "FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
            "WHERE d.responsible_id = :u AND d.expected_close <= :ahead AND "
            "d.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM interactions i WHERE "
            "i.deal_id = d.id AND i.deleted_at IS NULL AND i.occurred_at >= d.expected_close) "
            f"AND {NOT_TAKEN.format(o=origin)} ORDER BY d.expected_close, d.id LIMIT :n"),
            {"u": user_id, "day": day.isoformat(), "n": n,
             "ahead": (day + timedelta(days=CLOSING_AHEAD_DAYS)).isoformat()}).mappings()
        result = []
        for r in rows:
            close = _fmt(r["expected_close"])
            rule = "stale_deal" if close < day.isoformat() else "closing"
            title, why = ("stale", "stale_why") if rule == "stale_deal" else \
                ("closing", "closing_why")
            result.append(Proposal(
                user_id, rule, f"{rule}:{r['id']}:{r['expected_close']}",
                self._text(title, title=r["title"]), self._text(why, date=close),
                "todo", False, close, r["company_id"], r["contact_id"], r["id"]))
        return result

    def _birthdays(self, session: Session, day: date, user_id: str, n: int) -> list[Proposal]:
        days = {"d0": day.strftime("%m-%d"), "d1": day.strftime("%m-%d")}
        if day.month == 2 and day.day == 28 and (day + timedelta(days=1)).month == 3:
            days["d1"] = "02-29"  # born on 29 February: congratulated on the 28th
        origin = "'birthday:' || c.id || ':' || :year"
        # The conditions repeat the partial index's, so SQLite can use it.
        rows = session.execute(text(
            f"SELECT c.id, {PERSON} AS name, c.company_id FROM contacts c "
            "WHERE c.responsible_id = :u AND substr(c.birthday, 6) IN (:d0, :d1) AND "
            "c.birthday IS NOT NULL AND c.deleted_at IS NULL AND c.archived_at IS NULL AND "
            f"{NOT_TAKEN.format(o=origin)} ORDER BY name, c.id LIMIT :n"),
            {"u": user_id, "year": str(day.year), "n": n, **days}).mappings()
        return [Proposal(user_id, "birthday", f"birthday:{r['id']}:{day.year}",
                         self._text("birthday", name=r["name"]),
                         self._text("birthday_why", name=r["name"]), "call", True, r["name"],
                         r["company_id"], r["id"]) for r in rows]

    def _keep_in_touch(self, session: Session, day: date, user_id: str, n: int) -> list[Proposal]:
        """Clients due a contact (the last one `keep_in_touch_days` ago, or never), the
        longest out of touch first, people and companies together."""
        parts = []
        for table, kind in (("companies", "company"), ("contacts", "contact")):
            name = "c.name" if kind == "company" else PERSON
            # The latest live contact, read backwards along the client's (id, time) index.
            last = (f"(SELECT i.occurred_at FROM interactions i WHERE i.{kind}_id = c.id AND "
                    "i.deleted_at IS NULL ORDER BY i.occurred_at DESC LIMIT 1)")
            parts.append(
                f"SELECT '{kind}' AS kind, c.id, {name} AS name, c.keep_in_touch_days AS days, "
                f"{last} AS last FROM {table} c WHERE c.responsible_id = :u AND "
                "c.keep_in_touch_days IS NOT NULL AND c.deleted_at IS NULL AND "
                "c.archived_at IS NULL")
        origin = "'keep_in_touch:' || k.id || ':' || coalesce(substr(k.last, 1, 10), 'never')"
        rows = session.execute(text(
            f"SELECT * FROM ({' UNION ALL '.join(parts)}) k WHERE (k.last IS NULL OR "
            "date(k.last, '+' || k.days || ' days') <= :day) AND "
            f"{NOT_TAKEN.format(o=origin)} ORDER BY k.last IS NOT NULL, k.last, k.id LIMIT :n"),
            {"u": user_id, "day": day.isoformat(), "n": n}).mappings()
        result = []
        for r in rows:
            last_day = _fmt(r["last"]) or None
            reason = (self._text("touch_why", days=r["days"], last=last_day) if last_day
                      else self._text("touch_never", days=r["days"]))
            result.append(Proposal(
                user_id, "keep_in_touch", f"keep_in_touch:{r['id']}:{last_day or 'never'}",
                self._text("touch", name=r["name"]), reason, "call", False, last_day or "",
                **{f"{r['kind']}_id": r["id"]}))
        return result

    # -- making the day -------------------------------------------------------------------------
    def fill(self, day: date, zone: tzinfo, user_ids: list[str]) -> dict[str, list[Generated]]:
        """Puts the most urgent proposals into each user's day, up to the user's limit less
        what the day list already holds; running it again adds nothing."""
        start, end = _bounds(day, zone)
        made: dict[str, list[Generated]] = {u: [] for u in user_ids}
        # One write transaction: what is held, what is proposed and what is made agree even
        # if a sync or another window fills the same day at the same time.
        with self.ctx.db.write() as session:
            limits = self._limits(session, user_ids)
            held: dict[str, int] = dict(session.execute(text(
                "SELECT assignee_id, count(*) FROM tasks WHERE origin IS NOT NULL AND "
                "deleted_at IS NULL AND status != 'cancelled' AND due_at >= :start AND "
                "due_at < :end GROUP BY assignee_id"),
                {"start": _sql_time(start), "end": _sql_time(end)}).all())
            rows = []
            for user in user_ids:
                room = max(0, limits[user] - held.get(user, 0))
                for proposal in self._proposals(session, day, user, room) if room else []:
                    row = self._task_row(proposal, day, zone)
                    rows.append(row)
                    made[user].append(Generated(proposal.rule, to_dto(TaskDTO, row),
                                                proposal.reason))
            if rows:
                # Proposed from valid records: one bulk insert, not a row at a time.
                # A declarative model's __table__ is its Table (typed as any FromClause).
                session.connection().execute(insert(cast(Table, Task.__table__)), rows)
        return made

    def take(self, user_id: str, origin: str, day: date, zone: tzinfo) -> TaskDTO:
        """From the backlog into the day, beyond the limit: the user chose it."""
        proposal = next((p for p in self.proposals(day, user_id) if p.origin == origin), None)
        if proposal is None:
            raise ValidationError("origin", "this item is no longer in the backlog")
        row = self._task_row(proposal, day, zone)
        with self.ctx.db.write() as session:
            session.execute(insert(Task), [row])
        return to_dto(TaskDTO, row)

    def backlog(self, user_id: str, day: date, limit: int = BACKLOG_PAGE) -> list[Proposal]:
        """What did not fit the day, most urgent first (the first `limit`)."""
        return self.proposals(day, user_id, limit)

    def dismiss(self, origin: str) -> None:
        """A backlog item the user does not want: never proposed again."""
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            session.add(PlannerDismissal(origin=origin, user_id=self.ctx.user_id,
                                         created_at=now, updated_at=now))

    def _task_row(self, proposal: Proposal, day: date, zone: tzinfo) -> dict[str, Any]:
        start, _ = _bounds(day, zone)
        nine = datetime.combine(day, time(9)).replace(tzinfo=zone).astimezone(UTC)
        now = self.ctx.clock.now()
        return {"id": new_id(), "title": proposal.title[:500], "kind": proposal.kind,
                "description": proposal.reason, "due_at": start if proposal.all_day else nine,
                "duration_min": 30, "all_day": proposal.all_day,
                "assignee_id": proposal.user_id, "assigned_by_id": proposal.user_id,
                "status": "open", "priority": "normal", "origin": proposal.origin,
                "company_id": proposal.company_id, "contact_id": proposal.contact_id,
                "deal_id": proposal.deal_id, "created_at": now, "updated_at": now}


def _bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    from crm_desktop.services.planner.agenda import day_bounds  # one definition of a local day

    return day_bounds(day, zone)


def _sql_time(moment: datetime) -> str:
    """A UTC time as stored by the UTCDateTime columns (naive ISO text)."""
    return str(moment.astimezone(UTC).replace(tzinfo=None))
