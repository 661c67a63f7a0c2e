"""Planner benchmarks on the large data set (issues 4 and 17):

    python bench/planner.py [--db PATH]

a user's week (with the clients' names); the day list of every user filled from the client
cards by priority up to each user's daily limit, first run and again; a user's backlog. Each
beside hand-written SQL from the same run. The large file is never changed: the day list is
made in a copy (VACUUM INTO), which is opened (and so migrated) by the program.
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
from crm_desktop.services.planner.agenda import week_bounds  # noqa: E402
from crm_desktop.services.planner.day_list import DEFAULT_DAY_LIMIT, MAX_DAY_LIMIT  # noqa: E402

# The same selections as the day list's rules, by hand, for the bare limit: a user's most
# urgent next steps, deals closing, birthdays and clients due a contact, asked in that order
# until the day is full.
BARE_RULES = [
    "SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
    "WHERE d.responsible_id = :u AND d.next_step_at <= :day AND d.deleted_at IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.origin = 'next_step:' || d.id || ':' || "
    "d.next_step_at) ORDER BY d.next_step_at, d.id LIMIT :n",
    "SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open' "
    "WHERE d.responsible_id = :u AND d.expected_close <= :day AND d.deleted_at IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.deal_id = d.id AND "
    "i.occurred_at >= d.expected_close) ORDER BY d.expected_close, d.id LIMIT :n",
    "SELECT c.id FROM contacts c WHERE c.responsible_id = :u AND substr(c.birthday, 6) = :md "
    "AND c.birthday IS NOT NULL AND c.deleted_at IS NULL LIMIT :n",
    "SELECT * FROM (SELECT c.id, c.keep_in_touch_days AS days, (SELECT max(i.occurred_at) "
    "FROM interactions i WHERE i.company_id = c.id) AS last FROM companies c WHERE "
    "c.responsible_id = :u AND c.keep_in_touch_days IS NOT NULL AND c.deleted_at IS NULL) "
    "WHERE last IS NULL OR date(last, '+' || days || ' days') <= :day "
    "ORDER BY last IS NOT NULL, last LIMIT :n",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=LARGE_DB)
    args = parser.parse_args()
    path = ensure_large(args.db)
    copy = Path(str(path) + ".planner-bench")
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    source.execute("VACUUM INTO ?", (str(copy),))
    source.close()
    try:
        run(copy)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)


def run(copy: Path) -> None:
    crm = Crm(copy)
    raw = sqlite3.connect(copy)
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

    users = [r[0] for r in raw.execute("SELECT id FROM users WHERE deleted_at IS NULL")]
    params = {"day": today.isoformat(), "md": today.strftime("%m-%d"), "n": DEFAULT_DAY_LIMIT}

    def bare_rules() -> None:
        for user in users:  # rule by rule, until the user's day is full, as the program does
            wanted = params["n"]
            for sql in BARE_RULES:
                wanted -= len(raw.execute(sql, {**params, "u": user, "n": wanted}).fetchall())
                if wanted <= 0:
                    break

    started = time.perf_counter()
    made = crm.planner.generate_all(today, UTC)
    first_ms = (time.perf_counter() - started) * 1000
    again = time.perf_counter()
    repeat = crm.planner.generate_all(today, UTC)
    repeat_ms = (time.perf_counter() - again) * 1000
    bare_ms = median_ms(bare_rules, repeat=5, warmup=1)
    made_rows = raw.execute("SELECT * FROM tasks WHERE origin IS NOT NULL").fetchall()
    columns = [d[0] for d in raw.execute("SELECT * FROM tasks LIMIT 0").description]

    def bare_fill() -> None:  # the rules, then the same rows written, by hand (rolled back)
        bare_rules()
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(f"INSERT INTO tasks ({', '.join(columns)}) VALUES "
                        f"({', '.join('?' for _ in columns)})",
                        [tuple(f"bench-{n}" if c == "id" else v for c, v in zip(columns, row,
                                                                               strict=True))
                         for n, row in enumerate(made_rows)])
        raw.execute("ROLLBACK")

    bare_fill_ms = median_ms(bare_fill, repeat=5, warmup=1)
    count = sum(len(v) for v in made.values())
    per_user = max((len(v) for v in made.values()), default=0)
    backlog = crm.planner.day_list.backlog
    rows.append(Row(f"day list, all {len(users)} users ({count} made, <= {per_user} each)",
                    first_ms, 300, bare_fill_ms,
                    "same rules + same rows written by hand, raw SQL, warm"))
    rows.append(Row(f"day list again ({sum(len(v) for v in repeat.values())} made)",
                    repeat_ms, 300, bare_ms, "same rules by hand, raw SQL"))
    rows.append(Row("a user's backlog, first 300 (busiest user)",
                    median_ms(lambda: backlog(busiest, today), repeat=5, warmup=1), 300,
                    bare_ms, "same rules by hand, raw SQL"))
    print_table("planner on the large data set", rows, "planner.json")
    # Beyond what a person can do (no bound): every user at the largest limit reaches the
    # later rules; the time is mostly writing the tasks into the large tasks table.
    for user in users:
        crm.planner.day_list.set_limit(user, MAX_DAY_LIMIT)
    started = time.perf_counter()
    deep = sum(len(v) for v in crm.planner.generate_all(today, UTC).values())
    deep_ms = (time.perf_counter() - started) * 1000
    params["n"] = MAX_DAY_LIMIT
    print(f"(no bound) day list at {MAX_DAY_LIMIT} each: {deep} more made in {deep_ms:.0f} ms; "
          f"the same rules by hand: {median_ms(bare_rules, repeat=3, warmup=1):.0f} ms")
    crm.close()
    raw.close()


if __name__ == "__main__":
    main()
