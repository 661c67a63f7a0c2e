"""The rules service: the rules (shipped examples, saving, switching on and off), the run
log, a dry run on one record ("what would happen"), and the date rules' schedule (see
schedule.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.automation.engine import install
from crm_desktop.services.automation.events import (
    MODELS,
    Event,
    Preview,
    RuleDTO,
    RunDTO,
    derived_id,
)
from crm_desktop.services.automation.rules import EXAMPLES, TRIGGERS, check_rule, localized
from crm_desktop.services.automation.runner import Runner
from crm_desktop.services.automation.schedule import due_events
from crm_desktop.storage.models import Company, Contact, Deal, Interaction, Stage
from crm_desktop.storage.models_service import AutomationRule, AutomationRun, ServiceRequest


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
        language = language or str(getattr(self.ctx, "language", "en"))
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
                result: Preview = Runner(self.ctx, session).fire(rule, ev, dry_run=True)
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
                for ev in due_events(session, rule, now, today, runner.user_id, everyone):
                    done += runner.fire(rule, ev)
        return done


def _rule_dto(row: AutomationRule) -> RuleDTO:
    return RuleDTO(row.id, row.name, row.trigger, dict(row.params or {}),
                   list(row.conditions or []), list(row.actions or []), bool(row.is_enabled),
                   row.builtin)
