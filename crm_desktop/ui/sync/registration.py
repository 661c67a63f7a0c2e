"""Adds the Sync view and the status-bar widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_view


def _sync(app: AppContext) -> QWidget:
    from crm_desktop.ui.sync.view import SyncCoordinator, SyncStatusWidget, SyncView

    coordinator = SyncCoordinator(app)
    view = SyncView(app, coordinator)
    status = SyncStatusWidget(coordinator)

    def place() -> None:  # the window exists once the factories have run
        window = view.window()
        if hasattr(window, "add_status_widget"):
            window.add_status_widget(status)

    QTimer.singleShot(0, place)
    return view


def register() -> None:
    register_view(ViewSpec(key="sync", title=lambda: QCoreApplication.translate(
        "Views", "Sync"), icon="sync.svg", factory=_sync, order=90))
