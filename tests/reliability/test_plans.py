"""Item 11 without timing anything: the large-set paths read indexes, not whole tables, and
sort nothing in memory (the figures are in bench/reliability.py)."""

from __future__ import annotations

from crm_desktop.services.crm import COUNTED, Crm
from crm_desktop.services.exchange.xlsx_export import EXPORTS


def plan(crm: Crm, sql: str) -> str:
    with crm.db.reader.connect() as conn:
        return " | ".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


def test_stats_counts_tombstones_from_an_index(crm: Crm) -> None:
    for table in ("companies", "contacts", "interactions", "tasks"):
        assert table in {m.__tablename__ for m in COUNTED.values()}
        steps = plan(crm, f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL")
        assert f"ix_{table}_tombstones" in steps, steps


def test_the_history_export_streams_without_a_sort(crm: Crm) -> None:
    steps = plan(crm, EXPORTS["interactions"][1])
    assert "TEMP B-TREE" not in steps and "ix_interactions_time" in steps, steps


def test_live_counts_are_right(crm: Crm) -> None:
    kept = crm.companies.create(name="ООО Ромашка")
    gone = crm.companies.create(name="ООО Лютик")
    crm.companies.delete(gone.id)
    assert crm.stats()["companies"] == 1 and crm.companies.get(kept.id).deleted_at is None


def test_temporary_btrees_spill_to_a_file(crm: Crm) -> None:
    with crm.db.reader.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 1  # FILE
