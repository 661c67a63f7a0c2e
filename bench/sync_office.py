"""Sync at office scale against the local PostgreSQL (issue 11):

    python bench/sync_office.py [--upload 100000] [--laptops 20] [--large-db PATH]

- upload of N new records (a laptop's first sync), beside the bare limit: COPY of the same
  rows into the same typed tables (target ≤ 60 s for 100,000 and ≤ 3× COPY);
- one push of 20,000 changes, server time (target ≤ 2 s);
- an office: L laptops, each a long-running process as the window runs it, each creating
  50 records and editing shared ones, syncing at the same moment; all must converge with
  nothing lost (target: slowest sync ≤ 3 s);
- server storage against the data it holds (target ≤ 3×);
- with --large-db: a new device on that server after the large set was uploaded
  (target ≤ 3 minutes).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Row, print_table  # noqa: E402
from sync_latency import drop, new_server  # noqa: E402

from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.sync.engine import SyncEngine  # noqa: E402
from crm_desktop.sync.tables import tables  # noqa: E402
from crm_desktop.sync.transport import Transport  # noqa: E402


def laptop(path: Path, url: str, label: str) -> tuple[Crm, SyncEngine]:
    crm = Crm(path)
    if crm.users.current() is None:
        user = crm.users.create(name=label, role="manager")
        crm.users.set_current(user.id)
    return crm, SyncEngine(crm.db, Transport(url), label)


def fill_companies(crm: Crm, count: int, prefix: str) -> None:
    """Realistic rows written in one go (as an import does)."""
    with crm.db.writer.begin() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO companies (id, kind, name, legal_name, tax_id, address, phones, "
            "emails, tags, custom_fields, segment, name_key, search_text, created_at, "
            "updated_at) SELECT ? || printf('%08d', i), 'client', 'Компания ' || i, "
            "'ООО «Компания ' || i || '»', printf('77%08d', i), 'г. Москва, ул. Ленина, ' || i, "
            "json_array(printf('+7912%07d', i)), json_array('info' || i || '@example.ru'), "
            "'[]', '{}', 'B', '', '', '2026-01-01 00:00:00.000000', "
            "'2026-01-01 00:00:00.000000' FROM n", (count, prefix))


def upload(count: int, folder: Path) -> tuple[list[Row], str, str]:
    name, url = new_server()
    crm, engine = laptop(folder / "uploader.db", url, "uploader")
    fill_companies(crm, count, "up-")
    # the upload alone; the copy back is measured apart
    engine._snapshot = lambda report, scope="all": None
    started = time.perf_counter()
    report = engine.sync_once()
    upload_s = time.perf_counter() - started
    assert report.pushed >= count, report.summary()
    # Bare limit: the same rows, COPY'd into the same typed table of a fresh server.
    bare_name, bare_url = new_server()
    with crm.db.reader.connect() as lite:
        source = lite.exec_driver_sql(
            "SELECT id, kind, name, legal_name, tax_id, address, phones, emails, tags, "
            "custom_fields, segment, created_at, updated_at FROM companies "
            "WHERE id LIKE 'up-%'").fetchall()
    with psycopg.connect(bare_url) as conn:
        conn.execute("SET crm_sync.applying = 'on'")
        started = time.perf_counter()
        with conn.cursor().copy(
                "COPY crm.companies (id, kind, name, legal_name, tax_id, address, phones, "
                "emails, tags, custom_fields, segment, created_at, updated_at) FROM STDIN") as cp:
            for row in source:
                cp.write_row(row)
        conn.commit()
        copy_s = time.perf_counter() - started
    drop(bare_name)
    crm.close()
    rows = [Row(f"upload of {count:,} new records (first sync)", upload_s * 1000,
                min(60_000, 3 * copy_s * 1000), copy_s * 1000,
                "COPY of the same rows into the same table (bound: 60 s and 3× COPY)")]
    return rows, name, url


def push_20000(folder: Path, url: str) -> Row:
    crm, engine = laptop(folder / "pusher.db", url, "pusher")
    engine.sync_once()
    fill_companies(crm, 20_000, "p2-")
    timings: list[float] = []
    original = engine.transport.push

    def timed(*args: object) -> dict:
        started = time.perf_counter()
        answer = original(*args)
        timings.append(time.perf_counter() - started)
        return answer

    engine.transport.push = timed  # type: ignore[method-assign]
    engine.push_batch = 20_000  # this engine only: one round trip for the whole upload
    engine.sync_once()
    crm.close()
    with psycopg.connect(url) as conn:
        started = time.perf_counter()
        conn.execute("SELECT count(*) FROM crm.companies WHERE id LIKE 'p2-%'").fetchone()
        bare = time.perf_counter() - started
    return Row("one push of 20,000 changes (server)", max(timings) * 1000, 2000, bare * 1000,
               "counting the rows it wrote")


def _office_laptop(args: tuple) -> dict:
    """One laptop process: its own file, one long-lived engine, syncs at the given moment."""
    index, url, folder, start_at, shared, pushed = args
    crm, engine = laptop(Path(folder) / f"laptop{index}.db", url, f"laptop{index}")
    engine.sync_once()  # joined the office: everyone's records are here
    created = [crm.companies.create(name=f"Новый клиент {index}-{i}").id for i in range(50)]
    for ident in shared:
        crm.companies.update(ident, notes=f"заметка ноутбука {index}")
    time.sleep(max(0.0, start_at - time.time()))
    started = time.perf_counter()
    engine.sync_once()
    first = time.perf_counter() - started
    # Then everyone settles: once every laptop has pushed, one more sync brings all of it.
    pushed.wait(timeout=600)
    engine.sync_once()
    with crm.db.reader.connect() as conn:
        live = sorted(r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM companies WHERE deleted_at IS NULL"))
        marks = ", ".join("?" for _ in shared)
        notes = {r[0]: r[1] for r in conn.exec_driver_sql(
            f"SELECT id, notes FROM companies WHERE id IN ({marks})", tuple(shared))}
        conflicts = conn.exec_driver_sql("SELECT count(*) FROM sync_conflicts").scalar()
        outbox = conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar()
        parked = conn.exec_driver_sql("SELECT count(*) FROM sync_parked").scalar()
    crm.close()
    return {"sync_s": first, "live": live, "created": created, "notes": notes,
            "conflicts": conflicts, "outbox": outbox, "parked": parked}


def office(folder: Path, laptops: int) -> list[Row]:
    name, url = new_server()
    seeder, engine = laptop(folder / "seed.db", url, "seed")
    shared = [seeder.companies.create(name=f"Общий клиент {i}").id for i in range(5)]
    engine.sync_once()
    seeder.close()
    start_at = time.time() + 8 + laptops * 0.4
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(laptops) as pool:
        pushed = manager.Barrier(laptops)
        results = pool.map(_office_laptop, [(i, url, str(folder), start_at, shared, pushed)
                                            for i in range(laptops)])
    lives = {tuple(r["live"]) for r in results}
    created = {ident for r in results for ident in r["created"]}
    converged = len(lives) == 1 and created <= set(next(iter(lives)))
    notes = {json.dumps(r["notes"], sort_keys=True, ensure_ascii=False) for r in results}
    slowest = max(r["sync_s"] for r in results)
    drop(name)
    verdict = "all converge, nothing lost" if converged and len(notes) == 1 else "DIVERGED"
    if verdict == "DIVERGED":
        for index, r in enumerate(results):
            print(f"laptop{index}: {len(r['live'])} live, missing "
                  f"{len(created - set(r['live']))} created, outbox {r['outbox']}, "
                  f"parked {r['parked']}, notes {r['notes']}", file=sys.stderr)
    return [Row(f"office: {laptops} laptops × 50 new + 5 shared edits at once ({verdict}; "
                f"{results[0]['conflicts']} conflicts kept)", slowest * 1000, 3000,
                min(r["sync_s"] for r in results) * 1000, "the fastest laptop's sync")]


def storage(url: str) -> Row:
    with psycopg.connect(url) as conn:
        total = 0
        bare = 0
        for t in tables():
            total += conn.execute("SELECT pg_total_relation_size(%s)",
                                  (f"crm.{t.name}",)).fetchone()[0]
            columns = ", ".join(t.names)
            bare += conn.execute(
                f"SELECT coalesce(sum(pg_column_size(x.*)), 0) FROM (SELECT {columns} "
                f"FROM crm.{t.name}) x").fetchone()[0]
        for extra in ("crm_sync.conflicts", "crm_sync.deleted", "crm_sync.devices"):
            total += conn.execute("SELECT pg_total_relation_size(%s)", (extra,)).fetchone()[0]
    return Row("server storage, KB (tables, indexes, bookkeeping)", total / 1024,
               3 * bare / 1024, bare / 1024, "KB of the rows' own data (bound: 3×)")


def new_device(folder: Path, large_db: Path | None, server: str | None = None) -> list[Row]:
    """A new device on a server holding the large set: uploaded here from large_db, or one
    uploaded before (server, kept as it is: the upload of 2 million rows takes minutes)."""
    rows: list[Row] = []
    if server is None:
        assert large_db is not None
        name, url = new_server()
        source = Crm(large_db)
        source_engine = SyncEngine(source.db, Transport(url), "source")
        source_engine._snapshot = lambda report, scope="all": None
        started = time.perf_counter()
        pushed = source_engine.sync_once().pushed
        upload_s = time.perf_counter() - started
        source.close()
        rows.append(Row(f"upload of the large set ({pushed:,} records)", upload_s * 1000,
                        upload_s * 1000, 0, "(context)"))
    else:
        url = server
    crm, engine = laptop(folder / "newcomer.db", url, "newcomer")
    started = time.perf_counter()
    report = engine.sync_once()
    device_s = time.perf_counter() - started
    with psycopg.connect(url) as conn:
        started = time.perf_counter()
        for t in tables():
            conn.execute(f"SELECT * FROM crm.{t.name}").fetchall()
        bare = time.perf_counter() - started
    rows += [Row(f"new device on the large set ({report.bootstrapped:,} records)",
                 device_s * 1000, 180_000, bare * 1000, "reading every server row bare"),
             storage(url)]
    crm.close()
    if server is None:
        drop(name)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--upload", type=int, default=100_000)
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--large-db", type=Path)
    parser.add_argument("--large-server", help="a server that already holds the large set "
                        "(its URL): only the new device and the storage are measured")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.upload:
            upload_rows, name, url = upload(args.upload, folder)
            rows += upload_rows
            rows.append(storage(url))
            rows.append(push_20000(folder, url))
            drop(name)
        if args.laptops:
            rows += office(folder, args.laptops)
        if args.large_db or args.large_server:
            rows += new_device(folder, args.large_db, args.large_server)
    print_table("sync at office scale", rows, "sync_office.json")


if __name__ == "__main__":
    main()
