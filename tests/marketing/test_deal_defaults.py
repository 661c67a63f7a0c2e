"""A new deal takes its client's lead source and campaign (in the service, so the form, an
import and the command line all do), keeps its own when given, and the deal form shows
them when it reads the deal back."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.services.dto import DealDTO
from crm_desktop.ui.context import AppContext
from tests.marketing.conftest import Shop
from tests.ui.conftest import context, wait_idle  # noqa: F401  (fixtures)


def campaign_of(shop: Shop, deal_id: str) -> str | None:
    with shop.crm.ctx.db.read() as session:
        return session.execute(text("SELECT campaign_id FROM deals WHERE id = :i"),
                               {"i": deal_id}).scalar()


def new_deal(shop: Shop, **values: object) -> DealDTO:
    return shop.crm.deals.create(title="Поставка", pipeline_id=shop.pipeline, **values)


def test_a_new_deal_takes_its_clients_source_and_campaign(shop: Shop) -> None:
    m = shop.m
    fair = m.campaigns.create(name="Выставка", channel="exhibition", cost="1000")
    mail = m.campaigns.create(name="Рассылка", channel="mailing", cost="10")
    company = shop.company("Альфа", lead_source="Выставка")
    m.campaigns.attribute("company", company, fair.id)
    deal = new_deal(shop, company_id=company)
    assert deal.source == "Выставка" and campaign_of(shop, deal.id) == fair.id
    # its own values win
    own = new_deal(shop, company_id=company, source="Сайт", campaign_id=mail.id)
    assert own.source == "Сайт" and campaign_of(shop, own.id) == mail.id
    # a person: their own source, else their company's; the company's campaign
    person = shop.person("Ёжиков", company_id=company, source="Звонок")
    assert new_deal(shop, contact_id=person).source == "Звонок"
    quiet = shop.person("Тихий", company_id=company)
    by_person = new_deal(shop, contact_id=quiet)
    assert by_person.source == "Выставка" and campaign_of(shop, by_person.id) == fair.id
    # what a form can show before saving
    assert shop.crm.deals.client_defaults(contact_id=quiet) == {"source": "Выставка",
                                                                "campaign_id": fair.id}
    assert shop.crm.deals.client_defaults() == {}
    # no client, or a client without either: nothing made up
    bare = new_deal(shop)
    assert bare.source is None and campaign_of(shop, bare.id) is None
    # an edit never re-defaults a source cleared on purpose
    shop.crm.deals.save(deal.id, source=None)
    assert shop.crm.deals.get(deal.id).source is None


def test_the_deal_form_shows_the_defaulted_source(
        qtbot: QtBot, context: AppContext, shop: Shop) -> None:  # noqa: F811
    from crm_desktop.ui.funnel.deal_dialog import DealDialog
    from crm_desktop.ui.funnel.deal_form import DealForm

    company = shop.company("Бета", lead_source="Рекомендация")
    dialog = DealDialog(context, company_id=company)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert dialog.form.ui.source.currentText() == "Рекомендация"  # shown before saving
    assert not dialog.form.dirty
    dialog.form.ui.title.setText("Монтаж")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    deal = shop.crm.deals.get(saved.args[0])
    form = DealForm(context)
    qtbot.addWidget(form)
    wait_idle(qtbot, context)
    form.set_deal(deal, "Бета")
    wait_idle(qtbot, context)
    assert form.ui.source.currentText() == "Рекомендация"
