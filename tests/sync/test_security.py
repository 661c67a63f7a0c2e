"""Office roles enforced by PostgreSQL itself, with real logins (issue 12): a manager cannot
touch the head's records by any road, identity comes from the login, nothing is open to
PUBLIC, every accepted change is audited."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from crm_desktop.sync import PROTOCOL_VERSION
from crm_desktop.sync.server_admin import add_user, disable_user, set_role
from crm_desktop.sync.tables import fingerprint
from crm_desktop.sync.transport import AuthError
from tests.sync.conftest import Replica


def login_url(server: str, login: str) -> str:
    return server.replace("postgres@", f"{login}@", 1)


@pytest.fixture
def office(server: str, tmp_path: Path) -> Iterator[tuple[Replica, Replica, str, str]]:
    """A head and a manager with their own laptops, each logged in as themselves."""
    head_login = add_user(server, "Ольга Head", "head")
    manager_login = add_user(server, "Иван Manager", "manager", head_login=head_login)
    head = Replica(tmp_path / "head.db", login_url(server, head_login), "Ольга")
    manager = Replica(tmp_path / "manager.db", login_url(server, manager_login), "Иван")
    yield head, manager, head_login, manager_login
    head.crm.close()
    manager.crm.close()
    with psycopg.connect(server, autocommit=True) as conn:
        for login in (head_login, manager_login):
            conn.execute(f'DROP OWNED BY "{login}"; DROP ROLE IF EXISTS "{login}"')


def test_identity_comes_from_the_login(office: tuple[Replica, Replica, str, str]) -> None:
    head, manager, _, _ = office
    manager.sync()
    head.sync()
    me = manager.crm.users.current()
    assert me is not None and me.name == "Иван Manager" and me.role == "manager"
    company = manager.crm.companies.create(name="Клиент Ивана", responsible_id=me.id)
    manager.sync()
    head.sync()
    assert head.crm.companies.get(company.id).responsible_id == me.id


def test_a_manager_cannot_change_the_heads_client_by_raw_sql_on_the_laptop(office: tuple[Replica,
        Replica, str, str]) -> None:
    head, manager, _, _ = office
    head.sync()
    boss = head.crm.users.current()
    client = head.crm.companies.create(name="Клиент Ольги", responsible_id=boss.id,
                                       notes="важный")
    head.sync()
    manager.sync()
    with sqlite3.connect(manager.crm.path) as conn:  # behind the program's back
        conn.execute("UPDATE companies SET notes = 'моё', responsible_id = NULL WHERE id = ?",
                     (client.id,))
    report = manager.sync()
    assert report.denied == 1
    restored = manager.crm.companies.get(client.id)
    assert restored.notes == "важный" and restored.responsible_id == boss.id  # put back
    refused = [w for w in manager.crm.sync.waiting() if w[0] == "deny"]
    assert refused and "another person" in refused[0][3]
    head.sync()
    assert head.crm.companies.get(client.id).notes == "важный"


def test_a_hand_made_push_with_the_managers_login_changes_nothing(office: tuple[Replica, Replica,
        str, str], server: str) -> None:
    head, manager, _, manager_login = office
    head.sync()
    client = head.crm.companies.create(name="Клиент Ольги",
                                       responsible_id=head.crm.users.current().id)
    head.sync()
    manager.sync()
    with psycopg.connect(login_url(server, manager_login), autocommit=True) as conn:
        server_id = conn.execute("SELECT crm_sync.hello(%s, %s)",
                                 (PROTOCOL_VERSION, fingerprint())).fetchone()[0]["server_id"]
        row = {"id": client.id, "name": "Украдено", "kind": "client", "phones": [],
               "emails": [], "tags": [], "custom_fields": {}}
        crafted = {"companies": [{"id": client.id, "v": row, "f": ["name", "name = 'x'"],
                                  "b": 10 ** 9, "cv": 10 ** 9, "s": "9" * 15 + "-0-x"}],
                   "users": [{"id": "new-user", "v": {"id": "new-user", "name": "Я владелец",
                                                      "role": "owner", "is_active": True},
                              "f": None, "b": 0, "cv": 0, "s": "1" * 15 + "-0-x"}]}
        answer = conn.execute(
            "SELECT crm_sync.push(%s, %s, %s, 'hand-made', NULL, 10000000000, 'x', %s)",
            (PROTOCOL_VERSION, fingerprint(), server_id, json.dumps(crafted))).fetchone()[0]
    assert set(answer["denied"]["companies"]) == {client.id}
    assert set(answer["denied"]["users"]) == {"new-user"}
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT name FROM crm.companies WHERE id = %s",
                            (client.id,)).fetchone() == ("Клиент Ольги",)
        assert conn.execute("SELECT count(*) FROM crm.users WHERE id = 'new-user'"
                            ).fetchone() == (0,)
    # A huge outbox number on another device's id silences nobody: the device is not theirs.
    manager.crm.companies.create(name="Новый клиент Ивана")
    manager.sync()
    head.sync()
    assert any(c.name == "Новый клиент Ивана" for c in head.crm.companies.list())


def test_direct_sql_on_the_server_by_a_managers_login_is_refused(office: tuple[Replica, Replica,
        str, str], server: str) -> None:
    _, manager, _, manager_login = office
    manager.sync()
    with psycopg.connect(login_url(server, manager_login), autocommit=True) as conn:
        # Reading is filtered by row-level security (tests/sync/test_visibility.py); writing
        # anything directly is refused.
        conn.execute("SELECT * FROM crm.companies")
        for statement in ("UPDATE crm.companies SET notes = 'x'",
                          "DELETE FROM crm.interactions",
                          "INSERT INTO crm.users(id, name, role) VALUES ('x', 'x', 'owner')",
                          "SELECT * FROM crm_sync.audit", "SELECT * FROM crm_sync.logins",
                          "INSERT INTO crm_sync.conflicts(seq, kind, tbl, row_id, field) "
                          "VALUES (1, 'conflict', 'companies; DROP TABLE x', '1', 'name')",
                          "UPDATE crm_sync.logins SET role = 'owner'",
                          "CREATE TEMP TABLE counter (id int, last_seq bigint)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_nothing_is_open_to_public_and_definer_functions_pin_their_path(server: str) -> None:
    with psycopg.connect(server) as conn:
        open_to_public = conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON "
            "n.oid = p.pronamespace WHERE n.nspname IN ('crm', 'crm_sync') AND "
            "(p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a "
            "WHERE a.grantee = 0))").fetchall()
        assert open_to_public == []
        unpinned = conn.execute(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'crm_sync' AND p.prosecdef AND NOT EXISTS (SELECT 1 FROM "
            "unnest(p.proconfig) c WHERE c LIKE 'search_path=%')").fetchall()
        assert unpinned == []
        database = server.rsplit("/", 1)[1]
        assert conn.execute("SELECT has_database_privilege('public', %s, 'CONNECT')",
                            (database,)).fetchone() == (False,)


def test_a_temporary_table_cannot_shadow_the_feed(replicas: Callable[[str], Replica],
        server: str) -> None:
    a, b = replicas("anna"), replicas("boris")
    a.crm.companies.create(name="ООО Ромашка")
    a.sync()
    with psycopg.connect(server) as conn:  # even a login that may create temporary tables
        conn.execute("CREATE TEMP TABLE counter (id int, last_seq bigint)")
        conn.execute("INSERT INTO counter VALUES (1, 999999999)")
        conn.execute("CREATE TEMP TABLE logins (login text)")
        top = conn.execute("SELECT crm_sync.position(%s, %s, NULL)",
                           (PROTOCOL_VERSION, fingerprint())).fetchone()[0]
        assert top < 1000
    b.sync()
    assert [c.name for c in b.crm.companies.list()] == ["ООО Ромашка"]


def test_a_disabled_user_cannot_sync(office: tuple[Replica, Replica, str, str],
        server: str) -> None:
    _, manager, _, manager_login = office
    manager.sync()
    disable_user(server, manager_login)
    manager.crm.companies.create(name="После увольнения")
    with pytest.raises(AuthError):
        manager.sync()
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT count(*) FROM crm.companies WHERE name = "
                            "'После увольнения'").fetchone() == (0,)


def test_every_accepted_change_is_audited_with_the_login(office: tuple[Replica, Replica, str, str],
        server: str) -> None:
    head, manager, head_login, manager_login = office
    manager.sync()
    me = manager.crm.users.current()
    company = manager.crm.companies.create(name="Клиент", responsible_id=me.id)
    manager.sync()
    manager.crm.companies.update(company.id, segment="A")
    manager.sync()
    with psycopg.connect(server) as conn:
        conn.execute("UPDATE crm.companies SET notes = 'из psql' WHERE id = %s", (company.id,))
        conn.commit()
        rows = conn.execute("SELECT login, field, old_value, new_value FROM crm_sync.audit "
                            "WHERE row_id = %s ORDER BY id", (company.id,)).fetchall()
    assert (manager_login, "*", None, None) in rows
    assert (manager_login, "segment", None, "A") in rows
    assert ("postgres", "notes", None, "из psql") in rows


def test_a_head_may_hand_a_teams_record_on_a_manager_may_not(office: tuple[Replica, Replica, str,
        str]) -> None:
    head, manager, _, _ = office
    manager.sync()
    head.sync()
    me, boss = manager.crm.users.current(), head.crm.users.current()
    client = manager.crm.companies.create(name="Клиент Ивана", responsible_id=me.id)
    manager.sync()
    manager.crm.companies.update(client.id, responsible_id=boss.id)  # hand it to the head
    assert manager.sync().denied == 1
    assert manager.crm.companies.get(client.id).responsible_id == me.id
    head.sync()
    head.crm.companies.update(client.id, notes="проверено руководителем")
    assert head.sync().denied == 0  # the head may act for their team


def test_set_role_changes_what_a_login_may_do(office: tuple[Replica, Replica, str, str],
        server: str) -> None:
    head, manager, _, manager_login = office
    head.sync()
    client = head.crm.companies.create(name="Клиент Ольги",
                                       responsible_id=head.crm.users.current().id)
    head.sync()
    set_role(server, manager_login, "owner")
    manager.sync()
    manager.crm.companies.update(client.id, notes="владелец может")
    assert manager.sync().denied == 0


@pytest.mark.parametrize("url", [
    "postgresql://bob:s3cr%ZZet@127.0.0.1/x",
    "postgresql://bob:s3cr%ZZet@127.0.0.1/x?sslmode=bogus",
    "not a url at all"])
def test_a_bad_address_is_a_configuration_error_and_never_shows_the_password(url: str) -> None:
    from crm_desktop.sync.transport import ConfigError, connect

    with pytest.raises(ConfigError) as excinfo:
        connect(url)
    assert "s3cr" not in str(excinfo.value) and "ZZ" not in str(excinfo.value)
