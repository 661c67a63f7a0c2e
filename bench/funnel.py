"""Funnel benchmarks on the large data set (issue 5):

    python bench/funnel.py [--db PATH]

board open (totals of every stage and the top deals of each column), a drop committed (a
deal moved with its history row), analytics for a year; each beside the raw SQL. Exits 1 if a
figure is past its bound.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import LARGE_DB, Row, ensure_large, median_ms, print_table  # noqa: E402

from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.services.funnel.analytics import Period  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=LARGE_DB)
    args = parser.parse_args()
    path = ensure_large(args.db)
    crm = Crm(path)
    raw = sqlite3.connect(path)
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)

    def bare_board() -> None:
        raw.execute("SELECT stage_id, currency, count(*), sum(amount_minor) FROM deals WHERE "
                    "pipeline_id = ? AND deleted_at IS NULL GROUP BY stage_id, currency",
                    (pipeline.id,)).fetchall()
        for stage in stages:
            raw.execute("SELECT id, title, amount_minor FROM deals WHERE pipeline_id = ? AND "
                        "stage_id = ? AND deleted_at IS NULL ORDER BY amount_minor DESC "
                        "LIMIT 20", (pipeline.id, stage.id)).fetchall()

    rows = [Row("board open, 100,000 deals", median_ms(lambda: crm.funnel.board(pipeline.id),
                                                       9), 200, median_ms(bare_board, 9),
                "totals + top 20 per stage, raw SQL")]

    deals = [r[0] for r in raw.execute(
        "SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'open' "
        "AND d.pipeline_id = ? LIMIT 40", (pipeline.id,))]
    targets = [s.id for s in stages if s.kind == "open"]
    moves = iter([(d, targets[i % len(targets)]) for i, d in enumerate(deals)])

    def drop() -> None:
        deal, stage = next(moves)
        crm.deals.move(deal, stage)

    bare_moves = iter(deals)

    def bare_drop() -> None:
        deal = next(bare_moves)
        with raw:
            raw.execute("UPDATE deals SET stage_id = stage_id, updated_at = updated_at "
                        "WHERE id = ?", (deal,))
            raw.execute("INSERT INTO deal_stage_history (id, deal_id, to_stage_id, changed_at,"
                        " created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01',"
                        " '2026-01-01')", (f"bench-{deal}", deal, targets[0]))

    rows.append(Row("a drop committed (move + history)", median_ms(drop, 15, 1), 50,
                    median_ms(bare_drop, 15, 1), "UPDATE + INSERT in one transaction"))
    raw.execute("DELETE FROM deal_stage_history WHERE id LIKE 'bench-%'")
    raw.commit()

    end = date.today()
    period = Period(end - timedelta(days=365), end)
    rows.append(Row("analytics overview for a year", median_ms(
        lambda: crm.analytics.overview(pipeline.id, period), 5, 1), 500, median_ms(
        lambda: raw.execute(
            "SELECT h.deal_id, h.changed_at, h.to_stage_id FROM deals d JOIN "
            "deal_stage_history h ON h.deal_id = d.id WHERE d.pipeline_id = ? AND "
            "d.created_at >= ?", (pipeline.id, str(period.start))).fetchall(), 5, 1),
        "raw read of the year's stage history"))
    return 0 if print_table("sales funnel on the large data set", rows, "funnel.json") else 1


if __name__ == "__main__":
    sys.exit(main())
