"""How a person calls each client field (for the merge and the conflict dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

LABELS = {
    "name": QT_TRANSLATE_NOOP("ClientFields", "Name"),
    "kind": QT_TRANSLATE_NOOP("ClientFields", "Kind"),
    "legal_name": QT_TRANSLATE_NOOP("ClientFields", "Legal name"),
    "tax_id": QT_TRANSLATE_NOOP("ClientFields", "Tax id (INN)"),
    "industry": QT_TRANSLATE_NOOP("ClientFields", "Industry"),
    "address": QT_TRANSLATE_NOOP("ClientFields", "Address"),
    "website": QT_TRANSLATE_NOOP("ClientFields", "Website"),
    "phones": QT_TRANSLATE_NOOP("ClientFields", "Phones"),
    "emails": QT_TRANSLATE_NOOP("ClientFields", "Emails"),
    "lead_source": QT_TRANSLATE_NOOP("ClientFields", "Lead source"),
    "segment": QT_TRANSLATE_NOOP("ClientFields", "Segment"),
    "tags": QT_TRANSLATE_NOOP("ClientFields", "Tags"),
    "notes": QT_TRANSLATE_NOOP("ClientFields", "Notes"),
    "keep_in_touch_days": QT_TRANSLATE_NOOP("ClientFields", "Keep in touch every"),
    "responsible_id": QT_TRANSLATE_NOOP("ClientFields", "Responsible"),
    "first_name": QT_TRANSLATE_NOOP("ClientFields", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("ClientFields", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("ClientFields", "Last name"),
    "position": QT_TRANSLATE_NOOP("ClientFields", "Position"),
    "company_id": QT_TRANSLATE_NOOP("ClientFields", "Company"),
    "messengers": QT_TRANSLATE_NOOP("ClientFields", "Messengers"),
    "birthday": QT_TRANSLATE_NOOP("ClientFields", "Birthday"),
    "birthday_md": QT_TRANSLATE_NOOP("ClientFields", "Birthday"),
    "source": QT_TRANSLATE_NOOP("ClientFields", "Source"),
}


def field_label(name: str) -> str:
    label = LABELS.get(name)
    return QCoreApplication.translate("ClientFields", label) if label else name.replace("_", " ")
