"""The Users screen, the card's Changes tab and the server password prompt, as real widgets
against a real server with real logins (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.sync.server_admin import add_user
from crm_desktop.ui.context import AppContext
from tests.conftest import PG_URL
from tests.office.conftest import login_url
from tests.sync.conftest import Replica
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401

SHOTS = Path(os.environ.get("CRM_SHOTS", "/tmp"))


def configure(crm: Crm, server: str, login: str) -> None:
    conninfo = psycopg.conninfo.conninfo_to_dict(PG_URL)
    crm.sync.configure(conninfo.get("host") or "127.0.0.1", int(conninfo.get("port") or 5432),
                       server.rsplit("/", 1)[1], login, "disable")


def network_idle(qtbot: QtBot, app: AppContext) -> None:
    from crm_desktop.ui.office.common import network

    worker = network(app)
    qtbot.waitUntil(lambda: worker.pending == 0 and app.worker.pending == 0, timeout=20_000)


def shot(widget: QWidget, name: str, full: bool = True) -> None:
    """A screen at 1366x768; a dialog at its own size."""
    if full:
        widget.resize(1366, 768)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def people(office_server: str) -> dict[str, str]:
    logins = {"owner": add_user(office_server, "Анна Владимировна Соколова", "owner")}
    logins["head"] = add_user(office_server, "Ольга Руководитель", "head")
    logins["manager"] = add_user(office_server, "Иван Менеджер", "manager",
                                 head_login=logins["head"])
    add_user(office_server, "Пётр Уволенный", "manager", head_login=logins["head"])
    return logins


def test_the_owner_manages_users_from_the_window(qtbot: QtBot, context: AppContext,  # noqa: F811
                                                 office_server: str, people: dict[str,
                                                 str]) -> None:
    from crm_desktop.ui.office.users_view import UserDialog, UsersView

    configure(context.crm, office_server, people["owner"])
    view = UsersView(context)
    qtbot.addWidget(view)
    view.show()
    network_idle(qtbot, context)
    from pytestqt.modeltest import ModelTester

    ModelTester(None).check(view.model)
    assert [u.login for u in view.model.users] == [
        people["owner"], people["manager"], people["head"], "petr_uvolennyy"]
    assert view.add_button.isEnabled() and view.exports.isEnabled()
    assert view.notice.isHidden()
    shot(view, "office_users_owner")
    view.add_user()
    dialog = view.dialog
    assert isinstance(dialog, UserDialog)
    dialog.name.setText("Мария Новая")
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    dialog.team.setCurrentIndex(dialog.team.findData(people["head"]))
    shot(dialog, "office_user_dialog", full=False)
    dialog._check()
    network_idle(qtbot, context)
    qtbot.waitUntil(lambda: getattr(view, "password_box", None) is not None, timeout=10_000)
    box: QMessageBox = view.password_box
    assert "mariya_novaya" in box.text()
    shot(box, "office_password_once", full=False)
    box.accept()
    network_idle(qtbot, context)
    new = next(u for u in view.model.users if u.login == "mariya_novaya")
    assert new.head_name == "Ольга Руководитель" and new.role == "manager"
    # disable the last one (the question answered yes)
    row = next(i for i, u in enumerate(view.model.users) if u.login == "petr_uvolennyy")
    view.table.selectRow(row)
    assert view.disable_button.isEnabled()
    from unittest import mock

    with mock.patch.object(QMessageBox, "question",
                           return_value=QMessageBox.StandardButton.Yes):
        view.set_disabled(True)
    network_idle(qtbot, context)
    assert next(u for u in view.model.users if u.login == "petr_uvolennyy").disabled
    shot(view, "office_users_after")
    view.table.selectRow(next(i for i, u in enumerate(view.model.users)
                              if u.login == people["manager"]))
    view.change_role()  # role and team only: no name, no password
    role_dialog = view.dialog
    assert role_dialog.name.isHidden() and role_dialog.password.isHidden()
    assert role_dialog.role.currentData() == "manager"
    assert role_dialog.team.currentData() == people["head"]
    shot(role_dialog, "office_role_dialog", full=False)
    role_dialog.reject()


def test_the_owner_keeps_managers_to_their_own_clients_from_the_window(
        qtbot: QtBot, context: AppContext, office_server: str, people: dict[str, str]) -> None:  # noqa: F811
    import psycopg

    from crm_desktop.ui.office.users_view import UsersView

    configure(context.crm, office_server, people["owner"])
    view = UsersView(context)
    qtbot.addWidget(view)
    view.show()
    network_idle(qtbot, context)
    assert view.visibility.isEnabled() and view.visibility.currentData() == "all"
    index = view.visibility.findData("own")
    view.visibility.setCurrentIndex(index)
    view.visibility.activated.emit(index)
    network_idle(qtbot, context)
    qtbot.waitUntil(lambda: view.me is not None and view.me.visibility == "own",
                    timeout=10_000)
    with psycopg.connect(office_server) as conn:
        assert conn.execute("SELECT value FROM crm_sync.meta WHERE key = 'visibility'"
                            ).fetchone() == ("own",)
    shot(view, "office_users_visibility")
    # A head sees the setting and may not change it.
    configure(context.crm, office_server, people["head"])
    view.reload()
    network_idle(qtbot, context)
    qtbot.waitUntil(lambda: view.me is not None and view.me.role == "head", timeout=10_000)
    assert view.visibility.currentData() == "own" and not view.visibility.isEnabled()


def test_a_manager_sees_why_the_screen_is_not_theirs(qtbot: QtBot, context: AppContext,  # noqa: F811
                                                     office_server: str, people: dict[str,
                                                     str]) -> None:
    from crm_desktop.ui.office.users_view import UsersView

    configure(context.crm, office_server, people["manager"])
    view = UsersView(context)
    qtbot.addWidget(view)
    view.show()
    network_idle(qtbot, context)
    assert "Only the office's owner or a head" in view.notice.text()
    assert people["manager"] in view.notice.text()
    assert view.model.rowCount() == 0 and not view.add_button.isEnabled()
    shot(view, "office_users_manager")


def test_a_head_sees_their_team(qtbot: QtBot, context: AppContext, office_server: str,  # noqa: F811
                                people: dict[str, str]) -> None:
    from crm_desktop.ui.office.users_view import UsersView

    configure(context.crm, office_server, people["head"])
    view = UsersView(context)
    qtbot.addWidget(view)
    view.show()
    network_idle(qtbot, context)
    assert {u.login for u in view.model.users} == {people["head"], people["manager"],
                                                   "petr_uvolennyy"}
    assert "You are a head" in view.notice.text()
    view.table.selectRow(0)
    assert not view.role_button.isEnabled()  # roles and teams: the owner's


def test_without_a_server_or_offline_the_screen_says_so(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    from crm_desktop.ui.office.users_view import UsersView

    view = UsersView(context)
    qtbot.addWidget(view)
    view.show()
    network_idle(qtbot, context)
    assert "syncs with no server" in view.notice.text()
    context.crm.sync.configure("127.0.0.1", 1, "nowhere", "anna", "disable")
    view.reload()
    network_idle(qtbot, context)
    assert "cannot be reached" in view.notice.text()
    shot(view, "office_users_offline")


def test_the_card_shows_who_changed_what(qtbot: QtBot, context: AppContext, office_server: str,  # noqa: F811
                                         people: dict[str, str], tmp_path: Path) -> None:
    from crm_desktop.ui.office.changes_tab import ChangesTab

    laptop = Replica(tmp_path / "ivan.db", login_url(office_server, people["manager"]),
                     "Иван")
    try:
        laptop.sync()
        me = laptop.crm.users.current()
        client = laptop.crm.companies.create(name="ООО Ромашка", responsible_id=me.id)
        laptop.sync()
        laptop.crm.companies.update(client.id, segment="A", notes="перезвонить в марте")
        laptop.sync()
    finally:
        laptop.crm.close()
    with psycopg.connect(office_server) as conn:
        conn.execute("UPDATE crm.companies SET segment = 'B' WHERE id = %s", (client.id,))
    configure(context.crm, office_server, people["owner"])
    tab = ChangesTab(context, "company", client.id)
    qtbot.addWidget(tab)
    tab.show()
    network_idle(qtbot, context)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    from pytestqt.modeltest import ModelTester

    ModelTester(None).check(tab.model)
    rows = [[tab.model.index(r, c).data() for c in range(5)]
            for r in range(tab.model.rowCount())]
    assert rows[0][1].startswith("postgres") and rows[0][3:] == ["A", "B"]
    assert any(r[1] == "Иван Менеджер" and r[4] == "перезвонить в марте" for r in rows)
    assert rows[-1][2] == "created the record"
    shot(tab, "office_changes_tab")
    context.crm.sync.configure("127.0.0.1", 1, "nowhere", "anna", "disable")
    offline = ChangesTab(context, "company", client.id)
    qtbot.addWidget(offline)
    offline.show()
    network_idle(qtbot, context)
    assert "cannot be reached" in offline.note.text()


def test_the_office_registers_its_screen_and_card_tab() -> None:
    from crm_desktop.ui.clients.card_tabs import card_tabs
    from crm_desktop.ui.office.registration import register
    from crm_desktop.ui.views import registered_views

    register()
    assert "users" in [v.key for v in registered_views()]
    assert "changes" in [t.key for t in card_tabs()]


def test_the_window_asks_for_the_password_and_keeps_it_in_memory_only(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: F811
    """The test server trusts every local login, so the refusal a password-protected server
    gives is raised in its place; the prompt, the memory and the retry are real."""
    import keyring
    from keyring.backends import fail

    from crm_desktop.sync import credentials
    from crm_desktop.sync.transport import AuthError
    from crm_desktop.ui.sync.view import SyncCoordinator

    monkeypatch.delenv("CRM_DESKTOP_NO_KEYRING_PROMPT", raising=False)
    monkeypatch.delenv(credentials.ENV_PASSWORD, raising=False)
    saved = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        context.crm.sync.configure("db.office", 5432, "crm", "anna", "require")
        url = context.crm.sync.server_url()
        seen: list[str] = []

        def sync_now(url_arg: str | None = None) -> object:
            with_password = credentials.url_with_password(url)
            seen.append(with_password)
            if not credentials.password_known(url):
                raise AuthError("the server at db.office:5432/crm refused the user name or "
                                "password")
            from types import SimpleNamespace

            return SimpleNamespace(position=0, pulled=0, conflicts=0, bootstrapped=False,
                                   tables=[])

        monkeypatch.setattr(context.crm.sync, "sync_now", sync_now)
        coordinator = SyncCoordinator(context)
        coordinator.sync_now()
        qtbot.waitUntil(lambda: coordinator.password_dialog is not None, timeout=10_000)
        dialog = coordinator.password_dialog
        from PySide6.QtWidgets import QLabel

        assert "no password store" in dialog.findChild(QLabel, "kept").text()
        shot(dialog, "sync_password_prompt", full=False)
        dialog.password.setText("пароль @:/")
        dialog.accept()
        qtbot.waitUntil(lambda: len(seen) == 2 and not coordinator.running, timeout=10_000)
        assert psycopg.conninfo.conninfo_to_dict(seen[1])["password"] == "пароль @:/"
        assert credentials.load_password(url) == "пароль @:/"
        for path in tmp_path.rglob("*"):  # nothing written anywhere
            if path.is_file():
                assert "пароль @:/".encode() not in path.read_bytes(), path
        coordinator.stop()
    finally:
        keyring.set_keyring(saved)
        credentials._session.clear()


def test_saving_the_server_without_a_keyring_keeps_the_password_for_the_session(
        qtbot: QtBot, context: AppContext,  # noqa: F811
        office_server: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    from crm_desktop.sync import credentials
    from crm_desktop.ui.sync.view import SyncCoordinator, SyncView

    saved = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        coordinator = SyncCoordinator(context)
        view = SyncView(context, coordinator)
        qtbot.addWidget(view)
        network_idle(qtbot, context)
        assert "no password store" in view.password.placeholderText()
        conninfo = psycopg.conninfo.conninfo_to_dict(PG_URL)
        view.host.setText(conninfo.get("host") or "127.0.0.1")
        view.port.setValue(int(conninfo.get("port") or 5432))
        view.database.setText(office_server.rsplit("/", 1)[1])
        view.user.setText("postgres")
        view.tls.setCurrentIndex(view.tls.findData("disable"))
        view.password.setText("пароль сессии")
        view.save_and_test()
        assert view.password.text() == ""  # not kept in the widget
        qtbot.waitUntil(lambda: view.result.text().startswith("Connected"), timeout=20_000)
        assert "no password store" in view.result.text()
        url = context.crm.sync.server_url()
        assert credentials.load_password(url) == "пароль сессии"
        shot(view, "sync_view_no_keyring")
        coordinator.stop()
        network_idle(qtbot, context)
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert "пароль сессии".encode() not in path.read_bytes(), path
    finally:
        keyring.set_keyring(saved)
        credentials._session.clear()
