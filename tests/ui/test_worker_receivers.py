"""A job whose widget was closed and deleted before the job returned delivers to nobody: no
RuntimeError from a deleted C++ object (found when a deal dialog closed before its choices
loaded)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401


class Receiver(QLabel):
    def show_result(self, value: str) -> None:
        self.setText(value)  # raises RuntimeError once the C++ label is gone


def test_a_closed_widget_gets_no_result(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    gate = threading.Event()
    gone, alive = Receiver(), Receiver()
    qtbot.addWidget(alive)
    context.worker.submit(lambda: gate.wait(5) and "готово", gone.show_result)
    context.worker.submit(lambda: "готово", alive.show_result)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(gone), timeout=5_000)
    with qtbot.capture_exceptions() as raised:
        gate.set()
        wait_idle(qtbot, context)
    assert raised == [] and alive.text() == "готово"
