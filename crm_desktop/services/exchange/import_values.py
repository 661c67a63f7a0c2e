"""Values as other programs write them, turned into ours — and checked as the forms check
them (length, control characters, finite numbers, ranges, ISO 4217 currencies).

Dates: 06.07.1991, 06.07.91, 15 мая 1985, 4/15/1985, 1991-07-06, Excel serials; Outlook's
empty 0.0.00; birthdays without a year (--0203, --05-14, 14.05) and Apple's placeholder
year 1604. Amounts: "1 234,50" with any space, "1.234,50", "₽ 1 234", "$1,234.50".
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.domain.taxid import is_valid_inn

EXCEL_EPOCH = datetime(1899, 12, 30)
NO_YEAR = {1604, 1900, 1}  # placeholders address books write when the year is unknown
MAX_AMOUNT = Decimal("1000000000000")  # a trillion: more is a typing or unit error
MONTHS = {  # the stems of month names, genitive and nominative, Russian and English
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "окт": 10, "ноя": 11, "дек": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# ISO 4217 active codes (the list is short and changes rarely; no library in our stack).
ISO_4217 = frozenset("""AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND
BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB
EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD
JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON
RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP
TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split())
CURRENCY_SYNONYMS = {
    "руб": "RUB", "р": "RUB", "rur": "RUB", "₽": "RUB", "рубль": "RUB", "рублей": "RUB",
    "rub": "RUB", "$": "USD", "долл": "USD", "доллар": "USD", "€": "EUR", "евро": "EUR",
    "тенге": "KZT", "₸": "KZT", "юань": "CNY", "¥": "CNY", "£": "GBP", "грн": "UAH",
    "бел руб": "BYN", "byr": "BYN",
}
_SYMBOLS = re.compile(r"[₽$€£¥₸]|руб\.?|р\.|rur|rub|usd|eur", re.IGNORECASE)


def to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Either refusal in one search (a text with neither, nearly all of them, is passed at once).
_REFUSED = re.compile("[\x00-\x1f\x7f-\x9f\ufffd]")
_REFUSED_BUT_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def check_text(text: str, column: str, max_len: int | None, multiline: bool = False) -> str:
    """The form's rules for a text value: no control characters (line breaks and tabs only
    where the field holds several lines), no undecodable bytes, at most `max_len`
    characters. Regular expressions: a 100,000-row file has a million cells."""
    if (_REFUSED_BUT_LINES if multiline else _REFUSED).search(text) is None and (
            max_len is None or len(text) <= max_len):
        return text
    if "\ufffd" in text:
        raise ValidationError(column, "holds bytes that are not text in the file's "
                              "encoding (shown as �); fix them and save as UTF-8")
    bad = (_CONTROL_BUT_LINES if multiline else _CONTROL).search(text)
    if bad:
        raise ValidationError(column, f"holds a control character (U+{ord(bad[0]):04X})")
    if max_len is not None and len(text) > max_len:
        raise ValidationError(column, f"is longer than {max_len} characters ({len(text)})")
    return text


_EXTENSION = re.compile(r"\s*(?:;?\s*ext\s*[=.]?|доб\.?|x|#)\s*(\d{1,6})\s*$",
                        re.IGNORECASE)
# Every way of writing an extension holds one of these (as _EXTENSION reads them, any case):
# a number without one is passed by a plain scan, not the search above at every position.
_EXTENSION_MARK = re.compile("[x#д]", re.IGNORECASE)


def split_extension(raw: str) -> tuple[str, str | None]:
    """("+7 495 123-45-67", "123") from "+7 495 123-45-67 доб. 123" (or ;ext=, ext., x, #):
    E.164 has no room for an extension, so it is kept beside the number."""
    if _EXTENSION_MARK.search(raw) is None:
        return raw, None
    found = _EXTENSION.search(raw)
    return (raw[:found.start()], found[1]) if found else (raw, None)


# -- dates ---------------------------------------------------------------------------------------
def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # 91 -> 1991, 05 -> 2005: two-digit years from 1930 to 2029
        year += 1900 if year >= 30 else 2000
    return year


