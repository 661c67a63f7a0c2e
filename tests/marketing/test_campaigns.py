"""Campaign figures against totals counted by hand: leads, deals (their own campaign or
their client's), won deals, revenue in the campaign's currency, cost per lead and per won
deal, ROI; the same by lead source; a period; drill-down; the chart's series; the web
form's utm fields; export reopened; bad input named."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.domain.errors import ValidationError
from tests.marketing.conftest import Shop


@pytest.fixture
def world(shop: Shop) -> dict[str, str]:
    crm, m, clock = shop.crm, shop.m, shop.clock
    expo = m.campaigns.create(name="Выставка", channel="exhibition", cost="100000",
                              lead_source="Выставка", code="expo",
                              starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 10))
    ads = m.campaigns.create(name="Реклама", channel="advertising", cost="30000",
                             lead_source="Реклама", code="ads")
    empty = m.campaigns.create(name="Пустая", channel="mailing", cost="5000")
    # February: a company from the site and its deal, brought by the ads campaign itself
    clock.set(datetime(2026, 2, 10, 9, 0, tzinfo=UTC))
    c3 = shop.company("Сайтов", lead_source="Сайт")
    shop.won_deal("2026-02-12T09:00:00", "80000", c3, campaign_id=ads.id)
    clock.set(datetime(2026, 3, 5, 9, 0, tzinfo=UTC))
    c1, c2 = shop.company("Первый"), shop.company("Второй")
    for ident in (c1, c2):
        m.campaigns.attribute("company", ident, expo.id)
    gone = shop.company("Удалённый")
    m.campaigns.attribute("company", gone, expo.id)
    crm.companies.delete(gone)
    kind, p1 = m.campaigns.from_web_form(crm, {
        "name": "Ирина Веб", "phone": "+7 912 123-45-67", "utm_campaign": "ads",
        "utm_source": "Яндекс"})
    assert kind == "contact"
    shop.won_deal("2026-03-06T09:00:00", "200000", c1)
    shop.won_deal("2026-03-06T10:00:00", "50000", c1, currency="USD")
    shop.clock.set(datetime(2026, 3, 7, 9, 0, tzinfo=UTC))
    crm.deals.create(title="Открытая", pipeline_id=shop.pipeline, stage_id=shop.open,
                     amount="70000", company_id=c1)
    crm.deals.create(title="Проиграна", pipeline_id=shop.pipeline, stage_id=shop.lost,
                     amount="10000", company_id=c2, loss_reason="Дорого")
    dropped = shop.won_deal("2026-03-07T10:00:00", "999999", c1)
    crm.deals.delete(dropped)
    shop.won_deal("2026-03-08T09:00:00", "45000", contact_id=p1)
    clock.set(datetime(2026, 3, 16, 9, 0, tzinfo=UTC))
    return {"expo": expo.id, "ads": ads.id, "empty": empty.id, "c1": c1, "c2": c2,
            "c3": c3, "p1": p1}


def test_figures_by_campaign(shop: Shop, world: dict[str, str]) -> None:
    rows = {r.key: r for r in shop.m.campaigns.report().campaigns}
    expo, ads, empty = rows[world["expo"]], rows[world["ads"]], rows[world["empty"]]
    assert (expo.cost_minor, expo.leads, expo.deals, expo.won, expo.revenue_minor) == (
        100_000_00, 2, 4, 2, 200_000_00)
    assert (expo.cost_per_lead, expo.cost_per_won, expo.roi) == (
        50_000_00, 50_000_00, Decimal("100.0"))
    assert (ads.leads, ads.deals, ads.won, ads.revenue_minor) == (1, 2, 2, 125_000_00)
    assert (ads.cost_per_lead, ads.cost_per_won, ads.roi) == (
        30_000_00, 15_000_00, Decimal("316.7"))
    assert (empty.leads, empty.deals, empty.cost_per_lead, empty.cost_per_won, empty.roi) == (
        0, 0, None, None, Decimal("-100.0"))
    assert rows[world["expo"]].channel == "exhibition"


def test_figures_by_lead_source(shop: Shop, world: dict[str, str]) -> None:
    rows = {r.key: r for r in shop.m.campaigns.report().sources}
    assert list(rows) == ["Выставка", "Реклама", "Сайт", "Яндекс", ""]
    fair = rows["Выставка"]  # the clients took the campaign's source
    assert (fair.cost_minor, fair.leads, fair.deals, fair.won, fair.revenue_minor) == (
        100_000_00, 2, 4, 2, 200_000_00)
    assert (rows["Яндекс"].leads, rows["Яндекс"].won, rows["Яндекс"].revenue_minor) == (
        1, 1, 45_000_00)
    assert rows["Яндекс"].roi is None  # no campaign cost under this source
    assert (rows["Реклама"].cost_minor, rows["Реклама"].leads) == (30_000_00, 0)
    assert rows[""].cost_minor == 5_000_00
    assert (rows["Сайт"].leads, rows["Сайт"].revenue_minor) == (1, 80_000_00)


def test_a_period_limits_leads_deals_and_wins(shop: Shop, world: dict[str, str]) -> None:
    report = shop.m.campaigns.report(date(2026, 3, 1), date(2026, 3, 31))
    ads = next(r for r in report.campaigns if r.key == world["ads"])
    assert (ads.leads, ads.deals, ads.won, ads.revenue_minor) == (1, 1, 1, 45_000_00)
    site = next(r for r in report.sources if r.key == "Сайт") if any(
        r.key == "Сайт" for r in report.sources) else None
    assert site is None or (site.leads, site.deals, site.won) == (0, 0, 0)
    february = shop.m.campaigns.report(date(2026, 2, 1), date(2026, 2, 28))
    assert {r.key: r.won for r in february.campaigns}[world["ads"]] == 1
    assert {r.key: r.cost_minor for r in february.sources}.get("Выставка", 0) == 0


def test_drill_down_and_the_chart(shop: Shop, world: dict[str, str]) -> None:
    campaigns = shop.m.campaigns
    assert sorted(i for _, i in campaigns.drill("campaign", world["expo"], "leads")) == sorted(
        [world["c1"], world["c2"]])
    won = campaigns.drill("campaign", world["ads"], "won")
    amounts = [shop.crm.deals.get(i).amount_minor for _, i in won]
    assert amounts == [80_000_00, 45_000_00]
    assert campaigns.drill("source", "Яндекс", "leads") == [("contact", world["p1"])]
    assert len(campaigns.drill("source", "Выставка", "deals")) == 4
    months, series, currency = campaigns.revenue_by_source(3)
    assert months == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert currency == "RUB"
    assert series == {"Сайт": [0, 80_000_00, 0], "Выставка": [0, 0, 200_000_00],
                      "Яндекс": [0, 0, 45_000_00]}


def test_the_web_form_and_attribution(shop: Shop, world: dict[str, str]) -> None:
    person = shop.crm.contacts.get(world["p1"])
    assert (person.first_name, person.last_name, person.source) == ("Ирина", "Веб", "Яндекс")
    kind, ident = shop.m.campaigns.from_web_form(shop.crm, {
        "company": "ООО Без меток", "email": "a@b.ru", "utm_campaign": "нет такой"})
    assert kind == "company"
    profile = shop.m.profile("company", ident)
    assert (profile.campaign, profile.lead_source) == (None, None)
    profile = shop.m.profile("company", world["c1"])
    assert (profile.campaign, profile.lead_source) == ("Выставка", "Выставка")
    shop.m.campaigns.attribute("company", world["c1"], None)
    assert shop.m.profile("company", world["c1"]).campaign is None
    with pytest.raises(ValidationError) as error:
        shop.m.campaigns.from_web_form(shop.crm, {"utm_source": "x"})
    assert error.value.field == "name"


def test_export_reopens(shop: Shop, world: dict[str, str], tmp_path: Path) -> None:
    path = shop.m.campaigns.export(tmp_path / "roi.xlsx", labels={"by_campaign": "Кампании"})
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Кампании", "By lead source"]
    rows = list(book["Кампании"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Campaign", "Channel", "Cost")
    expo = next(r for r in rows if r[0] == "Выставка")
    assert expo[2:] == (100000, 2, 4, 2, 200000, 50000, 50000, 100)


@pytest.mark.parametrize(("values", "field"), [
    ({"name": " "}, "name"),
    ({"name": "x", "channel": "radio"}, "channel"),
    ({"name": "x", "cost": "-5"}, "cost"),
    ({"name": "x", "cost": "много"}, "cost"),
    ({"name": "x", "starts_on": date(2026, 5, 1), "ends_on": date(2026, 4, 1)}, "ends_on"),
    ({"name": "x", "code": "expo"}, "code"),
    ({"name": "x", "segment_id": "no-such"}, "segment_id"),
    ({"name": "x", "currency": "рубль"}, "currency"),
    ({"name": "x", "colour": "red"}, "colour"),
])
def test_bad_campaigns_name_the_field(
        shop: Shop, world: dict[str, str], values: dict[str, object], field: str) -> None:
    before = len(shop.m.campaigns.list())
    with pytest.raises(ValidationError) as error:
        shop.m.campaigns.create(**values)
    assert error.value.field == field
    assert len(shop.m.campaigns.list()) == before
