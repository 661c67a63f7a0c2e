"""Adds the board and the analytics to the main window, and opens deal cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_view


def _board(app: AppContext) -> QWidget:
    from crm_desktop.ui.funnel.board import BoardView
    from crm_desktop.ui.funnel.deal_card import DealCard

    view = BoardView(app)
    app.coordinator.open_deal.connect(lambda ident: DealCard(app, ident, view.window()).open())

    def new_deal() -> None:
        window = view.window()
        if hasattr(window, "show_view"):
            window.show_view("funnel")
        view.create_deal()

    def place() -> None:  # the window exists once the factories have run
        window = view.window()
        if window is not view:  # Ctrl+Shift+D anywhere in the window, like Ctrl+N
            QShortcut(QKeySequence("Ctrl+Shift+D"), window, new_deal)

    QTimer.singleShot(0, place)
    return view


def _analytics(app: AppContext) -> QWidget:
    from crm_desktop.ui.funnel.analytics_view import AnalyticsView

    return AnalyticsView(app)


def register() -> None:
    register_view(ViewSpec(key="funnel", title=lambda: QCoreApplication.translate(
        "Views", "Sales funnel"), icon="funnel.svg", factory=_board, order=30))
    register_view(ViewSpec(key="analytics", title=lambda: QCoreApplication.translate(
        "Views", "Analytics"), icon="analytics.svg", factory=_analytics, order=40,
        lazy=True))
