"""The bulk load (the large set's way: statistics, search and capture triggers set aside,
derived tables rebuilt set-based at the end) gives the same deal statistics and the same
search results as the per-row triggers, shown on the small set built both ways from the same
seed and the same ids."""

from __future__ import annotations

import importlib.util
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import uuid_utils

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services import demo
from crm_desktop.services.crm import Crm
from crm_desktop.storage.database import MIGRATIONS

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
STATS = ("SELECT deal_id, stage_id, pipeline_id, created_at, round(seconds, 3), visits, "
         "furthest FROM deal_stage_stats ORDER BY deal_id, stage_id")
QUERIES = ("ром", "+7903", "info@", "ооо", "поставка", "Иванов", "Сделка", "xyz-nothing")


def counted_ids() -> Iterator[uuid.UUID]:
    """Time-ordered ids from a counter: both builds get the same ids in the same order."""
    n = 0
    while True:
        n += 1
        yield uuid.UUID(int=(0x0190 << 112) | (7 << 76) | n)


def build(path: Path, bulk: bool, monkeypatch: pytest.MonkeyPatch) -> Crm:
    ids = counted_ids()
    with monkeypatch.context() as patch:
        patch.setattr(uuid_utils, "uuid7", lambda: next(ids))
        crm = Crm(path, clock=FixedClock(NOW))
        demo.generate(crm, "small", seed=3, bulk=bulk)
    return crm


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Crm, Crm]]:
    folder = tmp_path_factory.mktemp("bulk")
    with pytest.MonkeyPatch.context() as patch:
        per_row = build(folder / "per_row.db", False, patch)
        bulk = build(folder / "bulk.db", True, patch)
    yield per_row, bulk
    per_row.close()
    bulk.close()


def rows(crm: Crm, sql: str) -> list[tuple]:
    conn = sqlite3.connect(crm.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_same_data_both_ways(both: tuple[Crm, Crm]) -> None:
    per_row, bulk = both
    for table in ("companies", "contacts", "deals", "deal_stage_history", "tasks"):
        assert rows(per_row, f"SELECT * FROM {table} ORDER BY id") == \
            rows(bulk, f"SELECT * FROM {table} ORDER BY id"), table
    assert rows(per_row, "SELECT count(*) FROM companies")[0][0] == 200


def test_deal_statistics_equal_the_per_row_triggers_and_0007s_backfill(
        both: tuple[Crm, Crm]) -> None:
    per_row, bulk = both
    kept = rows(per_row, STATS)
    assert len(kept) > demo.SIZES["small"].deals  # deals with history have several rows
    assert rows(bulk, STATS) == kept
    spec = importlib.util.spec_from_file_location("speed", MIGRATIONS / "versions" /
                                                  "0007_speed.py")
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    conn = sqlite3.connect(per_row.path)
    conn.execute("DELETE FROM deal_stage_stats")

    class Bind:
        def exec_driver_sql(self, sql: str) -> None:
            conn.execute(sql)

    migration.backfill(Bind())
    assert conn.execute(STATS).fetchall() == kept
    conn.rollback()
    conn.close()


def test_search_results_and_index_equal(both: tuple[Crm, Crm]) -> None:
    per_row, bulk = both
    docs = "SELECT docid, kind, ref_id, name_key, search_text, deleted FROM search_docs " \
           "ORDER BY docid"
    assert rows(bulk, docs) == rows(per_row, docs)
    found_any = False
    for query in QUERIES:
        expected = [(hit.kind, hit.id) for hit in per_row.search.search(query)]
        found_any = found_any or bool(expected)
        assert [(hit.kind, hit.id) for hit in bulk.search.search(query)] == expected, query
    assert found_any
    for crm in both:  # the FTS5 indexes agree with their content table
        conn = sqlite3.connect(crm.path)
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO search_names(search_names) VALUES ('integrity-check')")
        conn.close()


def test_triggers_are_back_as_they_were(both: tuple[Crm, Crm]) -> None:
    per_row, bulk = both
    triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    assert rows(bulk, triggers) == rows(per_row, triggers)
    assert len(rows(bulk, triggers)) > 60
