"""Views with nothing to do while hidden are built when first shown, so the window starts
with less; shown through the navigation or asked for by key, each is built once, in its place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from crm_desktop.ui.app import make_main_window
from crm_desktop.ui.context import AppContext
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401


def test_lazy_views_are_built_when_first_shown_and_in_their_place(qtbot: QtBot, context: AppContext  # noqa: F811
                                                                  ) -> None:
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    keys = list(window.views)
    assert window.current_view() == "clients" and window.views.is_built("clients")
    assert not window.views.is_built("products") and not window.views.is_built("analytics")
    # their rounds are window duties: reminders, badges and the sync run while they are hidden
    for key, duty in (("planner", "planner"), ("service", "service_requests"),
                      ("sync", "sync")):
        assert not window.views.is_built(key) and duty in window.duties
    # a lazy view's background work does not wait for it: calls are listened for at once
    assert not window.views.is_built("marketing") and "incoming_calls" in window.duties
    assert not window.views.is_built("funnel") and "deals" in window.duties
    incoming_calls = window.duties["incoming_calls"]
    assert isinstance(incoming_calls, QObject) and incoming_calls.parent() is window
    window.show_view("products")  # as a click in the navigation does
    assert window.views.is_built("products")
    products = window.views["products"]
    assert window.stack.currentWidget() is products
    assert window.stack.indexOf(products) == keys.index("products")
    assert window.views["products"] is products  # built once
    analytics = window.views["analytics"]  # asked for by key while another view is shown
    assert window.stack.currentWidget() is products  # what is shown does not change
    assert window.stack.indexOf(analytics) == keys.index("analytics")
    assert window.stack.count() == len(keys)
    window.show_view("analytics")
    assert window.current_view() == "analytics" and window.stack.currentWidget() is analytics
    window.close()


def test_a_lazy_view_with_rounds_is_woken_when_nobody_opened_it(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QStackedWidget

    from crm_desktop.ui.views import ViewSpec, ViewTable

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    table, woken = ViewTable(None, stack), []

    def spec(key: str) -> ViewSpec:
        return ViewSpec(key=key, title=lambda: key, icon="", factory=lambda _: QLabel(key),
                        lazy=True, wake_after_ms=30, wake=lambda view: woken.append(
                            view.text() if isinstance(view, QLabel) else ""))

    table.add(spec("mail"))
    table.add(spec("rules"))
    opened = table["rules"]  # opened by the person before its round: its own timer keeps it
    assert not table.is_built("mail")
    qtbot.waitUntil(lambda: table.is_built("mail"), timeout=2_000)
    qtbot.wait(60)
    assert woken == ["mail"] and stack.indexOf(table["mail"]) == 0
    assert stack.indexOf(opened) == 1


def test_other_features_card_tabs_are_made_when_first_chosen(qtbot: QtBot, context: AppContext  # noqa: F811
                                                             ) -> None:
    from crm_desktop.ui.clients.card import ClientCard
    from crm_desktop.ui.clients.card_tabs import card_tabs
    from crm_desktop.ui.features import register_all

    register_all()
    company = context.crm.companies.create(name="ООО Ромашка")
    card = ClientCard(context, "company", company.id)
    qtbot.addWidget(card)
    features = card_tabs()
    assert features and len(card._unbuilt) == len(features)
    first = min(card._unbuilt)
    placeholder = card.tabs.widget(first)
    card.tabs.setCurrentIndex(first)
    built = card.tabs.widget(first)
    assert built is not placeholder and type(built).__name__ != "QWidget"
    assert card.tabs.currentIndex() == first and card.tabs.count() == first + len(features)
    assert card.tabs.tabText(first) == features[0].title()
    card.tabs.setCurrentIndex(0)
    card.tabs.setCurrentIndex(first)
    assert card.tabs.widget(first) is built  # made once
    wait_idle(qtbot, context)


def test_deals_open_and_are_made_before_the_board_was_ever_shown(qtbot: QtBot,
                                                                 context: AppContext) -> None:  # noqa: F811
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.funnel.board import BoardView
    from crm_desktop.ui.funnel.deal_card import DealCard

    crm = context.crm
    pipeline = crm.pipelines.default()
    assert pipeline is not None
    deal = crm.deals.create(title="Поставка", pipeline_id=pipeline.id)
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    assert not window.views.is_built("funnel")
    context.coordinator.open_deal.emit(deal.id)  # e.g. from analytics or a client card
    qtbot.waitUntil(lambda: any(isinstance(w, DealCard) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    assert not window.views.is_built("funnel")
    for card in [w for w in QApplication.topLevelWidgets() if isinstance(w, DealCard)]:
        card.close()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_view() == "funnel" and window.views.is_built("funnel")
    board = window.views["funnel"]
    assert isinstance(board, BoardView)
    qtbot.waitUntil(lambda: getattr(board, "dialog", None) is not None, timeout=10_000)
    board.dialog.reject()
    wait_idle(qtbot, context)
