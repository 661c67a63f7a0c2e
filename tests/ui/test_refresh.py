"""F5 (issue 14): every open view reloads what it shows, through the coordinator, whoever
changed the data (here: another program writing to the same file behind the window's back)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from tests.ui.conftest import wait_idle


def test_f5_refreshes_every_open_view(qtbot: QtBot, context: AppContext) -> None:
    from crm_desktop.ui.app import make_main_window

    crm = context.crm
    company = crm.companies.create(name="ООО Старое имя")
    person = crm.contacts.create(first_name="Иван", last_name="Петров")
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_idle(qtbot, context)
    clients, board, planner = (window.views[k] for k in ("clients", "funnel", "planner"))
    analytics = window.views["analytics"]
    clients.open_card("company", company.id)
    wait_idle(qtbot, context)
    card = clients.cards.currentWidget()
    window.show_view("analytics")
    qtbot.waitUntil(lambda: analytics.data is not None, timeout=10_000)
    wait_idle(qtbot, context)
    reached_before = sum(r.reached for r in analytics.data["conversion"])
    deals_before = sum(c.list.count() for c in board.columns.values())

    # Another program (the command line, a sync on another laptop) writes to the same file:
    # no notice reaches the window.
    crm.companies.update(company.id, name="ООО Новое имя")
    crm.contacts.update(person.id, last_name="Сидоров")
    pipeline = crm.pipelines.default()
    deal = crm.deals.save(None, title="Поставка бумаги", pipeline_id=pipeline.id,
                          company_id=company.id)
    now = crm.ctx.clock.now()
    task = crm.tasks.create(title="Позвонить в Ромашку", company_id=company.id,
                            due_at=now + timedelta(hours=2))
    crm.interactions.create(channel="call_out", company_id=company.id, subject="Звонок")
    qtbot.wait(50)
    wait_idle(qtbot, context)
    assert card.name.full_text() == "ООО Старое имя"  # nothing told the views yet

    qtbot.keyClick(window, Qt.Key.Key_F5)
    wait_idle(qtbot, context)
    # analytics is the current view: it reloads at once (after its short delay)
    qtbot.waitUntil(lambda: sum(r.reached for r in analytics.data["conversion"])
                    == reached_before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: card.name.full_text() == "ООО Новое имя", timeout=10_000)
    qtbot.waitUntil(lambda: card.timeline.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: any(t.id == task.id for t in card.data.tasks), timeout=10_000)
    qtbot.waitUntil(lambda: sum(c.list.count() for c in board.columns.values())
                    == deals_before + 1, timeout=10_000)
    assert board.stage_of(deal.id) is not None
    qtbot.waitUntil(lambda: planner.agenda is not None and
                    any(i.task.id == task.id for i in planner.agenda.items), timeout=10_000)
    model = clients.model
    qtbot.waitUntil(lambda: "ООО Новое имя" in [model.data(model.index(r, 0))
                                               for r in range(model.rowCount())],
                    timeout=10_000)
    # the people list too (another kind of list): it shows the new last name
    clients.kind.setCurrentIndex(clients.kind.findData("contact"))
    crm.contacts.update(person.id, last_name="Смирнов")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and "…" not in str(model.data(
        model.index(0, 0))), timeout=10_000)
    window.show_view("clients")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "Смирнов" in str(model.data(model.index(0, 0))), timeout=10_000)
    window.close()


def test_f5_in_an_open_deal_card_reloads_it(qtbot: QtBot, context: AppContext) -> None:
    from crm_desktop.ui.app import make_main_window
    from crm_desktop.ui.funnel.deal_card import DealCard

    crm = context.crm
    deal = crm.deals.save(None, title="Поставка", pipeline_id=crm.pipelines.default().id)
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    card = DealCard(context, deal.id, window)
    card.open()
    qtbot.waitUntil(lambda: bool(card.data) and card.form.loaded, timeout=10_000)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=5_000)
    crm.deals.save(deal.id, title="Поставка бумаги")  # another program, behind the window
    qtbot.keyClick(card, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: card.data["deal"].title == "Поставка бумаги", timeout=10_000)
    card.close()
    window.close()


def test_refresh_all_reaches_views_through_the_coordinator(qtbot: QtBot, context: AppContext
                                                           ) -> None:
    """The window never calls into views: F5 goes out as coordinator notices only."""
    from crm_desktop.ui.coordinator import REFRESH_KINDS

    heard: list[str] = []
    context.coordinator.data_changed.connect(heard.append)
    with qtbot.waitSignal(context.coordinator.refresh_requested, timeout=1_000):
        context.coordinator.refresh_all()
    assert heard == list(REFRESH_KINDS)
    assert "synced" not in heard  # a refresh is not a finished sync
