"""Deal use cases behind the window: moving to lost with a new reason in one transaction,
the items table saved whole, products, and our own company's requisites."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.admin.reference import (
    RequisiteErrors,
    _account_key_ok,
    requisite_problems,
)
from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import StageDTO
from crm_desktop.services.funnel.deals import items_totals

SBER = {"name": "ООО «Вектор»", "legal_name": "Общество с ограниченной ответственностью «Вектор»",
        "tax_id": "7707083893", "kpp": "773601001", "ogrn": "1027700132195",
        "bik": "044525225", "corr_account": "30101810400000000225", "bank": "ПАО Сбербанк",
        "address": "Москва, ул. Вавилова, 19", "director": "Петров П. П.",
        "signature_line": "Генеральный директор ____________ П. П. Петров"}


def account_for(bik: str, body: str = "4070281093800000000") -> str:
    """A settlement account with the right key digit (the 9th) for the BIC."""
    for key in "0123456789":
        account = body[:8] + key + body[8:]
        if _account_key_ok(bik[-3:], account):
            return account
    raise AssertionError("no key digit fits")


def lost_stage(crm: Crm) -> StageDTO:
    pipeline = crm.pipelines.default()
    return next(s for s in crm.stages.of_pipeline(pipeline.id) if s.kind == "lost")


def test_move_to_lost_with_a_new_reason_is_one_transaction(crm: Crm) -> None:
    pipeline = crm.pipelines.default()
    deal = crm.deals.create(title="Поставка", pipeline_id=pipeline.id, amount="100")
    lost = lost_stage(crm)
    moved = crm.deals.move(deal.id, lost.id, loss_reason="Ушли к конкуренту из Казани")
    assert moved.stage_id == lost.id
    assert "Ушли к конкуренту из Казани" in crm.reference.names("loss_reasons")
    assert crm.reference.names("loss_reasons")[-1] == "Ушли к конкуренту из Казани"
    # a reason too long for the reference list: neither the move nor the reason is written
    other = crm.deals.create(title="Монтаж", pipeline_id=pipeline.id)
    with pytest.raises(ValidationError):
        crm.deals.move(other.id, lost.id, loss_reason="Я" * 201)
    assert crm.deals.get(other.id).stage_id != lost.id
    assert len(crm.deals.history(other.id)) == 1
    # the move fails after the reason would be known: nothing of it stays either
    with pytest.raises(ValidationError):
        crm.deals.move(other.id, "no-such-stage", loss_reason="Сорвалось")
    assert "Сорвалось" not in crm.reference.names("loss_reasons")
    # an existing reason is not added twice; moving to an open stage adds none
    crm.deals.move(other.id, lost.id, loss_reason="Ушли к конкуренту из Казани")
    assert crm.reference.names("loss_reasons").count("Ушли к конкуренту из Казани") == 1


def test_items_table_saved_whole_sets_the_amount(crm: Crm) -> None:
    pipeline = crm.pipelines.default()
    deal = crm.deals.create(title="Оснащение", pipeline_id=pipeline.id, amount="150000.50")
    chair = crm.products.create(name="Кресло", unit="шт", price="12 499,99", vat_percent="20")
    items = crm.deal_items.save_all(deal.id, [
        {"product_id": chair.id, "quantity": "3"},
        {"name": "Доставка", "unit": "усл.", "quantity": "1,5", "price": "1000,01",
         "discount_percent": "10", "vat_percent": "0"}])
    assert [i.name for i in items] == ["Кресло", "Доставка"]
    assert items[0].price_minor == 1249999 and items[0].vat_percent == Decimal("20")
    total, vat = items_totals(items)
    # 3 × 12 499,99 = 37 499,97; 1,5 × 1 000,01 × 0,9 = 1 350,0135 → 1 350,01
    assert total == 3749997 + 135001
    assert vat == round(Decimal(3749997) * 20 / 120)
    assert crm.deals.get(deal.id).amount_minor == total
    # edit one row, drop the other, add a third: one call
    items = crm.deal_items.save_all(deal.id, [
        {"id": items[0].id, "quantity": "2"}, {"name": "Монтаж", "price": "500"}])
    assert [(i.name, i.quantity) for i in items] == [("Кресло", Decimal(2)), ("Монтаж", 1)]
    assert len(crm.deal_items.of_deal(deal.id)) == 2
    # prices are in the deal's currency: it cannot change under them
    with pytest.raises(ValidationError) as bad:
        crm.deals.update(deal.id, currency="EUR")
    assert bad.value.field == "currency"
    # a bad cell names its row and field and writes nothing
    with pytest.raises(ValidationError) as bad:
        crm.deal_items.save_all(deal.id, [{"id": items[0].id, "quantity": "5"},
                                          {"name": "Скидка", "price": "10", "quantity": "ноль"}])
    assert bad.value.field == "items.1.quantity"
    assert crm.deal_items.of_deal(deal.id)[0].quantity == Decimal(2)
    for cell, value in (("discount_percent", "101"), ("vat_percent", "abc"),
                        ("price", "-5"), ("quantity", "0")):
        with pytest.raises(ValidationError) as bad:
            crm.deal_items.save_all(deal.id, [{"name": "x", cell: value}])
        assert bad.value.field == f"items.0.{cell}"


def test_product_in_another_currency_is_refused(crm: Crm) -> None:
    deal = crm.deals.create(title="Лицензии", pipeline_id=crm.pipelines.default().id)
    euro = crm.products.create(name="Licence", price="10", currency="EUR")
    with pytest.raises(ValidationError) as bad:
        crm.deal_items.save_all(deal.id, [{"product_id": euro.id}])
    assert bad.value.field == "items.0.product_id" and "EUR" in bad.value.reason


def test_catalogue_search_and_archive(crm: Crm) -> None:
    crm.products.create(name="Ёлка искусственная", sku="EL-180", price="3000")
    crm.products.create(name="Гирлянда", sku="GR-10", price="500")
    assert [p.name for p in crm.products.catalogue("елка")] == ["Ёлка искусственная"]
    assert [p.name for p in crm.products.catalogue("gr-")] == ["Гирлянда"]
    garland = crm.products.catalogue("Гирл")[0]
    crm.products.archive(garland.id)
    assert [p.name for p in crm.products.catalogue()] == ["Ёлка искусственная"]
    assert len(crm.products.catalogue(include_archived=True)) == 2
    with pytest.raises(ValidationError) as bad:
        crm.products.create(name="Шар", vat_percent="двадцать")
    assert bad.value.field == "vat_percent"


def test_requisites_checked_and_read_by_the_documents(crm: Crm) -> None:
    account = account_for(SBER["bik"])
    saved = crm.requisites.save(**SBER, account=account)
    assert saved.account == account and saved.kpp == "773601001"
    profile = crm.documents.org_profile()
    for key in ("name", "legal_name", "tax_id", "kpp", "ogrn", "bank", "bik", "account",
                "corr_account", "director", "address"):
        assert profile[key] == saved.__dict__[key], key
    bad = {**SBER, "tax_id": "7707083894", "kpp": "77360100", "ogrn": "1027700132196",
           "bik": "123", "account": "4070281093800000000", "name": " "}
    with pytest.raises(RequisiteErrors) as refused:
        crm.requisites.save(**bad)
    assert set(refused.value.problems) == {"tax_id", "kpp", "ogrn", "bik", "account", "name"}
    assert crm.requisites.get() == saved  # nothing half-written
    wrong_key = account[:8] + str((int(account[8]) + 1) % 10) + account[9:]
    assert "account" in requisite_problems({**SBER, "account": wrong_key})
    assert requisite_problems({**SBER, "tax_id": "500100732259", "kpp": "773601001"}) == {
        "kpp": "an individual entrepreneur has no KPP"}
    assert "corr_account" in requisite_problems({**SBER, "corr_account":
                                                 "30101810400000000226"})


def test_requisites_survive_raw_duplicate_rows(crm: Crm) -> None:
    """Two offline machines may each create "our.name": the newest wins, in reading and in
    the next save."""
    crm.requisites.save(name="Старое имя")
    with crm.db.write() as session:
        session.execute(text(
            "INSERT INTO org_settings (id, key, value, created_at, updated_at) VALUES "
            "('zz-dup', 'our.name', 'Новое имя', '2030-01-01 00:00:00.000000', "
            "'2030-01-01 00:00:00.000000')"))
    assert crm.requisites.get().name == "Новое имя"
    crm.requisites.save(name="Третье имя")
    assert crm.requisites.get().name == "Третье имя"


def test_amounts_that_would_overflow_the_database_are_refused(crm: Crm) -> None:
    """A quadrillion roubles and more would overflow SQLite's 64-bit integers (a raw
    OverflowError before): refused with the field named, nothing written."""
    pipeline = crm.pipelines.default()
    with pytest.raises(ValidationError) as bad:
        crm.deals.create(title="Огромная", pipeline_id=pipeline.id, amount="1e30")
    assert bad.value.field == "amount" and crm.deals.count() == 0
    deal = crm.deals.create(title="Большая", pipeline_id=pipeline.id, amount="1")
    with pytest.raises(ValidationError) as bad:
        crm.deal_items.save_all(deal.id, [{"name": "x", "quantity": "99999999999",
                                           "price": "99999999999999"}])
    assert bad.value.field == "items" and crm.deal_items.of_deal(deal.id) == []
    assert crm.deals.get(deal.id).amount_minor == 100


def test_items_of_a_deal_deleted_meanwhile_are_not_saved(crm: Crm) -> None:
    deal = crm.deals.create(title="Удалят", pipeline_id=crm.pipelines.default().id)
    with crm.db.write() as session:  # behind the program's back, as a sync or sqlite3 would
        session.execute(text("UPDATE deals SET deleted_at = updated_at WHERE id = :i"),
                        {"i": deal.id})
    with pytest.raises(ValidationError) as bad:
        crm.deal_items.save_all(deal.id, [{"name": "Строка"}])
    assert bad.value.field == "deal_id"
    with crm.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM deal_items")).scalar() == 0


KILLED_SAVE = """
import sys, time
from pathlib import Path
from crm_desktop.services.crm import Crm
from crm_desktop.services.funnel.deal_items import DealItemService

