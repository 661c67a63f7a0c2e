"""Russian taxpayer number (INN) check digits: 10 digits for organisations, 12 for persons."""

from __future__ import annotations

from crm_desktop.domain.errors import ValidationError

_W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def is_valid_inn(inn: str) -> bool:
    if not inn.isdigit():
        return False
    if len(inn) == 10:
        return _check(inn, _W10) == int(inn[9])
    if len(inn) == 12:
        return _check(inn, _W11) == int(inn[10]) and _check(inn, _W12) == int(inn[11])
    return False


def normalize_inn(raw: str | None, field: str = "tax_id") -> str | None:
    text = (raw or "").replace(" ", "").strip()
    if not text:
        return None
    if not is_valid_inn(text):
        raise ValidationError(
            field, f"'{raw}' is not a valid INN (10 or 12 digits with check digits)")
    return text


def make_inn10(first9: str) -> str:
    """Completes nine digits into a valid 10-digit INN (demo data)."""
    return first9 + str(_check(first9, _W10))
