"""Adds the Sync view and the status-bar widget. The background sync is a window duty (it
runs whether or not the view was opened); the view, built when first shown, shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_duty, register_view, when_painted

if TYPE_CHECKING:
    from crm_desktop.ui.sync.coordinator import SyncCoordinator


class BackgroundSync(QObject):
    """Starts the background sync and its status-bar widget once the window is on screen,
    or earlier if the Sync view is built first."""

    def __init__(self, app: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.app, self.window = app, window
        self._coordinator: SyncCoordinator | None = None
        when_painted(window, self._start)

    def _start(self) -> None:
        self.coordinator()

    def coordinator(self) -> SyncCoordinator:
        if self._coordinator is None:
            from crm_desktop.ui.sync.coordinator import SyncCoordinator, SyncStatusWidget

            self._coordinator = SyncCoordinator(self.app)
            if hasattr(self.window, "add_status_widget"):
                self.window.add_status_widget(SyncStatusWidget(self._coordinator))
        return self._coordinator


def _background_sync(app: AppContext, window: QWidget) -> object:
    return BackgroundSync(app, window)


def _sync(app: AppContext, duty: BackgroundSync) -> QWidget:
    from crm_desktop.ui.sync.view import SyncView

    return SyncView(app, duty.coordinator())


def register() -> None:
    register_view(ViewSpec(key="sync", title=lambda: QCoreApplication.translate(
        "Views", "Sync"), icon="sync.svg", factory=_sync, order=90, lazy=True,
        duty="sync"))
    register_duty("sync", _background_sync)
