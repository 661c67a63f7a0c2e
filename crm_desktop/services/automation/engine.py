"""Runs automation rules in the same transaction as the change that fires them.

`install(crm)` hooks a Crm's database: after each flush the new rows that are events (a deal's
stage change, a logged interaction, a service request's status change or escalation) are
noted on the session; just before the commit the enabled rules for them run, and what they
write (tasks, notices, field values, the run log) commits with the change, or not at all.

Once per event in the whole office: a change made by a person is made on one laptop, and
pulled changes (sync) are applied without sessions, so they never fire rules again. Date rules
(the schedule) run on the laptop of the record's responsible person. In every case the run
and what it writes have keys derived from (rule, event): two laptops that both ran it write
the same rows, which sync keeps once. Actions do not fire further rules.
"""

from __future__ import annotations

import logging
import uuid
import weakref
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import CrmError, NotFoundError, ValidationError
from crm_desktop.domain.text import fold
from crm_desktop.services.automation.rules import (
    EXAMPLES,
    SETTABLE,
    TRIGGERS,
    check_rule,
    localized,
)
from crm_desktop.storage.models import (
    Company,
    Contact,
    Deal,
    DealStageChange,
    Interaction,
    LocalSetting,
    Stage,
    Task,
    User,
)
from crm_desktop.storage.models_service import (
    AutomationRule,
    AutomationRun,
    ServiceRequest,
    ServiceRequestEvent,
)

log = logging.getLogger(__name__)
KEYS = uuid.UUID("0c6f7f8e-2d7b-4bb4-8a57-1f6a2c9e4d10")
MODELS = {"deals": Deal, "interactions": Interaction, "service_requests": ServiceRequest,
          "companies": Company, "contacts": Contact}
PENDING = "automation_events"
# What a broken rule or action raises: logged as a failed run, the change itself goes on.
BROKEN = (CrmError, ValueError, KeyError, TypeError, AttributeError, IndexError)
_installed: list[tuple[weakref.ref, Any]] = []


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(KEYS, "/".join(parts)))


@dataclass(frozen=True)
class Event:
    trigger: str
    table: str
    record_id: str
    key: str  # names the event: the same on every laptop
    facts: dict[str, Any] = field(default_factory=dict)
    # A date event's own moment: what the run writes is then the same on every laptop.
    moment: datetime | None = None


@dataclass(frozen=True)
class RuleDTO:
    id: str
    name: str
    trigger: str
    params: dict[str, Any]
    conditions: list[Any]
    actions: list[Any]
    is_enabled: bool
    builtin: str | None = None


@dataclass(frozen=True)
class RunDTO:
    id: str
    rule_id: str
    rule: str
    record_table: str
    record_id: str
    ran_at: datetime
    outcome: str
    summary: str


@dataclass(frozen=True)
class Preview:
    matches: bool
    lines: list[str]  # what would be done, or why not


# -- hooking a database ------------------------------------------------------------------
def install(crm: Any) -> None:
    """Rules run for this Crm's database from now on (idempotent)."""
    for db_ref, _ in _installed:
        if db_ref() is crm.db:
            return
    _installed.append((weakref.ref(crm.db), crm.ctx))
    if not event.contains(Session, "after_flush", _collect):
        event.listen(Session, "after_flush", _collect)
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_rollback", _forget)


def _context(session: Session) -> Any:
    bind = session.bind
    for db_ref, ctx in list(_installed):
        db = db_ref()
        if db is None:
            _installed.remove((db_ref, ctx))
        elif getattr(db, "writer", None) is bind:
            return ctx
    return None


def _collect(session: Session, _flush: Any) -> None:
    if session.info.get("automation_running") or _context(session) is None:
        return
    found = [obj for obj in session.new
             if isinstance(obj, DealStageChange | Interaction | ServiceRequestEvent)]
    if found:
        session.info.setdefault(PENDING, []).extend(found)


def _forget(session: Session, _transaction: Any = None) -> None:
    session.info.pop(PENDING, None)


def _before_commit(session: Session) -> None:
    pending = session.info.get(PENDING)
    ctx = _context(session)
    if ctx is None:
        return
    session.flush()  # rows still pending become events too
    pending = session.info.pop(PENDING, None)
    if not pending:
        return
    session.info["automation_running"] = True
    try:
        Runner(ctx, session).run(events_of(pending))
    except BROKEN as exc:  # rules unreadable (edited by hand): the change itself is saved
        log.warning("automation rules skipped: %s", exc)
    finally:
        session.info.pop("automation_running", None)


