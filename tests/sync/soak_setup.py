"""Fresh servers and laptop files for the sync state machine, made fast enough for a soak of
thousands of schedules (bench/sync_soak.py), and holding the same as the slow way.

Servers. `server init` runs once, into a template database. A schedule's database is a
`CREATE DATABASE ... TEMPLATE` copy of it, given what its own `server init` would have given
it and a copy cannot inherit: a server identity of its own, and its own client role with its
grants (the database's ACL is not copied, and the role is named after the database); the
template's role is dropped with its grants first, so a copy grants nothing to a foreign role.

A database a schedule is done with is emptied and used again, because PostgreSQL 15's DROP
DATABASE forces a checkpoint: 1-5 s on this shared machine, more than a whole schedule. The
reset empties every table with triggers off, puts back the rows a new server starts with,
restarts the sequences and gives a new server identity; then it is checked: a digest of
every row of every table (the identity aside) and of the catalog (relations, columns,
constraints, functions, triggers, policies, grants, sequences, members of the client role,
prepared transactions) must equal the one taken when the database was new. A database that
differs is dropped and another made, so no schedule starts on a used server.
test_sync_state_machine compares a copy and a reused database with a freshly initialised
server through pg_dump.

Laptop files. A new file starts as a copy of one file migrated from scratch, as
tests/conftest.py does for pytest (the migrations take ~0.7 s per file).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import psycopg

from crm_desktop.storage import database
from crm_desktop.sync import PROTOCOL_VERSION
from crm_desktop.sync.server_admin import init_server
from crm_desktop.sync.server_schema import security_sql
from crm_desktop.sync.tables import fingerprint
from crm_desktop.sync.transport import connect
from tests.conftest import PG_URL
from tests.sync.conftest import database_url

USER_SCHEMAS = ("n.nspname NOT IN ('pg_catalog', 'information_schema') "
                "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'")
TABLES = ("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n "
          f"ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND {USER_SCHEMAS} "
          "ORDER BY 1")
SEQUENCES = ("SELECT format('%I.%I', schemaname, sequencename) FROM pg_sequences s "
             "JOIN pg_namespace n ON n.nspname = s.schemaname "
             f"WHERE {USER_SCHEMAS} ORDER BY 1")
CATALOG = f"""
SELECT md5(string_agg(line, E'\\n' ORDER BY line)) FROM (
  SELECT format('rel %s %s %s %s %s', c.oid::regclass, c.relkind, c.relacl, c.relrowsecurity,
                c.relforcerowsecurity)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {USER_SCHEMAS}
  UNION ALL SELECT format('att %s %s %s %s %s %s', a.attrelid::regclass, a.attname,
                          format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attisdropped,
                          pg_get_expr(d.adbin, d.adrelid))
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attnum > 0 AND {USER_SCHEMAS}
  UNION ALL SELECT format('con %s %s %s', c.conrelid::regclass, c.conname,
                          pg_get_constraintdef(c.oid))
  FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE {USER_SCHEMAS}
  UNION ALL SELECT format('fn %s %s %s %s %s', p.oid::regprocedure, md5(p.prosrc), p.proacl,
                          p.prosecdef, p.proconfig)
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE {USER_SCHEMAS}
  UNION ALL SELECT format('trg %s %s %s %s', t.tgrelid::regclass, t.tgname, t.tgenabled,
                          t.tgfoid::regprocedure)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {USER_SCHEMAS}
  UNION ALL SELECT format('pol %s %s %s %s %s', polrelid::regclass, polname, polcmd,
                          pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid))
  FROM pg_policy
  UNION ALL SELECT format('nsp %s %s', n.nspname, n.nspacl) FROM pg_namespace n
  WHERE {USER_SCHEMAS}
  UNION ALL SELECT format('defacl %s %s %s', defaclrole, defaclnamespace, defaclacl)
  FROM pg_default_acl
  UNION ALL SELECT format('db %s %s', datacl, datdba) FROM pg_database
  WHERE datname = current_database()
  UNION ALL SELECT format('dbset %s', setconfig) FROM pg_db_role_setting
  WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL SELECT format('member %s', member::regrole) FROM pg_auth_members
  WHERE roleid = (SELECT oid FROM pg_roles WHERE rolname = crm_sync.client_role())
  UNION ALL SELECT format('seq %s %s %s', s.schemaname, s.sequencename, s.last_value)
  FROM pg_sequences s JOIN pg_namespace n ON n.nspname = s.schemaname WHERE {USER_SCHEMAS}
  UNION ALL SELECT format('prepared %s', gid) FROM pg_prepared_xacts
  WHERE database = current_database()
  UNION ALL SELECT format('ext %s %s', extname, extversion) FROM pg_extension
  UNION ALL SELECT format('lo %s', count(*)) FROM pg_largeobject_metadata
) lines(line)
"""
# This server runs without autovacuum: the rows a reset deletes, and the catalog rows of the
# temporary tables every sync's push and pull make, would pile up (a database grew 73 MB in
# 340 schedules, 250,000 dead rows in pg_attribute), so every so many resets it is vacuumed.
VACUUM_EVERY = 20


def _admin(statement: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        cursor = conn.execute(statement, params or None)  # None: a '%' is no placeholder
        return cursor.fetchall() if cursor.description else []


def _scalar(conn: psycopg.Connection, query: str, params: tuple[object, ...] = ()) -> object:
    row = conn.execute(query, params or None).fetchone()
    assert row is not None
    return row[0]


class ServerDatabases:
    """Databases named `{prefix}_{n}`, each an initialised sync server: new ones, or used
    ones reset to exactly what they held when new."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.template: str | None = None
        self.made = 0
        self.roles: dict[str, str] = {}  # database -> its client role
        self.digests: dict[str, str] = {}  # database -> digest of all it held when new
        self.seeds: dict[str, list[tuple[str, str]]] = {}  # database -> (table, rows) when new
        self.free: list[str] = []
        self.resets: dict[str, int] = {}
        self.reused = 0
        self.discarded = 0  # used databases whose reset did not give the new state back

    def create(self) -> str:
        """A database with an initialised server in it, that no schedule used since the
        reset; returns its URL."""
        if self.free:
            self.reused += 1
            return database_url(self.free.pop())
        if self.template is None:
            self.template = self._make_template()
        name = f"{self.prefix}_{self.made}"
        self.made += 1
        _admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        with connect(database_url(name)) as conn:
            with conn.transaction():
                _new_identity(conn)
                conn.execute(security_sql())
                self.roles[name] = str(_scalar(conn, "SELECT crm_sync.client_role()"))
            self.seeds[name] = [
                (table, str(rows)) for table in _column(conn, TABLES)
                if (rows := _scalar(conn, f"SELECT json_agg(t)::text FROM {table} t")) is not None]
            self.digests[name] = _digest(conn)
        return database_url(name)

    def retire(self, url: str) -> None:
        """Done with: reset for the next schedule, or dropped if the reset falls short."""
        name = url.rpartition("/")[2]
        try:
            clean = self._reset(name) == self.digests[name]
        except psycopg.Error as exc:
            print(f"soak_setup: resetting {name} failed: {exc}", file=sys.stderr)
            clean = False
        if clean:
            self.free.append(name)
            return
        self.discarded += 1
        print(f"soak_setup: {name} did not reset to its new state; dropped", file=sys.stderr)
        self._drop(name)

    def close(self) -> None:
        """Drops every database and role made here, the template last."""
        for name in list(self.roles):
            self._drop(name)
        self.free.clear()
        if self.template is not None:
            _admin(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
            self.template = None

    def drop_leftovers(self) -> int:
        """Databases and roles of this prefix left by a run that was killed."""
        names = [str(r[0]) for r in _admin(
            "SELECT datname FROM pg_database WHERE starts_with(datname, %s)",
            (self.prefix + "_",))]
        for name in names:
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for (role,) in _admin("SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)",
                              ("crm_client_" + self.prefix + "_",)):
            _admin(f'DROP ROLE IF EXISTS "{role}"')
        return len(names)

    def _reset(self, name: str) -> str:
        """Empties the database back to its new state; returns its digest."""
        _admin("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
               "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
        with connect(database_url(name)) as conn:
            with conn.transaction():
                conn.execute("SET LOCAL session_replication_role = replica")  # no triggers
                tables = _column(conn, TABLES)
                conn.execute("; ".join(f"DELETE FROM {table}" for table in tables))
                for table, rows in self.seeds[name]:
                    conn.execute(f"INSERT INTO {table} SELECT * FROM "
                                 f"json_populate_recordset(NULL::{table}, %s::json)", (rows,))
                for sequence in _column(conn, SEQUENCES):
                    conn.execute(f"ALTER SEQUENCE {sequence} RESTART")
                _new_identity(conn)
            self.resets[name] = self.resets.get(name, 0) + 1
            if self.resets[name] % VACUUM_EVERY == 0:
                conn.execute("VACUUM")  # space only: what the database holds is the same
            return _digest(conn)

    def _drop(self, name: str) -> None:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.roles:
            _admin(f'DROP ROLE IF EXISTS "{self.roles.pop(name)}"')
        if name in self.free:
            self.free.remove(name)

    def _make_template(self) -> str:
        name = f"{self.prefix}_tmpl"
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        _admin(f'CREATE DATABASE "{name}"')
        try:
            init_server(database_url(name))
            with connect(database_url(name)) as conn:
                role = str(_scalar(conn, "SELECT crm_sync.client_role()"))
                conn.execute(f'DROP OWNED BY "{role}"')  # its grants here and on the database
            _admin(f'DROP ROLE "{role}"')
            with connect(database_url(name)) as conn:  # copies start without init's dead rows
                conn.execute("VACUUM")
        except BaseException:
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            raise
        atexit.register(self.close)
        return name


def _new_identity(conn: psycopg.Connection) -> None:
    conn.execute("UPDATE crm_sync.meta SET value = gen_random_uuid()::text "
                 "WHERE key = 'server_id'")


def _column(conn: psycopg.Connection, query: str) -> list[str]:
    return [str(row[0]) for row in conn.execute(query)]


def _digest(conn: psycopg.Connection) -> str:
    """Every row of every table (the server's identity aside) and the catalog."""
    tables = _column(conn, TABLES)
    rows = " UNION ALL ".join(
        f"SELECT {i}, (SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
        f" FROM {table} t{' WHERE t.key <> $$server_id$$' if table == 'crm_sync.meta' else ''})"
        for i, table in enumerate(tables))
    digests = [str(row[1]) for row in conn.execute(f"SELECT * FROM ({rows}) d ORDER BY 1")]
    return "|".join([*tables, *digests, str(_scalar(conn, CATALOG))])


def server_identity(url: str) -> str:
    """The server's identity as laptops learn it (hello)."""
    with connect(url) as conn:
        answer = _scalar(conn, "SELECT crm_sync.hello(%s, %s)", (PROTOCOL_VERSION, fingerprint()))
    assert isinstance(answer, dict)
    return str(answer["server_id"])


def server_dump(url: str) -> tuple[str, list[str]]:
    """What a server database holds, to compare two: its schema with grants, exactly, and
    its rows, sorted (an updated row moves in the heap). The database's name (its client
    role is named after it) and the server's identity are replaced by placeholders."""
    name = url.rpartition("/")[2]
    with connect(url) as conn:
        server_id = str(_scalar(conn, "SELECT value FROM crm_sync.meta WHERE key = 'server_id'"))

    def dump(*options: str) -> str:
        pg_dump = shutil.which("pg_dump")
        assert pg_dump is not None
        text = subprocess.run([pg_dump, *options, "--dbname", url], check=True,
                              capture_output=True, text=True).stdout
        lines = [line for line in text.splitlines()  # a random key per dump (15.14+)
                 if not line.startswith(("\\restrict", "\\unrestrict"))]
        return "\n".join(lines).replace(name, "<database>").replace(server_id, "<server>")

    return dump("--schema-only", "--create"), sorted(dump("--data-only").splitlines())


def new_files_from_template(folder: Path) -> Callable[[], None]:
    """From now on, a database file that does not exist yet starts as a copy of one file
    migrated from scratch (the real migrations, once); returns the undo. The same as the
    autouse fixture of tests/conftest.py, for runs outside pytest. CRM_TEST_MIGRATE_EACH=1
    migrates every file as before."""
    real = database.upgrade
    if os.environ.get("CRM_TEST_MIGRATE_EACH") == "1":
        return lambda: None
    template = folder / "template.db"
    database.Database(template).close()
    for side in database.SIDE_FILES:
        assert not Path(str(template) + side).exists()  # closed: one self-contained file

    def upgrade(path: Path) -> Path | None:
        database.check_location(path)
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            database.create_private(path)  # 0600 in a 0700 folder, as for a real new file
            with template.open("rb") as source, path.open("r+b") as target:
                shutil.copyfileobj(source, target)
        return real(path)

    database.upgrade = upgrade  # type: ignore[assignment]

    def undo() -> None:
        database.upgrade = real  # type: ignore[assignment]

    return undo
