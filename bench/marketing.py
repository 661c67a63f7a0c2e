"""Marketing benchmarks on the large data set (issue 18):

    python bench/marketing.py [--db PATH] [--small]

--small skips the large demo set (it takes about 20 minutes to build) and measures on the
"worst" set alone: 100,000 companies with addresses and tags, 100,000 won deals and 300,000
interactions, the size the bounds are given for (built in about a minute).

ABC/XYZ recomputed for every client from every won deal of a year (100,000 clients, 100,000
deals; target 2 s), beside the bare SQL aggregate any such analysis needs (won revenue per
client and month); the matrix and the drill-down into its largest cell; segment counts.
Exits 1 if a figure is past its bound.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import LARGE_DB, OUT, Row, ensure_large, median_ms, print_table  # noqa: E402

from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.services.marketing import marketing  # noqa: E402
from crm_desktop.services.marketing.classes import ClassSettings  # noqa: E402

WORST_DB = OUT / "marketing_worst.db"


def ensure_worst(path: Path = WORST_DB) -> Path:
    """100,000 companies and 100,000 deals, every one won in the last twelve months (the
    demo set wins a fifth of its deals over years): the most clients ABC/XYZ can face. The
    companies have addresses in a few cities written in mixed case and a tag; 300,000
    interactions over the last year give the "no contact" condition something to read."""
    if path.exists():
        return path
    import random
    from datetime import datetime, time

    from crm_desktop.domain.ids import new_id

    print(f"generating {path} ...", file=sys.stderr)
    path.parent.mkdir(parents=True, exist_ok=True)
    crm = Crm(path)
    crm.reference.seed_defaults("ru")
    pipeline = crm.pipelines.default().id
    won = next(s.id for s in crm.stages.of_pipeline(pipeline) if s.kind == "won")
    crm.close()
    rng = random.Random(18)
    today = date.today()
    companies = [new_id() for _ in range(100_000)]
    raw = sqlite3.connect(path)
    stamp = "2025-01-01 00:00:00.000000"
    cities = ("г. Москва, ул. Тверская, 1", "МОСКВА, Ленинский пр., 5", "г. Санкт-Петербург",
              "Екатеринбург, ул. Ленина, 10", "Казань", "Новосибирск", None)
    with raw:
        raw.executemany(
            "INSERT INTO companies (id, kind, name, phones, emails, tags, custom_fields, "
            "created_at, updated_at, name_key, search_text, address) VALUES (?, 'client', ?, "
            "'[]', '[]', ?, '{}', ?, ?, ?, '', ?)",
            ((c, f"Компания {i}", '["опт"]' if i % 7 == 0 else "[]", stamp, stamp,
              f"компания {i}", cities[i % len(cities)]) for i, c in enumerate(companies)))
        def interaction() -> tuple:
            moment = datetime.combine(today - timedelta(days=rng.randint(0, 365)),
                                      time(rng.randint(6, 20))).isoformat(sep=" ")
            return (new_id(), "call", moment, rng.choice(companies), moment, moment)
        raw.executemany(
            "INSERT INTO interactions (id, channel, occurred_at, company_id, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)", (interaction() for _ in range(300_000)))
        def deal(i: int) -> tuple:
            closed = datetime.combine(today - timedelta(days=rng.randint(20, 380)),
                                      time(rng.randint(6, 20))).isoformat(sep=" ")
            return (new_id(), f"Сделка {i}", pipeline, won, rng.randint(1, 5_000_000) * 100,
                    closed, closed, closed, rng.choice(companies), f"сделка {i}")
        raw.executemany(
            "INSERT INTO deals (id, title, pipeline_id, stage_id, amount_minor, currency, tags,"
            " closed_at, created_at, updated_at, company_id, name_key, search_text) VALUES "
            "(?, ?, ?, ?, ?, 'RUB', '[]', ?, ?, ?, ?, ?, '')", (deal(i) for i in range(100_000)))
    raw.close()
    return path


def worst_rows() -> list[Row]:
    path = ensure_worst()
    crm = Crm(path)
    m = marketing(crm)
    raw = sqlite3.connect(path)
    settings = ClassSettings(months=12)
    start, end = settings.period(date.today())
    run = m.classes.recompute(settings)
    print(f"worst case: {run.clients:,} clients classified from 100,000 won deals")

    def bare() -> None:
        raw.execute(
            "SELECT company_id, strftime('%Y-%m', closed_at), sum(amount_minor) FROM deals "
            "WHERE deleted_at IS NULL AND currency = 'RUB' AND stage_id IN (SELECT id FROM "
            "stages WHERE kind = 'won') AND closed_at >= ? AND closed_at < ? GROUP BY 1, 2",
            (str(start), str(end + timedelta(days=1)))).fetchall()

    return [Row(f"ABC/XYZ recompute, all won ({run.clients:,} clients)", median_ms(
        lambda: m.classes.recompute(settings), 5, 1), 2000, median_ms(bare, 5, 1),
        "won revenue per client and month, raw SQL")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=LARGE_DB)
    parser.add_argument("--small", action="store_true",
                        help="only the 100k clients / 100k deals set (no large demo set)")
    args = parser.parse_args()
    if args.small:
        worst = ensure_worst()
        crm = Crm(worst)
        rows = worst_rows()  # first: the class condition below counts the computed classes
        rows += segment_rows(crm, sqlite3.connect(worst))
        return 0 if print_table("Marketing (issue 18), 100k set", rows,
                                "marketing_small.json") else 1
    path = ensure_large(args.db)
    crm = Crm(path)
    m = marketing(crm)
    raw = sqlite3.connect(path)
    # every won deal of the set: the demo's deals go back years, a year holds a tenth of them
    first = raw.execute("SELECT min(closed_at) FROM deals WHERE closed_at IS NOT NULL"
                        ).fetchone()[0]
    today = date.today()
    months = (today.year - int(first[:4])) * 12 + today.month - int(first[5:7]) + 1
    settings = ClassSettings(months=min(max(months, 12), 120))
    start, end = settings.period(today)
    counts = raw.execute("SELECT (SELECT count(*) FROM companies), (SELECT count(*) FROM deals)"
                         ).fetchone()
    print(f"{counts[0]:,} companies, {counts[1]:,} deals; period {start} .. {end}")

    def bare() -> None:
        raw.execute(
            "SELECT coalesce(company_id, contact_id), strftime('%Y-%m', closed_at), "
            "sum(amount_minor) FROM deals WHERE deleted_at IS NULL AND currency = 'RUB' AND "
            "stage_id IN (SELECT id FROM stages WHERE kind = 'won') AND closed_at >= ? AND "
            "closed_at < ? GROUP BY 1, 2", (str(start), str(end + timedelta(days=1)))).fetchall()

    run = m.classes.recompute(settings)
    print(f"classified {run.clients:,} clients, revenue {run.revenue_minor / 100:,.2f} RUB, "
          f"{run.left_out_deals:,} deals in other currencies left out")
    rows = [Row(f"ABC/XYZ recompute, {settings.months} months (read, classify, store)", median_ms(
        lambda: m.classes.recompute(settings), 5, 1), 2000, median_ms(bare, 5, 1),
        "won revenue per client and month, raw SQL")]
    matrix = m.classes.matrix()
    biggest = max(matrix.cells.values(), key=lambda c: c.clients)
    rows.append(Row("ABC/XYZ matrix (counts and revenue per cell)", median_ms(
        m.classes.matrix, 9), 200, median_ms(lambda: raw.execute(
            "SELECT abc, xyz, count(*), sum(revenue_minor) FROM client_classes "
            "GROUP BY 1, 2").fetchall(), 9), "GROUP BY of the stored classes"))
    rows.append(Row(f"drill-down into {biggest.abc}-{biggest.xyz} ({biggest.clients:,} clients)",
                    median_ms(lambda: m.classes.clients(biggest.abc, biggest.xyz), 5),
                    500, median_ms(lambda: raw.execute(
                        "SELECT client_id, revenue_minor FROM client_classes WHERE abc = ? AND "
                        "xyz IS ? ORDER BY revenue_minor DESC", (biggest.abc, biggest.xyz)
                    ).fetchall(), 5), "ids and revenue of the cell, raw SQL"))
    rows += segment_rows(crm, raw)
    rows += worst_rows()
    return 0 if print_table("Marketing (issue 18)", rows, "marketing.json") else 1


def segment_rows(crm: Crm, raw: sqlite3.Connection) -> list[Row]:
    try:
        from crm_desktop.services.marketing.segments import SegmentRules
    except ImportError:  # segments not built yet
        return []
    m = marketing(crm)
    tag = raw.execute("SELECT value FROM (SELECT tags FROM companies WHERE tags != '[]' "
                      "LIMIT 100), json_each(tags) LIMIT 1").fetchone()
    rules = SegmentRules(abc=("A", "B"), tags=(tag[0],) if tag else (), open_deals=True)

    def bare() -> None:
        raw.execute(
            "SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL AND c.id IN "
            "(SELECT client_id FROM client_classes WHERE abc IN ('A', 'B')) AND EXISTS "
            "(SELECT 1 FROM json_each(c.tags) WHERE value = ?) AND EXISTS (SELECT 1 FROM "
            "deals d WHERE d.company_id = c.id AND d.deleted_at IS NULL AND d.stage_id IN "
            "(SELECT id FROM stages WHERE kind = 'open'))", (tag[0] if tag else "",)).fetchall()

    rows = [Row("segment count (class, tag, open deals)", median_ms(
        lambda: m.segments.count("company", rules), 5), 300, median_ms(bare, 5),
        "the same count, hand-written SQL")]
    # the slowest kind of condition: text in every address, whatever its case (a GLOB
    # pattern with both cases of each letter; a Python fold per address took 0.4 s)
    from crm_desktop.services.marketing.segment_rules import city_pattern

    city = SegmentRules(city="москва", not_contacted_days=90)

    def bare_city() -> None:
        raw.execute(
            "SELECT count(*) FROM companies c WHERE c.deleted_at IS NULL AND "
            "c.address GLOB ? AND NOT EXISTS (SELECT 1 FROM "
            "interactions i WHERE i.company_id = c.id AND i.occurred_at >= date('now', "
            "'-90 days'))", (city_pattern("москва"),)).fetchall()

    rows.append(Row("segment count (city in the address, no contact 90 days)", median_ms(
        lambda: m.segments.count("company", city), 5), 1000, median_ms(bare_city, 5),
        "the same count, hand-written SQL"))
    return rows


if __name__ == "__main__":
    sys.exit(main())
