"""The reasons services give for refusing a value, in the user's language.

Services (no Qt below the ui package) write their reasons in English with the offending value
in them; the window shows each beside its field, so the Russian text leaves out the field's
name and keeps the value. A reason no pattern knows is shown as it came.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PATTERNS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), t) for p, t in [
    (r"^.+ is longer than (\d+) characters \((\d+)\)$",
     QT_TRANSLATE_NOOP("Reasons", "At most %1 characters (now %2)")),
    (r"^.+ is longer than (\d+) characters$",
     QT_TRANSLATE_NOOP("Reasons", "At most %1 characters")),
    (r"^.+ contains a control character \((U\+[0-9A-F]+)\)$",
     QT_TRANSLATE_NOOP("Reasons", "Contains a control character (%1)")),
    (r"^.+ contains characters that are not valid text$",
     QT_TRANSLATE_NOOP("Reasons", "Contains characters that are not valid text")),
    (r"^.+ must be text$", QT_TRANSLATE_NOOP("Reasons", "Must be text")),
    (r"^.+ must be a list of texts$", QT_TRANSLATE_NOOP("Reasons", "Must be a list of texts")),
    (r"^.+: at most (\d+) entries$", QT_TRANSLATE_NOOP("Reasons", "At most %1 entries")),
    (r"^.+ must be a finite number$", QT_TRANSLATE_NOOP("Reasons", "Must be a finite number")),
    (r"^.+ must be a whole number$", QT_TRANSLATE_NOOP("Reasons", "Must be a whole number")),
    (r"^.+ must be from (\S+) to (\S+)$", QT_TRANSLATE_NOOP("Reasons", "Must be from %1 to %2")),
    (r"^.+ is not a date$", QT_TRANSLATE_NOOP("Reasons", "Not a date")),
    (r"^is not a date$", QT_TRANSLATE_NOOP("Reasons", "Not a date")),
    (r"^.+ is not a record id$", QT_TRANSLATE_NOOP("Reasons", "Not a record of this database")),
    (r"^company name must not be empty$",
     QT_TRANSLATE_NOOP("Reasons", "Please enter the company's name")),
    (r"^a person needs a first or a last name$",
     QT_TRANSLATE_NOOP("Reasons", "Please enter a last or a first name")),
    (r"^is in the future$", QT_TRANSLATE_NOOP("Reasons", "This date is in the future")),
    (r"^is before 1900$", QT_TRANSLATE_NOOP("Reasons", "This date is before 1900")),
    (r"^'(.*)' is not a valid INN \(10 or 12 digits with check digits\)$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a valid INN (10 or 12 digits with check "
                                  "digits)")),
    (r"^'(.*)' is not a phone number$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a phone number")),
    (r"^'(.*)' is not a valid phone number$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a valid phone number")),
    (r"^'(.*)' is not a valid email address$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a valid email address")),
    (r"^'(.*)' is not a month and day \(MM-DD\)$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a day and month")),
    (r"^'(.*)' is not a known time zone.*$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a known time zone (e.g. Europe/Moscow)")),
    (r"^\w+ \S+ does not exist$",
     QT_TRANSLATE_NOOP("Reasons", "This record does not exist (any more)")),
    (r"^«(.+)» was merged into «(.+)» afterwards; undo that merge first$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» was merged into «%2» afterwards; undo that merge "
                                  "first")),
    (r"^«(.+)» was deleted after the merge; restore it first$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» was deleted after the merge; restore it first")),
    (r"^«(.+)» was restored or changed after the merge.*$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» was restored or changed after the merge, so undoing "
                                  "it would not give back what was there")),
    (r"^the record of this merge is damaged, so it cannot be undone exactly$",
     QT_TRANSLATE_NOOP("Reasons", "The record of this merge is damaged, so it cannot be "
                                  "undone exactly")),
    (r"^this merge was already undone$",
     QT_TRANSLATE_NOOP("Reasons", "This merge was already undone")),
    (r"^this merge does not exist$", QT_TRANSLATE_NOOP("Reasons", "This merge does not exist")),
    (r"^a record cannot be merged into itself$",
     QT_TRANSLATE_NOOP("Reasons", "A record cannot be merged into itself")),
]]


def translated(reason: str) -> str:
    """`reason` in the user's language, the values it names kept."""
    for pattern, template in PATTERNS:
        match = pattern.match(reason)
        if match:
            text = QCoreApplication.translate("Reasons", template)
            for number, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return reason
