"""The office functions on a real server with real logins (issue 12): who may list, add,
change, disable users and reset passwords; passwords only as SCRAM verifiers; a missing
CREATEROLE explained; a record's history for those who may see it."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from crm_desktop.sync.server_admin import (
    OfficeRefused,
    add_user,
    disable_user,
    office_add_user,
    office_call,
    office_reset_password,
    office_set_disabled,
    office_set_role,
    reset_password,
    set_role,
    set_visibility,
)
from crm_desktop.sync.transport import AuthError, connect
from tests.office.conftest import drop_database, login_url
from tests.sync.conftest import Replica, database_url


def scram_matches(verifier: str, password: str) -> bool:
    """Checks a stored SCRAM-SHA-256 verifier against a password (RFC 5802/7677)."""
    method, rest = verifier.split("$", 1)
    assert method == "SCRAM-SHA-256"
    params, keys = rest.split("$")
    iterations, salt = params.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt),
                                 int(iterations))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key


def stored_verifier(server: str, login: str) -> str | None:
    with psycopg.connect(server) as conn:
        return conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                            (login,)).fetchone()[0]


def call(server: str, login: str, query: str, params: tuple = ()) -> Any:
    url = login_url(server, login)
    with connect(url) as conn:
        return office_call(conn, url, query, params)


@pytest.fixture
def office(office_server: str) -> tuple[str, str, str, str, str]:
    """An owner, a head with one manager, and a manager of nobody's team."""
    owner = add_user(office_server, "Анна Владелец", "owner")
    head = add_user(office_server, "Ольга Руководитель", "head")
    mine = add_user(office_server, "Иван Менеджер", "manager", head_login=head)
    other = add_user(office_server, "Пётр Чужой", "manager")
    return office_server, owner, head, mine, other


def test_the_office_functions_pin_the_same_path_as_the_sync_functions() -> None:
    from crm_desktop.sync import server_office, server_schema

    assert server_office.PATH == server_schema.PATH
    assert set(server_office.OFFICE_FUNCTIONS) <= set(server_schema.PUBLIC_FUNCTIONS)


def test_the_owner_adds_a_login_with_a_password_sent_only_as_a_verifier(office: tuple[str, str,
        str, str, str]) -> None:
    server, owner, _, _, _ = office
    url = login_url(server, owner)
    with connect(url) as conn, conn.transaction():
        login = office_add_user(conn, url, "Мария Новая", "manager", "правильный пароль 1")
    assert login == "mariya_novaya"
    verifier = stored_verifier(server, login)
    assert verifier.startswith("SCRAM-SHA-256$") and "правильный" not in verifier
    assert scram_matches(verifier, "правильный пароль 1")
    assert not scram_matches(verifier, "другой")
    with psycopg.connect(server) as conn:
        client_role = conn.execute("SELECT crm_sync.client_role()").fetchone()[0]
        assert conn.execute("SELECT pg_has_role(%s, %s, 'MEMBER')",
                            (login, client_role)).fetchone() == (True,)
        row = conn.execute("SELECT u.name, u.role, l.role FROM crm_sync.logins l JOIN "
                           "crm.users u ON u.id = l.user_id WHERE l.login = %s",
                           (login,)).fetchone()
        assert row == ("Мария Новая", "manager", "manager")
        # the creation is audited under the owner's login, and reaches every laptop
        assert conn.execute("SELECT login FROM crm_sync.audit WHERE tbl = 'users' AND "
                            "field = '*' AND row_id = (SELECT user_id FROM crm_sync.logins "
                            "WHERE login = %s)", (login,)).fetchone() == (owner,)
    # a clear-text password in a hand-made call is refused
    with pytest.raises(OfficeRefused, match="encrypted"):
        call(server, owner, "SELECT crm_sync.office_add_user('x_plain', 'X', 'manager', NULL, "
                            "'plain text password', NULL)")


def test_a_new_user_reaches_the_laptops(office: tuple[str, str, str, str, str],
        tmp_path: Path) -> None:
    server, owner, _, _, _ = office
    laptop = Replica(tmp_path / "owner.db", login_url(server, owner), "Анна")
    try:
        laptop.sync()
        add_user(server, "Мария Новая", "manager")
        laptop.sync()
        assert "Мария Новая" in [u.name for u in laptop.crm.users.list()]
    finally:
        laptop.crm.close()


