"""Arbitrary input to the file readers: a clear ValidationError or a value, never a traceback
(Hypothesis; each crash it found is fixed in the reader and kept here)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.exchange.import_values import (
    parse_date_parts,
    to_amount,
    to_birthday,
    to_currency,
    to_inn,
)
from crm_desktop.services.exchange.tabular import decode_text
from crm_desktop.services.exchange.vcard_read import split_cards

VCARD_LINES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "N:Петров;Иван;;;", "N:;;;;",
    "N:a,b;c,d", "FN:", "FN:Иван", "TEL:*100#", "TEL;CELL:+79161234567", "TEL:tel:+1;ext=",
    "EMAIL:x@", "EMAIL:a@example.com", "BDAY:--0229", "BDAY:1604-13-45", "BDAY:abc",
    "ORG:;", "ORG:ООО", "NOTE;ENCODING=QUOTED-PRINTABLE:=D0=", "NOTE;ENCODING=QUOTED-PRINTABLE"
    ":=C3=91=", "=80", "PHOTO;ENCODING=BASE64:AAAA", " AAAA", "CATEGORIES:,,", "X-ABShowAs:"
    "COMPANY", "item1.TEL:1", "PROFILE:VCard", "", "BEGIN:VCARD", ":", ";;;", "\x00"])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(VCARD_LINES | st.text(max_size=30), max_size=25),
       ending=st.sampled_from(["\n", "\r\n", "\r", "\r\r\n"]))
def test_any_vcard_text_is_cards_with_values_or_named_errors(crm: Crm, tmp_path: Path,
                                                             lines: list[str],
                                                             ending: str) -> None:
    path = tmp_path / "fuzz.vcf"
    path.write_bytes(ending.join(lines).encode("utf-8", "surrogatepass"))
    try:
        plan = crm.vcards.plan(path)
    except ValidationError:
        return
    for row in plan.rows:
        assert all(error.startswith(f"card {row.row}") for error in row.errors)
    list(split_cards(ending.join(lines)))


@given(st.binary(max_size=300))
def test_any_bytes_decode_to_text_and_a_named_encoding(data: bytes) -> None:
    try:
        text, encoding = decode_text(data, "x.csv")
    except ValidationError:
        return
    assert isinstance(text, str) and encoding


@given(st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=True),
                 st.none(), st.booleans()))
def test_any_value_is_a_date_amount_currency_inn_or_a_named_error(value: object) -> None:
    for parse in (lambda v: to_birthday(v, "c"), lambda v: to_amount(v, "c"),
                  lambda v: to_currency(v, "c"), lambda v: to_inn(v, "c")):
        try:
            parse(value)
        except ValidationError as exc:
            assert exc.field == "c"
    try:
        parse_date_parts(value)
    except (ValueError, OverflowError):
        pass
