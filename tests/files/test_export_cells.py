"""Exported dates stay real dates with their formats, whatever way the cell is written."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from crm_desktop.domain.money import Money
from crm_desktop.services.exchange.xlsx_export import export_rows


def test_dates_times_and_money_read_back_typed(tmp_path: Path) -> None:
    rows = [(date(2026, 3, 1), datetime(2026, 3, 1, 9, 30), Money(123456, "RUB"), "text"),
            (date(1900, 2, 28), datetime(1999, 12, 31, 23, 59), Money(1, "USD"), None),
            (date(2026, 3, 1), None, None, "=1+1")]  # a repeated day, a formula as text
    path = export_rows(tmp_path / "typed.xlsx", ["Day", "When", "Amount", "Note"], rows)
    sheet = load_workbook(path).active
    assert sheet["A2"].value == datetime(2026, 3, 1) and sheet["A2"].number_format == \
        "yyyy-mm-dd"
    assert sheet["A3"].value == datetime(1900, 2, 28)  # before Excel's 1900 leap-day gap
    assert sheet["A4"].value == datetime(2026, 3, 1) and sheet["A4"].is_date
    assert sheet["B2"].value == datetime(2026, 3, 1, 9, 30)
    assert sheet["B2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["B3"].value == datetime(1999, 12, 31, 23, 59)
    assert float(sheet["C2"].value) == 1234.56 and "RUB" in sheet["C2"].number_format
    assert "USD" in sheet["C3"].number_format and sheet["C4"].value is None
    assert sheet["D4"].value == "=1+1" and sheet["D4"].data_type == "s"


def test_the_sheet_is_what_openpyxls_own_sheet_writes(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from crm_desktop.services.exchange import xlsx_export

    rows = [(f"Компания {i}", i, i * 0.5, date(2026, 3, 1 + i % 28), None,
             datetime(2026, 3, 1, i % 24, 5), Money(i * 100, "EUR"), "=A1", Decimal("1.5"),
             " spaced ") for i in range(200)]
    columns = [f"Column {i}" for i in range(10)]
    ours = export_rows(tmp_path / "ours.xlsx", columns, rows)
    monkeypatch.setattr(xlsx_export, "_sheet_class", lambda: WriteOnlyWorksheet)
    stock = export_rows(tmp_path / "stock.xlsx", columns, rows)
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(stock) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            if name != "docProps/core.xml":  # holds the time of writing
                assert a.read(name) == b.read(name), name


def test_values_openpyxl_styles_itself_as_its_own_sheet_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A time (openpyxl gives its cell a number format as it binds it), booleans and text
    after a styled cell: our sheet's one plain cell must not carry a style on."""
    from datetime import time, timedelta

    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from crm_desktop.services.exchange import xlsx_export

    rows = [(time(9, 30 + i % 30), f"after a time {i}", True, timedelta(hours=i), i,
             date(2026, 3, 1), "after a date", False, Money(i, "RUB"), 2.5)
            for i in range(50)] + [["a list row", None, None, time(1, 2)]]
    columns = [f"Column {i}" for i in range(10)]
    ours = export_rows(tmp_path / "ours.xlsx", columns, rows)
    monkeypatch.setattr(xlsx_export, "_sheet_class", lambda: WriteOnlyWorksheet)
    stock = export_rows(tmp_path / "stock.xlsx", columns, rows)
    with zipfile.ZipFile(ours) as a, zipfile.ZipFile(stock) as b:
        for name in a.namelist():
            if name != "docProps/core.xml":
                assert a.read(name) == b.read(name), name
    sheet = load_workbook(ours).active
    assert sheet["B2"].number_format == "General" and sheet["G2"].number_format == "General"
