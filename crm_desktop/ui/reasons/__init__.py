"""The reasons services give for refusing a value, in the user's language.

Services (no Qt below the ui package) write their reasons in English with the offending value
in them; the window shows each beside its field, so the Russian text leaves out the field's
name and keeps the value.

TEMPLATES are written the way the services write them, "{}" standing for each value put in,
one list per feature in the modules of this package (clients, funnel, planner, documents,
storage, sync, office, automation_mail_marketing): a new reason goes at the end of its
feature's list. A test reads every `raise` of the core (domain, storage, services, sync) and
checks that each reason it can give matches one here. A reason no pattern knows is shown as it
came in an English window, and as a plain "not accepted" in any other (the original goes to the
log), so English never reaches a Russian window.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.ui.reasons import (
    automation_mail_marketing,
    clients,
    documents,
    funnel,
    office,
    planner,
    storage,
    sync,
)

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


# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
# Each feature's list in the order they are tried; the most general shapes last.
TEMPLATES: list[tuple[str, str]] = [
    *clients.FORMS,
    *clients.REQUISITES,
    *funnel.DEALS,
    *funnel.ANALYTICS,
    *planner.TASKS,
    *clients.MERGES,
    *documents.DOCUMENTS,
    *documents.FILES,
    *storage.DATABASE,
    *sync.SYNC,
    *office.OFFICE,
    *automation_mail_marketing.TEMPLATES,
    # last: the most general shapes
    ("{} does not exist", QT_TRANSLATE_NOOP("Reasons", "%1 does not exist")),
]


def _compile(template: str) -> re.Pattern[str]:
    """"{} is read-only" -> ^(.+?) is read\\-only$ (each value any text, at least a letter)."""
    return re.compile("^" + "(.*?)".join(re.escape(part) for part in template.split("{}"))
                      + "$", re.DOTALL)


PATTERNS += [(_compile(template), text) for template, text in TEMPLATES]
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_QUOTED = re.compile(r"«[^»]*»|'[^']*'|\S*[/\\]\S*")  # values and paths: kept as they are
log = logging.getLogger(__name__)


def is_english(text: str) -> bool:
    """Whether `text` has English words outside the values and paths it quotes."""
    return bool(_LATIN_WORD.search(_QUOTED.sub("", text)))


def window_is_english() -> bool:
    return QCoreApplication.translate("Reasons", "Not a date") == "Not a date"


def translated(reason: str) -> str:
    """`reason` in the user's language, the values it names kept."""
    for pattern, template in PATTERNS:
        match = pattern.match(reason)
        if match:
            text = QCoreApplication.translate("Reasons", template)
            for number, value in reversed(list(enumerate(match.groups(), start=1))):
                text = text.replace(f"%{number}", value)
            return text
    if is_english(reason) and not window_is_english():
        log.warning("a reason with no translation: %s", reason)
        return QCoreApplication.translate("Reasons", "This value or action is not accepted "
                                                     "(the details are in the log)")
    return reason
