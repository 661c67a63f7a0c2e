"""Reasons of the history, tasks and the planner.

A new reason goes at the end of its list (ui.reasons tries the lists in order)."""

from __future__ import annotations

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
TASKS: list[tuple[str, str]] = [
    # history, tasks, planner
    ("choose how the contact happened",
     QT_TRANSLATE_NOOP("Reasons", "Choose how the contact happened (call, email, meeting…)")),
    ("link the record to a client, person or deal",
     QT_TRANSLATE_NOOP("Reasons", "Link the entry to a client, a person or a deal")),
    ("tasks are not available here",
     QT_TRANSLATE_NOOP("Reasons", "Tasks are not available here")),
    ("choose one of the reminder times",
     QT_TRANSLATE_NOOP("Reasons", "Choose one of the reminder times")),
    ("only generated tasks can be dismissed",
     QT_TRANSLATE_NOOP("Reasons", "Only tasks the planner proposed can be dismissed")),
    ("this task is already closed",
     QT_TRANSLATE_NOOP("Reasons", "This task is already closed")),
    ("snooze for at least a minute",
     QT_TRANSLATE_NOOP("Reasons", "Snooze for at least a minute")),
    ("the day limit must be from 1 to {}",
     QT_TRANSLATE_NOOP("Reasons", "The day limit must be from 1 to %1")),
    ("this item is no longer in the backlog",
     QT_TRANSLATE_NOOP("Reasons", "This item is no longer in the backlog")),
    ("you may see only your own tasks and your team's",
     QT_TRANSLATE_NOOP("Reasons", "You may see only your own tasks and your team's")),
    ("you can assign tasks only to your team",
     QT_TRANSLATE_NOOP("Reasons", "You can assign tasks only to your team")),
    ("the event has no start", QT_TRANSLATE_NOOP("Reasons", "The event has no start")),
    ("the event has no title", QT_TRANSLATE_NOOP("Reasons", "The event has no title")),
]
