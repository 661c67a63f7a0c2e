"""'Own clients only' (issue 12): a manager's laptop receives only what its login may read,
plain SQL on the server by that login reads the same, and a change of responsible person or
of the office's mode brings rows in or takes them away cleanly — nothing is deleted on the
server or on anyone else's laptop."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from crm_desktop.sync.server_admin import add_user
from tests.sync.conftest import Replica


def login_url(server: str, login: str) -> str:
    return server.replace("postgres@", f"{login}@", 1)


def set_visibility(server: str, mode: str) -> None:
    with psycopg.connect(server, autocommit=True) as conn:  # the owner (who ran server init)
        conn.execute("SELECT crm_sync.set_visibility(%s)", (mode,))


@pytest.fixture
def office(server: str, tmp_path: Path) -> Iterator[tuple[Replica, Replica, Replica, str]]:
    head_login = add_user(server, "Ольга Head", "head")
    manager_login = add_user(server, "Иван Manager", "manager", head_login=head_login)
    other_login = add_user(server, "Пётр Manager", "manager", head_login=head_login)
    head = Replica(tmp_path / "head.db", login_url(server, head_login), "Ольга")
    manager = Replica(tmp_path / "manager.db", login_url(server, manager_login), "Иван")
    other = Replica(tmp_path / "other.db", login_url(server, other_login), "Пётр")
    for replica in (head, manager, other):
        replica.sync()
    yield head, manager, other, manager_login
    for replica in (head, manager, other):
        replica.crm.close()
    with psycopg.connect(server, autocommit=True) as conn:
        for login in (head_login, manager_login, other_login):
            conn.execute(f'DROP OWNED BY "{login}"; DROP ROLE IF EXISTS "{login}"')


def names(replica: Replica, table: str, column: str = "name") -> set[str]:
    with sqlite3.connect(replica.crm.path) as conn:
        return {r[0] for r in conn.execute(f"SELECT {column} FROM {table}")}


def client_with_history(replica: Replica, name: str, owner_id: str) -> str:
    company = replica.crm.companies.create(name=name, responsible_id=owner_id)
    person = replica.crm.contacts.create(first_name=f"Сотрудник {name}", company_id=company.id)
    for k in range(3):
        replica.crm.interactions.log(channel="call_out", company_id=company.id,
                                     contact_id=person.id, subject=f"{name}: звонок {k}",
                                     occurred_at=datetime(2026, 11, 1 + k, tzinfo=UTC))
    return company.id


def test_a_managers_laptop_holds_only_their_own_clients(office: tuple[Replica, Replica, Replica,
        str], server: str) -> None:
    head, manager, other, manager_login = office
    set_visibility(server, "own")
    client_with_history(head, "Клиент Петра", other.crm.users.current().id)
    client_with_history(head, "Клиент Ольги", head.crm.users.current().id)
    mine = manager.crm.companies.create(name="Клиент Ивана")
    head.sync()
    manager.sync()
    other.sync()
    head.sync()
    assert names(manager, "companies") == {"Клиент Ивана"}
    assert names(manager, "interactions", "subject") == set()
    assert names(manager, "contacts", "first_name") == set()
    assert {"Клиент Петра"} == names(other, "companies") - {"Клиент Ивана"} \
        and "Клиент Ольги" not in names(other, "companies")
    # The head reads the team's clients, the manager's included.
    assert names(head, "companies") == {"Клиент Петра", "Клиент Ольги", "Клиент Ивана"}
    assert manager.crm.sync.waiting() == []
    # A second laptop of the same manager, new to the office, takes only the same rows.
    second = Replica(Path(manager.crm.path).with_name("manager2.db"),
                     login_url(server, manager_login), "Иван")
    try:
        second.sync()
        assert names(second, "companies") == {"Клиент Ивана"}
        assert names(second, "interactions", "subject") == set()
        assert second.crm.sync.waiting() == []
    finally:
        second.crm.close()
    # Plain SQL on the server with the manager's login reads the same, and writes nothing.
    with psycopg.connect(login_url(server, manager_login), autocommit=True) as conn:
        assert {r[0] for r in conn.execute("SELECT name FROM crm.companies")} == {"Клиент Ивана"}
        assert conn.execute("SELECT count(*) FROM crm.interactions").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE crm.companies SET notes = 'x' WHERE id = %s", (mine.id,))
    # Under "everyone sees every client" the same login reads everything.
    set_visibility(server, "all")
    with psycopg.connect(login_url(server, manager_login), autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM crm.companies").fetchone() == (3,)


def test_a_client_handed_over_arrives_with_its_history_and_leaves_with_it(office: tuple[Replica,
        Replica, Replica, str],
                                                                          server: str) -> None:
    head, manager, other, _ = office
    set_visibility(server, "own")
    boss = head.crm.users.current().id
    ivan = manager.crm.users.current().id
    client = client_with_history(head, "Клиент Ольги", boss)
    head.sync()
    manager.sync()
    assert "Клиент Ольги" not in names(manager, "companies")

    head.crm.companies.update(client, responsible_id=ivan)  # the head hands it to Иван
    head.sync()
    report = manager.sync()
    assert names(manager, "companies") == {"Клиент Ольги"}
    assert len(names(manager, "interactions", "subject")) == 3  # the history came with it
    assert names(manager, "contacts", "first_name") == {"Сотрудник Клиент Ольги"}
    assert report.parked == 0 and manager.crm.sync.waiting() == []
    manager.crm.interactions.log(channel="meeting", company_id=client, subject="встреча Ивана")
    manager.sync()

    head.crm.companies.update(client, responsible_id=boss)  # and takes it back
    head.sync()
    report = manager.sync()
    assert report.hidden >= 5
    assert names(manager, "companies") == set()
    assert names(manager, "interactions", "subject") == set()
    assert names(manager, "contacts", "first_name") == set()
    # Nothing was deleted anywhere: the server and the head keep all of it.
    head.sync()
    assert names(head, "companies") == {"Клиент Ольги"}
    assert len(names(head, "interactions", "subject")) == 4
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT count(*) FROM crm.interactions WHERE deleted_at IS NULL"
                            ).fetchone() == (4,)


def test_switching_the_office_to_own_clients_removes_the_rest_and_back(office: tuple[Replica,
        Replica, Replica, str],
                                                                       server: str) -> None:
    head, manager, other, _ = office
    client_with_history(head, "Клиент Ольги", head.crm.users.current().id)
    manager.crm.companies.create(name="Клиент Ивана")
    head.sync()
    manager.sync()
    assert names(manager, "companies") == {"Клиент Ольги", "Клиент Ивана"}
    set_visibility(server, "own")
    report = manager.sync()
    assert names(manager, "companies") == {"Клиент Ивана"}
    assert names(manager, "interactions", "subject") == set()
    assert report.hidden >= 5
    set_visibility(server, "all")
    manager.sync()
    assert names(manager, "companies") == {"Клиент Ольги", "Клиент Ивана"}
    assert len(names(manager, "interactions", "subject")) == 3
    head.sync()
    assert names(head, "companies") == {"Клиент Ольги", "Клиент Ивана"}


def test_a_person_of_mine_at_someone_elses_company_comes_without_the_company(office: tuple[Replica,
        Replica, Replica, str],
                                                                             server: str) -> None:
    head, manager, _, _ = office
    set_visibility(server, "own")
    company = head.crm.companies.create(name="Клиент Ольги",
                                        responsible_id=head.crm.users.current().id)
    head.crm.contacts.create(first_name="Знакомый Ивана", company_id=company.id,
                             responsible_id=manager.crm.users.current().id)
    head.sync()
    report = manager.sync()
    assert names(manager, "contacts", "first_name") == {"Знакомый Ивана"}
    assert names(manager, "companies") == set()
    assert report.parked == 0 and manager.crm.sync.waiting() == []
    # Ivan edits his contact; the company link he never saw stays on the server.
    person = manager.crm.contacts.list()[0]
    manager.crm.contacts.update(person.id, position="директор")
    manager.sync()
    head.sync()
    mine = head.crm.contacts.get(person.id)
    assert mine.position == "директор" and mine.company_id == company.id


def test_only_the_owner_switches_visibility_from_the_command_line(
        office: tuple[Replica, Replica, Replica, str], server: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.cli import main

    _, manager, _, manager_login = office
    db = str(tmp_path / "cli.db")
    code = main(["--db", db, "server", "set-visibility", "own", "--url",
                 login_url(server, manager_login)])
    assert code != 0
    assert "only the owner" in capsys.readouterr().err
    assert main(["--db", db, "server", "set-visibility", "own", "--url", server]) == 0
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT value FROM crm_sync.meta WHERE key = 'visibility'"
                            ).fetchone() == ("own",)


def test_a_hand_made_call_cannot_write_onto_a_client_the_login_may_not_see(office: tuple[Replica,
        Replica, Replica, str],
                                                                          server: str) -> None:
    import json

    from crm_desktop.sync import PROTOCOL_VERSION
    from crm_desktop.sync.tables import fingerprint

    head, manager, _, manager_login = office
    set_visibility(server, "own")
    client = client_with_history(head, "Клиент Ольги", head.crm.users.current().id)
    head.sync()
    manager.sync()
    note = {"id": "planted", "channel": "note", "company_id": client, "subject": "подброшено",
            "occurred_at": "2026-11-25 10:00:00", "created_at": "2026-11-25 10:00:00",
            "updated_at": "2026-11-25 10:00:00"}
    with psycopg.connect(login_url(server, manager_login), autocommit=True) as conn:
        server_id = conn.execute("SELECT crm_sync.hello(%s, %s)",
                                 (PROTOCOL_VERSION, fingerprint())).fetchone()[0]["server_id"]
        answer = conn.execute(
            "SELECT crm_sync.push(%s, %s, %s, 'hand-made-2', NULL, 1, 'x', %s)",
            (PROTOCOL_VERSION, fingerprint(), server_id, json.dumps({"interactions": [
                {"id": "planted", "v": note, "f": None, "b": 0, "cv": 0,
                 "s": "1" * 15 + "-0-x"}]}))).fetchone()[0]
    assert "may not see" in answer["denied"]["interactions"]["planted"][0]
    with psycopg.connect(server) as conn:
        assert conn.execute("SELECT count(*) FROM crm.interactions WHERE id = 'planted'"
                            ).fetchone() == (0,)
    # Under "every client for everyone" the same note is ordinary work.
    set_visibility(server, "all")
    manager.sync()  # the client arrives
    manager.crm.interactions.log(channel="note", company_id=client, subject="можно")
    assert manager.sync().denied == 0
