"""The import's worksheet reader gives exactly what openpyxl's read-only values give."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from crm_desktop.services.exchange.xlsx_read import open_read_only, sheet_values

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def both(path: Path, data_only: bool = True) -> tuple[list[tuple[object, ...]], ...]:
    """(openpyxl's rows, ours) of every sheet, after checking the sheets match."""
    stock, book = load_workbook(path, read_only=True, data_only=data_only), \
        open_read_only(path, data_only)
    try:
        shape = [[(ws.title, ws.sheet_state, ws.min_row, ws.min_column, ws.max_row,
                   ws.max_column) for ws in b.worksheets] for b in (stock, book)]
        assert shape[1] == shape[0]
        return tuple((list(theirs.iter_rows(values_only=True)), list(sheet_values(ours)))
                     for theirs, ours in zip(stock.worksheets, book.worksheets, strict=True))
    finally:
        stock.close()
        book.close()


def assert_same(path: Path, data_only: bool = True) -> list[tuple[object, ...]]:
    sheets = both(path, data_only)
    for stock, ours in sheets:
        assert ours == stock
        assert [type(v) for r in ours for v in r] == [type(v) for r in stock for v in r]
    return sheets[0][1]


def test_every_kind_of_cell_reads_as_openpyxl_reads_it(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["text", " padded ", "", 1, 2.5, True, date(2024, 2, 29),
               datetime(2024, 1, 2, 3, 4), "=SUM(D1:E1)", None, "ёжик\nстрока"])
    ws["C5"] = "a gap of rows and columns"
    ws["H9"] = CellRichText([TextBlock(InlineFont(b=True), "bold"), " plain"])
    ws.merge_cells("A12:C12")
    ws["A12"] = "merged"
    book.create_sheet("second").append(["x", None, 3])
    path = tmp_path / "kinds.xlsx"
    book.save(path)
    rows = assert_same(path)
    assert rows[0][0] == "text" and rows[4][2] == "a gap of rows and columns"
    assert_same(path, data_only=False)  # formulas as text, as the import's check reads them


def test_write_only_files_with_inline_strings(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    ws = book.create_sheet()
    for i in range(300):
        ws.append([f"ООО Компания {i}", i, None if i % 7 else "", f"  {i}  ", i * 1.5])
    path = tmp_path / "stream.xlsx"
    book.save(path)
    rows = assert_same(path)
    assert rows[0][0] == "ООО Компания 0" and rows[3][3] == "  3  "


def with_sheet_xml(tmp_path: Path, rows_xml: str, dimension: str = "") -> Path:
    """A workbook whose first sheet is the given <sheetData> rows (and <dimension>)."""
    source = tmp_path / "base.xlsx"
    book = Workbook()
    book.active["A1"] = "x"
    book.save(source)
    target = tmp_path / "hand.xlsx"
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">'
             f"{dimension}<sheetData>{rows_xml}</sheetData></worksheet>")
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            new.writestr(item, data)
    return target


INLINE_CELLS = [
    '<is><t>plain</t></is>',
    '<is><t xml:space="preserve">  spaced  </t></is>',
    '<is><t/></is>',
    '<is></is>',
    '<is><t>first</t><t>second</t></is>',
    '<is><r><rPr><b/></rPr><t>bold</t></r><r><t> run</t></r></is>',
    '<is><t>base</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></is>',
    '<is><t>with</t><r><t> run</t></r></is>',
    '<f>1+1</f><is><t>formula</t></is>',
]


def test_hand_written_inline_strings(tmp_path: Path) -> None:
    cells = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr">{body}</c>'
                    for i, body in enumerate(INLINE_CELLS))
    no_refs = "".join(f'<c t="inlineStr" s="0">{body}</c>' for body in INLINE_CELLS)
    path = with_sheet_xml(tmp_path, f'<row r="1">{cells}</row><row r="4">{no_refs}</row>'
                                    f'<row><c t="inlineStr"><is><t>last</t></is></c></row>')
    rows = assert_same(path)
    assert rows[0][:5] == ("plain", "  spaced  ", "", "", "second")
    assert rows[0][5] == "bold run" and rows[0][6] == "base"
    assert_same(path, data_only=False)


def test_a_sheet_read_to_its_stated_size(tmp_path: Path) -> None:
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{n}</t></is></c>'
                   f'<c r="C{n}"><v>{n}</v></c></row>' for n in (1, 2, 5, 9))
    small = with_sheet_xml(tmp_path, rows, '<dimension ref="A1:B5"/>')
    assert assert_same(small) == [("1", None), ("2", None), (None, None), (None, None),
                                  ("5", None)]
    late = with_sheet_xml(tmp_path, rows + '</sheetData><dimension ref="A1:B2"/><sheetData>')
    assert len(assert_same(late)) == 9  # a <dimension> after the cells is not one


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.one_of(st.none(), st.text(st.characters(
    blacklist_categories=("Cs", "Cc")), max_size=12), st.integers(-10**9, 10**9)),
    max_size=5), min_size=1, max_size=8))
def test_any_text_reads_back_the_same(tmp_path: Path, rows: list[list[object]]) -> None:
    book = Workbook(write_only=True)
    ws = book.create_sheet()
    for row in rows:
        ws.append(row)
    path = tmp_path / "any.xlsx"
    book.save(path)
    assert_same(path)
