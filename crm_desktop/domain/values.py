"""Checks of raw values a person (or a file) hands in, before anything else looks at them:
the right type, no control characters, no unpaired surrogates, a length limit, a finite
number in range. Each failure is a ValidationError that names the field.

Control characters are refused rather than stripped: a NUL cuts text short in C libraries,
escape codes repaint a terminal, and silently changing what someone typed is worse than
saying so. Tab and line breaks are allowed where a field holds several lines.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crm_desktop.domain.errors import ValidationError

# C0 and C1 controls and DEL; tab/newline/CR are separated out for multi-line fields.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029]")  # with the Unicode line/paragraph breaks
_SURROGATE = re.compile("[\ud800-\udfff]")

# Everything the three patterns above refuse, in one search: text that holds none of it (all
# but a few values) is checked with one pass instead of three.
_ANY_BAD = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_ANY_BAD_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

MULTILINE_LIMIT = 20_000


def check_text(field: str, value: Any, max_len: int, label: str | None = None,
               multiline: bool = False) -> str | None:
    """The text stripped (None when empty), or a ValidationError naming the field."""
    if value.__class__ is str and (_ANY_BAD_MULTILINE if multiline else _ANY_BAD).search(
            value) is None:
        text = value.strip()
        if len(text) <= max_len:
            return text or None
    name = label or field.replace("_", " ")
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, f"{name} must be text")
    if _SURROGATE.search(value):
        raise ValidationError(field, f"{name} contains characters that are not valid text")
    bad = _CONTROL.search(value)
    if bad is None and not multiline:
        bad = _LINE_BREAKS.search(value)
    if bad is not None:
        raise ValidationError(field, f"{name} contains a control character "
                                     f"(U+{ord(bad.group()):04X})")
    text = value.strip()
    if len(text) > max_len:
        raise ValidationError(field, f"{name} is longer than {max_len} characters "
                                     f"({len(text)})")
    return text or None


def check_text_list(field: str, value: Any, max_len: int, max_items: int = 50,
                    label: str | None = None) -> list[str]:
    """A list of short texts (phones, emails, tags): each checked, empty ones dropped."""
    name = label or field.replace("_", " ")
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValidationError(field, f"{name} must be a list of texts")
    if len(value) > max_items:
        raise ValidationError(field, f"{name}: at most {max_items} entries")
    result = []
    for item in value:
        text = check_text(field, item, max_len, label)
        if text is not None:
            result.append(text)
    return result


def check_int(field: str, value: Any, low: int, high: int, label: str | None = None,
              ) -> int | None:
    """A whole number in [low, high] (bools, floats and text are refused, not converted)."""
    name = label or field.replace("_", " ")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float | Decimal) and not _finite(value):
            raise ValidationError(field, f"{name} must be a finite number")
        raise ValidationError(field, f"{name} must be a whole number")
    if not low <= value <= high:
        raise ValidationError(field, f"{name} must be from {low} to {high}")
    return value


def check_number(field: str, value: Any, low: Decimal, high: Decimal,
                 label: str | None = None) -> Decimal | None:
    """A finite decimal in [low, high]; floats go through their shortest text form."""
    name = label or field.replace("_", " ")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValidationError(field, f"{name} must be a number")
    if not _finite(value):
        raise ValidationError(field, f"{name} must be a finite number")
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not low <= number <= high:
        raise ValidationError(field, f"{name} must be from {low} to {high}")
    return number


def check_date(field: str, value: Any, label: str | None = None) -> date | None:
    """A calendar date (a datetime is not a date here: the time would be lost silently)."""
    name = label or field.replace("_", " ")
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(field, f"{name} is not a date")
    return value


def check_choice(field: str, value: Any, choices: list[str], label: str | None = None) -> str:
    name = label or field.replace("_", " ")
    if not isinstance(value, str) or value not in choices:
        shown = str(value)[:40] if isinstance(value, str | int | float) else type(value).__name__
        raise ValidationError(field, f"{name}: '{shown}' is not one of {', '.join(choices)}")
    return value


def check_id(field: str, value: Any, label: str | None = None) -> str | None:
    """A record id as the program makes them (a UUID's 36 characters), or None."""
    name = label or field.replace("_", " ")
    if value is None:
        return None
    if not isinstance(value, str) or not 1 <= len(value) <= 36 or _CONTROL.search(value) \
            or _SURROGATE.search(value):
        raise ValidationError(field, f"{name} is not a record id")
    return value


def _finite(value: float | Decimal | int) -> bool:
    if isinstance(value, Decimal):
        return value.is_finite()
    return isinstance(value, int) or math.isfinite(value)
