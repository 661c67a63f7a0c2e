"""Closed sets of values stored as text."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    HEAD = "head"
    MANAGER = "manager"


class CompanyKind(StrEnum):
    CLIENT = "client"
    PARTNER = "partner"
    SUPPLIER = "supplier"
    PROSPECT = "prospect"


class Channel(StrEnum):
    CALL_IN = "call_in"
    CALL_OUT = "call_out"
    EMAIL = "email"
    MEETING = "meeting"
    CHAT = "chat"
    SOCIAL = "social"
    WEB_FORM = "web_form"
    SMS = "sms"
    EVENT = "event"
    NOTE = "note"
    DOCUMENT = "document"


class TaskKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    TODO = "todo"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"
