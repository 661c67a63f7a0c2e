"""What the import preview says about each row and each field, in the window's language.

The import services (no Qt) write their notes and row errors in English with the row,
column, card or event they concern: "row 5, column «Телефон»: '12' is not a phone number".
Here the place is put in words and the reason goes through ui.reasons, so the Russian
preview has no English in it. A text no pattern knows is shown as it came (ui.reasons
turns an unknown English reason into a plain "not accepted" in a translated window).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.ui.reasons import translated

ACTIONS = {"create": QT_TRANSLATE_NOOP("ImportTexts", "New"),
           "update": QT_TRANSLATE_NOOP("ImportTexts", "Update"),
           "skip": QT_TRANSLATE_NOOP("ImportTexts", "Skip")}
PLACES = [(re.compile(p, re.DOTALL), t) for p, t in [
    (r"^row (\d+), column «(.*?)»: (.*)$",
     QT_TRANSLATE_NOOP("ImportTexts", "Row %1, column «%2»: %3")),
    (r"^row (\d+): (.*)$", QT_TRANSLATE_NOOP("ImportTexts", "Row %1: %2")),
    (r"^card (\d+)( «.*?»)? \(line (\d+)\): (.*)$",
     QT_TRANSLATE_NOOP("ImportTexts", "Card %1%2 (line %3): %4")),
    (r"^event (\d+)( «.*?»)?: (.*)$", QT_TRANSLATE_NOOP("ImportTexts", "Event %1%2: %3")),
]]
NOTES = [(re.compile(p, re.DOTALL), t) for p, t in [
    (r"^a new company «(.*)» will be created$",
     QT_TRANSLATE_NOOP("ImportTexts", "A new company «%1» will be created")),
    (r"^the same .+ as row (\d+)$", QT_TRANSLATE_NOOP("ImportTexts", "A repeat of row %1")),
    (r"^the same deal as row (\d+)$", QT_TRANSLATE_NOOP("ImportTexts", "A repeat of row %1")),
    (r"^matched an existing record.*$",
     QT_TRANSLATE_NOOP("ImportTexts", "Updates an existing record")),
    (r"^matched an existing deal.*$",
     QT_TRANSLATE_NOOP("ImportTexts", "Updates an existing deal")),
    (r"^a new stage «(.*)» will be added$",
     QT_TRANSLATE_NOOP("ImportTexts", "A new stage «%1» will be added")),
    (r"^merged into card (\d+)$", QT_TRANSLATE_NOOP("ImportTexts", "Merged into card %1")),
    (r"^the birthday of (.*)$", QT_TRANSLATE_NOOP("ImportTexts", "The birthday of %1")),
    (r"^a new person (.*) with a birthday$",
     QT_TRANSLATE_NOOP("ImportTexts", "A new person %1 with a birthday")),
    (r"^imported before \(same UID\)$",
     QT_TRANSLATE_NOOP("ImportTexts", "Imported before (the same event)")),
    (r"^no END:VCARD$", QT_TRANSLATE_NOOP("ImportTexts", "The card has no end (END:VCARD)")),
    (r"^no name, company, email or phone$",
     QT_TRANSLATE_NOOP("ImportTexts", "No name, company, email or phone")),
    (r"^the company name is empty$",
     QT_TRANSLATE_NOOP("ImportTexts", "The company's name is empty")),
    (r"^the deal title is empty$", QT_TRANSLATE_NOOP("ImportTexts", "The deal's title is "
                                                                    "empty")),
    (r"^the (?:last|first|middle) name is longer than (\d+) characters$",
     QT_TRANSLATE_NOOP("ImportTexts", "The name is longer than %1 characters")),
]]


def _fill(template: str, values: tuple[str, ...]) -> str:
    text = QCoreApplication.translate("ImportTexts", template)
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", value or "")
    return text


def _reason(text: str) -> str:
    """A reason after its place: "name: reason" (a field's name first) or a reason alone."""
    for pattern, template in NOTES:
        match = pattern.match(text)
        if match:
            return _fill(template, match.groups())
    field, sep, rest = text.partition(": ")
    if sep and re.fullmatch(r"[a-z_]+|[A-Z]+", field):  # "phones: …", "DTSTART: …"
        text = rest
    shown = translated(text)
    return shown[:1].lower() + shown[1:] if shown[:1].isupper() and shown[1:2].islower() \
        else shown


def note_text(text: str) -> str:
    """A row's note or error: its place in words, its reason in the window's language."""
    for pattern, template in PLACES:
        match = pattern.match(text)
        if match:
            *place, reason = match.groups()
            if template.startswith("Row %1, column") and re.fullmatch(r"[a-z_]+", place[1]):
                from crm_desktop.ui.messages import field_name  # a field's code: its name

                place[1] = field_name(place[1]) or place[1]
            return _fill(template, (*place, _reason(reason)))
    for pattern, template in NOTES:
        match = pattern.match(text)
        if match:
            return _fill(template, match.groups())
    return translated(text)


def refusal_text(exc: BaseException) -> str:
    """An import refused as a whole: its first row's problem ("row 6, column «E-mail»: …
    (and 2 more)") in words, anything else as the window says every failure."""
    from crm_desktop.domain.errors import ValidationError
    from crm_desktop.ui.messages import describe

    if isinstance(exc, ValidationError) and exc.field == "file":
        first, _, more = exc.reason.partition(" (and ")
        if any(p.match(first) for p, _ in PLACES):
            shown = note_text(first)
            count = more.partition(" more)")[0]
            if count.isdigit():
                shown += " " + QCoreApplication.translate(
                    "ImportTexts", "(and %1 more)").replace("%1", count)
            return shown
    return describe(exc)


def action_text(action: str) -> str:
    label = ACTIONS.get(action)
    return QCoreApplication.translate("ImportTexts", label) if label else action


CUSTOM = "custom:"  # the field a column becomes when it is kept as a custom field


def cell_value(values: dict[str, Any], name: str) -> Any:
    """A planned row's value of a field (a custom field from its dictionary)."""
    if name.startswith(CUSTOM):
        return (values.get("custom_fields") or {}).get(name[len(CUSTOM):])
    return values.get(name)


IMPORT_FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Full name"),
    "display_name": QT_TRANSLATE_NOOP("ImportWizard", "Name as shown"),
    "company": QT_TRANSLATE_NOOP("ImportWizard", "Company"),
    "stage": QT_TRANSLATE_NOOP("ImportWizard", "Stage"),
    "pipeline": QT_TRANSLATE_NOOP("ImportWizard", "Pipeline"),
    "closed_on": QT_TRANSLATE_NOOP("ImportWizard", "Closed on"),
    "all_day": QT_TRANSLATE_NOOP("ImportWizard", "All day"),
    "birthday_of": QT_TRANSLATE_NOOP("ImportWizard", "Whose birthday"),
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Title"),
}


def field_title(field: str) -> str:
    """A field's name as the forms call it (codes such as "tax_id" never shown)."""
    from crm_desktop.ui.messages import field_name

    if field in IMPORT_FIELDS:
        return QCoreApplication.translate("ImportWizard", IMPORT_FIELDS[field])
    if field.startswith(CUSTOM):
        return field[len(CUSTOM):]
    return field_name(field) or field.replace("_", " ")


def cell_text(value: Any) -> str:
    """A value as the preview shows it (a list on one line)."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
