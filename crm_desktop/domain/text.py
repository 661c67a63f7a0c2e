"""Text folding for search and duplicate detection.

SQLite folds case for ASCII only, so every searchable value is folded here, once:
Unicode case folding, "ё" treated as "е", whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata

# Russian to Latin letters for logins, email local parts and file names.
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", " ": "-", "«": "",
    "»": "", ".": "", "'": "",
})
_NON_DIGITS = re.compile(r"\D+")


def fold(value: str | None) -> str:
    if not value:
        return ""
    if value.isascii():  # NFKC keeps ASCII as it is, and casefold is lower there
        return " ".join(value.lower().split())
    text = unicodedata.normalize("NFKC", value).casefold().replace("ё", "е")
    # Runs of whitespace made one space, none at the ends: str.split() knows the same
    # whitespace as the regular expression \s (both ask Py_UNICODE_ISSPACE), at half the cost
    # of a substitution (every imported row folds its name and search text).
    return " ".join(text.split())


def digits(value: str | None) -> str:
    return _NON_DIGITS.sub("", value or "")


def looks_like_phone(query: str) -> bool:
    """True for "+7 912 345-67-89", "89123456789", "345-67": digits and phone punctuation only."""
    stripped = query.strip()
    if not stripped or not any(ch.isdigit() for ch in stripped):
        return False
    return all(ch.isdigit() or ch in "+-() ." for ch in stripped) and len(digits(stripped)) >= 3


def phone_search_forms(e164: str) -> list[str]:
    """Digit strings a person may type for a stored E.164 number.

    "+79123456789" is typed as "79123456789" or, in Russia and Kazakhstan, "89123456789".
    """
    national = e164[1:]
    # \d is str.isdecimal's set: a stored number, "+" and its digits, needs no substitution
    number = national if e164[:1] == "+" and national.isdecimal() else digits(e164)
    forms = [number]
    if number.startswith("7") and len(number) == 11:
        forms.append("8" + number[1:])
    return forms


def build_search_text(*parts: str | None, phones: list[str] | None = None) -> str:
    """One folded string holding every searchable field, phones in every digit form."""
    words = [fold(p) for p in parts if p]
    for phone in phones or []:
        words.extend(phone_search_forms(phone))
    return " | ".join(w for w in words if w)


def transliterate(value: str) -> str:
    return value.lower().translate(TRANSLIT)
