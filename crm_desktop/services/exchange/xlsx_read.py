"""A workbook opened as openpyxl's `load_workbook(read_only=True)` opens it, and a worksheet's
values row by row as its `iter_rows(values_only=True)` gives them, with two costs left out.

Opening: openpyxl looks for each sheet's <dimension> by parsing the sheet up to the end of
its cells, so a file without one (openpyxl's own write-only files, many generators) is
parsed twice. The dimension comes before the cells (ECMA-376 orders a worksheet's parts), so
the search here stops where the cells start: the same size, or none, either way.

Reading: openpyxl (3.1) writes every text cell as an inline string, so files from our own
export and from most Python tools are made of them; openpyxl reads each one through its
rich-text object model, about half the time of reading such a file. A cell holding only
`<t>` text is read here as that text; any other cell (runs, phonetic text, formulas,
numbers, shared strings) goes through openpyxl unchanged.

tests/files/test_xlsx_read.py holds both equal to openpyxl's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

from openpyxl.packaging import relationship
from openpyxl.reader import excel
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet import _read_only, _reader
from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG, INLINE_STRING
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

# openpyxl's own classes, extended below through their private parts (Any: the stubs
# describe only the public ones).
ExcelReader: Any = excel.ExcelReader
ReadOnlyWorksheet: Any = _read_only.ReadOnlyWorksheet
WorkSheetParser: Any = _reader.WorkSheetParser
get_dependents: Any = relationship.get_dependents
get_rels_path: Any = relationship.get_rels_path

PLAIN_TEXT = "{%s}t" % SHEET_MAIN_NS  # noqa: UP031  (the tag format openpyxl uses)
FORMULA = "{%s}f" % SHEET_MAIN_NS  # noqa: UP031


class _SizedSheet(ReadOnlyWorksheet):  # type: ignore[misc]
    def _get_size(self) -> None:
        with self._get_source() as source:
            for event, element in iterparse(source, events=("start", "end")):
                if event == "end" and element.tag == DIMENSION_TAG:
                    dimensions = cast(Any, SheetDimension.from_tree(element)).boundaries
                    if dimensions is not None:
                        self._min_column, self._min_row, self._max_column, \
                            self._max_row = dimensions
                    return
                if event == "start" and element.tag == DATA_TAG:
                    return  # the cells start: no <dimension> in this sheet


class _Reader(ExcelReader):  # type: ignore[misc]
    def read_worksheets(self) -> None:
        """openpyxl's read-only branch of ExcelReader.read_worksheets, with _SizedSheet."""
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            rels_path = get_rels_path(rel.target)
            if rels_path in self.valid_files:
                get_dependents(self.archive, rels_path)  # read as openpyxl reads it
            ws = _SizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def open_read_only(path: Any, data_only: bool = True) -> Any:
    """`load_workbook(path, read_only=True, data_only=data_only)`."""
    reader = _Reader(path, read_only=True, data_only=data_only)
    reader.read()
    return reader.wb


class _PlainInlineParser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's parser, with an inline string of plain text read as its text."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        if element.get("t") != "inlineStr" or self.rich_text or (
                not self.data_only and element.find(FORMULA) is not None):
            return super().parse_cell(element)  # type: ignore[no-any-return]
        inline = element.find(INLINE_STRING)
        if inline is None or len(inline) == 0:
            return super().parse_cell(element)  # type: ignore[no-any-return]
        last = inline[-1]
        if last.tag != PLAIN_TEXT or (len(inline) > 1 and any(
                part.tag != PLAIN_TEXT for part in inline)):
            return super().parse_cell(element)  # type: ignore[no-any-return]
        style_id = element.get("s", 0)
        if style_id:
            style_id = int(style_id)
        coordinate = element.get("r")
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        # openpyxl's Text keeps the last <t> (a None text reads as an empty string).
        return {"row": row, "column": column, "value": last.text or "",
                "data_type": "s", "style_id": style_id}


def sheet_values(ws: Any) -> Iterator[tuple[Any, ...]]:
    """`ws.iter_rows(values_only=True)` of a read-only worksheet (openpyxl's
    ReadOnlyWorksheet._cells_by_row with the parser above)."""
    max_col, max_row = ws.max_column, ws.max_row
    # openpyxl's filler for a missing row: a tuple of Nones, or [] in a sheet of no size.
    empty_row: Any = (None,) * max_col if max_col is not None else []
    counter, idx = 1, 1
    book = ws.parent
    with ws._get_source() as source:
        parser = _PlainInlineParser(source, ws._shared_strings, data_only=book.data_only,
                                    epoch=book.epoch, date_formats=book._date_formats,
                                    timedelta_formats=book._timedelta_formats)
        for idx, row in parser.parse():
            if max_row is not None and idx > max_row:
                break
            for _ in range(counter, idx):  # rows the file leaves out
                counter += 1
                yield empty_row
            if counter <= idx:
                counter += 1
                yield ws._get_row(row, 1, max_col, True)
    if max_row is not None and max_row < idx:
        for _ in range(counter, max_row + 1):
            yield empty_row
