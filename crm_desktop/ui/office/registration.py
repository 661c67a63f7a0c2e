"""Adds this feature's views and card tabs to the main window: the Users screen and the
card's "Changes" tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.clients.card_tabs import CardTab, register_card_tab
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_view


def _users(app: AppContext) -> QWidget:
    from crm_desktop.ui.office.users_view import UsersView

    return UsersView(app)


def _changes(app: AppContext, kind: str, ident: str) -> QWidget:
    from crm_desktop.ui.office.changes_tab import ChangesTab

    return ChangesTab(app, kind, ident)


def register() -> None:
    """Registers the views (crm_desktop.ui.views) and card tabs (ui.clients.card_tabs)."""
    register_view(ViewSpec(key="users", title=lambda: QCoreApplication.translate(
        "Views", "Users"), icon="person.svg", factory=_users, order=95,
        lazy=True))
    register_card_tab(CardTab(key="changes", title=lambda: QCoreApplication.translate(
        "Office", "Changes"), factory=_changes, order=200))
