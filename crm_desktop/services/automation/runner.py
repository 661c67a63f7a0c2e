"""Running a rule for an event: does the trigger and its conditions match the record, then
the actions (a task, a notice, a field set, a letter queued), in a savepoint, logged once:
the run and what it writes have keys derived from (rule, event), so two laptops that both ran
it write the same rows, which sync keeps once. Actions do not fire further rules."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.text import fold
from crm_desktop.services.automation.events import BROKEN, MODELS, Event, Preview, derived_id
from crm_desktop.services.automation.rules import SETTABLE, localized
from crm_desktop.storage.models import (
    Company,
    Contact,
    Deal,
    Interaction,
    LocalSetting,
    Stage,
    Task,
    User,
)
from crm_desktop.storage.models_service import AutomationRule, AutomationRun


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
            # A condition always names its field (the editor writes it); no op never holds.
            name, op, expected = condition["field"], condition.get("op"), condition.get(
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
        for key in ("contact_id", "company_id"):
            client: Contact | Company | None = (
                None if not links.get(key)
                else self.session.get(Contact, links[key]) if key == "contact_id"
                else self.session.get(Company, links[key]))
            if client is not None and client.emails:
                address = client.emails[0]
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


class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _holds(value: Any, op: str | None, expected: Any) -> bool:
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
        return bool(value > expected) if op == "gt" else bool(value < expected)
    except TypeError:
        return False
