"""Import of companies, contacts and deals from Excel and CSV; export of every list to Excel.

Import runs in two steps: `plan()` reads the file, maps the columns (guessed from the header
vocabulary, or given), checks every cell as the forms would (naming the row and the column)
and matches existing records by tax id, email or phone, writing nothing; `apply()` then
writes the plan in one transaction — all or nothing, or only the valid rows when asked —
with progress and cancel. New rows are inserted in bulk: 100,000 rows through the ORM one
by one take minutes. An update adds what the file brings and removes nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.import_headers import LABELS, guess_mapping
from crm_desktop.services.exchange.import_plan import (
    ImportCancelled,
    ImportPlan,
    ImportReport,
    RowPlan,
    collection_paused,
)
from crm_desktop.services.exchange.spreadsheet_apply import Progress, apply_plan
from crm_desktop.services.exchange.spreadsheet_plan import (
    ImportPlanner,
    remember_mapping,
    remembered_mapping,
)
from crm_desktop.services.exchange.xlsx_export import export_list

__all__ = ["LABELS", "ImportCancelled", "ImportPlan", "ImportReport", "RowPlan",
           "SpreadsheetService", "ValidationError", "guess_mapping"]


class SpreadsheetService:
    """The window's and the CLI's way in: plan (spreadsheet_plan), apply (spreadsheet_apply)
    and export (xlsx_export)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def remembered_mapping(self, kind: str, headers: list[str]) -> dict[int, str] | None:
        return remembered_mapping(self.ctx, kind, headers)

    def remember_mapping(self, kind: str, headers: list[str], mapping: dict[int, str]) -> None:
        remember_mapping(self.ctx, kind, headers, mapping)

    def plan(self, path: Path | str, kind: str = "companies",
             mapping: dict[int, str] | None = None, sheet: str | None = None,
             new_stages: bool = False) -> ImportPlan:
        """`new_stages`: a deal's stage missing from its pipeline is added, not refused."""
        with collection_paused():
            return ImportPlanner(self.ctx, new_stages).plan(path, kind, mapping, sheet)

    def apply(self, plan: ImportPlan, valid_only: bool = False,
              progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> ImportReport:
        with collection_paused():
            return apply_plan(self.ctx, plan, valid_only, progress, cancelled)

    # -- export ---------------------------------------------------------------------------------
    def export_list(self, kind: str, path: Path | str) -> Path:
        """Every live record of a list, streamed from the database into .xlsx or .csv."""
        from crm_desktop.services.exchange.export_rights import check_export

        check_export(self.ctx, "the list")
        with collection_paused():  # openpyxl's cells make no cycles, only work for it
            return export_list(self.ctx.db, kind, path)
