"""The short way to a "+<code> <digits>" number gives what phonenumbers gives, for any
number written in that form (and other forms still go through phonenumbers)."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import _international, _is_valid, normalize_phone


def library(text: str, region: str) -> str:
    """The normaliser as it was: parse, check, format, all through phonenumbers."""
    text = text.strip()
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return "not a phone number"
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        return "not valid"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def ours(text: str, region: str) -> str:
    try:
        return normalize_phone(text, region)
    except ValidationError as exc:
        return "not valid" if "valid" in exc.reason else "not a phone number"


CODES = ["7", "1", "44", "49", "39", "380", "375", "998", "86", "81", "61", "800", "882",
         "383", "0", "999", "2", "97", "888", "979"]
SEPARATORS = st.sampled_from([" ", "-", "(", ")", ".", "  ", " (", ") ", "-", ""])


@st.composite
def written(draw: st.DrawFn) -> str:
    digits = draw(st.sampled_from(CODES)) + draw(st.text("0123456789", min_size=0,
                                                         max_size=16))
    if draw(st.booleans()):  # the mobile and city prefixes real numbers start with
        digits = draw(st.sampled_from(["79", "7495", "7812", "3906", "390", "4420", "1212",
                                       "78", "7800", "77"])) + digits[2:]
    out = draw(st.sampled_from(["+", "+", "+", " +", "(+", "8", "", "00", "++"]))
    for digit in digits:
        out += draw(SEPARATORS) if draw(st.integers(0, 3)) == 0 else ""
        out += digit
    return out + draw(st.sampled_from(["", "", " ", ")", "-", " x12", " доб. 5"]))


@settings(max_examples=1500, deadline=None)
@given(written(), st.sampled_from(["RU", "US", "IT", "KZ", "DE"]))
@example("+7 912 345-67-89", "RU")
@example("+7 (495) 123-45-67", "RU")
@example("+7 8 912 345 67 89", "RU")  # a national prefix after the country code
@example("+39 06 1234 5678", "RU")  # Italy keeps its leading zero
@example("+800 1234 5678", "RU")  # a non-geographic code
@example("+1 (212) 555-0123", "RU")
@example("+12", "RU")
@example("+123", "RU")
@example("+" + "1" * 18, "RU")
@example("+7" + " " * 260 + "9123456789", "RU")  # longer than parse accepts
def test_same_result_as_phonenumbers(text: str, region: str) -> None:
    assert ours(text, region) == library(text, region)


@pytest.mark.parametrize("text", ["+7 912 345-67-89", "+79123456789", "+7(912)3456789",
                                  "+44 20 7946 0958", "+39 06 1234 5678"])
def test_the_usual_form_takes_the_short_way(text: str) -> None:
    number = _international(text)
    assert number is not None and number == phonenumbers.parse(text, "RU")


@pytest.mark.parametrize("text", ["8 912 345-67-89", "9123456789", "+7 912 345 67 89 x12",
                                  "tel:+79123456789", "+7 912 ABC-67-89", "++79123456789"])
def test_other_forms_go_through_phonenumbers(text: str) -> None:
    assert _international(text) is None
    assert ours(text, "RU") == library(text, "RU")


# Every calling code, some that are none, and national numbers of any length: the first digits
# real numbers of a region start with (its example numbers) make most of them valid or near.
CALLING_CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE) + [0, 999, 2, 97, 888, 979]
EXAMPLES = sorted({str(example.national_number) for region in phonenumbers.SUPPORTED_REGIONS
                   for kind in (phonenumbers.PhoneNumberType.FIXED_LINE,
                                phonenumbers.PhoneNumberType.MOBILE,
                                phonenumbers.PhoneNumberType.TOLL_FREE)
                   for example in (phonenumbers.example_number_for_type(region, kind),)
                   if example is not None})


@st.composite
def numbers(draw: st.DrawFn) -> phonenumbers.PhoneNumber:
    digits = draw(st.text("0123456789", min_size=1, max_size=17))
    if draw(st.booleans()):  # a real number's start, the rest changed or cut
        example = draw(st.sampled_from(EXAMPLES))
        digits = example[:draw(st.integers(0, len(example)))] + digits[:draw(st.integers(
            0, 4))]
    number = phonenumbers.PhoneNumber(country_code=draw(st.sampled_from(CALLING_CODES)),
                                      national_number=int(digits or "0"))
    if draw(st.integers(0, 5)) == 0:
        number.italian_leading_zero = True
        number.number_of_leading_zeros = draw(st.sampled_from([None, 1, 2]))
    return number


@settings(max_examples=3000, deadline=None)
@given(numbers())
def test_validity_as_phonenumbers_decides_it(number: phonenumbers.PhoneNumber) -> None:
    assert _is_valid(number) == phonenumbers.is_valid_number(number)


def test_validity_of_every_example_number() -> None:
    """Each region's example of each number type (valid) and the same number with its last
    digit dropped or doubled (mostly not)."""
    checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in range(12):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            national = str(example.national_number)
            for digits in (national, national[:-1] or "0", national + national[-1]):
                number = phonenumbers.PhoneNumber(
                    country_code=example.country_code, national_number=int(digits),
                    italian_leading_zero=example.italian_leading_zero,
                    number_of_leading_zeros=example.number_of_leading_zeros)
                assert _is_valid(number) == phonenumbers.is_valid_number(number), number
                checked += 1
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            assert _is_valid(example) == phonenumbers.is_valid_number(example) is True
            checked += 1
    assert checked > 1000
