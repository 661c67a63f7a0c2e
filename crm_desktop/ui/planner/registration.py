"""Adds the planner to the main window and starts the reminders."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_view


def _planner(app: AppContext) -> QWidget:
    from crm_desktop.ui.planner.reminders import ReminderCenter
    from crm_desktop.ui.planner.view import PlannerView

    view = PlannerView(app)
    # Reminders belong to the window; start once it exists (missed ones show at start).
    view.reminders = ReminderCenter(app, view)
    QTimer.singleShot(0, view.reminders.start)
    return view


def register() -> None:
    register_view(ViewSpec(key="planner", title=lambda: QCoreApplication.translate(
        "Views", "Planner"), icon="planner.svg", factory=_planner, order=20))
