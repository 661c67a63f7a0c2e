"""ABC/XYZ on a data set whose classes are known by hand: ties across the 80 % line, exact
10 % and 25 % variations, a one-month history, a client who bought before the period, month
boundaries in Moscow time, another currency, a deleted client, a company without purchases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.marketing.classes import ClassSettings
from tests.marketing.conftest import Shop

PERIOD = ClassSettings(start=date(2025, 1, 1), end=date(2025, 10, 31))  # 10 months (MSK)
MONTHS = [f"2025-{m:02d}-15T09:00:00" for m in range(1, 11)]  # mid-month, Jan..Oct


def build(shop: Shop) -> dict[str, str]:
    ids: dict[str, str] = {}
    a1 = ids["A1"] = shop.company("Альфа")
    contact = shop.person("Альфин", company_id=a1)
    shop.won_deal("2024-12-31T21:30:00", "500", a1)  # 1 January in Moscow: in the period
    for when in MONTHS[1:9]:
        shop.won_deal(when, "500", a1)
    shop.won_deal(MONTHS[9], "500", contact_id=contact)  # the contact's deal is the company's
    shop.won_deal("2025-10-31T21:30:00", "999", a1)  # 1 November in Moscow: outside
    shop.won_deal(MONTHS[4], "7000", a1, currency="USD")  # another currency: left out
    a2 = ids["A2"] = shop.company("Бета")
    for when in MONTHS[:9]:
        shop.won_deal(when, "290", a2)
    shop.won_deal(MONTHS[9], "190", a2)
    t1 = ids["T1"] = shop.company("Гамма")
    for when in MONTHS[:7]:
        shop.won_deal(when, "100", t1)
    t2 = ids["T2"] = shop.company("Дельта")
    shop.won_deal("2025-07-31T21:30:00", "300", t2)  # 1 August in Moscow
    shop.won_deal(MONTHS[8], "200", t2)
    shop.won_deal(MONTHS[9], "200", t2)
    b1 = ids["B1"] = shop.company("Епсилон")
    shop.won_deal(MONTHS[9], "600", b1)  # one month of history
    old = ids["Old"] = shop.person("Старов")  # a private person, bought in 2024
    shop.won_deal("2024-05-15T09:00:00", "1000", contact_id=old)
    shop.won_deal(MONTHS[9], "100", contact_id=old)
    c1 = ids["C1"] = shop.company("Зета")
    for when, amount in zip(MONTHS[6:], ("18.75", "11.25", "18.75", "11.25"), strict=True):
        shop.won_deal(when, amount, c1)  # variation exactly 25 %
    c2 = ids["C2"] = shop.company("Эта")
    for when, amount in zip(MONTHS[6:], ("11", "9", "11", "9"), strict=True):
        shop.won_deal(when, amount, c2)  # variation exactly 10 %
    quiet = ids["Quiet"] = shop.company("Тишина")  # no purchases; a lost deal only
    shop.crm.deals.create(title="Проиграна", pipeline_id=shop.pipeline, stage_id=shop.lost,
                          amount="5000", company_id=quiet, loss_reason="Дорого")
    shop.crm.deals.create(title="Открыта", pipeline_id=shop.pipeline, stage_id=shop.open,
                          amount="5000", company_id=quiet)
    gone = shop.company("Удалённая")
    shop.won_deal(MONTHS[3], "10000", gone)
    shop.crm.companies.delete(gone)
    shop.clock.set(datetime(2025, 11, 20, 10, 0, tzinfo=UTC))
    return ids


EXPECTED = {"A1": ("A", "X", 10), "A2": ("A", "Y", 10), "T1": ("A", "Z", 10),
            "T2": ("A", "Y", 3), "B1": ("B", None, 1), "Old": ("C", "Z", 10),
            "C1": ("C", "Y", 4), "C2": ("C", "X", 4)}


def test_classes_known_by_hand(shop: Shop) -> None:
    ids = build(shop)
    run = shop.m.classes.recompute(PERIOD)
    assert (run.start, run.end) == (date(2025, 1, 1), date(2025, 10, 31))
    assert run.clients == 8
    assert run.revenue_minor == 10_000_00
    assert run.left_out_deals == 1
    found = {c.id: c for c in shop.m.classes.clients()}
    got = {name: (found[ident].abc, found[ident].xyz, found[ident].months)
           for name, ident in ids.items() if ident in found}
    assert got == EXPECTED
    assert found[ids["A1"]].revenue_minor == 5000_00
    assert found[ids["A1"]].share == pytest.approx(50.0)
    assert found[ids["C2"]].variation == pytest.approx(10.0)
    assert found[ids["Old"]].kind == "contact"
    matrix = shop.m.classes.matrix()
    assert matrix.cell("A", "Y").clients == 2
    assert matrix.cell("A", "Y").revenue_minor == (2800 + 700) * 100
    assert matrix.cell("B", None).clients == 1
    assert matrix.row_total("C").revenue_minor == (100 + 60 + 40) * 100
    assert matrix.column_total("Z").clients == 2
    assert matrix.total.clients == 8
    assert matrix.without_purchases == 1  # Тишина
    # drill-down: a cell, largest first
    assert [c.name for c in shop.m.classes.clients("A", "Y")] == ["Бета", "Дельта"]
    assert [c.name for c in shop.m.classes.clients("C")] == ["Старов Тест", "Зета", "Эта"]
    # the card: a company's class, and a contact of it shows its company's
    assert shop.m.classes.of_client(ids["A1"]).abc == "A"
    contact = shop.crm.contacts.list(company_id=ids["A1"])[0]
    assert shop.m.classes.of_client(contact.id).id == ids["A1"]
    assert shop.m.classes.of_client(ids["Quiet"]) is None


def test_thresholds_are_adjustable_and_shared(shop: Shop) -> None:
    ids = build(shop)
    settings = ClassSettings(start=PERIOD.start, end=PERIOD.end, a_share=Decimal(50),
                             b_share=Decimal(40), x_limit=Decimal("10.72"), min_months=2)
    shop.m.classes.save_settings(settings)
    assert shop.m.classes.settings() == settings.checked()
    assert shop.m.classes.is_stale()
    shop.m.classes.ensure_fresh()
    assert not shop.m.classes.is_stale()
    found = {c.id: c for c in shop.m.classes.clients()}
    assert found[ids["A1"]].abc == "A"
    assert found[ids["A2"]].abc == "B"  # 50 % before it
    assert found[ids["A2"]].xyz == "X"  # its variation is 30/280 = 10.714 %
    assert found[ids["B1"]].xyz is None  # one month is short even at two months minimum


def test_a_new_month_makes_the_classes_stale(shop: Shop, clock: FixedClock) -> None:
    shop.m.classes.save_settings(ClassSettings(months=3))
    clock.set(datetime(2026, 3, 16, 9, 0, tzinfo=UTC))
    run = shop.m.classes.ensure_fresh()
    assert (run.start, run.end) == (date(2025, 12, 1), date(2026, 2, 28))
    assert not shop.m.classes.is_stale()
    clock.set(datetime(2026, 4, 1, 9, 0, tzinfo=UTC))
    assert shop.m.classes.is_stale()


# The values are wrong on purpose, of any type (so Any, not the settings' own types).
@pytest.mark.parametrize(("values", "field"), [
    ({"a_share": Decimal(90), "b_share": Decimal(20)}, "b_share"),
    ({"x_limit": Decimal(30)}, "y_limit"),
    ({"min_months": 1}, "min_months"),
    ({"start": date(2025, 5, 1), "end": date(2025, 1, 1)}, "end"),
    ({"start": date(2025, 5, 1)}, "end"),
    ({"currency": "XX1"}, "currency"),
    ({"a_share": "много"}, "a_share"),
])
def test_bad_settings_name_the_field(shop: Shop, values: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as error:
        shop.m.classes.save_settings(ClassSettings(**values))
    assert error.value.field == field
    assert shop.m.classes.settings() == ClassSettings()  # nothing written


def test_one_client_with_everything_is_a_and_equal_clients_share_a_class(shop: Shop) -> None:
    one = shop.company("Единственный")
    shop.won_deal(MONTHS[0], "5", one)
    assert shop.m.classes.recompute(PERIOD).clients == 1
    assert shop.m.classes.of_client(one).abc == "A"
    for name in ("Б", "В", "Г", "Д"):
        shop.won_deal(MONTHS[1], "5", shop.company(name))
    shop.m.classes.recompute(PERIOD)
    assert {c.abc for c in shop.m.classes.clients()} == {"A"}  # five equal: all A


def test_nothing_won_gives_no_classes(shop: Shop) -> None:
    shop.company("Никто")
    run = shop.m.classes.recompute(PERIOD)
    assert (run.clients, run.revenue_minor) == (0, 0)
    assert shop.m.classes.matrix().total.clients == 0
    assert shop.m.classes.matrix().without_purchases == 1


def test_export_reopens_with_the_matrix_and_the_clients(shop: Shop, tmp_path: Path) -> None:
    build(shop)
    shop.m.classes.recompute(PERIOD)
    path = shop.m.classes.export(tmp_path / "abc.xlsx", {"matrix": "Матрица",
                                                          "clients_sheet": "Клиенты"})
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Матрица", "Клиенты"]
    rows = list(book["Матрица"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Class", "X: clients", "X: Revenue")
    a_row = rows[1]
    assert a_row[0] == "A" and a_row[1] == 1 and a_row[2] == 5000  # A-X: Альфа, 5,000 RUB
    total = rows[4]
    assert total[0] == "Total" and total[-2] == 8 and total[-1] == 10000
    clients = list(book["Клиенты"].iter_rows(values_only=True))
    assert len(clients) == 9
    assert clients[1][:5] == ("Альфа", "company", "A", "X", 5000)
    # one cell only
    path = shop.m.classes.export(tmp_path / "cell.xlsx", abc="C", xyz="Z")
    rows = list(openpyxl.load_workbook(path)["Clients"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["Старов Тест"]
