"""Telemarketing call lists.

A call list is made from a segment (its members at that moment) or from a list of client
ids (an import), and split among employees: evenly (round robin in name order), by region
(the first part of the address: whole regions go to one employee, the largest first to the
least loaded), or by responsible person (each client to its own manager when that manager is
among the callers, the rest evenly).

Working a list: the next client of the employee (a due call-back first, then the next not
yet called in order), and one outcome per call, which writes the call as an interaction,
creates the follow-up task and moves on. Outcomes: no answer (called again later), call
back at a time, not interested (with a reason), meeting set, deal created.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.base import require_text
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.marketing.call_list_plan import (  # noqa: F401  (re-exported)
    FileClients,
    assign,
    clients_from_file,
    region_of,
)
from crm_desktop.storage.models import Company, Contact, Interaction, Pipeline, Stage, Task, User
from crm_desktop.storage.models_base import Record
from crm_desktop.storage.models_marketing import CallList, CallListItem, Campaign, Segment
from crm_desktop.storage.searchable import person_name_sql

OUTCOMES = ("no_answer", "callback", "not_interested", "meeting", "deal")
SPLITS = ("even", "region", "responsible")
DONE = ("not_interested", "meeting", "deal")  # finished: not called again
RETRY_AFTER = timedelta(hours=2)  # a call not answered comes round again after this
# The words services write into interactions and tasks (ServiceContext.language).
WORDS = {
    "en": {"subject": "Call: {list}", "no_answer": "No answer", "callback": "Call back",
           "not_interested": "Not interested", "meeting": "Meeting set",
           "deal": "Deal created", "task_callback": "Call back: {client}",
           "task_meeting": "Meeting: {client}", "deal_title": "{client}: from “{list}”"},
    "ru": {"subject": "Звонок: {list}", "no_answer": "Не ответил", "callback": "Перезвонить",
           "not_interested": "Не интересно", "meeting": "Назначена встреча",
           "deal": "Создана сделка", "task_callback": "Перезвонить: {client}",
           "task_meeting": "Встреча: {client}", "deal_title": "{client}: из «{list}»"},
}


@dataclass(frozen=True)
class CallListDTO:
    id: str
    name: str
    segment_id: str | None
    campaign_id: str | None
    script: str | None
    notes: str | None
    responsible_id: str | None
    closed: bool


@dataclass(frozen=True)
class CallItem:
    """One call to make: the client, the number, what came of earlier calls."""

    id: str
    call_list_id: str
    kind: str  # company | contact
    client_id: str
    client: str
    phone: str | None
    region: str | None
    assignee_id: str | None
    status: str
    attempts: int
    callback_at: datetime | None
    outcome_note: str | None


@dataclass(frozen=True)
class Progress:
    """Per employee (None: the whole list): clients, called, reached and each outcome."""

    assignee_id: str | None
    assignee: str
    total: int
    called: int
    reached: int
    outcomes: dict[str, int]


class CallListService:
    def __init__(self, ctx: ServiceContext, segments: Any) -> None:
        self.ctx = ctx
        self.segments = segments

    def _words(self) -> dict[str, str]:
        return WORDS.get(self.ctx.language, WORDS["en"])

    # -- making a list --------------------------------------------------------------------
    def create(self, name: str, assignee_ids: list[str], segment_id: str | None = None,
               clients: list[tuple[str, str]] | None = None, split: str = "even",
               script: str | None = None, campaign_id: str | None = None) -> CallListDTO:
        """A list of the segment's members (or of the given (kind, id) clients) split among
        the employees."""
        values = {"name": name}
        require_text(values, "name", "call list name", 200)
        if split not in SPLITS:
            raise ValidationError("split", f"'{split}' is not one of {', '.join(SPLITS)}")
        if not assignee_ids:
            raise ValidationError("assignee_ids", "must not be empty")  # who calls
        if (segment_id is None) == (clients is None):
            raise ValidationError("segment_id", "one of a segment, a list of clients")
        if segment_id is not None:
            kind, ids = self.segments.members(segment_id)
            clients = [(kind, ident) for ident in ids]
        assert clients is not None
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            for ident in assignee_ids:
                user = session.get(User, ident)
                if user is None or user.deleted_at is not None:
                    raise ValidationError("assignee_ids", f"user {ident} does not exist")
            refs: tuple[tuple[str, type[Record], str | None], ...] = (
                ("segment_id", Segment, segment_id), ("campaign_id", Campaign, campaign_id))
            for field, model, ref_id in refs:
                if ref_id is not None:
                    row = session.get(model, ref_id)
                    if row is None or row.deleted_at is not None:
                        raise ValidationError(field, "does not exist")
            found = self._clients(session, clients)
            call_list = CallList(name=values["name"], segment_id=segment_id,
                                 campaign_id=campaign_id, script=(script or "").strip() or None,
                                 responsible_id=self.ctx.user_id, created_at=now,
                                 updated_at=now)
            session.add(call_list)
            session.flush()
            plan = assign(found, assignee_ids, split)
            session.add_all(CallListItem(
                call_list_id=call_list.id, company_id=c["company_id"],
                contact_id=c["contact_id"], phone=c["phone"], region=c["region"],
                assignee_id=plan[i], position=i, status="pending", attempts=0,
                created_at=now, updated_at=now) for i, c in enumerate(found))
            session.flush()
            return _dto(call_list)

    def from_file(self, path: str) -> FileClients:
        """The clients of an imported list (an .xlsx or .csv of phones, tax ids or names),
        for `create(clients=...)`; rows that match nobody are counted, not created."""
        return clients_from_file(self.ctx, path)

    def _clients(self, session: Session, clients: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """The live clients in name order with their first phone, region and manager."""
        found: list[dict[str, Any]] = []
        for kind, ident in dict.fromkeys(clients):
            if kind == "company":
                row = session.get(Company, ident)
                if row is None or row.deleted_at is not None:
                    continue
                found.append({"company_id": row.id, "contact_id": None, "name": row.name_key,
                              "phone": row.phones[0] if row.phones else None,
                              "region": region_of(row.address) or None,
                              "responsible_id": row.responsible_id})
            elif kind == "contact":
                person = session.get(Contact, ident)
                if person is None or person.deleted_at is not None:
                    continue
                company = session.get(Company, person.company_id) if person.company_id else None
                found.append({"company_id": person.company_id, "contact_id": person.id,
                              "name": person.name_key, "phone": next(iter(person.phones), None),
                              "region": region_of(company.address if company else None) or None,
                              "responsible_id": person.responsible_id})
            else:
                raise ValidationError("clients", f"'{kind}' is not one of company, contact")
        found.sort(key=lambda c: (c["name"] or "", c["contact_id"] or c["company_id"]))
        return found

    def list(self, include_closed: bool = False) -> list[CallListDTO]:
        stmt = select(CallList).where(CallList.deleted_at.is_(None))
        if not include_closed:
            stmt = stmt.where(CallList.closed_at.is_(None))
        with self.ctx.db.read() as session:
            return [_dto(r) for r in session.scalars(stmt.order_by(CallList.created_at.desc(),
                                                                   CallList.id))]

    def get(self, ident: str) -> CallListDTO:
        with self.ctx.db.read() as session:
            row = session.get(CallList, ident)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("call list", ident)
            return _dto(row)

    def update(self, ident: str, **values: Any) -> CallListDTO:
        unknown = set(values) - {"name", "script", "notes", "closed"}
        if unknown:
            raise ValidationError(sorted(unknown)[0], "call list has no such field")
        if "name" in values:
            require_text(values, "name", "call list name", 200)
        with self.ctx.db.write() as session:
            row = session.get(CallList, ident)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("call list", ident)
            now = self.ctx.clock.now()
            if "closed" in values:
                row.closed_at = now if values.pop("closed") else None
            for key, value in values.items():
                setattr(row, key, value.strip() or None if isinstance(value, str) and
                        key != "name" else value)
            row.updated_at = now
            return _dto(row)

    def delete(self, ident: str) -> None:
        with self.ctx.db.write() as session:
            row = session.get(CallList, ident)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("call list", ident)
            row.deleted_at = row.updated_at = self.ctx.clock.now()

    # -- working a list -------------------------------------------------------------------
    def _item_sql(self) -> str:
        return f"""
            SELECT i.id, i.call_list_id,
                   CASE WHEN i.contact_id IS NOT NULL THEN 'contact' ELSE 'company' END,
                   coalesce(i.contact_id, i.company_id),
                   coalesce(CASE WHEN i.contact_id IS NOT NULL THEN {person_name_sql('p')}
                                 END, co.name, ''),
                   i.phone, i.region, i.assignee_id, i.status, i.attempts, i.callback_at,
                   i.outcome_note
            FROM call_list_items i
            LEFT JOIN companies co ON co.id = i.company_id
            LEFT JOIN contacts p ON p.id = i.contact_id"""

    def _item(self, row: Any) -> CallItem:
        values = list(row)
        if isinstance(values[10], str):
            from crm_desktop.storage.types import UTCDateTime

            # UTCDateTime reads ISO text alike for any dialect, so it is given none.
            values[10] = UTCDateTime().process_result_value(values[10], None)  # type: ignore[arg-type]
        return CallItem(*values)

    def items(self, call_list_id: str, assignee_id: str | None = None) -> builtins.list[CallItem]:
        where = "i.call_list_id = :l AND i.deleted_at IS NULL"
        params = {"l": call_list_id}
        if assignee_id is not None:
            where += " AND i.assignee_id = :a"
            params["a"] = assignee_id
        with self.ctx.db.read() as session:
            return [self._item(r) for r in session.execute(text(
                f"{self._item_sql()} WHERE {where} ORDER BY i.position"), params)]

    def next_item(self, call_list_id: str, assignee_id: str | None = None,
                  after: str | None = None) -> CallItem | None:
        """The employee's next call: a call-back that is due, else the next client not yet
        called (after `after`, in order), else an unanswered one whose retry time has come."""
        assignee_id = assignee_id or self.ctx.user_id
        now = _sql_time(self.ctx.clock.now())
        base = (f"{self._item_sql()} WHERE i.call_list_id = :l AND i.assignee_id = :a AND "
                "i.deleted_at IS NULL")
        params = {"l": call_list_id, "a": assignee_id, "now": now,
                  "retry": _sql_time(self.ctx.clock.now() - RETRY_AFTER),
                  "after": -1}
        with self.ctx.db.read() as session:
            if after:
                position = session.execute(text(
                    "SELECT position FROM call_list_items WHERE id = :i"), {"i": after}).scalar()
                params["after"] = position if position is not None else -1
            for condition, order in (
                    ("i.status = 'callback' AND i.callback_at <= :now", "i.callback_at"),
                    ("i.status = 'pending' AND i.position > :after", "i.position"),
                    ("i.status = 'pending'", "i.position"),
                    ("i.status = 'no_answer' AND i.called_at <= :retry", "i.called_at")):
                row = session.execute(text(f"{base} AND {condition} ORDER BY {order} LIMIT 1"),
                                      params).first()
                if row is not None:
                    return self._item(row)
        return None

    def record(self, item_id: str, outcome: str, note: str | None = None,
               callback_at: datetime | None = None, reason: str | None = None,
               amount: str | None = None) -> CallItem:
        """One call's outcome, in one transaction: the call as an interaction, the item's
        state, and the follow-up (a call-back or meeting task, a deal)."""
        if outcome not in OUTCOMES:
            raise ValidationError("outcome", f"'{outcome}' is not one of {', '.join(OUTCOMES)}")
        if outcome == "callback" and callback_at is None:
            raise ValidationError("callback_at", "must not be empty")  # when to call back
        if callback_at is not None and callback_at.tzinfo is None:
            raise ValidationError("callback_at", "needs a date and time with a time zone")
        if outcome == "not_interested" and not (reason or "").strip():
            raise ValidationError("reason", "must not be empty")  # why not interested
        words = self._words()
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            item = session.get(CallListItem, item_id)
            if item is None or item.deleted_at is not None:
                raise NotFoundError("call list item", item_id)
            call_list = session.get_one(CallList, item.call_list_id)  # an item's list: a key
            client = self._client_name(session, item)
            detail = " — ".join(p for p in ((reason or "").strip(), (note or "").strip()) if p)
            session.add(Interaction(
                channel="call_out", occurred_at=now, subject=words["subject"].format(
                    list=call_list.name), body=detail or None, outcome=words[outcome],
                company_id=item.company_id, contact_id=item.contact_id,
                user_id=self.ctx.user_id, created_at=now, updated_at=now))
            item.status = outcome
            item.attempts = (item.attempts or 0) + 1
            item.called_at = now
            item.outcome_note = detail or None
            item.callback_at = callback_at if outcome == "callback" else None
            item.updated_at = now
            links = {"company_id": item.company_id, "contact_id": item.contact_id}
            if outcome in ("callback", "meeting"):
                title = words["task_callback" if outcome == "callback" else "task_meeting"]
                due = callback_at if callback_at is not None else now + timedelta(days=1)
                session.add(Task(title=title.format(client=client), kind="call" if
                                 outcome == "callback" else "meeting", due_at=due,
                                 assignee_id=self.ctx.user_id, assigned_by_id=self.ctx.user_id,
                                 status="open", description=detail or None,
                                 origin=f"call_list:{item.id}:{item.attempts}",
                                 created_at=now, updated_at=now, **links))
            if outcome == "deal":
                self._deal(session, item, call_list, client, amount, now)
            session.flush()
            row = session.execute(text(f"{self._item_sql()} WHERE i.id = :i"),
                                  {"i": item.id}).first()
            return self._item(row)

    def _deal(self, session: Session, item: CallListItem, call_list: CallList, client: str,
              amount: str | None, now: datetime) -> None:
        from crm_desktop.services.funnel.deals import DealService

        pipeline = session.scalars(select(Pipeline).where(Pipeline.deleted_at.is_(None))
                                   .order_by(Pipeline.is_default.desc(), Pipeline.position)
                                   ).first()
        if pipeline is None:
            raise ValidationError("pipeline_id", "choose a pipeline")  # there is none
        stage = session.scalars(select(Stage).where(
            Stage.pipeline_id == pipeline.id, Stage.deleted_at.is_(None),
            Stage.kind == "open").order_by(Stage.position)).first()
        values: dict[str, Any] = {
            "title": self._words()["deal_title"].format(client=client, list=call_list.name),
            "pipeline_id": pipeline.id, "stage_id": stage.id if stage else None,
            "company_id": item.company_id, "contact_id": item.contact_id,
            "campaign_id": call_list.campaign_id}
        if amount:
            values["amount"] = amount
        DealService(self.ctx).create_in(session, **values)

    @staticmethod
    def _client_name(session: Session, item: CallListItem) -> str:
        if item.contact_id:
            person = session.get_one(Contact, item.contact_id)  # soft-deleted rows stay
            return " ".join(p for p in (person.last_name, person.first_name) if p) or "—"
        company = session.get(Company, item.company_id) if item.company_id else None
        return company.name if company else "—"

    def progress(self, call_list_id: str) -> builtins.list[Progress]:
        """Per employee, then the whole list (assignee None)."""
        with self.ctx.db.read() as session:
            rows = session.execute(text("""
                SELECT i.assignee_id, coalesce(u.name, ''), i.status, count(*)
                FROM call_list_items i LEFT JOIN users u ON u.id = i.assignee_id
                WHERE i.call_list_id = :l AND i.deleted_at IS NULL
                GROUP BY i.assignee_id, i.status"""), {"l": call_list_id}).all()
        people: dict[str | None, tuple[str, dict[str, int]]] = {}
        for assignee, name, status, count in rows:
            people.setdefault(assignee, (name, {}))[1][status] = int(count)
        result = [_progress(a, name, counts) for a, (name, counts) in
                  sorted(people.items(), key=lambda item: item[1][0])]
        whole: dict[str, int] = {}
        for _, counts in people.values():
            for status, count in counts.items():
                whole[status] = whole.get(status, 0) + count
        return [*result, _progress(None, "", whole)]


def _progress(assignee: str | None, name: str, counts: dict[str, int]) -> Progress:
    total = sum(counts.values())
    called = total - counts.get("pending", 0)
    reached = called - counts.get("no_answer", 0)
    return Progress(assignee, name, total, called, reached,
                    {o: counts.get(o, 0) for o in OUTCOMES})


def _sql_time(moment: datetime) -> str:
    from datetime import UTC

    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as stored


def _dto(row: CallList) -> CallListDTO:
    return CallListDTO(row.id, row.name, row.segment_id, row.campaign_id, row.script,
                       row.notes, row.responsible_id, row.closed_at is not None)
