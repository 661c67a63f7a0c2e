"""Migration 0012: a deal inserted without history gets its statistics row directly, the
same row 0007's full recomputation makes (checked against 0007's own set-based backfill)."""

from __future__ import annotations

import importlib.util
import sqlite3

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.ids import new_id
from crm_desktop.services.crm import Crm
from crm_desktop.storage.database import MIGRATIONS

QUERY = ("SELECT deal_id, stage_id, pipeline_id, created_at, round(seconds, 3), visits, "
         "furthest FROM deal_stage_stats ORDER BY deal_id, stage_id")


def backfilled(conn: sqlite3.Connection) -> list[tuple]:
    spec = importlib.util.spec_from_file_location("speed", MIGRATIONS / "versions" /
                                                  "0007_speed.py")
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    conn.execute("DELETE FROM deal_stage_stats")

    class Bind:
        def exec_driver_sql(self, sql: str) -> None:
            conn.execute(sql)

    migration.backfill(Bind())
    return conn.execute(QUERY).fetchall()


def test_new_deals_get_the_rows_the_full_recomputation_makes(crm: Crm, clock: FixedClock) -> None:
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    other = next(p for p in crm.pipelines.list() if p.id != pipeline.id)
    usable = [s for s in stages if s.kind != "lost"]  # a lost deal needs its reason
    made = [crm.deals.create(title=f"Сделка {i}", pipeline_id=pipeline.id,
                             stage_id=usable[i % len(usable)].id, amount="1").id
            for i in range(len(usable) * 2)]
    clock.advance(hours=5)
    crm.deals.move(made[0], stages[2].id)  # one with history: the full recomputation
    conn = sqlite3.connect(crm.path, isolation_level=None)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"deals_stats_ai", "deals_stats_ai_first"} <= names
    now = "2026-03-01 10:00:00.000000"
    # Raw SQL as another program would write it: a deleted deal, a stage of another
    # pipeline (no row: the recomputation joins the deal's own pipeline), a plain one.
    for ident, stage, deleted in ((new_id(), stages[1].id, now),
                                  (new_id(), crm.stages.of_pipeline(other.id)[0].id, None),
                                  (new_id(), stages[-1].id, None)):
        conn.execute("INSERT INTO deals (id, title, pipeline_id, stage_id, amount_minor, "
                     "currency, created_at, updated_at, deleted_at, tags, name_key, "
                     "search_text) VALUES (?, 'x', ?, ?, 0, 'RUB', ?, ?, ?, '[]', 'x', 'x')",
                     (ident, pipeline.id, stage, now, now, deleted))
    kept = conn.execute(QUERY).fetchall()
    assert len(kept) >= len(made) + 1
    assert backfilled(conn) == kept
    conn.close()
