"""Segments: every condition against clients built for it, combinations, people with their
company's conditions, the live count, export reopened, bad rules named, tombstones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.marketing.segments import SegmentRules
from tests.marketing.conftest import Shop
from tests.marketing.test_classes import PERIOD, build


def names(shop: Shop, kind: str, rules: SegmentRules) -> set[str]:
    segments = shop.m.segments
    found = set()
    for ident in segments.ids(kind, rules):
        row = segments.rows(kind, [ident])[ident]
        found.add(row["name"])
    assert segments.count(kind, rules) == len(found)
    return found


@pytest.fixture
def town(shop: Shop) -> dict[str, str]:
    """Companies and people with known fields, interactions and deals."""
    crm, clock = shop.crm, shop.clock
    manager = crm.users.create(name="Пётр Менеджеров", role="manager").id
    ids = build(shop)  # the ABC/XYZ data set (all its companies)
    shop.m.classes.recompute(PERIOD)
    crm.companies.update(ids["A1"], kind="client", tags=["vip", "опт"], lead_source="Выставка",
                         segment="Крупный", industry="Металл",
                         address="г. Ёлкино, ул. Ленина, 1", custom_fields={"ОКВЭД": "25.1"})
    crm.companies.update(ids["A2"], kind="partner", tags=["опт"], lead_source="Сайт",
                         address="Москва, Тверская 5", responsible_id=manager)
    crm.companies.update(ids["Quiet"], kind="prospect", address="ЕЛКИНО, пр. Мира 3",
                         custom_fields={"ОКВЭД": "47.1"})
    clock.set(datetime(2025, 11, 18, 10, 0, tzinfo=UTC))
    crm.interactions.create(channel="call_out", company_id=ids["A1"], subject="Звонок",
                            occurred_at=clock.now())
    clock.set(datetime(2025, 6, 1, 10, 0, tzinfo=UTC))
    crm.interactions.create(channel="email", company_id=ids["A2"], subject="Письмо",
                            occurred_at=clock.now())
    clock.set(datetime(2025, 11, 20, 10, 0, tzinfo=UTC))
    person = crm.contacts.create(last_name="Ёжиков", first_name="Иван", company_id=ids["A1"],
                                 source="Сайт", tags=["vip"]).id
    loner = crm.contacts.create(last_name="Одинокий", first_name="Пётр", source="Сайт").id
    return {**ids, "manager": manager, "person": person, "loner": loner}


def test_each_condition(shop: Shop, town: dict[str, str]) -> None:
    company = "company"
    assert names(shop, company, SegmentRules(tags=("vip",))) == {"Альфа"}
    assert names(shop, company, SegmentRules(tags=("опт", "vip"))) == {"Альфа", "Бета"}
    assert names(shop, company, SegmentRules(company_kinds=("partner", "prospect"))) == {
        "Бета", "Тишина"}
    assert names(shop, company, SegmentRules(lead_sources=("Сайт",))) == {"Бета"}
    assert names(shop, company, SegmentRules(responsible_ids=(town["manager"],))) == {"Бета"}
    assert names(shop, company, SegmentRules(segments=("Крупный",))) == {"Альфа"}
    assert names(shop, company, SegmentRules(industries=("Металл",))) == {"Альфа"}
    # the city in any case, "ё" as "е"
    assert names(shop, company, SegmentRules(city="елкино")) == {"Альфа", "Тишина"}
    assert names(shop, company, SegmentRules(city="МОСКВА")) == {"Бета"}
    assert names(shop, company, SegmentRules(custom=(("ОКВЭД", "25.1"),))) == {"Альфа"}
    # last contact: within 7 days / not for 30 days
    assert names(shop, company, SegmentRules(contacted_within_days=7)) == {"Альфа"}
    quiet = names(shop, company, SegmentRules(not_contacted_days=30))
    assert "Альфа" not in quiet and {"Бета", "Тишина"} <= quiet
    # won amount over the last 12 months (to 20 Nov 2025), in rubles' minor units
    assert names(shop, company, SegmentRules(won_min=2000_00)) == {"Альфа", "Бета"}
    assert names(shop, company, SegmentRules(won_min=1, won_max=700_00)) == {
        "Гамма", "Дельта", "Епсилон", "Зета", "Эта"}
    # since 20 October: only Альфа's deal of 1 November (Moscow time)
    assert names(shop, company, SegmentRules(won_months=1, won_min=1)) == {"Альфа"}
    assert names(shop, company, SegmentRules(open_deals=True)) == {"Тишина"}
    assert "Тишина" not in names(shop, company, SegmentRules(open_deals=False))
    assert names(shop, company, SegmentRules(stage_ids=(shop.lost,))) == {"Тишина"}
    # computed classes
    assert names(shop, company, SegmentRules(abc=("A",), xyz=("Y",))) == {"Бета", "Дельта"}
    assert names(shop, company, SegmentRules(abc=("-",))) == {"Тишина"}
    assert names(shop, company, SegmentRules(abc=("B",), xyz=("-",))) == {"Епсилон"}
    # combinations: all must hold
    assert names(shop, company, SegmentRules(tags=("опт",), city="москва")) == {"Бета"}
    assert names(shop, company, SegmentRules(tags=("vip",), lead_sources=("Сайт",))) == set()


def test_people_take_their_companys_conditions(shop: Shop, town: dict[str, str]) -> None:
    person = "contact"
    alfa = {"Ёжиков Иван", "Альфин Тест"}  # the people of Альфа
    assert names(shop, person, SegmentRules(city="Ёлкино")) == alfa
    assert names(shop, person, SegmentRules(lead_sources=("Сайт",))) == {
        "Ёжиков Иван", "Одинокий Пётр"}
    assert names(shop, person, SegmentRules(abc=("A",), xyz=("X",))) == alfa
    assert names(shop, person, SegmentRules(abc=("C",))) == {"Старов Тест"}


def test_archived_and_deleted_clients_are_left_out(shop: Shop, town: dict[str, str]) -> None:
    shop.crm.companies.update(town["A2"], archived_at=shop.clock.now())
    assert names(shop, "company", SegmentRules(tags=("опт",))) == {"Альфа"}
    assert names(shop, "company", SegmentRules(tags=("опт",), include_archived=True)) == {
        "Альфа", "Бета"}
    shop.crm.companies.delete(town["A1"])
    assert names(shop, "company", SegmentRules(tags=("опт",))) == set()


def test_saved_segments_list_with_counts_and_export(
        shop: Shop, town: dict[str, str], tmp_path: Path) -> None:
    segments = shop.m.segments
    vip = segments.create("VIP и опт", rules=SegmentRules(tags=("vip", "опт")))
    segments.create("Люди с сайта", kind="contact", rules={"lead_sources": ["Сайт"]})
    listed = {s.name: s.count for s in segments.list(with_counts=True)}
    assert listed == {"VIP и опт": 2, "Люди с сайта": 2}
    assert segments.get(vip.id).rules.to_dict() == {"tags": ["vip", "опт"]}
    segments.update(vip.id, rules=SegmentRules(tags=("vip",)), name="VIP")
    assert segments.members(vip.id) == ("company", [town["A1"]])
    path = segments.export(vip.id, tmp_path / "vip.xlsx", {"name": "Название"})
    rows = list(openpyxl.load_workbook(path)["VIP"].iter_rows(values_only=True))
    assert rows[0][0] == "Название" and rows[0][-2:] == ("ABC", "XYZ")
    assert rows[1][0] == "Альфа" and rows[1][-2:] == ("A", "X")
    assert isinstance(rows[1][rows[0].index("Created")], datetime)
    segments.delete(vip.id)
    assert [s.name for s in segments.list()] == ["Люди с сайта"]
    with pytest.raises(NotFoundError):
        segments.get(vip.id)
    segments.restore(vip.id)
    assert segments.get(vip.id).name == "VIP"


@pytest.mark.parametrize(("rules", "field"), [
    ({"colour": ["red"]}, "rules.colour"),
    ({"abc": ["D"]}, "rules.abc"),
    ({"company_kinds": ["enemy"]}, "rules.company_kinds"),
    ({"tags": "vip"}, None),  # one text is taken as a list of one
    ({"tags": [""]}, "rules.tags"),
    ({"won_min": -5}, "rules.won_min"),
    ({"won_min": 10, "won_max": 5}, "rules.won_max"),
    ({"won_min": "много"}, "rules.won_min"),
    ({"open_deals": "yes"}, "rules.open_deals"),
    ({"custom": [["ОКВЭД"]]}, "rules.custom"),
    ({"not_contacted_days": 0}, "rules.not_contacted_days"),
    ({"won_currency": "рубли"}, "rules.won_currency"),
])
def test_bad_rules_name_the_condition(
        shop: Shop, rules: dict[str, object], field: str | None) -> None:
    if field is None:
        assert shop.m.segments.create("Один", rules=rules).rules.tags == ("vip",)
        return
    with pytest.raises(ValidationError) as error:
        shop.m.segments.create("Плохой", rules=rules)
    assert error.value.field == field
    assert shop.m.segments.list() == [] or all(s.name != "Плохой"
                                               for s in shop.m.segments.list())


def test_a_name_is_required_and_rules_written_by_hand_match_nobody(
        shop: Shop, town: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as error:
        shop.m.segments.create("  ")
    assert error.value.field == "name"
    segment = shop.m.segments.create("Сломанный")
    with shop.crm.db.write() as session:  # as the sqlite3 tool or a newer program would
        session.connection().exec_driver_sql(
            "UPDATE segments SET rules = '{\"tags\": 5}' WHERE id = ?", (segment.id,))
    assert shop.m.segments.members(segment.id) == ("company", [])


def test_a_segment_as_a_condition_of_the_clients_list(shop: Shop, town: dict[str, str]) -> None:
    """The hook the clients list can use: the segment's SQL added to its own filter."""
    import sqlite3

    from crm_desktop.services.clients.client_list import ClientFilter, filter_sql
    from crm_desktop.services.marketing.segments import register_fold

    segment = shop.m.segments.create("Ёлкино", rules=SegmentRules(city="елкино"))
    table, where, params, order = filter_sql(ClientFilter(kind="company"))
    condition, extra = shop.m.segments.filter_sql(segment.id)
    conn = sqlite3.connect(shop.crm.path)
    register_fold(conn)
    ids = [r[0] for r in conn.execute(
        f"SELECT c.id FROM {table} c WHERE {' AND '.join([*where, f'({condition})'])} "
        f"ORDER BY {order}", {**params, **extra})]
    conn.close()
    assert ids == shop.m.segments.ids("company", segment.rules) == [town["A1"], town["Quiet"]]
