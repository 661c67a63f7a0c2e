"""Exported dates stay real dates with their formats, whatever way the cell is written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

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
