"""Pulled pages of BULK rows or more are written with their derived data set aside and made
once at the end of the page (full-text index, deal statistics): what a new laptop derives that
way must equal what the per-row triggers made on the laptop that wrote the rows."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from crm_desktop.sync import row_applier
from crm_desktop.sync.transport import SyncError
from tests.sync.conftest import Replica


def _stats(replica: Replica) -> list[tuple[object, ...]]:
    with replica.crm.db.reader.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT deal_id, stage_id, pipeline_id, round(seconds, 3), visits, furthest "
            "FROM deal_stage_stats ORDER BY deal_id, stage_id")]


@pytest.mark.parametrize("bulk", [1, 10_000])  # every page bulk; no page bulk
def test_a_new_laptop_derives_the_same_statistics_and_search(
        replicas: Callable[[str], Replica], monkeypatch: pytest.MonkeyPatch, bulk: int) -> None:
    monkeypatch.setattr(row_applier, "BULK", bulk)
    a = replicas("anna")
    a.crm.reference.seed_defaults("ru")
    pipeline = a.crm.pipelines.default()
    stages = a.crm.stages.of_pipeline(pipeline.id)
    rng = random.Random(3)
    companies = [a.crm.companies.create(name=f"ООО Ромашка {i}", tax_id=None).id
                 for i in range(6)]
    deals = [a.crm.deals.create(title=f"Сделка {i}", pipeline_id=pipeline.id,
                                company_id=rng.choice(companies), amount="100").id
             for i in range(8)]
    for _ in range(30):
        stage, deal = rng.choice(stages), rng.choice(deals)
        if a.crm.deals.get(deal).stage_id != stage.id:
            a.crm.deals.move(deal, stage.id,
                             loss_reason="Дорого" if stage.kind == "lost" else None)
    a.sync()
    b = replicas("boris")  # a new device: the snapshot, in pages bulk or not
    b.sync()
    assert _stats(b) == _stats(a) and _stats(a)
    found = [hit.id for hit in b.crm.search.search("Ромашка 3")]
    assert found[:1] == [companies[3]]
    assert len(b.crm.search.search("Сделка")) == len(deals)


def test_the_snapshots_larger_cache_is_given_back(replicas: Callable[[str], Replica]) -> None:
    a = replicas("anna")
    a.crm.companies.create(name="ООО Ромашка")
    a.sync()
    b = replicas("boris")
    with b.crm.db.writer.connect() as conn:
        before = [conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("cache_size",
                                                                          "wal_autocheckpoint")]
    assert b.sync().bootstrapped
    with b.crm.db.writer.connect() as conn:
        after = [conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("cache_size",
                                                                         "wal_autocheckpoint")]
    assert after == before == [-65536, 1000]


def _indexes(replica: Replica) -> list[tuple[str, str]]:
    with replica.crm.db.reader.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "ORDER BY name")]


def test_a_copy_cut_off_keeps_its_indexes_aside_and_the_next_one_makes_them(
        replicas: Callable[[str], Replica]) -> None:
    """A new device fills its empty tables without their plain indexes: they are made again
    when the copy ends, also after a copy that was cut off (here: the connection drops after
    the first page; kill -9 leaves the same state, committed page by page)."""
    a = replicas("anna")
    for i in range(30):
        a.crm.companies.create(name=f"ООО Ромашка {i}")
    a.sync()
    b = replicas("boris")
    complete = _indexes(b)
    assert any(name.startswith("ix_interactions") for name, _ in complete)
    b.transport.fault = ("snapshot", "after")
    with pytest.raises(SyncError):
        b.sync()
    cut = _indexes(b)
    assert len(cut) < len(complete)  # set aside while the copy is unfinished
    b.sync()
    assert _indexes(b) == complete
    with b.crm.db.reader.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM companies").scalar() == 30
