"""The funnel: board totals exact to the cent, lazy columns, and analytics checked against a
small data set whose figures are counted by hand below."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.money import Money
from crm_desktop.services.crm import Crm
from crm_desktop.services.funnel.analytics import Period
from crm_desktop.services.funnel.board import BoardFilter
from tests.funnel.conftest import Funnel

START = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


@pytest.fixture
def funnel(crm: Crm, clock: FixedClock) -> Funnel:
    """Six deals in the main pipeline (stages 0 new, 1 qualification, 2 meeting, 3 proposal,
    4 negotiation, 5 won, 6 lost), moved one day apart so times in stage are known:

    A: new → qual → meeting → won           (10 000.10 ₽, source Сайт, manager owner)
    B: new → qual → lost "Дорого"           (200.00 ₽, source Сайт)
    C: new → qual → meeting → lost "Дорого" (300.00 ₽, source Выставка)
    D: new → qual                            (0.05 ₽, open, expected close 2026-04-10)
    E: new                                   (0.05 ₽, open, expected close 2026-04-20)
    F: new → lost "Нет бюджета"              (99.99 ₽, source Выставка)
    """
    pipeline = crm.pipelines.default()
    st = crm.stages.of_pipeline(pipeline.id)
    won = next(s for s in st if s.kind == "won")
    lost = next(s for s in st if s.kind == "lost")
    company = crm.companies.create(name="ООО Ромашка")
    ids: dict[str, str] = {}
    plan = {"A": ("10000.10", "Сайт", "2026-04-01"), "B": ("200.00", "Сайт", None),
            "C": ("300.00", "Выставка", None), "D": ("0.05", None, "2026-04-10"),
            "E": ("0.05", None, "2026-04-20"), "F": ("99.99", "Выставка", None)}
    for name, (amount, source, close) in plan.items():
        ids[name] = crm.deals.create(
            title=f"Сделка {name}", pipeline_id=pipeline.id, amount=amount, source=source,
            company_id=company.id,
            expected_close=date.fromisoformat(close) if close else None).id
    moves = {"A": [st[1], st[2], won], "B": [st[1], (lost, "Дорого")],
             "C": [st[1], st[2], (lost, "Дорого")], "D": [st[1]], "E": [],
             "F": [(lost, "Нет бюджета")]}
    for day in range(3):
        clock.advance(days=1)
        for name, steps in moves.items():
            if day < len(steps):
                step = steps[day]
                stage, reason = step if isinstance(step, tuple) else (step, None)
                crm.deals.move(ids[name], stage.id, loss_reason=reason)
    return {"pipeline": pipeline, "stages": st, "won": won, "lost": lost, "ids": ids}


def test_board_totals_are_exact(crm: Crm, funnel: Funnel) -> None:
    columns = {c.stage_id: c for c in crm.funnel.board(funnel["pipeline"].id)}
    st = funnel["stages"]
    assert columns[st[0].id].count == 1 and columns[st[0].id].totals == {"RUB": 5}
    assert columns[st[1].id].totals == {"RUB": 5}
    assert columns[st[1].id].weighted == {"RUB": 1}  # 20 % of 5 kopecks, rounded half up
    assert columns[funnel["won"].id].totals == {"RUB": 1000010}
    assert columns[funnel["lost"].id].count == 3
    assert columns[funnel["lost"].id].totals == {"RUB": 20000 + 30000 + 9999}
    lost_cards = columns[funnel["lost"].id].deals
    assert [d.title for d in lost_cards] == ["Сделка C", "Сделка B", "Сделка F"]


def test_board_filters_and_more(crm: Crm, funnel: Funnel) -> None:
    pid = funnel["pipeline"].id
    lost = funnel["lost"].id
    columns = {c.stage_id: c for c in crm.funnel.board(pid, BoardFilter(source="Выставка"))}
    assert columns[lost].count == 2 and columns[funnel["won"].id].count == 0
    first = crm.funnel.board(pid, per_stage=1)
    column = next(c for c in first if c.stage_id == lost)
    assert len(column.deals) == 1 and column.count == 3
    rest = crm.funnel.more(pid, lost, None, offset=1, limit=5)
    assert [d.title for d in rest] == ["Сделка B", "Сделка F"]
    found = {c.stage_id: c for c in crm.funnel.board(pid, BoardFilter(search="сделка a"))}
    assert found[funnel["won"].id].count == 1 and found[lost].count == 0


def test_analytics_match_a_hand_count(crm: Crm, funnel: Funnel, clock: FixedClock) -> None:
    pid = funnel["pipeline"].id
    period = Period(date(2026, 3, 1), date(2026, 3, 31))
    conversion = {r.stage: (r.reached, r.moved_on, r.rate)
                  for r in crm.analytics.conversion(pid, period)}
    # reached "new": all 6; qualification: A B C D = 4; meeting: A C = 2; proposal: 0 (A
    # jumped to won); won: A = 1.
    assert conversion["Новый лид"] == (6, 4, Decimal("66.7"))
    assert conversion["Квалификация"] == (4, 2, Decimal("50.0"))
    assert conversion["Встреча"] == (2, 1, Decimal("50.0"))  # A passed it and won
    assert conversion["Коммерческое предложение"] == (1, 1, Decimal("100.0"))
    assert conversion["Успешно"] == (1, None, None)  # nothing follows won: no fake 100 %

    times = {r.label[0]: r.values for r in crm.analytics.time_in_stage(pid, period)}
    assert times["Новый лид"] == (Decimal("1.0"), 5)  # A B C D F left it after a day
    assert times["Квалификация"] == (Decimal("1.0"), 3)  # A B C
    assert times["Встреча"] == (Decimal("1.0"), 2)  # A C

    losses = {r.label: r.values for r in crm.analytics.losses(pid, period)}
    assert losses[("Квалификация", "Дорого")] == (1, Money(20000, "RUB"))
    assert losses[("Встреча", "Дорого")] == (1, Money(30000, "RUB"))
    assert losses[("Новый лид", "Нет бюджета")] == (1, Money(9999, "RUB"))

    sources = {r.label[0]: r.values for r in crm.analytics.results_by(pid, period, "source")}
    assert sources["Сайт"] == (1, Money(1000010, "RUB"), 1, Decimal("50.0"))
    assert sources["Выставка"] == (0, Money(0, "RUB"), 2, Decimal("0.0"))
    managers = crm.analytics.results_by(pid, period, "manager")
    assert [(r.values[0], r.values[2]) for r in managers] == [(1, 3)]

    forecast = {r.label[0]: r.values for r in crm.analytics.forecast(pid)}
    # April: D (5 kopecks at 20 %) and E (5 kopecks at 10 %): 1 + 0.5 -> 1.5 -> 2 kopecks
    assert forecast["2026-04"] == (2, Money(10, "RUB"), Money(2, "RUB"))

    owner = crm.ctx.user_id
    crm.analytics.set_plan(owner, date(2026, 3, 1), date(2026, 3, 31), Money(2000000, "RUB"))
    plan = crm.analytics.plan_vs_fact(period)
    assert plan[0].values == (Money(2000000, "RUB"), Money(1000010, "RUB"), Decimal("50.0"))

    assert set(crm.analytics.drill("conversion", pid, period,
                                   (funnel["stages"][2].id,))) == {funnel["ids"]["A"],
                                                                   funnel["ids"]["C"]}
    assert crm.analytics.drill("losses", pid, period, (funnel["stages"][0].id, "Нет бюджета",
                                                      "RUB")) == [funnel["ids"]["F"]]
    assert crm.analytics.drill("plan", pid, period, plan[0].key) == [funnel["ids"]["A"]]
    overview = crm.analytics.overview(pid, period)
    assert overview["conversion"] == crm.analytics.conversion(pid, period)
    outside = Period(date(2025, 1, 1), date(2025, 12, 31))
    assert all(r.reached == 0 for r in crm.analytics.conversion(pid, outside))


def test_reorder_stages(crm: Crm) -> None:
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    order = [s.id for s in stages]
    order[1], order[2] = order[2], order[1]
    crm.funnel.reorder_stages(pipeline.id, order)
    assert [s.id for s in crm.stages.of_pipeline(pipeline.id)] == order
    from crm_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        crm.funnel.reorder_stages(pipeline.id, order[:-1])


def test_xlsx_export_reopens_with_types(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from crm_desktop.services.exchange.xlsx_export import export_rows

    path = export_rows(tmp_path / "t.xlsx", ["Name", "Amount", "Day"],
                       [("A", Money(123456, "RUB"), date(2026, 3, 1))])
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Name" and sheet["A1"].font.bold
    assert sheet["B2"].value == Decimal("1234.56") or sheet["B2"].value == 1234.56
    assert "RUB" in sheet["B2"].number_format
    assert sheet["C2"].value.date() == date(2026, 3, 1)
    assert sheet.freeze_panes == "A2"
    _ = timedelta
