"""The words of the automation screen: triggers, actions, conditions, people and fields by
name (translated in the "Automation" context), and the dry run's and the service's reasons in
the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.ui.service import labels

C = "Automation"
TRIGGER_NAMES = {
    "deal_stage": QT_TRANSLATE_NOOP("Automation", "A deal enters a stage"),
    "interaction": QT_TRANSLATE_NOOP("Automation", "An interaction is logged"),
    "request_overdue": QT_TRANSLATE_NOOP("Automation", "A service request becomes overdue"),
    "request_status": QT_TRANSLATE_NOOP("Automation", "A service request gets a status"),
    "no_contact": QT_TRANSLATE_NOOP("Automation", "No contact with a client for N days"),
    "birthday": QT_TRANSLATE_NOOP("Automation", "A person's birthday"),
    "deal_close": QT_TRANSLATE_NOOP("Automation",
                                    "A deal's close date (days after it; negative: before)"),
}
ACTION_NAMES = {
    "create_task": QT_TRANSLATE_NOOP("Automation", "Create a task"),
    "notify": QT_TRANSLATE_NOOP("Automation", "Notify someone"),
    "set_field": QT_TRANSLATE_NOOP("Automation", "Set a field"),
    "send_letter": QT_TRANSLATE_NOOP("Automation", "Send a letter to the client"),
}
OP_NAMES = {
    "eq": QT_TRANSLATE_NOOP("Automation", "is"),
    "ne": QT_TRANSLATE_NOOP("Automation", "is not"),
    "gt": QT_TRANSLATE_NOOP("Automation", "greater than"),
    "lt": QT_TRANSLATE_NOOP("Automation", "less than"),
    "contains": QT_TRANSLATE_NOOP("Automation", "contains"),
    "empty": QT_TRANSLATE_NOOP("Automation", "is empty"),
    "not_empty": QT_TRANSLATE_NOOP("Automation", "is filled"),
}
WHO_NAMES = {
    "responsible": QT_TRANSLATE_NOOP("Automation", "the responsible person"),
    "head": QT_TRANSLATE_NOOP("Automation", "their head"),
    "me": QT_TRANSLATE_NOOP("Automation", "me"),
}
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Automation", "title"),
    "amount_minor": QT_TRANSLATE_NOOP("Automation", "amount, kopecks"),
    "currency": QT_TRANSLATE_NOOP("Automation", "currency"),
    "source": QT_TRANSLATE_NOOP("Automation", "source"),
    "stage_id": QT_TRANSLATE_NOOP("Automation", "stage"),
    "pipeline_id": QT_TRANSLATE_NOOP("Automation", "pipeline"),
    "channel": QT_TRANSLATE_NOOP("Automation", "channel"),
    "outcome": QT_TRANSLATE_NOOP("Automation", "outcome"),
    "subject": QT_TRANSLATE_NOOP("Automation", "subject"),
    "duration_min": QT_TRANSLATE_NOOP("Automation", "duration, minutes"),
    "priority": QT_TRANSLATE_NOOP("Automation", "priority"),
    "department": QT_TRANSLATE_NOOP("Automation", "department"),
    "status": QT_TRANSLATE_NOOP("Automation", "status"),
    "name": QT_TRANSLATE_NOOP("Automation", "name"),
    "kind": QT_TRANSLATE_NOOP("Automation", "kind"),
    "segment": QT_TRANSLATE_NOOP("Automation", "segment"),
    "lead_source": QT_TRANSLATE_NOOP("Automation", "lead source"),
    "industry": QT_TRANSLATE_NOOP("Automation", "industry"),
    "first_name": QT_TRANSLATE_NOOP("Automation", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Automation", "last name"),
    "position": QT_TRANSLATE_NOOP("Automation", "position"),
    "next_step": QT_TRANSLATE_NOOP("Automation", "next step"),
    "notes": QT_TRANSLATE_NOOP("Automation", "notes"),
}
CHANNELS = ("call_in", "call_out", "email", "meeting", "chat", "social", "web_form", "sms",
            "event", "note", "document")


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


WHY_NOT = {
    "no record": QT_TRANSLATE_NOOP("Automation", "the record no longer exists"),
    "the deal is not in the rule's stage": QT_TRANSLATE_NOOP(
        "Automation", "the deal is in another stage"),
    "the deal's stage is not of the rule's kind": QT_TRANSLATE_NOOP(
        "Automation", "the deal's stage is of another kind"),
    "another channel": QT_TRANSLATE_NOOP("Automation", "another channel"),
    "another outcome": QT_TRANSLATE_NOOP("Automation", "another outcome"),
    "not the first contact of this kind": QT_TRANSLATE_NOOP(
        "Automation", "not the client's first contact of this kind"),
    "another status": QT_TRANSLATE_NOOP("Automation", "another status"),
}


def why_not(line: str) -> str:
    if line in WHY_NOT:
        return tr(WHY_NOT[line])
    if line.startswith("condition not met"):
        return QCoreApplication.translate("Automation", "the condition is not met")
    if line.startswith("failed"):
        return QCoreApplication.translate("Automation", "an action would fail") \
            + line[len("failed"):]
    return line


RULE_REASONS = {
    "the rule needs a name": QT_TRANSLATE_NOOP("Automation", "Give the rule a name"),
    "a rule needs at least one action": QT_TRANSLATE_NOOP("Automation", "Add at least one action"),
    "a task needs a title": QT_TRANSLATE_NOOP("Automation", "A task needs a title"),
    "a notice needs a text": QT_TRANSLATE_NOOP("Automation", "A notice needs a text"),
    "a condition needs a field and an operator": QT_TRANSLATE_NOOP(
        "Automation", "A condition needs a field and an operator"),
    "days must be a whole number of days": QT_TRANSLATE_NOOP("Automation", "Days: a whole number"),
}


def rule_error(exc: BaseException) -> str:
    from crm_desktop.domain.errors import ValidationError

    if isinstance(exc, ValidationError) and exc.reason in RULE_REASONS:
        return tr(RULE_REASONS[exc.reason])
    if isinstance(exc, ValidationError) and exc.field in ("actions", "conditions"):
        return QCoreApplication.translate("Automation",
                                          "This action or condition cannot be used here")
    return labels.describe(exc)