def parse_date_parts(value: Any) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) from any written form; None for an empty value; raises
    ValueError for text that is no date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.year, value.month, value.day
    if isinstance(value, date):
        return value.year, value.month, value.day
    if isinstance(value, int | float):
        if 1 <= value < 200_000:  # an Excel serial day number
            day = (EXCEL_EPOCH + timedelta(days=float(value))).date()
            return day.year, day.month, day.day
        raise ValueError(value)
    text = re.sub(r"\s*(г|гг|года)?\.?$", "", str(value).strip().lower())
    if not text or re.fullmatch(r"0{1,2}[./-]0{1,2}[./-]0{2,4}", text):
        return None  # Outlook writes 0.0.00 for "no date"
    if m := re.fullmatch(r"--(\d\d)-?(\d\d)", text):  # vCard without a year
        return None, int(m[1]), int(m[2])
    if m := re.match(r"(\d{4})-?(\d\d)-?(\d\d)(?:$|[t ])", text):
        return int(m[1]), int(m[2]), int(m[3])
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?", text):
        return (_year(m[3]) if m[3] else None), int(m[2]), int(m[1])
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text):  # US order: m/d/y
        first, second = int(m[1]), int(m[2])
        us_month, us_day = (second, first) if first > 12 else (first, second)
        return _year(m[3]), us_month, us_day
    if m := re.fullmatch(r"(\d{1,2})\s+([a-zа-яё]+)\.?(?:\s+(\d{4}))?", text):
        named = MONTHS.get(m[2][:3]) or MONTHS.get(m[2])
        if named:
            return (int(m[3]) if m[3] else None), named, int(m[1])
    raise ValueError(text)


def to_date(value: Any, column: str) -> date | None:
    try:
        parts = parse_date_parts(value)
        if parts is None:
            return None
        year, month, day = parts
        if year is None:
            raise ValueError("no year")
        return date(year, month, day)
    except (ValueError, OverflowError) as exc:
        raise ValidationError(column, f"'{to_text(value)}' is not a date") from exc


def to_birthday(value: Any, column: str) -> tuple[date | None, str | None]:
    """(birthday, None) with a known year, (None, "MM-DD") without one."""
    try:
        parts = parse_date_parts(value)
        if parts is None:
            return None, None
        year, month, day = parts
        date(2000, month, day)  # a real day of a leap year (29 February is one)
    except (ValueError, OverflowError) as exc:
        raise ValidationError(column, f"'{to_text(value)}' is not a date") from exc
    if year is None or year in NO_YEAR:
        return None, f"{month:02d}-{day:02d}"
    try:
        born = date(year, month, day)
    except ValueError as exc:
        raise ValidationError(column, f"'{to_text(value)}' is not a date") from exc
    if born > date.today():
        raise ValidationError(column, "is in the future")
    if year < 1900:  # the form's limit; 1604 and other placeholders are handled above
        raise ValidationError(column, "is before 1900")
    return born, None


# -- money ---------------------------------------------------------------------------------------
def to_currency(value: Any, column: str) -> str | None:
    text = to_text(value)
    if not text:
        return None
    key = text.casefold().rstrip(".").strip()
    code = CURRENCY_SYNONYMS.get(key, text.upper())
    if code not in ISO_4217:
        raise ValidationError(column, f"'{text}' is not an ISO 4217 currency (RUB, USD, EUR…)")
    return code


def to_amount(value: Any, column: str, currency: str | None = None) -> Money:
    """An amount as people write it; its currency from a sign in the text, else `currency`."""
    if value is None or isinstance(value, bool):
        return Money(0, currency or "RUB")
    symbol = None
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip()
        found = _SYMBOLS.search(text)
        if found:
            symbol = to_currency(found[0], column)
            text = _SYMBOLS.sub("", text)
        text = re.sub(r"[\s\u00a0\u202f\u2009']", "", text)
        if not text:
            return Money(0, symbol or currency or "RUB")
        if "," in text and "." in text:  # the last one is the decimal mark
            text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(
                ".") else text.replace(",", "")
        elif text.count(",") == 1:
            text = text.replace(",", ".")
        elif text.count(".") > 1 or text.count(",") > 1:  # 1.234.567 or 1,234,567
            text = text.replace(".", "").replace(",", "")
        try:
            value = Decimal(text)
        except InvalidOperation as exc:
            raise ValidationError(column, f"'{value}' is not an amount") from exc
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValidationError(column, "is not a finite number")
    if abs(amount) > MAX_AMOUNT:
        raise ValidationError(column, f"{amount:.0f} is more than {MAX_AMOUNT:,.0f}")
    return Money.parse(amount, symbol or currency or "RUB", field=column)


# -- tax ids -------------------------------------------------------------------------------------
def to_inn(value: Any, column: str) -> str | None:
    """An INN; one stored as a number lost its leading zero, restored when the check digits
    prove it."""
    text = to_text(value).replace(" ", "")
    if not text:
        return None
    if is_valid_inn(text):
        return text
    if text.isdigit() and len(text) in (9, 11) and is_valid_inn("0" + text):
        return "0" + text
    raise ValidationError(column, f"'{text}' is not a valid INN (10 or 12 digits with check "
                          "digits)")