def events_of(rows: list[Any]) -> list[Event]:
    history_interactions = {r.interaction_id for r in rows
                            if isinstance(r, ServiceRequestEvent) and r.interaction_id}
    events = []
    for row in rows:
        if isinstance(row, DealStageChange):
            events.append(Event("deal_stage", "deals", row.deal_id, f"deal_stage:{row.id}",
                                {"stage_id": row.to_stage_id}))
        elif isinstance(row, Interaction) and row.id not in history_interactions:
            events.append(Event("interaction", "interactions", row.id, f"interaction:{row.id}"))
        elif isinstance(row, ServiceRequestEvent):
            if row.kind == "escalated":
                events.append(Event("request_overdue", "service_requests", row.request_id,
                                    f"request_overdue:{row.id}"))
            elif row.kind in ("status", "reopen"):
                events.append(Event("request_status", "service_requests", row.request_id,
                                    f"request_status:{row.id}", {"status": row.to_value}))
    return events


# -- running -----------------------------------------------------------------------------
class Runner:
    def __init__(self, ctx: Any, session: Session) -> None:
        self.ctx, self.session = ctx, session
        setting = session.get(LocalSetting, "current_user_id")
        self.user_id = ctx.user_id or (setting.value if setting else None)
        self.language = getattr(ctx, "language", "en")

    def rules(self, triggers: set[str]) -> list[AutomationRule]:
        return list(self.session.scalars(select(AutomationRule).where(
            AutomationRule.deleted_at.is_(None), AutomationRule.is_enabled.is_(True),
            AutomationRule.trigger.in_(triggers)).order_by(AutomationRule.position,
                                                           AutomationRule.id)))

    def run(self, events: list[Event]) -> int:
        if not events:
            return 0
        rules = self.rules({e.trigger for e in events})
        done = 0
        for ev in events:
            for rule in rules:
                if rule.trigger == ev.trigger:
                    done += self.fire(rule, ev)
        return done

    def fire(self, rule: AutomationRule, ev: Event, dry_run: bool = False) -> Any:
        run_id = derived_id("run", rule.id, ev.key)
        if not dry_run and self.session.get(AutomationRun, run_id) is not None:
            return 0
        record = self.session.get(MODELS[ev.table], ev.record_id)
        if record is None:
            return Preview(False, ["no record"]) if dry_run else 0
        try:
            why_not = self.trigger_mismatch(rule, ev, record)
            if why_not is None:
                why_not = self.condition_mismatch(rule, record)
        except BROKEN as exc:  # a rule edited by hand into nonsense never stops a save
            if dry_run:
                return Preview(False, [f"failed: {exc}"])
            self._log(run_id, rule, ev, "failed", f"the rule cannot be read: {exc}")
            return 1
        if why_not is not None:
            return Preview(False, [why_not]) if dry_run else 0
        savepoint = self.session.begin_nested()
        lines: list[str] = []
        try:
            if not isinstance(rule.actions, list):
                raise ValueError("the actions are not a list")
            for number, action in enumerate(rule.actions):
                lines.append(self.act(rule, ev, record, action,
                                      derived_id("action", run_id, str(number))))
            self.session.flush()
        except BROKEN as exc:
            savepoint.rollback()
            if dry_run:
                return Preview(False, [f"failed: {exc}"])
            self._log(run_id, rule, ev, "failed", str(exc))
            return 1
        if dry_run:
            savepoint.rollback()
            return Preview(True, lines)
        savepoint.commit()
        self._log(run_id, rule, ev, "done", "\n".join(lines))
        return 1

    def _log(self, run_id: str, rule: AutomationRule, ev: Event, outcome: str,
             summary: str) -> None:
        now = ev.moment or self.ctx.clock.now()
        self.session.add(AutomationRun(
            id=run_id, rule_id=rule.id, event_key=ev.key[:300], record_table=ev.table,
            record_id=ev.record_id, ran_at=now, user_id=None if ev.moment else self.user_id,
            outcome=outcome,
            summary=summary, created_at=now, updated_at=now))
        self.session.flush()

    # -- matching --------------------------------------------------------------------------
    def trigger_mismatch(self, rule: AutomationRule, ev: Event, record: Any) -> str | None:
        params = rule.params or {}
        if rule.trigger == "deal_stage":
            stage_id = ev.facts.get("stage_id", record.stage_id)
            if params.get("stage_id") and params["stage_id"] != stage_id:
                return "the deal is not in the rule's stage"
            if params.get("stage_kind"):
                stage = self.session.get(Stage, stage_id)
                if stage is None or stage.kind != params["stage_kind"]:
                    return "the deal's stage is not of the rule's kind"
        elif rule.trigger == "interaction":
            if params.get("channel") and record.channel != params["channel"]:
                return "another channel"
            wanted = fold(params.get("outcome"))
            if wanted and wanted not in fold(record.outcome):
                return "another outcome"
            if params.get("first") and self._earlier_contact(record):
                return "not the first contact of this kind"
        elif rule.trigger == "request_status":
            status = ev.facts.get("status", record.status)
            if params.get("status") and params["status"] != status:
                return "another status"
        return None

    def _earlier_contact(self, record: Interaction) -> bool:
        links = [Interaction.company_id == record.company_id] if record.company_id else []
        if record.contact_id:
            links.append(Interaction.contact_id == record.contact_id)
        if not links:
            return False
        return bool(self.session.scalar(select(func.count()).select_from(Interaction).where(
            Interaction.id != record.id, Interaction.deleted_at.is_(None),
            Interaction.channel == record.channel, or_(*links))))

    def condition_mismatch(self, rule: AutomationRule, record: Any) -> str | None:
        for condition in rule.conditions or []:
            name, op, expected = condition.get("field"), condition.get("op"), condition.get(
                "value")
            value = getattr(record, name, None)
            if not _holds(value, op, expected):
                return f"condition not met: {name} {op} {expected}"
        return None

    # -- acting ------------------------------------------------------------------------
    def placeholders(self, ev: Event, record: Any) -> dict[str, Any]:
        values = {c.key: getattr(record, c.key) for c in record.__table__.columns}
        client = ""
        company_id = getattr(record, "company_id", None) or (
            record.id if isinstance(record, Company) else None)
        contact_id = getattr(record, "contact_id", None) or (
            record.id if isinstance(record, Contact) else None)
        if company_id:
            company = self.session.get(Company, company_id)
            client = company.name if company else ""
        elif contact_id:
            contact = self.session.get(Contact, contact_id)
            client = " ".join(p for p in (contact.last_name, contact.first_name) if p) \
                if contact else ""
        values["client"] = client
        values.setdefault("title", values.get("subject") or client)
        return {k: ("" if v is None else v) for k, v in values.items()}

    def links(self, record: Any) -> dict[str, Any]:
        if isinstance(record, Company):
            return {"company_id": record.id}
        if isinstance(record, Contact):
            return {"contact_id": record.id, "company_id": record.company_id}
        if isinstance(record, Deal):
            return {"deal_id": record.id, "company_id": record.company_id,
                    "contact_id": record.contact_id}
        return {"company_id": record.company_id, "contact_id": record.contact_id,
                "deal_id": getattr(record, "deal_id", None)}

    def person(self, who: str | None, record: Any) -> str | None:
        responsible = getattr(record, "responsible_id", None) or getattr(record, "user_id",
                                                                         None)
        if who in (None, "", "responsible"):
            return responsible or self.user_id
        if who == "me":
            return self.user_id
        if who == "head":
            from crm_desktop.services.service_desk.desk import head_of

            return head_of(self.session, responsible, getattr(record, "department", None)) \
                or responsible
        user = self.session.get(User, who)
        if user is None or user.deleted_at is not None:
            raise ValidationError("actions", f"user {who} does not exist")
        return who

    def act(self, rule: AutomationRule, ev: Event, record: Any, action: dict[str, Any],
            ident: str) -> str:
        kind = action["kind"]
        values = self.placeholders(ev, record)
        now = ev.moment or self.ctx.clock.now()
        if kind in ("create_task", "notify"):
            text = localized(action.get("title") if kind == "create_task" else
                             action.get("text"), self.language) or ""
            title = text.format_map(_Missing(values))[:500]
            assignee = self.person(action.get("assignee") if kind == "create_task"
                                   else action.get("who"), record)
            due = now + timedelta(days=int(action.get("due_days") or 0))
            description = localized(action.get("description"), self.language)
            task = {"title": title, "kind": action.get("task_kind") or "todo",
                    "due_at": due, "remind_at": now if kind == "notify" else None,
                    "assignee_id": assignee, "assigned_by_id": None,
                    "priority": action.get("priority") or ("high" if kind == "notify"
                                                           else "normal"),
                    "description": description.format_map(_Missing(values))
                    if description else None,
                    "origin": f"rule:{rule.id}:{ev.key}"[:200], **self.links(record)}
            if self.session.get(Task, ident) is None:
                from crm_desktop.services.planner.tasks import TaskService

                cleaned = TaskService(self.ctx).clean(self.session, task, None)
                self.session.add(Task(id=ident, **cleaned, created_at=now, updated_at=now))
            return f"{'task' if kind == 'create_task' else 'notice'}: {title} → " \
                   f"{self._name(assignee)}"
        if kind == "send_letter":
            return self._letter(rule, ev, record, action, ident, values, now)
        if kind == "set_field":
            name = action["field"]
            if name not in SETTABLE.get(record.__tablename__, ()):
                raise ValidationError("actions", f"the field {name} cannot be set by a rule")
            value = action.get("value")
            if isinstance(value, str):
                value = value.format_map(_Missing(values))
            setattr(record, name, value)
            record.updated_at = now
            return f"set {name} = {value}"
        raise ValidationError("actions", f"'{kind}' is not an action")

    def _letter(self, rule: AutomationRule, ev: Event, record: Any, action: dict[str, Any],
                ident: str, values: dict[str, Any], now: datetime) -> str:
        """A letter to the record's client, queued in this laptop's outbox (it leaves with the
        next send): its interaction is written now, in the same transaction."""
        import json

        from crm_desktop.services.mail.mailbox import ACCOUNTS_KEY, OUTBOX_KEY

        setting = self.session.get(LocalSetting, ACCOUNTS_KEY)
        accounts = json.loads(setting.value) if setting and setting.value else []
        if not accounts:
            raise ValidationError("actions", "no mailbox is set up on this computer")
        links = {k: v for k, v in self.links(record).items() if v}
        address = None
        for model, key in ((Contact, "contact_id"), (Company, "company_id")):
            row = self.session.get(model, links[key]) if links.get(key) else None
            if row is not None and row.emails:
                address = row.emails[0]
                break
        if address is None:
            raise ValidationError("actions", "the client has no email address")
        subject = (localized(action.get("subject") or action.get("text"), self.language)
                   or "").format_map(_Missing(values))[:500]
        body = (localized(action.get("body"), self.language) or subject).format_map(
            _Missing(values))
        account = accounts[0]
        if self.session.get(Interaction, ident) is None:
            self.session.add(Interaction(
                id=ident, channel="email", subject=subject,
                body=f"→ {address}\n\n{body}", occurred_at=now, outcome="queued",
                user_id=self.user_id, created_at=now, updated_at=now, **links))
            row = self.session.get(LocalSetting, OUTBOX_KEY)
            outbox = json.loads(row.value) if row and row.value else []
            outbox.append({"id": ident, "interaction": ident, "account": account["id"],
                           "to": [address], "subject": subject, "body": body,
                           "attachments": [], "message_id": f"<{ident}@crm-desktop>"})
            self.session.merge(LocalSetting(key=OUTBOX_KEY, value=json.dumps(outbox)))
        return f"letter: {subject} → {address}"

    def _name(self, user_id: str | None) -> str:
        user = self.session.get(User, user_id) if user_id else None
        return user.name if user is not None else "—"


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _holds(value: Any, op: str, expected: Any) -> bool:
    if op == "empty":
        return value in (None, "", [], {})
    if op == "not_empty":
        return value not in (None, "", [], {})
    if op == "contains":
        return fold(str(expected)) in fold("" if value is None else str(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            expected = type(value)(expected)
        except (TypeError, ValueError):
            return False
    if op == "eq":
        return value == expected or (isinstance(value, str) and fold(value) == fold(
            str(expected)))
    if op == "ne":
        return not _holds(value, "eq", expected)
    try:
        return value > expected if op == "gt" else value < expected
    except TypeError:
        return False


# -- the service ---------------------------------------------------------------------------
class AutomationService:
    def __init__(self, crm: Any) -> None:
        self.crm, self.ctx = crm, crm.ctx
        install(crm)

    def rules(self) -> list[RuleDTO]:
        with self.ctx.db.read() as session:
            return [_rule_dto(r) for r in session.scalars(select(AutomationRule).where(
                AutomationRule.deleted_at.is_(None)).order_by(AutomationRule.position,
                                                              AutomationRule.name))]

    def seed_examples(self, language: str | None = None) -> int:
        """The shipped examples, switched off, once (the same keys on every laptop)."""
        language = language or getattr(self.ctx, "language", "en")
        made = 0
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            for position, example in enumerate(EXAMPLES):
                ident = derived_id("rule", example["builtin"])
                if session.get(AutomationRule, ident) is not None:
                    continue
                session.add(AutomationRule(
                    id=ident, name=localized(example["name"], language),
                    trigger=example["trigger"], params=dict(example["params"]),
                    conditions=list(example["conditions"]), actions=list(example["actions"]),
                    is_enabled=False, builtin=example["builtin"], position=position,
                    created_at=now, updated_at=now))
                made += 1
        return made

    def save(self, ident: str | None, name: str, trigger: str, params: dict[str, Any],
             conditions: list[Any], actions: list[Any], is_enabled: bool = False) -> RuleDTO:
        name = (name or "").strip()
        if not name:
            raise ValidationError("name", "the rule needs a name")
        if len(name) > 300:
            raise ValidationError("name", "the name is longer than 300 characters")
        check_rule(trigger, params, conditions, actions)
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            row = session.get(AutomationRule, ident) if ident else None
            if ident and (row is None or row.deleted_at is not None):
                raise NotFoundError("automation rule", ident)
            if row is None:
                position = (session.scalar(select(func.max(AutomationRule.position))) or 0) + 1
                row = AutomationRule(position=position, created_at=now)
                session.add(row)
            row.name, row.trigger, row.params = name, trigger, dict(params)
            row.conditions, row.actions = list(conditions), list(actions)
            row.is_enabled, row.updated_at = bool(is_enabled), now
            session.flush()
            return _rule_dto(row)

    def set_enabled(self, ident: str, enabled: bool) -> RuleDTO:
        with self.ctx.db.write() as session:
            row = session.get(AutomationRule, ident)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("automation rule", ident)
            row.is_enabled, row.updated_at = bool(enabled), self.ctx.clock.now()
            return _rule_dto(row)

    def delete(self, ident: str) -> None:
        with self.ctx.db.write() as session:
            row = session.get(AutomationRule, ident)
            if row is None:
                raise NotFoundError("automation rule", ident)
            row.deleted_at = row.updated_at = self.ctx.clock.now()

    def runs(self, rule_id: str | None = None, limit: int = 200) -> list[RunDTO]:
        stmt = (select(AutomationRun, AutomationRule.name)
                .join(AutomationRule, AutomationRule.id == AutomationRun.rule_id)
                .where(AutomationRun.deleted_at.is_(None))
                .order_by(AutomationRun.ran_at.desc(), AutomationRun.id).limit(limit))
        if rule_id:
            stmt = stmt.where(AutomationRun.rule_id == rule_id)
        with self.ctx.db.read() as session:
            return [RunDTO(r.id, r.rule_id, name, r.record_table, r.record_id, r.ran_at,
                           r.outcome, r.summary or "") for r, name in session.execute(stmt)]

    def candidates(self, trigger: str, limit: int = 50) -> list[tuple[str, str]]:
        """Recent records a rule of this trigger can be tried on: (id, label)."""
        table = TRIGGERS[trigger]["table"]
        model = MODELS[table]
        label = {"deals": Deal.title, "interactions": func.coalesce(
            Interaction.subject, Interaction.channel), "service_requests":
            ServiceRequest.number + " " + ServiceRequest.subject, "companies": Company.name,
            "contacts": func.trim(func.coalesce(Contact.last_name, "") + " "
                                  + func.coalesce(Contact.first_name, ""))}[table]
        with self.ctx.db.read() as session:
            return [tuple(r) for r in session.execute(
                select(model.id, label).where(model.deleted_at.is_(None))
                .order_by(model.updated_at.desc()).limit(limit))]

    def preview(self, ident: str, record_id: str) -> Preview:
        """What the rule would do for this record now; nothing is written."""
        with self.ctx.db.write() as session:
            rule = session.get(AutomationRule, ident)
            if rule is None or rule.deleted_at is not None:
                raise NotFoundError("automation rule", ident)
            spec = TRIGGERS[rule.trigger]
            facts: dict[str, Any] = {}
            if rule.trigger == "deal_stage":
                # As if the deal entered the rule's stage (or a stage of its kind) now.
                deal = session.get(Deal, record_id)
                stage_id = rule.params.get("stage_id")
                if not stage_id and deal is not None and rule.params.get("stage_kind"):
                    stage_id = session.scalar(select(Stage.id).where(
                        Stage.pipeline_id == deal.pipeline_id, Stage.deleted_at.is_(None),
                        Stage.kind == rule.params["stage_kind"]).order_by(Stage.position))
                facts = {"stage_id": stage_id or (deal.stage_id if deal else None)}
            ev = Event(rule.trigger, spec["table"], record_id, f"preview:{record_id}", facts)
            session.info["automation_running"] = True
            try:
                result = Runner(self.ctx, session).fire(rule, ev, dry_run=True)
            finally:
                session.info.pop("automation_running", None)
            return result

    def run_scheduled(self, now: datetime | None = None, everyone: bool = False) -> int:
        """The date rules (no contact for N days, birthdays, close dates): run on the laptop
        of each record's responsible person (everyone=True: all, as a server job would)."""
        from crm_desktop.services.exchange.xlsx_export import user_zone

        now = now or self.ctx.clock.now()
        today = now.astimezone(user_zone()).date()
        done = 0
        with self.ctx.db.write() as session:
            runner = Runner(self.ctx, session)
            for rule in runner.rules({t for t, s in TRIGGERS.items() if s["scheduled"]}):
                for ev in self._due(session, rule, now, today, runner.user_id, everyone):
                    done += runner.fire(rule, ev)
        return done

    def _due(self, session: Session, rule: AutomationRule, now: datetime, today: date,
             user_id: str | None, everyone: bool) -> list[Event]:
        from crm_desktop.domain.zones import local_midnight
        from crm_desktop.services.exchange.xlsx_export import user_zone

        days = int((rule.params or {}).get("days") or 0)
        zone = user_zone()

        def midnight(day: date) -> datetime:
            return local_midnight(day, zone)

        def mine(model: Any) -> Any:
            return True if everyone else or_(model.responsible_id == user_id,
                                             model.responsible_id.is_(None))

        if rule.trigger == "deal_close":
            target = today + timedelta(days=days)
            rows = session.execute(select(Deal.id, Deal.expected_close).join(
                Stage, Stage.id == Deal.stage_id).where(
                Deal.deleted_at.is_(None), Stage.kind == "open", mine(Deal),
                Deal.expected_close <= target,
                Deal.expected_close > target - timedelta(days=7)))
            return [Event("deal_close", "deals", i, f"deal_close:{i}:{d}",
                          moment=midnight(d + timedelta(days=-days))) for i, d in rows]
        if rule.trigger == "birthday":
            md = today.strftime("%m-%d")
            rows = session.scalars(select(Contact.id).where(
                Contact.deleted_at.is_(None), mine(Contact),
                or_(func.substr(Contact.birthday, 6, 5) == md, Contact.birthday_md == md)))
            return [Event("birthday", "contacts", i, f"birthday:{i}:{today.year}",
                          moment=midnight(today)) for i in rows]
        if rule.trigger == "no_contact":
            since = now - timedelta(days=days)
            people = select(Contact.id).where(Contact.company_id == Company.id)
            last = (select(func.max(Interaction.occurred_at)).where(
                Interaction.deleted_at.is_(None),
                or_(Interaction.company_id == Company.id, Interaction.contact_id.in_(people)))
                .scalar_subquery())
            rows = session.execute(select(Company.id, last, Company.created_at).where(
                Company.deleted_at.is_(None), Company.archived_at.is_(None), mine(Company),
                Company.created_at < since))
            events = []
            for ident, when, created in rows:
                if when is not None and not isinstance(when, datetime):
                    when = datetime.fromisoformat(str(when))
                if when is not None:
                    when = when.replace(tzinfo=now.tzinfo)
                if when is None or when < since:
                    start = when or created
                    events.append(Event("no_contact", "companies", ident,
                                        f"no_contact:{ident}:{when or 'never'}",
                                        moment=start + timedelta(days=days)))
            return events
        return []


def _rule_dto(row: AutomationRule) -> RuleDTO:
    return RuleDTO(row.id, row.name, row.trigger, dict(row.params or {}),
                   list(row.conditions or []), list(row.actions or []), bool(row.is_enabled),
                   row.builtin)