def test_a_login_never_takes_over_an_existing_role_of_the_cluster(office: tuple[str, str, str, str,
        str]) -> None:
    server, owner, _, _, _ = office
    before = stored_verifier(server, "postgres")
    login = add_user(server, "postgres", "manager", password="a password 123")
    assert login == "postgres_2"
    assert stored_verifier(server, "postgres") == before
    with pytest.raises(OfficeRefused, match="no login postgres"):
        reset_password(login_url(server, owner), "postgres", "a password 123")
    with pytest.raises(OfficeRefused, match="no login postgres"):
        disable_user(login_url(server, owner), "postgres")


def test_a_head_manages_their_own_team_only(office: tuple[str, str, str, str, str]) -> None:
    server, owner, head, mine, other = office
    listed = {u["login"] for u in call(server, head, "SELECT crm_sync.office_users()")}
    assert listed == {head, mine}
    everyone = {u["login"] for u in call(server, owner, "SELECT crm_sync.office_users()")}
    assert everyone == {owner, head, mine, other}
    url = login_url(server, head)
    with connect(url) as conn, conn.transaction():
        new = office_add_user(conn, url, "Новый В Команде", "manager", "пароль команды")
    with psycopg.connect(server) as conn:
        assert conn.execute(
            "SELECT u.head_id = (SELECT user_id FROM crm_sync.logins WHERE login = %s) FROM "
            "crm_sync.logins l JOIN crm.users u ON u.id = l.user_id WHERE l.login = %s",
            (head, new)).fetchone() == (True,)
    with connect(url) as conn:
        for attempt, reason in (
                (lambda: office_add_user(conn, url, "Второй Руководитель", "head"),
                 "managers only"),
                (lambda: office_add_user(conn, url, "В Чужую", "manager", head=owner),
                 "own team"),
                (lambda: office_set_role(conn, url, mine, "head"), "only the owner"),
                (lambda: office_set_disabled(conn, url, other), "own team"),
                (lambda: office_reset_password(conn, url, other, "чужой пароль"),
                 "own team"),
                (lambda: office_set_disabled(conn, url, owner), "own team")):
            with pytest.raises(OfficeRefused, match=reason):
                attempt()
        office_reset_password(conn, url, mine, "новый пароль ивана")
        office_reset_password(conn, url, head, "мой новый пароль")  # their own
    assert scram_matches(stored_verifier(server, mine), "новый пароль ивана")
    assert scram_matches(stored_verifier(server, head), "мой новый пароль")


def test_a_manager_manages_nobody(office: tuple[str, str, str, str, str]) -> None:
    server, owner, _, mine, other = office
    for query in ("SELECT crm_sync.office_users()",
                  "SELECT crm_sync.office_add_user('x', 'X', 'owner', NULL, NULL, NULL)",
                  f"SELECT crm_sync.office_set_role('{mine}', 'owner', NULL)::text",
                  f"SELECT crm_sync.office_set_disabled('{other}', true)::text",
                  f"SELECT crm_sync.office_reset_password('{owner}', "
                  f"'SCRAM-SHA-256$4096:AAAA$BBBB:CCCC')::text"):
        with pytest.raises(OfficeRefused, match="only the owner or a head"):
            call(server, mine, query)
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT role FROM crm_sync.logins WHERE login = %s",
                            (mine,)).fetchone() == ("manager",)


def test_the_owner_sets_role_and_team_and_the_office_keeps_an_owner(office: tuple[str, str, str,
        str, str]) -> None:
    server, owner, head, mine, other = office
    set_role(login_url(server, owner), other, "manager", head)
    listed = {u["login"] for u in call(server, head, "SELECT crm_sync.office_users()")}
    assert other in listed
    set_role(login_url(server, owner), other, "head", "")  # no team any more
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT u.role, u.head_id FROM crm_sync.logins l JOIN crm.users u "
                            "ON u.id = l.user_id WHERE l.login = %s",
                            (other,)).fetchone() == ("head", None)
    with pytest.raises(OfficeRefused, match="no owner"):
        set_role(login_url(server, owner), owner, "manager")
    with pytest.raises(OfficeRefused, match="own head"):
        set_role(login_url(server, owner), mine, "manager", mine)


