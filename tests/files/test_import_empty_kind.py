"""An empty "Тип" cell: the row is imported as a client, not refused with
"kind: 'NoneType' is not one of client, …"."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.crm import Crm


def test_an_empty_kind_cell_imports_the_row_as_a_client(crm: Crm, tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("Наименование;Тип\nООО Ромашка;\nАО Вектор;партнёр\n", encoding="utf-8")
    report = crm.spreadsheets.apply(crm.spreadsheets.plan(source, "companies"))
    assert report.created == 2 and not report.skipped, report
    kinds = {c.name: c.kind for c in crm.companies.list()}
    assert kinds == {"ООО Ромашка": "client", "АО Вектор": "partner"}
