"""The analytics view shows its figures as soon as it is opened and follows changes to the
deals, with whole-number count axes and the user's decimal mark."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.analytics_view import AnalyticsView, shown
from tests.funnel.conftest import Funnel
from tests.funnel.test_funnel import funnel  # noqa: F401  (the fixture)
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401


def test_figures_appear_when_opened_and_follow_changes(
        qtbot: QtBot, context: AppContext, funnel: Funnel) -> None:  # noqa: F811
    stack = QStackedWidget()  # as in the window: another view is in front at first
    qtbot.addWidget(stack)
    stack.addWidget(QLabel("clients"))
    view = AnalyticsView(context)
    stack.addWidget(view)
    view.start.setDate(QDate(2026, 3, 1))
    view.end.setDate(QDate(2026, 3, 31))
    stack.show()
    wait_idle(qtbot, context)
    assert view.data is None  # not computed while nobody looks at it
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        stack.setCurrentWidget(view)  # no click on "Show"
    model = view.tables["conversion"][0]
    assert model.data(model.index(0, 1)) == "6"
    won_row = next(r for r in range(model.rowCount())
                   if model.data(model.index(r, 0)) == funnel["won"].name)
    assert model.data(model.index(won_row, 2)) == "—"  # nothing follows won
    assert model.data(model.index(won_row, 3)) == "—"
    crm = context.crm
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        crm.deals.create(title="Новая", pipeline_id=funnel["pipeline"].id, amount="5")
        context.coordinator.data_changed.emit("deal")
    assert model.data(model.index(0, 1)) == "7"
    axis = next(a for a in view.charts["conversion"].chart().axes(Qt.Orientation.Vertical)
                if isinstance(a, QValueAxis))
    assert axis.tickType() == QValueAxis.TickType.TicksDynamic
    assert axis.tickInterval() == int(axis.tickInterval()) >= 1
    assert axis.max() == int(axis.max())
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.start.setDate(QDate(2025, 1, 1))  # the period changed: no click either
    assert view.period().start == date(2025, 1, 1)


def test_numbers_use_the_users_decimal_mark() -> None:
    from decimal import Decimal

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        assert shown(Decimal("66.7")) == "66,7"
        assert shown(100000).replace("\u00a0", " ") == "100 000"
        assert shown(None) == "—"
    finally:
        QLocale.setDefault(before)


def test_the_period_is_the_last_year_on_the_programs_clock(qtbot: QtBot, context: AppContext  # noqa: F811
                                                           ) -> None:
    view = AnalyticsView(context)  # the test clock says 16.03.2026, whatever the system says
    qtbot.addWidget(view)
    assert (view.period().start, view.period().end) == (date(2025, 3, 16), date(2026, 3, 16))
    assert view.end.text() == "16.03.2026"
