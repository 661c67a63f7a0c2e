"""Adds the board and the analytics to the main window, and opens deal cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_duty, register_view


def _board(app: AppContext) -> QWidget:
    from crm_desktop.ui.funnel.board import BoardView

    return BoardView(app)


def _deals(app: AppContext, window: QWidget) -> object:
    """Deal cards open from anywhere (board, analytics, a client card), and Ctrl+Shift+D makes
    a deal anywhere in the window, like Ctrl+N: both work before the board is first shown."""

    def open_deal(ident: str) -> None:
        from crm_desktop.ui.funnel.deal_card import DealCard

        DealCard(app, ident, window).open()

    def new_deal() -> None:
        if hasattr(window, "show_view") and hasattr(window, "views"):
            window.show_view("funnel")
            window.views["funnel"].create_deal()

    app.coordinator.open_deal.connect(open_deal)
    return QShortcut(QKeySequence("Ctrl+Shift+D"), window, new_deal)


def _analytics(app: AppContext) -> QWidget:
    from crm_desktop.ui.funnel.analytics_view import AnalyticsView

    return AnalyticsView(app)


def register() -> None:
    register_view(ViewSpec(key="funnel", title=lambda: QCoreApplication.translate(
        "Views", "Sales funnel"), icon="funnel.svg", factory=_board, order=30, lazy=True))
    register_duty("deals", _deals)
    register_view(ViewSpec(key="analytics", title=lambda: QCoreApplication.translate(
        "Views", "Analytics"), icon="analytics.svg", factory=_analytics, order=40,
        lazy=True))
