"""Bugs the type checker found (mypy, issue 14), each shown fixed through the public way in."""

from __future__ import annotations

from datetime import date

from crm_desktop.services.crm import Crm
from crm_desktop.services.documents.template_limits import LimitedEnvironment
from crm_desktop.services.exchange.spreadsheet_plan import mapping_key, remembered_mapping
from crm_desktop.services.failures import explain
from crm_desktop.storage.models import LocalSetting
from crm_desktop.sync.tables import Column, to_wire


def test_a_float_power_renders_in_a_template() -> None:
    # the size guard read bit_length() off any base: a float has none (AttributeError)
    assert LimitedEnvironment().from_string("{{ 2.5 ** 2 }}").render() == "6.25"


def test_a_plain_date_goes_on_the_wire() -> None:
    column = Column(name="birthday", kind="date", pg_type="date", nullable=True,
                    default_sql=None, references=None)
    assert to_wire(column, date(1990, 5, 17)) == "1990-05-17"  # isoformat(sep=) raised


def test_a_bare_unicode_error_is_explained_not_crashed_on() -> None:
    failure = explain(UnicodeError("bad bytes"))
    assert "bad bytes" in failure.message and failure.code == "encoding"


def test_a_remembered_mapping_left_empty_is_no_mapping(crm: Crm) -> None:
    key = mapping_key("companies", ["Название", "ИНН"])
    with crm.db.write() as session:  # e.g. written by another program
        session.merge(LocalSetting(key=key, value=None))
    assert remembered_mapping(crm.ctx, "companies", ["Название", "ИНН"]) is None
