"""How the service desk's stored values read in the window, and its refusals in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

STATUS = {
    "new": QT_TRANSLATE_NOOP("Service", "New"),
    "in_work": QT_TRANSLATE_NOOP("Service", "In work"),
    "waiting": QT_TRANSLATE_NOOP("Service", "Waiting for the client"),
    "resolved": QT_TRANSLATE_NOOP("Service", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Service", "Closed"),
}
PRIORITY = {
    "low": QT_TRANSLATE_NOOP("Service", "Low"),
    "normal": QT_TRANSLATE_NOOP("Service", "Normal"),
    "high": QT_TRANSLATE_NOOP("Service", "High"),
    "urgent": QT_TRANSLATE_NOOP("Service", "Urgent"),
}
CHANNEL = {
    "phone": QT_TRANSLATE_NOOP("Service", "Phone"),
    "email": QT_TRANSLATE_NOOP("Service", "Email"),
    "web_form": QT_TRANSLATE_NOOP("Service", "Web form"),
    "visit": QT_TRANSLATE_NOOP("Service", "Visit"),
}
EVENT = {
    "created": QT_TRANSLATE_NOOP("Service", "Registered"),
    "comment": QT_TRANSLATE_NOOP("Service", "Comment"),
    "assign": QT_TRANSLATE_NOOP("Service", "Handed over"),
    "status": QT_TRANSLATE_NOOP("Service", "Status"),
    "reopen": QT_TRANSLATE_NOOP("Service", "Reopened"),
    "escalated": QT_TRANSLATE_NOOP("Service", "Overdue, escalated to the head"),
}
# The service's refusals (English, with the field) -> the window's words.
REASONS = {
    "the subject must not be empty": QT_TRANSLATE_NOOP("Service", "Enter the subject"),
    "a request needs a client (company or person)": QT_TRANSLATE_NOOP(
        "Service", "Choose the client: pick a company or a person from the list"),
    "choose a person or a department": QT_TRANSLATE_NOOP(
        "Service", "Choose a person or a department"),
    "write the comment first": QT_TRANSLATE_NOOP("Service", "Write the comment first"),
    "reopen the request before handing it over": QT_TRANSLATE_NOOP(
        "Service", "Reopen the request before handing it over"),
    "only a resolved or closed request is reopened": QT_TRANSLATE_NOOP(
        "Service", "Only a resolved or closed request can be reopened"),
    "must be between 1 hour and a year": QT_TRANSLATE_NOOP(
        "Service", "Hours to resolve: from 1 hour to a year"),
    "the period ends before it starts": QT_TRANSLATE_NOOP(
        "Service", "The period ends before it starts"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Service", text)


def status(value: str) -> str:
    return tr(STATUS[value]) if value in STATUS else value


def priority(value: str) -> str:
    return tr(PRIORITY[value]) if value in PRIORITY else value


def channel(value: str) -> str:
    return tr(CHANNEL[value]) if value in CHANNEL else value


def event(value: str) -> str:
    return tr(EVENT[value]) if value in EVENT else value


def describe(exc: BaseException) -> str:
    """One line for a refusal of the service desk (else the window's common wording)."""
    if isinstance(exc, ValidationError):
        if exc.reason in REASONS:
            return tr(REASONS[exc.reason])
        if exc.field == "status" and "cannot go from" in exc.reason:
            return QCoreApplication.translate(
                "Service", "This status cannot be set now; a resolved or closed request is "
                           "reopened first")
    from crm_desktop.ui.messages import describe as common

    return common(exc)
