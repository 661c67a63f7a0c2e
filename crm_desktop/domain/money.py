"""Money: integer minor units with a currency code beside them. Never float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crm_desktop.domain.errors import ValidationError

CURRENCY_EXPONENT = {"RUB": 2, "USD": 2, "EUR": 2, "KZT": 2, "BYN": 2, "CNY": 2, "GBP": 2}
DEFAULT_CURRENCY = "RUB"


def exponent(currency: str) -> int:
    return CURRENCY_EXPONENT.get(currency.upper(), 2)


@dataclass(frozen=True, slots=True)
class Money:
    minor: int
    currency: str = DEFAULT_CURRENCY

    @classmethod
    def parse(cls, value: str | int | Decimal, currency: str = DEFAULT_CURRENCY,
              field: str = "amount", allow_negative: bool = False) -> Money:
        currency = validate_currency(currency)
        if isinstance(value, float):
            raise ValidationError(field, "money must not be a float")
        if isinstance(value, str):
            text = value.replace("\u00a0", "").replace(" ", "").replace(",", ".").strip()
            if not text:
                raise ValidationError(field, "amount is empty")
            try:
                value = Decimal(text)
            except InvalidOperation as exc:
                raise ValidationError(field, f"'{value}' is not an amount") from exc
        amount = Decimal(value)
        if not amount.is_finite():
            raise ValidationError(field, "amount is not a finite number")
        if amount < 0 and not allow_negative:
            raise ValidationError(field, "amount must not be negative")
        quantum = Decimal(1).scaleb(-exponent(currency))
        minor = int((amount.quantize(quantum, rounding=ROUND_HALF_UP)).scaleb(exponent(currency)))
        return cls(minor, currency)

    @property
    def amount(self) -> Decimal:
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.minor + other.minor, self.currency)

    def format(self) -> str:
        return f"{self.amount:,.{exponent(self.currency)}f} {self.currency}".replace(",", "\u00a0")


def validate_currency(code: str, field: str = "currency") -> str:
    text = (code or "").strip().upper()
    if len(text) != 3 or not text.isalpha():
        raise ValidationError(field, f"'{code}' is not a three-letter currency code")
    return text
