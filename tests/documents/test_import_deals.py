"""Deals from files (issue 16 item 9): stages found across pipelines, won and lost deals
closed, unknown stages refused or added, new clients created, re-import without duplicates,
and the `pipeline` command for a database made with `user` alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from crm_desktop.cli import main
from crm_desktop.services.crm import Crm


def deals_file(path: Path, rows: list[list[object]],
               header: tuple[str, ...] = ("Название", "Клиент", "Сумма", "Воронка", "Этап",
                                          "Дата закрытия")) -> Path:
    book = Workbook()
    book.active.append(list(header))
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def stage_of(crm: Crm, deal_title: str) -> tuple[str, str, object]:
    deal = next(d for d in crm.deals.list(limit=None) if d.title == deal_title)
    stage = crm.stages.get(deal.stage_id)
    pipeline = crm.pipelines.get(deal.pipeline_id)
    return pipeline.name, stage.name, deal.closed_at


def test_stages_across_pipelines_closed_deals_and_reimport(crm: Crm, tmp_path: Path) -> None:
    pipelines = crm.pipelines.list()
    second = pipelines[1]
    stages = crm.stages.of_pipeline(second.id)
    won = next(s for s in stages if s.kind == "won")
    lost = next(s for s in stages if s.kind == "lost")
    crm.companies.create(name="ООО Ромашка")
    path = deals_file(tmp_path / "deals.xlsx", [
        ["Поставка", "ООО Ромашка", 1000, None, won.name, date(2026, 2, 1)],
        ["Проигрыш", "ООО Ромашка", 500, second.name, lost.name, None],
        ["Новая", "ООО Новый клиент", 100, None, None, None],
    ])
    plan = crm.spreadsheets.plan(path, "deals")
    assert plan.errors == []
    assert "ООО Новый клиент" in plan.rows[2].note
    report = crm.spreadsheets.apply(plan)
    assert report.created == 3 and report.companies_created == 1
    name, stage, closed = stage_of(crm, "Поставка")
    assert (name, stage) == (second.name, won.name)  # not the first stage of the first
    assert closed is not None and closed.date() == date(2026, 2, 1)
    assert stage_of(crm, "Проигрыш")[1] == lost.name and stage_of(crm, "Проигрыш")[2]
    assert stage_of(crm, "Новая")[2] is None  # open deals are not closed
    new_client = next(c for c in crm.companies.list() if c.name == "ООО Новый клиент")
    assert next(d for d in crm.deals.list() if d.title == "Новая").company_id == new_client.id
    again = crm.spreadsheets.plan(path, "deals")  # the same file again: found, not doubled
    assert [r.action for r in again.rows] == ["update", "update", "update"]
    second_report = crm.spreadsheets.apply(again)
    assert second_report.created == 0 and second_report.unchanged == 3
    assert crm.deals.count() == 3


def test_unknown_stage_is_refused_or_added(crm: Crm, tmp_path: Path) -> None:
    path = deals_file(tmp_path / "d.xlsx", [["Сделка", None, 10, None, "Тендер", None]])
    plan = crm.spreadsheets.plan(path, "deals")
    assert len(plan.errors) == 1 and plan.errors[0].startswith("row 2, column «Этап»")
    assert "no stage «Тендер»" in plan.errors[0]
    plan = crm.spreadsheets.plan(path, "deals", new_stages=True)
    assert plan.errors == [] and "«Тендер»" in plan.rows[0].note
    crm.spreadsheets.apply(plan)
    default = crm.pipelines.default()
    assert "Тендер" in [s.name for s in crm.stages.of_pipeline(default.id)]
    assert stage_of(crm, "Сделка")[1] == "Тендер"
    bad = deals_file(tmp_path / "p.xlsx", [["Сделка 2", None, 10, "Нет такой", None, None]])
    assert "no pipeline «Нет такой»" in crm.spreadsheets.plan(bad, "deals").errors[0]


def test_a_database_made_with_user_gets_a_pipeline_by_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "new.db")
    assert main(["--db", db, "user", "Анна"]) == 0
    path = deals_file(tmp_path / "d.xlsx", [["Сделка", None, 10, None, "Счёт", None]])
    assert main(["--db", db, "import", str(path), "--kind", "deals"]) == 1
    assert "crm-desktop pipeline create" in capsys.readouterr().err
    assert main(["--db", db, "pipeline", "create", "Продажи", "--stages",
                 "Новый,Счёт"]) == 0
    assert main(["--db", db, "pipeline", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Продажи [default]: Новый, Счёт, Успешно (won), Провал (lost)" in listed
    assert main(["--db", db, "import", str(path), "--kind", "deals"]) == 0
    crm = Crm(db)
    try:
        assert stage_of(crm, "Сделка")[1] == "Счёт"
    finally:
        crm.close()
