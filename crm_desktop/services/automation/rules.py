"""The declared vocabulary of automation rules: triggers, conditions, actions, and the shipped
examples (switched off). A rule is data (synced to every laptop); the engine (engine.py) runs
it in the same transaction as the change that fires it.

Triggers
- deal_stage        a deal enters a stage            params: stage_id | stage_kind (won/lost)
- interaction       an interaction is logged          params: channel, outcome (contains),
                                                      first (the client's first of the channel)
- request_overdue   a service request became overdue  params: —
- request_status    a service request gets a status   params: status
- no_contact        a client had no contact for N days (checked by the schedule) params: days
- birthday          a person's birthday is today (checked by the schedule)
- deal_close        a deal's expected close date is N days away (N<0: past)   params: days

Conditions: [{field, op, value}] on the record; op one of eq, ne, gt, lt, contains, empty,
not_empty. All must hold.

Actions
- create_task  title (with {placeholders}), description, due_days, assignee (responsible |
               head | me | a user id), priority, kind
- notify       who (responsible | head | a user id), text: a reminder due now
- set_field    field, value: only the fields listed in SETTABLE for the record's table
- send_letter  subject (or text), body: to the client's first address, through this laptop's
               first mailbox; queued in its outbox within the same transaction
"""

from __future__ import annotations

from typing import Any

from crm_desktop.domain.errors import ValidationError

TRIGGERS: dict[str, dict[str, Any]] = {
    "deal_stage": {"table": "deals", "params": ("stage_id", "stage_kind"), "scheduled": False},
    "interaction": {"table": "interactions", "params": ("channel", "outcome", "first"),
                    "scheduled": False},
    "request_overdue": {"table": "service_requests", "params": (), "scheduled": False},
    "request_status": {"table": "service_requests", "params": ("status",), "scheduled": False},
    "no_contact": {"table": "companies", "params": ("days",), "scheduled": True},
    "birthday": {"table": "contacts", "params": (), "scheduled": True},
    "deal_close": {"table": "deals", "params": ("days",), "scheduled": True},
}
OPS = ("eq", "ne", "gt", "lt", "contains", "empty", "not_empty")
ACTIONS = ("create_task", "notify", "set_field", "send_letter")
ASSIGNEES = ("responsible", "head", "me")
SETTABLE: dict[str, tuple[str, ...]] = {
    "deals": ("next_step", "source", "notes"),
    "companies": ("segment", "lead_source", "notes"),
    "contacts": ("source", "notes"),
    "interactions": ("outcome",),
    "service_requests": ("priority", "department"),
}
# Fields a condition may test, per table (what the rules screen offers).
FIELDS: dict[str, tuple[str, ...]] = {
    "deals": ("title", "amount_minor", "currency", "source", "stage_id", "pipeline_id"),
    "interactions": ("channel", "outcome", "subject", "duration_min"),
    "service_requests": ("priority", "channel", "department", "status"),
    "companies": ("name", "kind", "segment", "lead_source", "industry"),
    "contacts": ("first_name", "last_name", "source", "position"),
}

EXAMPLES: list[dict[str, Any]] = [
    {"builtin": "first_call_price_list",
     "name": {"en": "After a first call, send the price list",
              "ru": "После первого звонка — отправить прайс-лист"},
     "trigger": "interaction", "params": {"channel": "call_out", "first": True},
     "conditions": [],
     "actions": [{"kind": "create_task", "task_kind": "email", "due_days": 0,
                  "assignee": "responsible",
                  "title": {"en": "Send the price list: {client}",
                            "ru": "Отправить прайс-лист: {client}"}}]},
    {"builtin": "deal_won_invoice",
     "name": {"en": "Deal won → task: issue the invoice",
              "ru": "Сделка выиграна → задача: выставить счёт"},
     "trigger": "deal_stage", "params": {"stage_kind": "won"}, "conditions": [],
     "actions": [{"kind": "create_task", "due_days": 1, "assignee": "responsible",
                  "priority": "high",
                  "title": {"en": "Issue the invoice: {title}",
                            "ru": "Выставить счёт: {title}"}}]},
    {"builtin": "request_overdue_head",
     "name": {"en": "Request overdue → notify the head",
              "ru": "Обращение просрочено → сообщить руководителю"},
     "trigger": "request_overdue", "params": {}, "conditions": [],
     "actions": [{"kind": "notify", "who": "head",
                  "text": {"en": "Overdue request {number}: {subject}",
                           "ru": "Просрочено обращение {number}: {subject}"}}]},
    {"builtin": "deal_close_overdue_call",
     "name": {"en": "Deal 3 days past its close date → task: call about payment",
              "ru": "Через 3 дня после срока сделки → задача: позвонить об оплате"},
     "trigger": "deal_close", "params": {"days": -3}, "conditions": [],
     "actions": [{"kind": "create_task", "task_kind": "call", "due_days": 0,
                  "assignee": "responsible", "priority": "high",
                  "title": {"en": "Call about the payment: {title}",
                            "ru": "Позвонить об оплате: {title}"}}]},
]


def localized(value: Any, language: str) -> Any:
    if isinstance(value, dict) and ("en" in value or "ru" in value):
        return value.get(language) or value.get("en") or next(iter(value.values()))
    return value


def check_rule(trigger: str, params: dict[str, Any], conditions: list[Any],
               actions: list[Any]) -> None:
    """Refuses a rule the engine could not run, naming the part."""
    if trigger not in TRIGGERS:
        raise ValidationError("trigger", f"'{trigger}' is not one of {', '.join(TRIGGERS)}")
    spec = TRIGGERS[trigger]
    for key in params:
        if key not in spec["params"]:
            raise ValidationError("params", f"the trigger {trigger} has no parameter {key}")
    if "days" in spec["params"]:
        days = params.get("days")
        if not isinstance(days, int) or not -3650 <= days <= 3650:
            raise ValidationError("params", "days must be a whole number of days")
    for condition in conditions:
        if not isinstance(condition, dict) or condition.get("op") not in OPS \
                or not condition.get("field"):
            raise ValidationError("conditions", "a condition needs a field and an operator")
        if condition["field"] not in FIELDS[spec["table"]]:
            raise ValidationError("conditions", f"the record has no field {condition['field']}")
    if not actions:
        raise ValidationError("actions", "a rule needs at least one action")
    for action in actions:
        kind = action.get("kind") if isinstance(action, dict) else None
        if kind not in ACTIONS:
            raise ValidationError("actions", f"'{kind}' is not one of {', '.join(ACTIONS)}")
        if kind == "create_task" and not localized(action.get("title"), "en"):
            raise ValidationError("actions", "a task needs a title")
        if kind == "notify" and not localized(action.get("text"), "en"):
            raise ValidationError("actions", "a notice needs a text")
        if kind == "send_letter" and not localized(action.get("subject") or action.get("text"),
                                                   "en"):
            raise ValidationError("actions", "a letter needs a subject")
        if kind == "set_field" and action.get("field") not in SETTABLE.get(spec["table"], ()):
            raise ValidationError("actions", f"the field {action.get('field')} cannot be set "
                                  "by a rule")
