"""Arbitrary values into every form service: a ValidationError naming a real field, or a
saved record that reads back — never another exception, never a half-written row."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.crm import Crm

# Every kind of value a buggy caller, an import or a hostile user could hand in.
ANY_CHAR = st.characters(blacklist_categories=())  # surrogates and controls included
TEXTS = st.one_of(st.text(ANY_CHAR, max_size=30), st.text(max_size=5).map(lambda t: t * 400),
                  st.sampled_from(["", " ", "\x00", "a\x1b[31mb", "x\ud800", "\u2028",
                                   "ООО «Ромашка»", "+7 912 345-67-89", "a@b.ru",
                                   "7707083893", "١٢٣٤٥٦٧٨٩٠"]))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                    st.decimals(allow_nan=True, allow_infinity=True), TEXTS,
                    st.dates(), st.datetimes(timezones=st.just(UTC)), st.binary(max_size=8))
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=4),
                   st.dictionaries(st.one_of(TEXTS, st.integers()), SCALARS, max_size=3))

COMPANY_FIELDS = ["name", "kind", "legal_name", "tax_id", "industry", "address", "website",
                  "phones", "emails", "lead_source", "segment", "tags", "notes",
                  "keep_in_touch_days", "responsible_id", "custom_fields", "archived_at"]
CONTACT_FIELDS = ["first_name", "middle_name", "last_name", "position", "company_id",
                  "phones", "emails", "messengers", "birthday", "source", "tags", "notes",
                  "keep_in_touch_days", "responsible_id", "birthday_md", "archived_at"]
FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crm]:
    crm = Crm(tmp_path_factory.mktemp("fuzz") / "crm.db",
              clock=FixedClock(datetime(2026, 3, 16, 9, tzinfo=UTC)))
    owner = crm.users.create(name="Анна", role="owner")
    crm.users.set_current(owner.id)
    yield crm
    crm.close()


def rows(crm: Crm) -> dict[str, int]:
    return {k: v for k, v in crm.stats().items() if k in ("companies", "contacts")}


def expect_clean_failure_or_sound_record(crm: Crm, kind: str, call: Any, fields: list[str],
                                         ) -> None:
    before = rows(crm)
    try:
        record = call()
    except ValidationError as exc:
        assert exc.field in fields or exc.field in ("company", "user"), exc
        assert exc.reason and "Traceback" not in exc.reason
        assert rows(crm) == before  # nothing half-written
        return
    except CrmError:
        assert rows(crm) == before
        return
    service = crm.companies if kind == "company" else crm.contacts
    again = service.get(record.id)
    assert again == record
    for name in fields:
        value = getattr(again, name)
        if isinstance(value, str):
            assert "\x00" not in value and len(value) <= 20_000
        if isinstance(value, float | Decimal):
            assert math.isfinite(value)


@FUZZ
@given(st.dictionaries(st.sampled_from(COMPANY_FIELDS), VALUES, min_size=1))
def test_company_create_with_arbitrary_values(shared: Crm, values: dict[str, Any]) -> None:
    expect_clean_failure_or_sound_record(
        shared, "company", lambda: shared.companies.create(**values), COMPANY_FIELDS)


@FUZZ
@given(st.dictionaries(st.sampled_from(CONTACT_FIELDS), VALUES, min_size=1))
def test_contact_create_with_arbitrary_values(shared: Crm, values: dict[str, Any]) -> None:
    expect_clean_failure_or_sound_record(
        shared, "contact", lambda: shared.contacts.create(**values), CONTACT_FIELDS)


@FUZZ
@given(st.dictionaries(st.sampled_from(COMPANY_FIELDS), VALUES, min_size=1))
def test_company_update_with_arbitrary_values(shared: Crm, values: dict[str, Any]) -> None:
    target = shared.companies.create(name="Цель")
    expect_clean_failure_or_sound_record(
        shared, "company", lambda: shared.companies.update(target.id, **values),
        COMPANY_FIELDS)


@FUZZ
@given(st.dictionaries(st.sampled_from(CONTACT_FIELDS), VALUES, min_size=1))
def test_contact_update_with_arbitrary_values(shared: Crm, values: dict[str, Any]) -> None:
    target = shared.contacts.create(first_name="Иван")
    expect_clean_failure_or_sound_record(
        shared, "contact", lambda: shared.contacts.update(target.id, **values), CONTACT_FIELDS)


@FUZZ
@given(VALUES, VALUES, st.one_of(VALUES, st.lists(st.sampled_from(COMPANY_FIELDS))))
def test_merge_with_arbitrary_arguments(shared: Crm, kept: Any, merged: Any,
                                        take: Any) -> None:
    before = rows(shared)
    with pytest.raises(CrmError):
        shared.merges.merge("company", kept, merged, take)
    assert rows(shared) == before


@FUZZ
@given(VALUES)
def test_merge_undo_and_kind_with_arbitrary_arguments(shared: Crm, value: Any) -> None:
    with pytest.raises(CrmError):
        shared.merges.undo(value)
    with pytest.raises(CrmError):
        shared.merges.merge(value, "a", "b")


@FUZZ
@given(VALUES)
def test_time_zone_setting_with_arbitrary_values(shared: Crm, value: Any) -> None:
    try:
        shared.planner.set_time_zone(value)
    except ValidationError as exc:
        assert exc.field == "time_zone"
    finally:
        shared.planner.set_time_zone(None)


@pytest.mark.parametrize(("field", "value", "words"), [
    ("name", "ООО\x00Ромашка", "control character"),
    ("name", "x" * 5000, "longer than 300"),
    ("name", "Ромашка\ud800", "not valid text"),
    ("legal_name", 42, "must be text"),
    ("keep_in_touch_days", float("inf"), "finite"),
    ("keep_in_touch_days", Decimal("NaN"), "finite"),
    ("keep_in_touch_days", True, "whole number"),
    ("keep_in_touch_days", 1e17, "whole number"),
    ("tax_id", "١٢٣٤٥٦٧٨٩٠", "INN"),
    ("phones", "+79123456789", "list"),
    ("phones", [b"\x00"], "must be text"),
    ("tags", [{"a": 1}], "must be text"),
    ("custom_fields", ["x"], "named values"),
    ("responsible_id", 7, "record id"),
    ("kind", ["client"], "not one of"),
    ("notes", "x" * 20_001, "longer than 20000"),
])
def test_company_bad_values_name_the_field(crm: Crm, field: str, value: Any,
                                           words: str) -> None:
    values = {"name": "ООО Ромашка", field: value}
    with pytest.raises(ValidationError) as excinfo:
        crm.companies.create(**values)
    assert excinfo.value.field == field
    assert words in excinfo.value.reason


@pytest.mark.parametrize(("field", "value", "words"), [
    ("birthday", datetime(1990, 1, 1, tzinfo=UTC), "not a date"),
    ("birthday", "1990-01-01", "not a date"),
    ("birthday", date(1850, 1, 1), "before 1900"),
    ("messengers", {"telegram": "@a\x1b"}, "control character"),
    ("messengers", "telegram", "named values"),
    ("company_id", {"id": 1}, "record id"),
    ("first_name", "Иван\nПётр", "control character"),
])
def test_contact_bad_values_name_the_field(crm: Crm, field: str, value: Any,
                                           words: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        crm.contacts.create(last_name="Петров", **{field: value})
    assert excinfo.value.field == field
    assert words in excinfo.value.reason


def test_multiline_notes_keep_their_line_breaks(crm: Crm) -> None:
    company = crm.companies.create(name="Ромашка", notes="Первая строка\n\tвторая",
                                   address="Москва,\r\nул. Ленина, 1")
    assert company.notes == "Первая строка\n\tвторая"
    assert company.address == "Москва,\r\nул. Ленина, 1"


@FUZZ
@given(st.dictionaries(st.sampled_from(COMPANY_FIELDS), VALUES, min_size=1),
       st.one_of(VALUES, st.dictionaries(st.sampled_from(COMPANY_FIELDS), VALUES)))
def test_company_save_changes_with_arbitrary_values(shared: Crm, changes: dict[str, Any],
                                                    base: Any) -> None:
    target = shared.companies.create(name="Цель", notes="старое")
    expect_clean_failure_or_sound_record(
        shared, "company", lambda: shared.companies.save_changes(target.id, changes, base),
        COMPANY_FIELDS + ["base"])


@FUZZ
@given(st.dictionaries(st.one_of(st.sampled_from(CONTACT_FIELDS), TEXTS), VALUES),
       st.one_of(st.none(), VALUES))
def test_contact_validate_and_named_with_arbitrary_values(shared: Crm, values: dict[str, Any],
                                                          name: Any) -> None:
    before = rows(shared)
    errors = shared.contacts.validate(values)
    assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in errors.items())
    assert isinstance(shared.companies.named(name), list)
    assert rows(shared) == before


@FUZZ
@given(VALUES)
def test_arbitrary_record_ids_are_refused_cleanly(shared: Crm, ident: Any) -> None:
    before = rows(shared)
    for call in (lambda: shared.companies.update(ident, notes="x"),
                 lambda: shared.contacts.save_changes(ident, {"notes": "x"}, {"notes": None}),
                 lambda: shared.contacts.validate({"notes": "x"}, ident),
                 lambda: shared.companies.get(ident),
                 lambda: shared.companies.delete(ident)):
        try:
            call()
        except CrmError:
            pass
    assert rows(shared) == before
