"""Adds the planner to the main window; its reminders and its badge (today's open and
overdue tasks) are a window duty, so the view itself is built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_duty, register_view, when_painted

if TYPE_CHECKING:
    from crm_desktop.ui.planner.reminders import ReminderCenter


def _planner(app: AppContext) -> QWidget:
    from crm_desktop.ui.planner.view import PlannerView

    return PlannerView(app)


def badge_text(counters: dict[str, int]) -> str:
    """"5 · ⚠2": today's open tasks, and the overdue ones among them."""
    return f"{counters['open']}" + (f" · ⚠{counters['overdue']}" if counters["overdue"] else "")


class PlannerDuty(QObject):
    """The planner's work while the window is open: the reminders (missed ones show once the
    window is on screen) and the navigation's count until the view is first shown (then the
    view keeps it): today's list is filled from the client cards for the signed-in user, as
    the view does when it opens, and counted again whenever tasks change. The planner
    service reads its settings when made: it is made on the worker first."""

    def __init__(self, app: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.app, self.window = app, window
        self.reminders: ReminderCenter | None = None  # with its tray icon, after the paint
        when_painted(window, self._start)

    def _start(self) -> None:
        crm = self.app.crm
        self.app.worker.submit(lambda: crm.planner, self._planner_made)

    def _planner_made(self, _: object) -> None:
        from crm_desktop.ui.planner.reminders import ReminderCenter
        from crm_desktop.ui.planner.view import RELOAD_ON

        self.reminders = ReminderCenter(self.app, self.window)
        self.reminders.start()
        self.app.coordinator.data_changed.connect(
            lambda entity: self.count() if entity in RELOAD_ON else None)
        self.count(fill_today=True)

    def _view_built(self) -> bool:
        views = getattr(self.window, "views", None)
        return views is not None and views.is_built("planner")

    def count(self, fill_today: bool = False) -> None:
        if self._view_built():
            return  # the view shows the day and says the count itself
        crm = self.app.crm

        def counters() -> dict[str, int] | None:
            from crm_desktop.services.planner.agenda import local_zone

            user_id, planner = crm.user_id, crm.planner
            if user_id is None:
                return None
            zone = local_zone()
            today = crm.now().astimezone(zone).date()
            if fill_today:
                planner.generate(user_id, today, zone)
            return planner.day(user_id, today, zone).counters

        self.app.worker.submit(counters, self._show)

    def _show(self, counters: dict[str, int] | None) -> None:
        if counters is not None and not self._view_built():
            self.app.coordinator.view_badge.emit("planner", badge_text(counters))


def _planner_duty(app: AppContext, window: QWidget) -> object:
    return PlannerDuty(app, window)


def register() -> None:
    register_view(ViewSpec(key="planner", title=lambda: QCoreApplication.translate(
        "Views", "Planner"), icon="planner.svg", factory=_planner, order=20, lazy=True))
    register_duty("planner", _planner_duty)
