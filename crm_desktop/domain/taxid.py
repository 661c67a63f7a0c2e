"""Russian taxpayer number (INN) check digits: 10 digits for organisations, 12 for persons."""

from __future__ import annotations

from operator import mul

from crm_desktop.domain.errors import ValidationError

_W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_ZERO = ord("0")


def _check(digits: str, weights: tuple[int, ...]) -> int:
    """The check digit of ASCII `digits` under `weights`: the digits' bytes weighed at C
    speed, each byte's "0" taken off once as a sum (an int() per digit was a tenth of an
    import's checks)."""
    data = digits.encode("ascii")  # map stops at the shorter, as zip did
    total: int = sum(map(mul, data, weights)) - _ZERO * sum(weights[:len(data)])
    return total % 11 % 10


def is_valid_inn(inn: str) -> bool:
    """ASCII digits only: str.isdigit() is true for "²" or "١" too, which are no INN
    (and "²" made int() raise instead of answering False)."""
    if not (inn.isascii() and inn.isdigit()):
        return False
    if len(inn) == 10:
        return _check(inn, _W10) == ord(inn[9]) - _ZERO
    if len(inn) == 12:
        return _check(inn, _W11) == ord(inn[10]) - _ZERO and \
            _check(inn, _W12) == ord(inn[11]) - _ZERO
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
