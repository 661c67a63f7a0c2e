"""What the service requests do while the window is open, whether or not their view was ever
shown: the office's rules run for this database, overdue requests of this laptop's person go
to their head every few minutes, and the navigation shows how many requests are overdue."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import when_painted

ESCALATE_EVERY_MS = 5 * 60 * 1000


class RequestsDuty(QObject):
    """Until the view is built; from then on the view escalates and counts itself."""

    def __init__(self, app: AppContext, window: QWidget) -> None:
        # The office's rules run for this database from the start: the Crm installs them as
        # its database's engines are made (the automation service loads when first used).
        super().__init__(window)
        self.app, self.window = app, window
        self.timer = QTimer(self, interval=ESCALATE_EVERY_MS)
        self.timer.timeout.connect(self.escalate)
        when_painted(window, self._start)

    def _start(self) -> None:
        from crm_desktop.ui.service.request_panel import RELOAD_ON

        self.app.coordinator.data_changed.connect(
            lambda entity: self.count() if entity in RELOAD_ON else None)
        self.app.coordinator.refresh_requested.connect(self.count)
        self.timer.start()
        self.count()
        self.escalate()

    def _view_built(self) -> bool:
        views = getattr(self.window, "views", None)
        return views is not None and views.is_built("service")

    def escalate(self) -> None:
        """Overdue requests of this laptop's person go to their head."""
        from crm_desktop.services.service_desk import desk

        if self._view_built():
            return
        service = desk(self.app.crm)
        self.app.worker.submit(service.escalate_overdue,
                               lambda done: self.count() if done else None, lambda _: None)

    def count(self) -> None:
        from crm_desktop.services.service_desk import desk

        if self._view_built():
            return
        service = desk(self.app.crm)

        def overdue() -> int:
            return sum(q.overdue for q in service.queues() if q.kind == "person")

        self.app.worker.submit(overdue, self._show)

    def _show(self, overdue: int) -> None:
        if not self._view_built():
            self.app.coordinator.view_badge.emit("service", str(overdue) if overdue else "")
