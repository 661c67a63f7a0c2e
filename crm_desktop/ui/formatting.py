"""The one place that formats values for display in the user's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from crm_desktop.domain.money import Money
from crm_desktop.domain.phones import format_phone


def locale() -> QLocale:
    return QLocale()


SYMBOLS = {"RUB": "₽", "EUR": "€", "USD": "$", "GBP": "£"}


def money(minor: int, currency: str) -> str:
    """Exact (Decimal, never float) with the locale's digit grouping and decimal point."""
    amount = Money(minor, currency).amount
    sign = "-" if amount < 0 else ""
    whole, _, cents = f"{abs(amount):.2f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    loc = locale()
    text = loc.groupSeparator().join(groups) + loc.decimalPoint() + cents
    return f"{sign}{text}\u00a0{SYMBOLS.get(currency, currency)}"


def when(moment: datetime | None) -> str:
    """A UTC moment shown in local time, short locale format."""
    if moment is None:
        return ""
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()
    return locale().toString(qt, QLocale.FormatType.ShortFormat)


def day(value: date | None) -> str:
    if value is None:
        return ""
    return locale().toString(QDate(value.year, value.month, value.day),
                             QLocale.FormatType.ShortFormat)


def phone(e164: str) -> str:
    return format_phone(e164)
