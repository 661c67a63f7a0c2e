"""The window's one way from an exception to a line a person reads, in their language.

The core (domain, storage, services, sync) has no Qt, so its messages are English: a refused
value carries its field and an English reason, other failures a kind and a code
(services.failures.explain). Here, at the UI boundary, each becomes the window's text: the
reason through ui.reasons, the field through its label, the code through the table below.
Every place that shows a failure (message boxes, the status bar, a label beside a field)
calls `describe` or `reason_text`, never `str(exc)`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.errors import EditConflict, NotFoundError, ValidationError
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.failures import explain
from crm_desktop.ui.clients.field_labels import LABELS as CLIENT_LABELS
from crm_desktop.ui.reasons import translated

# Fields outside the client forms that a refusal may name.
LABELS = {
    **CLIENT_LABELS,
    "title": QT_TRANSLATE_NOOP("ClientFields", "Title"),
    "amount": QT_TRANSLATE_NOOP("ClientFields", "Amount"),
    "currency": QT_TRANSLATE_NOOP("ClientFields", "Currency"),
    "probability": QT_TRANSLATE_NOOP("ClientFields", "Probability"),
    "pipeline_id": QT_TRANSLATE_NOOP("ClientFields", "Pipeline"),
    "stage_id": QT_TRANSLATE_NOOP("ClientFields", "Stage"),
    "loss_reason": QT_TRANSLATE_NOOP("ClientFields", "Loss reason"),
    "contact_id": QT_TRANSLATE_NOOP("ClientFields", "Person"),
    "deal_id": QT_TRANSLATE_NOOP("ClientFields", "Deal"),
    "product_id": QT_TRANSLATE_NOOP("ClientFields", "Product"),
    "quantity": QT_TRANSLATE_NOOP("ClientFields", "Quantity"),
    "price": QT_TRANSLATE_NOOP("ClientFields", "Price"),
    "discount_percent": QT_TRANSLATE_NOOP("ClientFields", "Discount"),
    "vat_percent": QT_TRANSLATE_NOOP("ClientFields", "VAT"),
    "unit": QT_TRANSLATE_NOOP("ClientFields", "Unit"),
    "sku": QT_TRANSLATE_NOOP("ClientFields", "Article"),
    "due_at": QT_TRANSLATE_NOOP("ClientFields", "Due"),
    "remind_at": QT_TRANSLATE_NOOP("ClientFields", "Reminder"),
    "duration_min": QT_TRANSLATE_NOOP("ClientFields", "Duration"),
    "assignee_id": QT_TRANSLATE_NOOP("ClientFields", "Assignee"),
    "channel": QT_TRANSLATE_NOOP("ClientFields", "Channel"),
    "occurred_at": QT_TRANSLATE_NOOP("ClientFields", "When"),
    "subject": QT_TRANSLATE_NOOP("ClientFields", "Subject"),
    "body": QT_TRANSLATE_NOOP("ClientFields", "Text"),
    "outcome": QT_TRANSLATE_NOOP("ClientFields", "Outcome"),
    "next_step": QT_TRANSLATE_NOOP("ClientFields", "Next step"),
    "day_limit": QT_TRANSLATE_NOOP("ClientFields", "Day limit"),
    "expected_close": QT_TRANSLATE_NOOP("ClientFields", "Expected close"),
    "kpp": QT_TRANSLATE_NOOP("ClientFields", "KPP"),
    "ogrn": QT_TRANSLATE_NOOP("ClientFields", "OGRN"),
    "bik": QT_TRANSLATE_NOOP("ClientFields", "BIC"),
    "bank": QT_TRANSLATE_NOOP("ClientFields", "Bank"),
    "account": QT_TRANSLATE_NOOP("ClientFields", "Account"),
    "corr_account": QT_TRANSLATE_NOOP("ClientFields", "Correspondent account"),
    "email": QT_TRANSLATE_NOOP("ClientFields", "Email"),
    "phone": QT_TRANSLATE_NOOP("ClientFields", "Phone"),
    "language": QT_TRANSLATE_NOOP("ClientFields", "Language"),
    "period_end": QT_TRANSLATE_NOOP("ClientFields", "Period end"),
    "sheet": QT_TRANSLATE_NOOP("ClientFields", "Sheet"),
}
_ITEM = re.compile(r"^items\.(\d+)\.(\w+)$")

# services.failures codes -> the window's text (%1: the file, or the kind of error)
CODES = {
    "interrupted": QT_TRANSLATE_NOOP("Failures", "Interrupted; nothing half-written was kept"),
    "locked": QT_TRANSLATE_NOOP("Failures", "The database is locked by another program; "
                                            "close the other crm-desktop window or command "
                                            "and try again"),
    "disk-full": QT_TRANSLATE_NOOP("Failures", "The disk is full; free some space and try "
                                               "again (nothing was saved)"),
    "database-read-only": QT_TRANSLATE_NOOP("Failures", "The database file or its folder is "
                                                        "read-only; make them writable and "
                                                        "try again"),
    "database-cannot-open": QT_TRANSLATE_NOOP("Failures", "The database file cannot be opened "
                                                          "(check the path, its folder's "
                                                          "permissions and free space)"),
    "damaged": QT_TRANSLATE_NOOP("Failures", "The database file is damaged; restore a backup "
                                             "(File → Restore from a backup)"),
    "integrity": QT_TRANSLATE_NOOP("Failures", "The change conflicts with other data (a "
                                               "duplicate or a missing reference); nothing "
                                               "was saved"),
    "file-denied": QT_TRANSLATE_NOOP("Failures", "%1: permission denied; check the file's and "
                                                 "the folder's permissions"),
    "file-read-only": QT_TRANSLATE_NOOP("Failures", "%1: the disk is read-only; choose "
                                                    "another place"),
    "file-missing": QT_TRANSLATE_NOOP("Failures", "%1: no such file or folder"),
    "file-is-folder": QT_TRANSLATE_NOOP("Failures", "%1 is a folder; give a file name"),
    "file-not-folder": QT_TRANSLATE_NOOP("Failures", "%1: a part of the path is not a folder"),
    "file-name-too-long": QT_TRANSLATE_NOOP("Failures", "%1: the file name is too long"),
    "file-exists": QT_TRANSLATE_NOOP("Failures", "%1 already exists; choose a new file name"),
    "file": QT_TRANSLATE_NOOP("Failures", "%1 cannot be read or written"),
    "bad-zip": QT_TRANSLATE_NOOP("Failures", "The file is not a valid .xlsx or .docx (perhaps "
                                             "an old .xls or another format renamed)"),
    "csv": QT_TRANSLATE_NOOP("Failures", "The CSV file cannot be read"),
    "encoding": QT_TRANSLATE_NOOP("Failures", "The text cannot be read in its encoding; save "
                                              "the file as UTF-8"),
    "nul": QT_TRANSLATE_NOOP("Failures", "A file name or a value contains a NUL character"),
    "memory": QT_TRANSLATE_NOOP("Failures", "Not enough memory for this operation"),
    "recursion": QT_TRANSLATE_NOOP("Failures", "The input is nested too deeply"),
    "internal": QT_TRANSLATE_NOOP("Failures", "An unexpected error (%1)"),
}


def field_name(field: str) -> str | None:
    """The label a person knows a field by, None for a field that has none."""
    item = _ITEM.match(field)
    if item:
        inner = field_name(item.group(2)) or ""
        text = QCoreApplication.translate("Failures", "Item %1").replace(
            "%1", str(int(item.group(1)) + 1))
        return f"{text}, {inner.lower()}" if inner else text
    label = LABELS.get(field)
    return QCoreApplication.translate("ClientFields", label) if label else None


def reason_text(exc: ValidationError) -> str:
    """The reason alone, for a label beside its field."""
    return translated(exc.reason)


def describe(exc: BaseException) -> str:
    """One line for a message box, the status bar or a form's error label."""
    if isinstance(exc, ValidationError):
        problems = getattr(exc, "problems", None) or {exc.field: exc.reason}
        lines = []
        for field, reason in problems.items():
            label = field_name(field)
            text = translated(reason)
            lines.append(f"{label}: {text[:1].lower()}{text[1:]}" if label else text)
        return "\n".join(lines)
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Failures", "This record no longer exists (it was "
                                                      "deleted or merged)")
    if isinstance(exc, EditConflict):
        fields = ", ".join(field_name(c.field) or c.field for c in exc.conflicts)
        return QCoreApplication.translate("Failures", "Someone else changed these fields "
                                                      "meanwhile: %1").replace("%1", fields)
    failure = explain(exc)
    code_text = CODES.get(failure.code)
    if code_text is None:
        return translated(failure.message)
    shown = QCoreApplication.translate("Failures", code_text)
    return shown.replace("%1", failure.args[0] if failure.args else "").lstrip(": ")
