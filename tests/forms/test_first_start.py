"""First start: errors under their field that go when fixed, the welcome text kept; demo data
chosen there belongs to the person who just introduced themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.first_start import FirstStartDialog
from tests.ui.conftest import type_text


def test_errors_sit_beside_their_field_and_go_when_fixed(qtbot: QtBot, tmp_path: Path,
                                                         qapp: QApplication) -> None:
    crm = Crm(tmp_path / "first.db")
    try:
        dialog = FirstStartDialog(crm, "ru")
        qtbot.addWidget(dialog)
        dialog.show()
        welcome = dialog.form.intro.text()
        type_text(dialog.form.email, "anna@")
        dialog.accept()
        assert set(dialog.errors.visible_errors()) == {"name", "email"}
        assert dialog.form.intro.text() == welcome and crm.users.current() is None
        type_text(dialog.form.name, "Анна Соколова")
        assert set(dialog.errors.visible_errors()) == {"email"}
        assert dialog.form.name.property("invalid") is False
        type_text(dialog.form.email, "example.ru")
        assert dialog.errors.visible_errors() == {}
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.accept()  # written on the worker, never on the GUI thread
        assert crm.users.current().email == "anna@example.ru"
    finally:
        crm.close()


def test_demo_data_chosen_at_first_start_is_the_new_users(
        qtbot: QtBot, tmp_path: Path, qapp: QApplication, clock: FixedClock) -> None:
    from crm_desktop.services.demo import generate

    crm = Crm(tmp_path / "first.db", clock=clock)
    try:
        dialog = FirstStartDialog(crm, "ru")
        qtbot.addWidget(dialog)
        type_text(dialog.form.name, "Анна Соколова")
        dialog.form.start_demo.setChecked(True)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.accept()
        me = crm.users.current()
        generate(crm, "small", language="ru")  # what the app does next
        assert crm.users.current().id == me.id
        users = crm.users.list()
        assert [u.name for u in users if u.role == "owner"] == ["Анна Соколова"]
        assert all(u.head_id == me.id for u in users if u.role == "head")
        assert crm.companies.list(responsible_id=me.id, limit=5)
        assert crm.tasks.list(assignee_id=me.id, limit=5)
        # The planner of the new user has a day: their open tasks, overdue ones carried.
        assert crm.planner.day(me.id, clock.now().date()).items
    finally:
        crm.close()


def test_demo_data_that_fails_says_why_and_the_program_goes_on(qtbot: QtBot, context: AppContext,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               caplog: pytest.LogCaptureFixture
                                                               ) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.services import demo
    from crm_desktop.ui import app

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    shown: list[str] = []
    monkeypatch.setattr(demo, "generate", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    app.load_demo(context, "en")
    assert len(shown) == 1 and "demo data could not be created" in shown[0]
    assert "Traceback" not in shown[0] and "Errno" not in shown[0]
    assert "demo data failed" in caplog.text
