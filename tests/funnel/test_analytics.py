"""Funnel analytics over the trigger-kept deal_stage_stats: checked against the figures
computed from the raw stage history (the old way), after ORM moves, raw SQL behind the
program's back, imports without history, tombstones and stage reorders."""

from __future__ import annotations

import importlib.util
import random
import sqlite3
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.ids import new_id
from crm_desktop.services.crm import Crm
from crm_desktop.services.funnel.analytics import WON_RANK, Period
from crm_desktop.storage.database import MIGRATIONS

PERIOD = Period(date(2026, 1, 1), date(2026, 12, 31))
STATS_TRIGGERS = {"deals_stats_ai", "deals_stats_au", "deals_stats_ad", "history_stats_ai",
                  "history_stats_au", "history_stats_ad", "stages_stats_au"}


def oracle(path: Path, pipeline_id: str, period: Period) -> tuple[dict, dict]:
    """Conversion (stage id -> reached) and time in stage (stage id -> (avg days, visits))
    straight from the history and the deals, with no derived table."""
    params = period.params()
    conn = sqlite3.connect(path)
    stages = conn.execute("SELECT id, position, kind FROM stages WHERE pipeline_id = ?",
                          (pipeline_id,)).fetchall()
    rank = {s[0]: WON_RANK if s[2] == "won" else s[1] if s[2] == "open" else -1
            for s in stages}
    deals = conn.execute("SELECT id, stage_id FROM deals WHERE pipeline_id = ? AND "
                         "deleted_at IS NULL AND created_at >= ? AND created_at <= ?",
                         (pipeline_id, params["start"], params["end"])).fetchall()
    far: dict[str, int] = {}
    seconds: dict[str, float] = {}
    visits: dict[str, int] = {}
    for deal_id, current in deals:
        history = conn.execute(
            "SELECT changed_at, to_stage_id, julianday(changed_at), from_stage_id FROM "
            "deal_stage_history WHERE deal_id = ? AND deleted_at IS NULL "
            "ORDER BY changed_at, to_stage_id, id", (deal_id,)).fetchall()
        reached = [h[1] for h in history] + [h[3] for h in history if h[3]] + [current]
        far[deal_id] = max(rank.get(s, -2) for s in reached)
        for before, after in zip(history, history[1:], strict=False):
            seconds[before[1]] = seconds.get(before[1], 0.0) + (after[2] - before[2]) * 86400
            visits[before[1]] = visits.get(before[1], 0) + 1
    conn.close()
    conversion = {s[0]: sum(1 for f in far.values() if f >= rank[s[0]])
                  for s in stages if s[2] != "lost"}
    times = {sid: ((Decimal(seconds[sid]) / 86400 / n).quantize(Decimal("0.1"), ROUND_HALF_UP),
                   n) for sid, n in visits.items() if sid in rank}
    return conversion, times


def figures(crm: Crm, pipeline_id: str, period: Period = PERIOD) -> tuple[dict, dict]:
    conversion = {r.stage_id: r.reached for r in crm.analytics.conversion(pipeline_id, period)}
    times = {r.key[0]: r.values for r in crm.analytics.time_in_stage(pipeline_id, period)}
    return conversion, times


def raw(crm: Crm) -> sqlite3.Connection:
    return sqlite3.connect(crm.path, isolation_level=None)


def test_random_work_matches_the_history(crm: Crm, clock: FixedClock) -> None:
    rng = random.Random(7)
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    company = crm.companies.create(name="ООО Ромашка")
    deals = [crm.deals.create(title=f"Сделка {i}", pipeline_id=pipeline.id,
                              company_id=company.id, amount="100").id for i in range(25)]
    for _ in range(120):
        clock.advance(hours=rng.randrange(1, 60))
        stage = rng.choice(stages)
        deal = rng.choice(deals)
        reason = "Дорого" if stage.kind == "lost" else None
        if crm.deals.get(deal).stage_id != stage.id:
            crm.deals.move(deal, stage.id, loss_reason=reason)
    conn = raw(crm)
    # Behind the program's back: a history row removed, another tombstoned, a deal deleted.
    conn.execute("DELETE FROM deal_stage_history WHERE id = (SELECT id FROM "
                 "deal_stage_history WHERE deal_id = ? ORDER BY changed_at LIMIT 1)",
                 (deals[0],))
    conn.execute("UPDATE deal_stage_history SET deleted_at = '2026-03-20 00:00:00' WHERE id = "
                 "(SELECT id FROM deal_stage_history WHERE deal_id = ? ORDER BY changed_at "
                 "DESC LIMIT 1)", (deals[1],))
    conn.execute("UPDATE deals SET deleted_at = '2026-03-20 00:00:00' WHERE id = ?",
                 (deals[2],))
    # A change that arrives late (as sync may bring it): older than the deal's last one.
    conn.execute("INSERT INTO deal_stage_history (id, deal_id, from_stage_id, to_stage_id, "
                 "changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-03-16 10:30:00',"
                 " '2026-03-16 10:30:00', '2026-03-16 10:30:00')",
                 (new_id(), deals[4], stages[0].id, stages[3].id))
    # And one in order, written by hand after the last move.
    conn.execute("INSERT INTO deal_stage_history (id, deal_id, to_stage_id, changed_at, "
                 "created_at, updated_at) VALUES (?, ?, ?, '2026-12-01 10:00:00', "
                 "'2026-12-01 10:00:00', '2026-12-01 10:00:00')",
                 (new_id(), deals[5], stages[4].id))
    conn.close()
    assert figures(crm, pipeline.id) == oracle(crm.path, pipeline.id, PERIOD)
    crm.deals.update(deals[3], notes="note")  # an ordinary edit changes nothing
    conn = raw(crm)
    conn.execute("UPDATE deals SET deleted_at = NULL WHERE id = ?", (deals[2],))
    conn.close()
    assert figures(crm, pipeline.id) == oracle(crm.path, pipeline.id, PERIOD)
    outside = Period(date(2025, 1, 1), date(2025, 12, 31))
    assert all(v == 0 for v in figures(crm, pipeline.id, outside)[0].values())


