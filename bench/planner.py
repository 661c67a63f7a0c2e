"""Planner benchmarks on the large data set (issue 4):

    python bench/planner.py [--db PATH]

a user's week (with the clients' names), and building the day list from the client cards
for every user across 100,000 clients; each beside the raw SQL from the same run.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import LARGE_DB, Row, ensure_large, median_ms, print_table  # noqa: E402

from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.services.planner import week_bounds  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=LARGE_DB)
    args = parser.parse_args()
    path = ensure_large(args.db)
    crm = Crm(path)
    raw = sqlite3.connect(path)
    owner = raw.execute("SELECT id FROM users WHERE role = 'owner'").fetchone()[0]
    crm.ctx.user_id = owner
    busiest = raw.execute("SELECT assignee_id FROM tasks GROUP BY assignee_id "
                          "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    today = datetime.now(UTC).date()
    start, end = week_bounds(today, UTC)

    def bare_week() -> None:
        raw.execute("SELECT t.*, c.name FROM tasks t LEFT JOIN companies c ON c.id = "
                    "t.company_id WHERE t.deleted_at IS NULL AND t.assignee_id = ? AND "
                    "t.due_at >= ? AND t.due_at < ? ORDER BY t.due_at",
                    (busiest, str(start.replace(tzinfo=None)),
                     str(end.replace(tzinfo=None)))).fetchall()

    rows = [Row("a user's week (busiest user)", median_ms(
        lambda: crm.planner.week(busiest, today, UTC)), 50, median_ms(bare_week),
        "same tasks + client names, raw SQL")]

    users = [r[0] for r in raw.execute("SELECT id FROM users")]
    copy = Path(str(path) + ".planner-bench")
    raw.execute(f"VACUUM INTO '{copy}'") if not copy.exists() else None
    work = Crm(copy)
    work.ctx.user_id = owner
    started = time.perf_counter()
    made = sum(len(work.planner.generate(u, today, UTC)) for u in users)
    generate_ms = (time.perf_counter() - started) * 1000
    again = time.perf_counter()
    repeat = sum(len(work.planner.generate(u, today, UTC)) for u in users)
    repeat_ms = (time.perf_counter() - again) * 1000
    started = time.perf_counter()
    for user in users:
        raw.execute("SELECT c.id, (SELECT max(occurred_at) FROM interactions i WHERE "
                    "i.company_id = c.id) FROM companies c WHERE c.keep_in_touch_days IS NOT "
                    "NULL AND c.responsible_id = ?", (user,)).fetchall()
    bare_ms = (time.perf_counter() - started) * 1000
    work.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    rows.append(Row(f"day list for all {len(users)} users, 100,000 clients ({made} made)",
                    generate_ms, 2000, bare_ms, "the keep-in-touch scan alone, raw SQL"))
    rows.append(Row(f"day list again (idempotent: {repeat} made)", repeat_ms, 2000, bare_ms,
                    "the keep-in-touch scan alone, raw SQL"))
    print_table("planner on the large data set", rows, "planner.json")


if __name__ == "__main__":
    main()
