"""Adds this feature's views and card tabs to the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.clients.card_tabs import CardTab, register_card_tab
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_view


def _view(app: AppContext) -> QWidget:
    from crm_desktop.ui.marketing.view import MarketingView

    return MarketingView(app)


def _card_tab(app: AppContext, kind: str, ident: str) -> QWidget:
    from crm_desktop.ui.marketing.card_tab import MarketingCardTab

    return MarketingCardTab(app, kind, ident)


def register() -> None:
    """Registers the views (crm_desktop.ui.views) and card tabs (ui.clients.card_tabs)."""
    register_view(ViewSpec(key="marketing", title=lambda: QCoreApplication.translate(
        "Views", "Marketing"), icon="marketing.svg", factory=_view, order=45,
        lazy=True))
    register_card_tab(CardTab(key="marketing", title=lambda: QCoreApplication.translate(
        "CardTabs", "Marketing"), factory=_card_tab, order=60))
