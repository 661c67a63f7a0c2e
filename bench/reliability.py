"""Reliability figures on the large data set (issue 13, item 11):

    python bench/reliability.py [--db PATH] [--skip-export]

- `check` (quick_check + references + search index) beside a bare PRAGMA quick_check on a
  plain connection (reading every page: the floor) and the old integrity_check +
  foreign_key_check; target ≤ 10 s;
- `stats` beside bare count(*) per table; target ≤ 0.5 s;
- `export interactions` (1,000,000 rows) as a separate process: wall time and peak RSS,
  beside openpyxl's bare write-only save of the same rows (read by plain sqlite3).
The file is used as it is (it is opened, so migrations run once first).
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import LARGE_DB, Row, ensure_large, median_ms, print_table  # noqa: E402

from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.services.exchange.xlsx_export import EXPORTS  # noqa: E402

COUNTED = ("users", "companies", "contacts", "interactions", "tasks", "deals", "products",
           "pipelines")


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def bench_check(crm: Crm, path: Path) -> list[Row]:
    def quick() -> None:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
        conn.execute("PRAGMA quick_check").fetchall()
        conn.close()

    def old() -> None:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
        conn.execute("PRAGMA integrity_check").fetchall()
        conn.execute("PRAGMA foreign_key_check").fetchall()
        conn.close()

    problems: list[str] = []
    measured = timed(lambda: problems.extend(crm.check()))
    assert problems == [], problems
    bare = timed(quick)
    before = timed(old)
    return [Row("check (quick_check + references + index)", measured, 10_000, bare,
                "bare PRAGMA quick_check"),
            Row("  before: integrity_check + foreign_key_check", before, 10_000, bare,
                "bare PRAGMA quick_check")]


def bench_stats(crm: Crm, path: Path) -> list[Row]:
    raw = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)

    def bare() -> None:
        for table in COUNTED:
            raw.execute(f"SELECT count(*) FROM {table}").fetchone()

    def before() -> None:
        for table in COUNTED:
            raw.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()

    first = timed(crm.stats)
    rows = [Row("stats, first call", first, 500, median_ms(bare, 5), "bare count(*) x8"),
            Row("stats", median_ms(crm.stats, 9), 500, median_ms(bare, 9), "bare count(*) x8"),
            Row("  before: count(*) WHERE deleted_at IS NULL", median_ms(before, 3), 500,
                median_ms(bare, 9), "bare count(*) x8")]
    raw.close()
    return rows


def bare_openpyxl(path: Path, target: Path) -> float:
    from openpyxl import Workbook

    columns, sql, _ = EXPORTS["interactions"]
    started = time.perf_counter()
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("interactions")
    sheet.append(columns)
    for row in conn.execute(sql):
        sheet.append(row)
    book.save(target)
    conn.close()
    return (time.perf_counter() - started) * 1000


def bench_export(path: Path) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as folder:
        target = Path(folder) / "history.xlsx"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "crm_desktop", "--db", str(path), "export",
                        "interactions", str(target)], check=True, stdout=subprocess.DEVNULL)
        measured = (time.perf_counter() - started) * 1000
        rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = target.stat().st_size / 1e6
        print(f"export interactions: {measured / 1000:.0f} s, peak RSS of the process "
              f"{rss_mb:.0f} MB (target ≤ 200 MB), file {size:.0f} MB", flush=True)
        bare = bare_openpyxl(path, Path(folder) / "bare.xlsx")
    return [Row("export interactions (1,000,000 rows, process)", measured, 1.3 * bare, bare,
                "bare openpyxl write-only, same rows")]


def show(rows: list[Row]) -> list[Row]:
    """Each figure as soon as it is measured (the export takes minutes)."""
    for row in rows:
        print(f"{row.name}: {row.measured_ms:.0f} ms (target {row.target_ms:.0f} ms; "
              f"{row.bare_label} {row.bare_ms:.0f} ms, ratio {row.ratio:.2f})", flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=LARGE_DB)
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args()
    path = ensure_large(args.db).resolve()
    Crm(path).close()  # migrations, once, outside the measurements
    rows: list[Row] = []
    if not args.skip_export:  # first: the only child process, so its peak RSS is its own
        rows += show(bench_export(path))
    crm = Crm(path)
    rows += show(bench_stats(crm, path))
    rows += show(bench_check(crm, path))
    crm.close()
    print_table("Reliability on the large data set", rows, "reliability.json")


if __name__ == "__main__":
    main()
