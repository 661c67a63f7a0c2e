"""One normaliser for phone numbers: E.164 through libphonenumber."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import phonenumberutil as _util

from crm_desktop.domain.errors import ValidationError

DEFAULT_REGION = "RU"
_SEPARATORS = str.maketrans("", "", " -().")
_PLUS_DIGITS = re.compile(r"\+[0-9]{3,17}")
_SHORT = (_util.ValidationResult.TOO_SHORT, _util.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
          _util.ValidationResult.INVALID_LENGTH)


def _international(text: str) -> phonenumbers.PhoneNumber | None:
    """What phonenumbers.parse makes of "+", a country code and digits written with spaces,
    dashes, dots or brackets (most numbers in a file), by parse's own steps for that form
    only: its general text handling cost half of an import's phone checks. None for any
    other text, or a step parse would fail or branch on (then parse itself decides).
    tests/files/test_phones_fast.py holds the two equal."""
    compact = text.translate(_SEPARATORS)
    if len(text) > _util._MAX_INPUT_STRING_LENGTH or not _PLUS_DIGITS.fullmatch(compact):
        return None
    country_code, national = _util._extract_country_code(compact[1:])
    if country_code == 0:
        return None
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(country_code,
                                                                              region)
    if metadata is None or len(national) < _util._MIN_LENGTH_FOR_NSN:
        return None
    _, stripped, _ = _util._maybe_strip_national_prefix_carrier_code(national, metadata)
    if _util._test_number_length(stripped, metadata) not in _SHORT:
        national = stripped  # parse drops a national prefix written after the code
    if not _util._MIN_LENGTH_FOR_NSN <= len(national) <= _util._MAX_LENGTH_FOR_NSN:
        return None
    number = phonenumbers.PhoneNumber(country_code=country_code)
    _util._set_italian_leading_zeros_for_phone_number(national, number)
    number.national_number = int(national)
    return number


def normalize_phone(raw: str, region: str = DEFAULT_REGION, field: str = "phone") -> str:
    text = (raw or "").strip()
    if not text:
        raise ValidationError(field, "phone number is empty")
    number = _international(text)
    if number is None:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException as exc:
            raise ValidationError(field, f"'{text}' is not a phone number") from exc
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValidationError(field, f"'{text}' is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_phones(values: list[str] | None, region: str = DEFAULT_REGION,
                     field: str = "phones") -> list[str]:
    result: list[str] = []
    for raw in values or []:
        if raw and raw.strip():
            phone = normalize_phone(raw, region, field)
            if phone not in result:
                result.append(phone)
    return result


def format_phone(e164: str) -> str:
    """International display form, e.g. "+7 912 345-67-89"."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