def test_a_disabled_login_stops_syncing_with_a_clear_message_and_can_come_back(
        office: tuple[str, str, str, str, str], tmp_path: Path) -> None:
    server, owner, head, mine, _ = office
    laptop = Replica(tmp_path / "ivan.db", login_url(server, mine), "Иван")
    try:
        laptop.sync()
        disable_user(login_url(server, head), mine)  # their head may
        laptop.crm.companies.create(name="После увольнения")
        with pytest.raises(AuthError, match="disabled"):
            laptop.sync()
        with pytest.raises(OfficeRefused, match="your own login"):
            disable_user(login_url(server, owner), owner)
        disable_user(login_url(server, owner), mine, disabled=False)
        laptop.sync()
        with psycopg.connect(server) as conn:
            assert conn.execute("SELECT count(*) FROM crm.companies WHERE name = "
                                "'После увольнения'").fetchone() == (1,)
    finally:
        laptop.crm.close()


@pytest.mark.postgres  # its own administrator and database, not the fixtures
def test_without_createrole_the_server_says_what_the_administrator_must_do() -> None:
    import uuid

    from tests.conftest import PG_URL

    name = f"crm_office_test_{uuid.uuid4().hex[:10]}"
    admin = f"{name}_admin"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{admin}" LOGIN NOCREATEROLE')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{admin}"')
        conn.execute(f'CREATE ROLE "crm_client_{name}" NOLOGIN')  # made by the administrator
    try:
        from crm_desktop.sync.server_admin import init_server

        url = database_url(name).replace("postgres@", f"{admin}@", 1)
        init_server(url)
        with pytest.raises(OfficeRefused) as refused:
            add_user(url, "Мария", "manager")
        assert "CREATEROLE" in str(refused.value) and admin in str(refused.value)
        with connect(url) as conn:
            assert conn.execute("SELECT crm_sync.office_whoami()").fetchone()[0][
                "can_create_logins"] is False
    finally:
        drop_database(name)
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{admin}"')


def test_the_history_of_a_record_for_those_who_may_see_it(office: tuple[str, str, str, str, str],
        tmp_path: Path) -> None:
    server, owner, head, mine, other = office
    laptop = Replica(tmp_path / "ivan.db", login_url(server, mine), "Иван")
    try:
        laptop.sync()
        me = laptop.crm.users.current()
        client = laptop.crm.companies.create(name="Клиент Ивана", responsible_id=me.id)
        laptop.sync()
        laptop.crm.companies.update(client.id, segment="A")
        laptop.sync()
    finally:
        laptop.crm.close()
    query = "SELECT crm_sync.office_audit('companies', %s, 50)"
    for reader in (owner, head, mine, other):  # the office shows every client (default)
        changes = call(server, reader, query, (client.id,))
        assert [(c["login"], c["field"], c["new"]) for c in changes][:1] == [
            (mine, "segment", "A")]
        assert changes[0]["name"] == "Иван Менеджер"
        assert changes[-1]["field"] == "*"
    set_visibility(server, "own")  # managers see only their own clients
    assert call(server, mine, query, (client.id,))
    assert call(server, head, query, (client.id,))
    with pytest.raises(OfficeRefused, match="may not see"):
        call(server, other, query, (client.id,))
    with pytest.raises(OfficeRefused, match="no table"):
        call(server, owner, "SELECT crm_sync.office_audit('logins; --', 'x', 5)")
    assert call(server, owner, "SELECT crm_sync.office_audit('companies', 'nothing', 5)") == []


def test_public_and_other_databases_logins_cannot_call_the_office_functions(office: tuple[str, str,
        str, str, str]) -> None:
    server, *_ = office
    with psycopg.connect(server) as conn:
        rows = conn.execute(
            "SELECT p.oid::regprocedure::text, p.prosecdef, p.proconfig FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'crm_sync' AND "
            "p.proname LIKE 'office%'").fetchall()
        assert len(rows) >= 7
        for signature, _, config in rows:
            assert any(c.startswith("search_path=") for c in config or []), signature
            assert conn.execute("SELECT has_function_privilege('public', %s, 'EXECUTE')",
                                (signature,)).fetchone() == (False,)
    assert json.dumps(rows, default=str)  # noqa: S101  (readable on failure)
