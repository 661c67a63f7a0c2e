"""Core benchmarks on the large data set (DESIGN.md §5):

    python bench/run.py [--db PATH]

Each product call (through the services, as the UI calls it) is printed beside the same
query written by hand in bare SQL on a plain sqlite3 connection to the same file. Exits 1 if
a figure is past its bound.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import LARGE_DB, Row, ensure_large, median_ms, print_table  # noqa: E402

from crm_desktop.domain.text import digits, fold, looks_like_phone  # noqa: E402
from crm_desktop.services.crm import Crm  # noqa: E402

QUERIES = ["иван", "петров", "ромаш", "Смирнова", "ооо «век", "+7 912", "8912", "345-67",
           "info@", "yandex.ru", "7707", "сергеевич", "ив", "техно сервис", "ёлка", "иваов",
           "смирнва"]  # the last two mistyped: found by the typo-tolerant tier


def sql_ts(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ")


def bench_search(crm: Crm, raw: sqlite3.Connection) -> list[Row]:
    def product() -> None:
        for query in QUERIES:
            crm.search.search(query)

    def bare() -> None:
        # The bare FTS match with the same limit: no ranking, no names for display.
        for query in QUERIES:
            term = digits(query) if looks_like_phone(query) else fold(query)
            if len(term) >= 3:
                raw.execute("SELECT s.kind, s.ref_id FROM search_fts f JOIN search_docs s "
                            "ON s.docid = f.rowid WHERE search_fts MATCH ? AND s.deleted = 0 "
                            "LIMIT 50", ('"' + term.replace('"', '""') + '"',)).fetchall()
            else:
                raw.execute("SELECT kind, ref_id FROM search_docs WHERE name_key >= ? AND "
                            "name_key < ? AND deleted = 0 LIMIT 50",
                            (term, term + "\uffff")).fetchall()

    n = len(QUERIES)
    rows = [Row("search as you type (median per query)", median_ms(product, 7) / n, 20,
                median_ms(bare, 7) / n, "bare FTS match, no ranking")]
    worst = max(QUERIES, key=lambda q: median_ms(lambda: crm.search.search(q), 3, 1))
    rows.append(Row(f"search, slowest query ({worst!r})",
                    median_ms(lambda: crm.search.search(worst), 7), 20,
                    median_ms(lambda: bare_one(raw, worst), 7), "bare FTS match"))
    return rows


def bare_one(raw: sqlite3.Connection, query: str) -> None:
    term = digits(query) if looks_like_phone(query) else fold(query)
    raw.execute("SELECT s.kind, s.ref_id FROM search_fts f JOIN search_docs s ON s.docid = "
                "f.rowid WHERE search_fts MATCH ? AND s.deleted = 0 LIMIT 50",
                ('"' + term.replace('"', '""') + '"',)).fetchall()


def bench_card(crm: Crm, raw: sqlite3.Connection) -> list[Row]:
    company_id = raw.execute(
        "SELECT company_id FROM interactions GROUP BY company_id HAVING count(*) >= 1000 "
        "LIMIT 1").fetchone()[0]

    def product() -> None:
        crm.companies.get(company_id)
        crm.companies.contacts(company_id)
        crm.interactions.timeline(company_id=company_id, limit=100)
        crm.deals.for_client(company_id=company_id)
        crm.tasks.open_for(company_id=company_id)

    def bare() -> None:
        raw.execute("SELECT * FROM companies WHERE id = ?", (company_id,)).fetchall()
        raw.execute("SELECT * FROM contacts WHERE company_id = ? AND deleted_at IS NULL "
                    "ORDER BY name_key", (company_id,)).fetchall()
        raw.execute("SELECT * FROM interactions WHERE deleted_at IS NULL AND (company_id = ? "
                    "OR contact_id IN (SELECT id FROM contacts WHERE company_id = ?)) "
                    "ORDER BY occurred_at DESC, id DESC LIMIT 100",
                    (company_id, company_id)).fetchall()
        raw.execute("SELECT * FROM deals WHERE company_id = ? AND deleted_at IS NULL "
                    "ORDER BY created_at DESC", (company_id,)).fetchall()
        raw.execute("SELECT * FROM tasks WHERE company_id = ? AND deleted_at IS NULL AND "
                    "status = 'open' ORDER BY due_at, id LIMIT 200", (company_id,)).fetchall()

    return [Row("client card data (1,000 interactions)", median_ms(product), 30,
                median_ms(bare), "same 5 queries, bare SQL")]


def bench_agenda(crm: Crm, raw: sqlite3.Connection) -> list[Row]:
    user = raw.execute("SELECT assignee_id FROM tasks GROUP BY assignee_id "
                       "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    now = datetime.now(UTC)
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    week = day - timedelta(days=day.weekday())
    rows = []
    for label, start, end in (("day", day, day + timedelta(days=1)),
                              ("week", week, week + timedelta(days=7))):
        def product(start: datetime = start, end: datetime = end) -> None:
            crm.tasks.agenda(user, start, end)

        def bare(start: datetime = start, end: datetime = end) -> None:
            raw.execute("SELECT * FROM tasks WHERE deleted_at IS NULL AND assignee_id = ? AND "
                        "due_at >= ? AND due_at < ? ORDER BY due_at, id",
                        (user, sql_ts(start), sql_ts(end))).fetchall()

        rows.append(Row(f"agenda of the busiest user, {label}", median_ms(product), 50,
                        median_ms(bare), "same query, bare SQL"))
    return rows


def bench_funnel(crm: Crm, raw: sqlite3.Connection) -> list[Row]:
    pipeline = crm.pipelines.default()

    def bare() -> None:
        raw.execute("SELECT stage_id, count(*), sum(amount_minor) FROM deals WHERE "
                    "pipeline_id = ? AND deleted_at IS NULL GROUP BY stage_id",
                    (pipeline.id,)).fetchall()
        raw.execute("SELECT * FROM stages WHERE pipeline_id = ? AND deleted_at IS NULL "
                    "ORDER BY position", (pipeline.id,)).fetchall()

    return [Row("funnel aggregates of the main pipeline",
                median_ms(lambda: crm.deals.funnel(pipeline.id)), 100, median_ms(bare),
                "same aggregate, bare SQL")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=LARGE_DB)
    args = parser.parse_args()
    path = ensure_large(args.db)
    crm = Crm(path)
    raw = sqlite3.connect(path)
    print(f"database: {path}  " + ", ".join(f"{v:,} {k}" for k, v in crm.stats().items()))
    rows = bench_search(crm, raw) + bench_card(crm, raw) + bench_agenda(crm, raw) \
        + bench_funnel(crm, raw)
    return 0 if print_table("core services on the large data set", rows, "core.json") else 1


if __name__ == "__main__":
    sys.exit(main())
