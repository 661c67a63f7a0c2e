"""The import's short ways give what the long ways gave: a number checked once per file still
names every row that holds it when it is refused, text checks in one search refuse what the
three searches refused, with the same words, and a list column's JSON is what the encoder
writes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from crm_desktop.domain import values
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.taxid import is_valid_inn, normalize_inn
from crm_desktop.services.crm import Crm
from crm_desktop.services.exchange import import_values
from crm_desktop.services.exchange.spreadsheet_apply import _plain_texts

HEADER = ["Наименование", "ИНН", "Телефон", "Email"]


def workbook(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_refused_number_is_named_on_every_row_that_holds_it(crm: Crm,
                                                              tmp_path: Path) -> None:
    source = workbook(tmp_path / "clients.xlsx", [
        ["ООО Первая", None, "+7 000 000-00-00", None],
        ["ООО Вторая", None, "+7 912 345-67-89", None],
        ["ООО Третья", None, "+7 000 000-00-00", None],
        ["ООО Четвёртая", "²²²²²²²²²²", None, None],  # digits to str.isdigit, not an INN
        ["ООО Пятая", "²²²²²²²²²²", "+7 912 345-67-89", None],
    ])
    plan = crm.spreadsheets.plan(source, "companies")
    assert plan.errors == [
        "row 2, column «Телефон»: '+7 000 000-00-00' is not a valid phone number",
        "row 4, column «Телефон»: '+7 000 000-00-00' is not a valid phone number",
        "row 5, column «ИНН»: '²²²²²²²²²²' is not a valid INN (10 or 12 digits with check "
        "digits)",
        "row 6, column «ИНН»: '²²²²²²²²²²' is not a valid INN (10 or 12 digits with check "
        "digits)"]
    assert [r.values.get("phones") for r in plan.rows] == [None, ["+79123456789"], None, [],
                                                           ["+79123456789"]]
    report = crm.spreadsheets.apply(plan, valid_only=True)
    assert report.created == 1 and [n for n, _ in report.skipped] == [2, 4, 5, 6]


def test_a_number_checked_once_still_matches_and_skips_as_before(crm: Crm,
                                                                 tmp_path: Path) -> None:
    crm.companies.create(name="АО Вектор", phones=["+7 495 123-45-67"])
    source = workbook(tmp_path / "clients.xlsx", [
        ["ООО Ромашка", None, "+7 912 345-67-89, 8 (912) 345-67-89", None],  # one number
        ["ООО Лютик", None, "+7 912 345-67-89 доб. 12", None],
        ["АО Вектор", None, "+7 495 123-45-67", None],
        ["АО Вектор 2", None, "8 495 123 45 67", "Sales@Vector.ru; sales@vector.ru"],
    ])
    plan = crm.spreadsheets.plan(source, "companies")
    assert not plan.errors
    first, second, third, fourth = plan.rows
    assert first.values["phones"] == ["+79123456789"] and first.action == "create"
    assert second.action == "skip" and second.note == "the same phone as row 2"
    assert third.action == "update" and fourth.action == "skip"
    assert fourth.note == "the same phone as row 4"
    assert fourth.values["emails"] == ["sales@vector.ru"]


@pytest.mark.parametrize("inn", ["7707083893", "500100732259", "7707083894", "77070838",
                                 "", "770708389３", "١٢٣٤٥٦٧٨٩٠", "²" * 12, "7707 083893"])
def test_inn_check_digits(inn: str) -> None:
    digits = [int(d) for d in inn] if inn.isascii() and inn.isdigit() else None

    def check(weights: tuple[int, ...]) -> int:
        assert digits is not None
        return sum(d * w for d, w in zip(digits, weights, strict=False)) % 11 % 10

    expected = digits is not None and (
        (len(digits) == 10 and check((2, 4, 10, 3, 5, 9, 4, 6, 8)) == digits[9]) or
        (len(digits) == 12 and check((7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == digits[10] and
         check((3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == digits[11]))
    assert is_valid_inn(inn) is expected
    compact = inn.replace(" ", "")
    if is_valid_inn(compact):
        assert normalize_inn(inn) == compact
    elif compact:
        with pytest.raises(ValidationError):
            normalize_inn(inn)


# -- text checks: one search for what three (or two) searches refused -------------------
TEXTS = st.text(st.sampled_from(list("ab ЖёЁ\t\n\r\x00\x1f\x7f\x85\x9f\xa0\u2028\u2029"
                                     "\ufffd\ud800\udfff")), max_size=12)


def domain_check_as_before(field: str, value: Any, max_len: int,
                           multiline: bool) -> str | None:
    name = field.replace("_", " ")
    if value is None:
        return None
    if re.search("[\ud800-\udfff]", value):
        raise ValidationError(field, f"{name} contains characters that are not valid text")
    bad = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", value)
    if bad is None and not multiline:
        bad = re.search("[\t\n\r\u2028\u2029]", value)
    if bad is not None:
        raise ValidationError(field, f"{name} contains a control character "
                                     f"(U+{ord(bad.group()):04X})")
    text = value.strip()
    if len(text) > max_len:
        raise ValidationError(field, f"{name} is longer than {max_len} characters "
                                     f"({len(text)})")
    return text or None


def import_check_as_before(text: str, max_len: int | None, multiline: bool) -> str:
    if "\ufffd" in text:
        raise ValidationError("c", "holds bytes that are not text in the file's "
                              "encoding (shown as �); fix them and save as UTF-8")
    bad = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]" if multiline else
                    r"[\x00-\x1f\x7f-\x9f]", text)
    if bad:
        raise ValidationError("c", f"holds a control character (U+{ord(bad[0]):04X})")
    if max_len is not None and len(text) > max_len:
        raise ValidationError("c", f"is longer than {max_len} characters ({len(text)})")
    return text


def outcome(check: Any, *args: Any) -> tuple[str, Any]:
    try:
        return "ok", check(*args)
    except ValidationError as exc:
        return "refused", (exc.field, exc.reason)


@settings(max_examples=1500, deadline=None)
@given(TEXTS, st.sampled_from([None, 3, 8]), st.booleans())
@example(" a\u2028 ", 8, False)
@example("a\ud800\x00", 8, True)
def test_text_checks_refuse_as_before(text: str, limit: int | None,
                                      multiline: bool) -> None:
    assert outcome(values.check_text, "notes", text, limit or 5, None, multiline) == \
        outcome(domain_check_as_before, "notes", text, limit or 5, multiline)
    assert outcome(import_values.check_text, text, "c", limit, multiline) == \
        outcome(import_check_as_before, text, limit, multiline)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list("+7 912-3()xX#дДᲁ;ext=.доб45")), max_size=24))
@example("+7 495 123-45-67 доб. 123")
@example("+7 495 123-45-67;ext=5")
@example("+7 495 123-45-67 X12")
def test_extensions_found_as_before(text: str) -> None:
    found = re.search(r"\s*(?:;?\s*ext\s*[=.]?|доб\.?|x|#)\s*(\d{1,6})\s*$", text,
                      re.IGNORECASE)
    assert import_values.split_extension(text) == (
        (text[:found.start()], found[1]) if found else (text, None))


# -- a list column's JSON ------------------------------------------------------------------
@settings(max_examples=800, deadline=None)
@given(st.lists(st.text(max_size=8) | st.sampled_from(["+79123456789", "a.b@c.ru", 'say "hi"',
                                                        "back\\slash", "\x7f", "почта@пример.рф"]),
                max_size=4))
def test_list_json_is_what_the_encoder_writes(items: list[str]) -> None:
    write = _plain_texts(json.dumps)
    assert write(items) == json.dumps(items)
    assert write(tuple(items)) == json.dumps(tuple(items))


def test_a_serialiser_of_another_form_is_used_as_it_is() -> None:
    def compact(value: Any) -> str:
        return json.dumps(value, separators=(",", ":"))

    assert _plain_texts(compact) is compact
