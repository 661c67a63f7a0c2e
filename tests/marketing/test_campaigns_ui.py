"""The campaigns tab with real widgets: the report's figures in the tables, drill-down with
the keyboard, a campaign made and refused in its dialog, deleted and brought back, the
export reopened; the card tab sets a client's campaign."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from tests.marketing.conftest import Shop
from tests.marketing.test_campaigns import world  # noqa: F401  (fixture)
from tests.ui.conftest import context, type_text, wait_idle  # noqa: F401  (fixtures)

if TYPE_CHECKING:  # the view is imported where it is made, as the window does
    from crm_desktop.ui.marketing.campaigns_view import CampaignsView


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, world: dict[str, str]  # noqa: F811
         ) -> CampaignsView:
    from crm_desktop.ui.marketing.campaigns_view import CampaignsView

    widget = CampaignsView(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.show()
    return widget


def test_the_report_and_drill_down(
        qtbot: QtBot, context: AppContext, view: CampaignsView, world: dict[str, str]) -> None:  # noqa: F811
    model = view.by_campaign
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert sorted(names) == ["Выставка", "Пустая", "Реклама"]
    row = names.index("Выставка")
    roi = model.data(model.index(row, model.offset + 7))
    assert roi.startswith("100") and roi.endswith("%")
    assert model.data(model.index(row, model.offset + 1)) == "2"  # leads
    assert view.by_source.rowCount() == 5
    assert view.chart.chart().series()[0].count() == 3  # three sources won something
    # Enter on "won" of Реклама: its two won deals, the largest first
    ads = names.index("Реклама")
    view.campaign_table.setFocus()
    view.campaign_table.setCurrentIndex(model.index(ads, model.offset + 3))
    with qtbot.waitSignal(view.drilled, timeout=10_000):
        qtbot.keyClick(view.campaign_table, Qt.Key.Key_Return)
    items = [view.drill_list.item(i).text() for i in range(view.drill_list.count())]
    assert len(items) == 2 and "80" in items[0]
    opened: list[str] = []
    context.coordinator.open_deal.connect(opened.append)
    view.drill_list.setCurrentRow(0)
    qtbot.keyClick(view.drill_list, Qt.Key.Key_Return)
    assert len(opened) == 1
    view.drill_dialog.close()
    # a period: this year only
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.period.setCurrentIndex(1)
    assert view.report.start is not None


def test_a_campaign_made_in_its_dialog(
        qtbot: QtBot, context: AppContext, view: CampaignsView, tmp_path: Path) -> None:  # noqa: F811
    dialog = view.edit(None)
    wait_idle(qtbot, context)
    type_text(dialog.form.name, "Звонки осенью")
    dialog.form.channel.setCurrentIndex(dialog.form.channel.findData("calls"))
    type_text(dialog.form.cost, "-100")
    dialog.save()
    wait_idle(qtbot, context)
    assert dialog.errors.visible_errors()["cost"]
    dialog.form.cost.clear()
    type_text(dialog.form.cost, "12 500,50")
    type_text(dialog.form.code, "expo")  # taken by Выставка
    dialog.save()
    wait_idle(qtbot, context)
    assert dialog.errors.visible_errors()["code"]
    dialog.form.code.clear()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.save()
    made = next(c for c in view.campaigns if c.name == "Звонки осенью")
    assert (made.channel, made.cost_minor, made.code) == ("calls", 12_500_50, None)
    row = next(r for r, item in enumerate(view.by_campaign.rows) if item.key == made.id)
    view.campaign_table.setCurrentIndex(view.by_campaign.index(row, 0))
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.campaign_table.setFocus()
        qtbot.keyClick(view.campaign_table, Qt.Key.Key_Delete)
    assert all(c.name != "Звонки осенью" for c in view.campaigns)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.undo_stack.undo()
    assert any(c.name == "Звонки осенью" for c in view.campaigns)
    target = view.export(str(tmp_path / "roi.xlsx"))
    wait_idle(qtbot, context)
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) == 2
    assert any(r[0] == "Звонки осенью" for r in book.worksheets[0].iter_rows(values_only=True))


def test_the_card_tab_sets_the_campaign(
        qtbot: QtBot, context: AppContext, shop: Shop, world: dict[str, str]) -> None:  # noqa: F811
    from crm_desktop.ui.marketing.card_tab import MarketingCardTab

    tab = MarketingCardTab(context, "company", world["c3"])
    qtbot.addWidget(tab)
    wait_idle(qtbot, context)
    assert tab.campaign.currentData() is None
    tab.campaign.setCurrentIndex(tab.campaign.findData(world["expo"]))
    tab.campaign.activated.emit(tab.campaign.currentIndex())
    wait_idle(qtbot, context)
    wait_idle(qtbot, context)
    assert shop.m.profile("company", world["c3"]).campaign == "Выставка"
    assert tab.campaign.currentData() == world["expo"]
    assert tab.source.text() == "Сайт"  # its own source stays
