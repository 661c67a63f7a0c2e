"""The short way to a "+<code> <digits>" number gives what phonenumbers gives, for any
number written in that form (and other forms still go through phonenumbers)."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import _international, normalize_phone


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
