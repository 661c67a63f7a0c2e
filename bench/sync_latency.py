"""Sync benchmarks against the local PostgreSQL (issue 6):

    python bench/sync_latency.py [--rows 1000]

- push + pull of 1,000 changed records through a TCP proxy adding 50 ms of round trip
  (target ≤ 1.5 s), beside the bare limit: executemany of the same 1,000 rows over the
  same proxy;
- the same 1,000-change sync against a small and a large server (ratio, target ≤ 1.3);
- first sync of a new device (snapshot) in rows per second, beside COPY-free bare reads.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import Row, print_table  # noqa: E402

from crm_desktop.services.crm import Crm  # noqa: E402
from crm_desktop.sync.engine import SyncEngine  # noqa: E402
from crm_desktop.sync.server_admin import init_server  # noqa: E402
from crm_desktop.sync.tables import tables  # noqa: E402
from crm_desktop.sync.transport import Transport  # noqa: E402

PG = "postgresql://postgres@127.0.0.1:5432/postgres"
DELAY = 0.025  # each way: 50 ms round trip


def start_proxy(port: int, target: int = 5432) -> None:
    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                await asyncio.sleep(DELAY)
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", target)
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", port)
        async with server:
            await server.serve_forever()

    threading.Thread(target=lambda: asyncio.run(main()), daemon=True).start()
    time.sleep(0.3)


def new_server() -> tuple[str, str]:
    name = f"crm_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG.rsplit("/", 1)[0] + "/" + name
    init_server(url)
    return name, url


def drop(name: str) -> None:
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def replica(folder: Path, url: str, label: str) -> tuple[Crm, SyncEngine]:
    crm = Crm(folder / f"{label}.db")
    user = crm.users.create(name=label, role="manager")
    crm.users.set_current(user.id)
    return crm, SyncEngine(crm.db, Transport(url), label)


def thousand_changes(folder: Path, url: str, proxied: str, label: str, n: int) -> float:
    crm, engine = replica(folder, url, label)
    engine.sync_once()
    ids = [crm.companies.create(name=f"Компания {label} {i}").id for i in range(n)]
    engine.sync_once()
    with crm.db.writer.begin() as conn:  # n edited records in one go
        marks = ", ".join("?" for _ in ids)
        conn.exec_driver_sql("UPDATE companies SET segment = 'A', updated_at = "
                             f"'2026-01-01 00:00:00' WHERE id IN ({marks})", tuple(ids))
    engine.transport = Transport(proxied)
    started = time.perf_counter()
    report = engine.sync_once()
    elapsed = (time.perf_counter() - started) * 1000
    assert report.pushed >= n, report
    crm.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--large", type=int, default=50_000,
                        help="companies already on the 'large' server")
    args = parser.parse_args()
    start_proxy(55432)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small_name, small_url = new_server()
        proxied = small_url.replace(":5432/", ":55432/")
        sync_ms = thousand_changes(folder, small_url, proxied, "small", args.rows)
        with psycopg.connect(proxied) as conn:
            conn.execute("CREATE TEMP TABLE t (id text, value text)")
            started = time.perf_counter()
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO t VALUES (%s, %s)",
                                [(str(i), "A") for i in range(args.rows)])
            conn.commit()
            bare_ms = (time.perf_counter() - started) * 1000
        rows.append(Row(f"sync of {args.rows:,} changed records, 50 ms RTT", sync_ms, 1500,
                        bare_ms, "executemany of the same rows over the proxy"))

        large_name, large_url = new_server()
        seeder, seed_engine = replica(folder, large_url, "seeder")
        with seeder.db.writer.begin() as conn:
            conn.exec_driver_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO companies (id, kind, name, phones, emails, tags, custom_fields, "
                "name_key, search_text, created_at, updated_at) SELECT printf('seed-%08d', i),"
                " 'client', 'Компания ' || i, '[]', '[]', '[]', '{}', '', '', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM n", (args.large,))
        seed_engine.sync_once()
        seeder.close()
        large_ms = thousand_changes(folder, large_url, large_url.replace(":5432/", ":55432/"),
                                    "large", args.rows)
        rows.append(Row(f"same sync, server with {args.large:,} more records", large_ms,
                        1.3 * sync_ms, sync_ms, "the small server's time (ratio ≤ 1.3)"))

        fresh, engine = replica(folder, large_url, "fresh")
        started = time.perf_counter()
        report = engine.sync_once()
        snapshot_ms = (time.perf_counter() - started) * 1000
        with psycopg.connect(large_url) as conn:
            started = time.perf_counter()
            count = sum(len(conn.execute(f"SELECT * FROM crm.{t.name}").fetchall())
                        for t in tables())
            bare_read = (time.perf_counter() - started) * 1000
        rate = report.bootstrapped / (snapshot_ms / 1000)
        rows.append(Row(f"new device: {report.bootstrapped:,} records "
                        f"({rate:,.0f} records/s)", snapshot_ms, snapshot_ms, bare_read,
                        f"reading the {count:,} server rows bare"))
        fresh.close()
        drop(small_name)
        drop(large_name)
    print_table("sync", rows, "sync.json")


if __name__ == "__main__":
    main()
