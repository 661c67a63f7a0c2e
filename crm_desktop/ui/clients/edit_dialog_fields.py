"""What the client dialogs share with every form of the window: lists typed on one line,
phones formatted as typed, values shown in words, and errors shown beside their fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import format_phone, normalize_phone
from crm_desktop.ui.clients.field_labels import field_label
from crm_desktop.ui.reasons import translated

DUPLICATE_DELAY_MS = 250
CHECK_DELAY_MS = 300
LIST_LIMIT = 2000  # the typed line of phones, emails or tags
ERROR_STYLE_PROPERTY = "invalid"


FIELD_ALIASES = {"company_id": "company", "birthday_md": "birthday"}


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def formatted_phones(text: str, region: str) -> str:
    """Each number that parses in its international form ("+7 912 345-67-89"); the rest as
    typed, so the check beside the field still names it."""
    shown = []
    for part in split_list(text):
        try:
            shown.append(format_phone(normalize_phone(part, region)))
        except ValidationError:
            shown.append(part)
    return ", ".join(shown)


def shown(value: Any) -> str:
    """A stored value as a person reads it ("—" for nothing)."""
    if isinstance(value, list):
        return ", ".join(format_phone(v) if str(v).startswith("+") else str(v)
                         for v in value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) or "—"
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return "—" if value in (None, "") else str(value)


class FieldErrors:
    """A red label under each field of a QFormLayout, shown with the service's reason."""

    def __init__(self, form: QFormLayout, fields: Mapping[str, QWidget]) -> None:
        self.fields = dict(fields)  # its own: a dialog adds the fields of its other forms
        self.labels: dict[str, QLabel] = {}
        for name, widget in fields.items():
            # PySide6's stub says object; it is (row, role)
            row, _ = cast("tuple[int, QFormLayout.ItemRole]", form.getWidgetPosition(widget))
            label = QLabel()
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            label.hide()
            form.insertRow(row + 1, "", label)
            self.labels[name] = label

    def _name(self, field: str) -> str | None:
        name = FIELD_ALIASES.get(field, field)
        return name if name in self.labels else None

    def clear(self) -> None:
        self.show_all({})

    def show_all(self, errors: dict[str, str], hints: dict[str, str] | None = None,
                 focus: bool = False) -> QWidget | None:
        """Shows exactly these errors (and hints, which do not block a save); every other
        field's label goes away, so no error outlives its correction. Errors of fields with
        no place of their own go under the first field."""
        shown_errors: dict[str, str] = {}
        for field, reason in errors.items():
            reason = translated(reason)
            name = self._name(field) or next(iter(self.labels))
            text = reason if self._name(field) or not field else \
                f"{field_label(field)}: {reason}"
            shown_errors[name] = f"{shown_errors[name]}\n{text}" if name in shown_errors \
                else text
        first = None
        for name, label in self.labels.items():
            widget = self.fields[name]
            label_text = shown_errors.get(name) or (hints or {}).get(name)
            label.setText(label_text or "")
            label.setVisible(bool(label_text))
            invalid = name in shown_errors
            if widget.property(ERROR_STYLE_PROPERTY) != invalid:
                widget.setProperty(ERROR_STYLE_PROPERTY, invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            if invalid and first is None:
                first = widget
        if focus and first is not None:
            first.setFocus()
        return first

    def show(self, field: str, reason: str) -> QWidget | None:
        return self.show_all({field: reason}, focus=True)

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.labels.items()
                if not label.isHidden() and self.fields[name].property(ERROR_STYLE_PROPERTY)}

    def visible_hints(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.labels.items()
                if not label.isHidden() and not self.fields[name].property(ERROR_STYLE_PROPERTY)}
