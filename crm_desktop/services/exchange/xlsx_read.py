"""A worksheet's values row by row, as openpyxl's read-only `iter_rows(values_only=True)`
gives them, with plain inline strings read directly.

openpyxl (3.1) writes every text cell as an inline string, so files from our own export and
from most Python tools are made of them; openpyxl reads each one through its rich-text
object model, about half the time of reading such a file. A cell holding only `<t>` text is
read here as that text; any other cell (runs, phonetic text, formulas, numbers, shared
strings) goes through openpyxl unchanged. tests/files/test_xlsx_read.py holds the two equal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

PLAIN_TEXT = "{%s}t" % SHEET_MAIN_NS  # noqa: UP031  (the tag format openpyxl uses)
FORMULA = "{%s}f" % SHEET_MAIN_NS  # noqa: UP031


class _PlainInlineParser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's parser, with an inline string of plain text read as its text."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        if element.get("t") != "inlineStr" or self.rich_text or (
                not self.data_only and element.find(FORMULA) is not None):
            return super().parse_cell(element)  # type: ignore[no-any-return]
        inline = element.find(INLINE_STRING)
        parts = list(inline) if inline is not None else None
        if not parts or any(part.tag != PLAIN_TEXT for part in parts):
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
        return {"row": row, "column": column, "value": parts[-1].text or "",
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