db, deal_id, marker = sys.argv[1:4]
original = DealItemService.create_in

def slow_create(self, session, **values):
    row = original(self, session, **values)
    if values.get("position") == 50:  # half-way through the table, inside the transaction
        Path(marker).write_text("in the middle")
        time.sleep(60)
    return row

DealItemService.create_in = slow_create
crm = Crm(db)
crm.deal_items.save_all(deal_id, [{"name": f"Строка {n}", "price": "10"} for n in range(100)])
"""


def test_items_save_killed_midway_leaves_nothing_half_written(crm: Crm, tmp_path: Path) -> None:
    """kill -9 in the middle of saving a 100-row items table: after restart the deal has its
    old items and amount, and the file passes the integrity check."""
    import os
    import signal
    import subprocess
    import sys
    import time

    deal = crm.deals.create(title="Прервут", pipeline_id=crm.pipelines.default().id,
                            amount="5")
    crm.deal_items.save_all(deal.id, [{"name": "Старая строка", "price": "5"}])
    path = crm.path
    crm.close()
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", KILLED_SAVE, str(path), deal.id,
                              str(marker)])
    deadline = time.monotonic() + 60
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the child never reached the middle of the save"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reopened = Crm(path)
    try:
        assert [i.name for i in reopened.deal_items.of_deal(deal.id)] == ["Старая строка"]
        assert reopened.deals.get(deal.id).amount_minor == 500
        assert reopened.check() == []
    finally:
        reopened.close()
