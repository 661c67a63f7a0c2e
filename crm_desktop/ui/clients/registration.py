"""Adds the clients view to the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.views import ViewSpec, register_view


def register() -> None:
    from crm_desktop.ui.clients.list_view import ClientsView

    register_view(ViewSpec(key="clients",
                           title=lambda: QCoreApplication.translate("Views", "Clients"),
                           icon="clients.svg", factory=ClientsView, order=10))
