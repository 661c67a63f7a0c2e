"""Reasons of the office (users and rights), exports and service requests.

A new reason goes at the end of its list (ui.reasons tries the lists in order)."""

from __future__ import annotations

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
OFFICE: list[tuple[str, str]] = [
    # the office, exports, service requests
    ("a user needs a name", QT_TRANSLATE_NOOP("Reasons", "A user needs a name")),
    ("exports{} are switched off for managers by the office's owner",
     QT_TRANSLATE_NOOP("Reasons", "The office's owner has switched exports off for "
                                  "managers")),
    ("only the office's owner can allow or forbid exports for managers",
     QT_TRANSLATE_NOOP("Reasons", "Only the office's owner can allow or forbid exports for "
                                  "managers")),
    ("a request has no such field to edit",
     QT_TRANSLATE_NOOP("Reasons", "A request has no such field")),
    ("write the comment first", QT_TRANSLATE_NOOP("Reasons", "Write the comment first")),
    ("choose a person or a department",
     QT_TRANSLATE_NOOP("Reasons", "Choose a person or a department")),
    ("a request needs a client (company or person)",
     QT_TRANSLATE_NOOP("Reasons", "A request needs a client (a company or a person)")),
    ("a request cannot go from {} to {}{}",
     QT_TRANSLATE_NOOP("Reasons", "The request cannot move to this state from its "
                                  "present one")),
    ("only a resolved or closed request is reopened",
     QT_TRANSLATE_NOOP("Reasons", "Only a resolved or closed request can be reopened")),
    ("reopen the request before handing it over",
     QT_TRANSLATE_NOOP("Reasons", "Reopen the request before handing it over")),
]
