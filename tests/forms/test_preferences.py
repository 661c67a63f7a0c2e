"""The time zone in the preferences: any IANA zone, found by part of its name, kept in the
database file and applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.domain import zones
from crm_desktop.services.planner.agenda import local_zone
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.preferences import PreferencesDialog
from tests.ui.conftest import wait_idle

WINDOWS: list[QWidget] = []


def make_dialog(qtbot: QtBot, context: AppContext) -> PreferencesDialog:
    window = QWidget()
    window.app = context  # what the main window offers its dialogs
    qtbot.addWidget(window)
    dialog = PreferencesDialog(window)
    WINDOWS.append(window)  # the dialog's parent lives as long as the test
    return dialog


def test_choosing_a_time_zone_applies_it_and_keeps_it(qtbot: QtBot, context: AppContext) -> None:
    dialog = make_dialog(qtbot, context)
    assert dialog.time_zone.currentIndex() == 0  # the system's
    assert dialog.time_zone.itemText(0).startswith("System (")
    dialog.time_zone.setEditText("asia/vladivostok")
    dialog.accept()
    wait_idle(qtbot, context)
    assert local_zone().key == "Asia/Vladivostok"
    assert context.crm.planner.time_zone_setting() == "Asia/Vladivostok"
    again = make_dialog(qtbot, context)
    assert again.time_zone.currentText() == "Asia/Vladivostok"
    again.time_zone.setCurrentIndex(0)
    again.accept()
    wait_idle(qtbot, context)
    assert zones.preferred() is None and context.crm.planner.time_zone_setting() is None


def test_a_text_that_is_no_time_zone_is_refused_beside_the_field(qtbot: QtBot, context: AppContext
                                                                 ) -> None:
    dialog = make_dialog(qtbot, context)
    dialog.show()
    dialog.time_zone.setEditText("Mars/Olympus")
    dialog.accept()
    assert dialog.isVisible() and dialog.time_zone_error.isVisible()
    assert zones.preferred() is None
