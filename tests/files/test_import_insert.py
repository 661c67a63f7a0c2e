"""The import's direct insert stores exactly what the ORM's bulk insert stores."""

from __future__ import annotations

import sqlite3
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.services.exchange import spreadsheet_apply

COMPANIES = """Наименование;ИНН;Телефон;Email;Отрасль;Адрес;Метки;Примечание;Тип;Сегмент
ООО Ромашка;7707083893;+7 912 345-67-89 доб. 12;a@romashka.ru, b@romashka.ru;Торговля;"Москва,
ул. Ленина, 1";vip, опт;заметка;партнёр;A
АО Вектор;;8 495 123-45-67;;;;;;поставщик;
ИП Смирнов;7728168971;;sales@vector.ru;;;;;клиент;
"""
CONTACTS = """Фамилия;Имя;Отчество;Компания;Должность;Телефон;Email;День рождения
Петров;Иван;Сергеевич;ООО Ромашка;Директор;+79123456780;ivan@romashka.ru;17.05.1980
Сидорова;Анна;;Новая фирма;;;;--0203
;Олег;;;;89161234567;;
"""
DEALS = """Название;Клиент;Сумма;Дата закрытия
Поставка;ООО Ромашка;1 234,50;01.02.2026
Новая;ООО Новый клиент;100;
Без клиента;;;
"""


def stored(path: Path, table: str) -> list[tuple[Any, ...]]:
    """Every column as SQLite holds it, but the keys made at random."""
    conn = sqlite3.connect(path)
    try:
        names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                 if r[1] not in ("id", "responsible_id", "company_id", "ref_id", "stage_id",
                                 "pipeline_id")]
        return sorted(conn.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall(),
                      key=repr)
    finally:
        conn.close()


def triggers(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                            "ORDER BY name").fetchall()
    finally:
        conn.close()


def imported(folder: Path, clock: FixedClock, capture: bool = False) -> Path:
    crm = Crm(folder / "crm.db", clock=clock)
    try:
        owner = crm.users.create(name="Анна", role="owner", email="anna@example.ru")
        crm.users.set_current(owner.id)
        crm.reference.seed_defaults("ru")
        if capture:  # as the first sync turns it on
            with crm.spreadsheets.ctx.db.write() as session:
                session.connection().exec_driver_sql(
                    "INSERT INTO sync_state(key, value) VALUES ('capture', '1')")
        before = triggers(folder / "crm.db")
        for kind, text in (("companies", COMPANIES), ("contacts", CONTACTS), ("deals", DEALS)):
            source = folder / f"{kind}.csv"
            source.write_text(text, encoding="utf-8")
            report = crm.spreadsheets.apply(crm.spreadsheets.plan(source, kind))
            assert report.created == 3, report
        assert [hit.title for hit in crm.search.search("89123456789")] == ["ООО Ромашка"]
        assert triggers(folder / "crm.db") == before
    finally:
        crm.close()
    return folder / "crm.db"


@pytest.mark.parametrize("capture", [False, True])
def test_direct_insert_equals_the_orm_insert(tmp_path: Path, clock: FixedClock,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capture: bool) -> None:
    (tmp_path / "direct").mkdir()
    (tmp_path / "orm").mkdir()
    direct = imported(tmp_path / "direct", clock, capture)
    monkeypatch.setattr(spreadsheet_apply, "insert_rows", lambda session, model, rows:
                        session.execute(insert(model), rows))
    monkeypatch.setattr(spreadsheet_apply, "documents_added_after",
                        lambda conn, tables: nullcontext())  # every row through its triggers
    orm = imported(tmp_path / "orm", clock, capture)
    for table in ("companies", "contacts", "deals", "search_docs"):
        assert stored(direct, table) == stored(orm, table)  # documents under the same ids
    assert len(stored(direct, "contacts")) == 3 and len(stored(direct, "deals")) == 3
    outbox = [[(r[0], r[2]) for r in rows] for rows in (
        sqlite3.connect(path).execute("SELECT tbl, row_id, op FROM sync_outbox ORDER BY seq")
        .fetchall() for path in (direct, orm))]
    # captured: 3 + 2 new companies (named by a person and a deal), 3 people, 3 deals
    assert outbox[0] == outbox[1] and len(outbox[0]) == (11 if capture else 0)
