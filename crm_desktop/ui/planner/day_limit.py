"""The preferences row for the day list: how many items from the client cards a day of the
current user holds (the rest wait in the backlog). Stored per user in the database, so it
follows the user to every computer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSpinBox

from crm_desktop.services.planner.day_list import DEFAULT_DAY_LIMIT, MAX_DAY_LIMIT
from crm_desktop.ui.planner.task_dialog import error_text

if TYPE_CHECKING:
    from crm_desktop.ui.preferences import PreferencesDialog


def add_day_limit(dialog: PreferencesDialog) -> QSpinBox | None:
    """Adds the row to the preferences' form; saves it when the dialog is accepted."""
    app = getattr(dialog.parent(), "app", None)
    if app is None or not app.crm.user_id:
        return None
    spin = QSpinBox(minimum=1, maximum=MAX_DAY_LIMIT, value=DEFAULT_DAY_LIMIT)
    spin.setObjectName("day_limit")
    spin.setEnabled(False)  # until the stored value has arrived
    spin.setToolTip(QCoreApplication.translate(
        "PreferencesDialog", "Items from the client cards in your day; the rest wait in the "
        "planner's backlog"))
    label = QLabel(QCoreApplication.translate("PreferencesDialog", "&Day list: items a day"))
    label.setBuddy(spin)
    dialog.form.form.addRow(label, spin)
    day_list, user = app.crm.planner.day_list, app.crm.user_id
    loaded: list[int] = []

    def show(limit: int) -> None:
        loaded.append(limit)
        spin.setValue(limit)
        spin.setEnabled(True)

    def save() -> None:
        value = spin.value()
        if loaded and value != loaded[0]:
            app.worker.submit(lambda: day_list.set_limit(user, value),
                              lambda _: app.coordinator.data_changed.emit("task"),
                              lambda exc: app.coordinator.status_message.emit(error_text(exc)))

    app.worker.submit(lambda: day_list.limit(user), show)
    dialog.accepted.connect(save)
    return spin