def test_a_deal_imported_without_history_counts_at_its_stage(crm: Crm) -> None:
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    before = {r.stage_id: r.reached for r in crm.analytics.conversion(pipeline.id, PERIOD)}
    conn = raw(crm)  # as a bulk import writes it: no stage history at all
    conn.execute("INSERT INTO deals (id, title, pipeline_id, stage_id, amount_minor, currency, "
                 "tags, name_key, search_text, created_at, updated_at) VALUES (?, 'Импорт', ?, "
                 "?, 100, 'RUB', '[]', 'импорт', 'импорт', '2026-03-10 10:00:00', "
                 "'2026-03-10 10:00:00')", (new_id(), pipeline.id, stages[2].id))
    conn.close()
    after = {r.stage_id: r.reached for r in crm.analytics.conversion(pipeline.id, PERIOD)}
    for stage in stages:
        if stage.kind == "open":
            assert after[stage.id] - before.get(stage.id, 0) == (1 if stage.position <= 2
                                                                 else 0), stage.name


def test_reordered_stages_change_the_furthest_stage(crm: Crm, clock: FixedClock) -> None:
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    deal = crm.deals.create(title="Сделка", pipeline_id=pipeline.id, amount="1").id
    clock.advance(days=1)
    crm.deals.move(deal, stages[2].id)
    clock.advance(days=1)
    crm.deals.move(deal, stages[1].id)  # back
    order = [s.id for s in stages]
    order[1], order[2] = order[2], order[1]
    crm.funnel.reorder_stages(pipeline.id, order)
    conn = raw(crm)
    assert conn.execute("SELECT count(*) FROM local_settings WHERE key LIKE "
                        "'analytics.stale.%'").fetchone()[0] == 1
    conn.close()
    assert figures(crm, pipeline.id) == oracle(crm.path, pipeline.id, PERIOD)
    conn = raw(crm)
    assert conn.execute("SELECT count(*) FROM local_settings WHERE key LIKE "
                        "'analytics.stale.%'").fetchone()[0] == 0
    conn.close()
    assert set(crm.analytics.drill("conversion", pipeline.id, PERIOD, (stages[1].id,))) == \
        {deal}


def test_the_won_stage_is_not_a_fake_hundred_percent(crm: Crm, clock: FixedClock) -> None:
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    won = next(s for s in stages if s.kind == "won")
    ids = [crm.deals.create(title=f"Сделка {i}", pipeline_id=pipeline.id, amount="1").id
           for i in range(4)]
    clock.advance(days=1)
    crm.deals.move(ids[0], won.id)
    rows = {r.stage: r for r in crm.analytics.conversion(pipeline.id, PERIOD)}
    assert rows[won.name].reached == 1
    assert rows[won.name].moved_on is None and rows[won.name].rate is None
    assert rows[won.name].share == Decimal("25.0")
    assert rows[stages[0].name].share == Decimal("100.0")


def test_the_migration_backfill_equals_what_the_triggers_keep(crm: Crm, clock: FixedClock) -> None:
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    rng = random.Random(3)
    ids = [crm.deals.create(title=f"Сделка {i}", pipeline_id=pipeline.id, amount="1").id
           for i in range(10)]
    for _ in range(30):
        clock.advance(hours=7)
        stage, deal = rng.choice(stages[:5]), rng.choice(ids)
        if crm.deals.get(deal).stage_id != stage.id:
            crm.deals.move(deal, stage.id)
    query = ("SELECT deal_id, stage_id, pipeline_id, created_at, round(seconds, 3), visits, "
             "furthest FROM deal_stage_stats ORDER BY deal_id, stage_id")
    conn = raw(crm)
    kept = conn.execute(query).fetchall()
    spec = importlib.util.spec_from_file_location(
        "speed", MIGRATIONS / "versions" / "0007_speed.py")
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    conn.execute("DELETE FROM deal_stage_stats")

    class Bind:  # the one call backfill makes
        def exec_driver_sql(self, sql: str) -> None:
            conn.execute(sql)

    migration.backfill(Bind())
    assert conn.execute(query).fetchall() == kept and len(kept) >= 10
    conn.close()


def test_the_triggers_survive_every_later_migration(crm: Crm) -> None:
    """A later batch migration that copies deals would drop them silently."""
    conn = raw(crm)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    assert STATS_TRIGGERS <= names


@pytest.mark.parametrize("top, expected", [(0, (1.0, 1.0)), (1, (1.0, 1.0)), (2, (2.0, 1.0)),
                                           (5, (5.0, 1.0)), (7, (8.0, 2.0)),
                                           (46636, (50000.0, 10000.0))])
def test_count_axis_has_whole_ticks(top: int, expected: tuple) -> None:
    from crm_desktop.ui.funnel.analytics_view import count_axis

    maximum, step = count_axis(top)
    assert (maximum, step) == expected
    assert maximum / step <= 6 and step == int(step)
