"""One normaliser for phone numbers: E.164 through libphonenumber."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import phonenumbers
from phonenumbers import phonenumberutil as _util

from crm_desktop.domain.errors import ValidationError

DEFAULT_REGION = "RU"
_PLUS_DIGITS = re.compile(r"\+[0-9]{3,17}")
_SHORT = (_util.ValidationResult.TOO_SHORT, _util.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
          _util.ValidationResult.INVALID_LENGTH)


def _international(text: str) -> phonenumbers.PhoneNumber | None:
    """What phonenumbers.parse makes of "+", a country code and digits written with spaces,
    dashes, dots or brackets (most numbers in a file), by parse's own steps for that form
    only: its general text handling cost half of an import's phone checks. None for any
    other text, or a step parse would fail or branch on (then parse itself decides).
    tests/files/test_phones_fast.py holds the two equal."""
    compact = text.replace(" ", "").replace("-", "").replace("(", "").replace(
        ")", "").replace(".", "")  # str.translate's table took three times as long
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
    if not phonenumbers.is_possible_number(number) or not _is_valid(number):
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


Match = Callable[[str], object]  # a compiled pattern's fullmatch


class _Region:
    """What validity asks of a region's metadata, compiled once: the general pattern and,
    for each length a number of the region can have, one pattern matching any number type
    of that length (the library tries each type's pattern in turn, looking each up in re's
    cache, to name the type; only whether one matches counts here)."""

    def __init__(self, metadata: Any) -> None:
        self.metadata = metadata  # kept: the cache below is keyed by its id
        general = metadata.general_desc
        self.general_lengths = frozenset(general.possible_length) \
            if general is not None and len(general.possible_length) > 0 else None
        self.general = re.compile(general.national_number_pattern).fullmatch \
            if general is not None and general.national_number_pattern else None
        kinds = ["premium_rate", "toll_free", "shared_cost", "voip", "personal_number",
                 "pager", "uan", "voicemail", "fixed_line", "mobile"]
        if metadata.same_mobile_and_fixed_line_pattern:  # then mobile is never tried
            kinds.remove("mobile")
        # (possible lengths or None for any, pattern) of each type with a pattern
        patterns = [(frozenset(d.possible_length) if len(d.possible_length) > 0 else None,
                     d.national_number_pattern) for d in (getattr(metadata, k) for k in kinds)
                    if d is not None and d.national_number_pattern]
        lengths = {n for found, _ in patterns if found for n in found}
        self.by_length: dict[int, Match | None] = {
            n: _any_of([p for found, p in patterns if found is None or n in found])
            for n in lengths}
        self.other = _any_of([p for found, p in patterns if found is None])

    def valid(self, national: str) -> bool:
        """_number_type_helper(national, metadata) != UNKNOWN."""
        if self.general is None or (self.general_lengths is not None and
                                    len(national) not in self.general_lengths) or \
                self.general(national) is None:
            return False
        match = self.by_length.get(len(national), self.other)
        return match is not None and match(national) is not None


def _any_of(patterns: list[str]) -> Match | None:
    """One fullmatch for several patterns: it matches a text in full when one of them does
    (the engine backtracks into the next alternative)."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns)).fullmatch


_REGIONS: dict[int, _Region] = {}  # id(metadata) -> its compiled patterns
_LEADING: dict[str, Match] = {}  # a region's leading digits -> their compiled match


def _region(metadata: Any) -> _Region:
    found = _REGIONS.get(id(metadata))
    if found is None or found.metadata is not metadata:
        found = _REGIONS[id(metadata)] = _Region(metadata)
    return found


def _region_code(number: phonenumbers.PhoneNumber, national: str) -> str | None:
    """phonenumbers.region_code_for_number: of the regions sharing a calling code, the first
    whose leading digits start the number or, without them, whose patterns it matches."""
    if number.country_code is None:
        return None
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code)
    if regions is None:
        return None
    if len(regions) == 1:
        return regions[0]
    for code in regions:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(code.upper(), None)
        if metadata is None:
            continue
        leading = metadata.leading_digits
        if leading is not None:
            match = _LEADING.get(leading)
            if match is None:
                match = _LEADING[leading] = re.compile(leading).match
            if match(national):
                return code
        elif _region(metadata).valid(national):
            return code
    return None


def _is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """phonenumbers.is_valid_number, by its steps, with each region's patterns compiled
    once (a Russian mobile number went through ten type patterns, each looked up in re's
    cache: half of an import's phone checks). tests/files/test_phones_fast.py holds the two
    equal."""
    national = _util.national_significant_number(number)
    code = _region_code(number, national)
    if code is None or number.country_code is None:
        return False
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        number.country_code, code.upper())
    if metadata is None or (code != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY and
                            number.country_code != _util.country_code_for_valid_region(code)):
        return False
    return _region(metadata).valid(national)
