"""Setting up and inspecting the server: init (safe to repeat; upgrades an older server in
place, in one transaction, data included; refuses a newer one), users, status."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import psycopg
from psycopg import sql

from crm_desktop.domain.text import transliterate
from crm_desktop.sync import SERVER_SCHEMA_VERSION
from crm_desktop.sync.server_schema import LEGACY_STUBS, schema_sql, security_sql
from crm_desktop.sync.tables import tables
from crm_desktop.sync.transport import VersionError, connect


@dataclass
class ServerStatus:
    schema_version: str
    protocol: str
    position: int
    devices: list[tuple[str, str, str]]  # device, login, last seen
    users: list[str]
    rows: int = 0
    unconverted: int = 0


@dataclass
class InitReport:
    previous: int  # 0: a new server
    converted: int = 0
    unconverted: int = 0


def _server_version(conn: psycopg.Connection) -> int:
    row = conn.execute(
        "SELECT to_regclass('crm_sync.meta'), to_regclass('public.sync_fields')").fetchone()
    if row[0] is not None:
        value = conn.execute(
            "SELECT value FROM crm_sync.meta WHERE key = 'schema_version'").fetchone()
        return int(value[0]) if value else 0
    return 1 if row[1] is not None else 0


def init_server(url: str) -> InitReport:
    with connect(url, statement_timeout_s=600) as conn, conn.transaction():
        # Two inits at once would interleave their DDL: the second waits for the first.
        conn.execute("SELECT pg_advisory_xact_lock(7031966)")
        previous = _server_version(conn)
        if previous > SERVER_SCHEMA_VERSION:
            raise VersionError(
                f"the server's schema is version {previous}, newer than this program's "
                f"{SERVER_SCHEMA_VERSION}: update crm-desktop before running server init")
        conn.execute("SET LOCAL crm_sync.applying = 'on'")
        conn.execute("SET LOCAL check_function_bodies = off")  # functions name later tables
        conn.execute(schema_sql())
        report = InitReport(previous)
        if previous == 1:
            _convert_version_1(conn, report)
        conn.execute(security_sql())
    return report


def _convert_version_1(conn: psycopg.Connection, report: InitReport) -> None:
    """The first sync version kept every field as a generic key/value row: each becomes a row
    of its typed table, with its field versions. A row that cannot be typed (it breaks a
    constraint, or refers to a missing record) is kept in crm_sync.unconverted, not dropped."""
    for t in tables():
        columns = ", ".join(t.names)
        # The old layout may lack a field altogether: the column's default fills it.
        values = ", ".join(f"coalesce((r.nv).{c.name}, {c.default_sql})" if c.default_sql
                           else f"(r.nv).{c.name}" for c in t.columns)
        rows = conn.execute(
            "SELECT row_id, jsonb_object_agg(field, value) || jsonb_build_object('id', row_id),"
            " max(seq), jsonb_object_agg(field, seq || '|' || stamp) "
            "FROM public.sync_fields WHERE tbl = %s GROUP BY row_id ORDER BY row_id",
            (t.name,)).fetchall()
        insert = (f"INSERT INTO crm.{t.name} ({columns}, sync_seq, sync_created, sync_changes) "
                  f"SELECT {values}, x.seq, '0|', x.changes FROM jsonb_to_recordset(%s) "
                  f"AS x(v jsonb, seq bigint, changes jsonb) CROSS JOIN LATERAL (SELECT "
                  f"jsonb_populate_record(NULL::crm.{t.name}, x.v) AS nv) r "
                  f"ON CONFLICT (id) DO NOTHING")
        payload = [{"v": v, "seq": seq, "changes": ch} for _, v, seq, ch in rows]
        try:
            with conn.transaction():
                conn.execute(insert, (json.dumps(payload),))
            report.converted += len(payload)
            continue
        except psycopg.Error:
            pass
        pending = list(zip(rows, payload, strict=True))
        while pending:  # one row at a time, in passes (a row may wait for one later in order)
            left, reasons = [], {}
            for row, item in pending:
                try:
                    with conn.transaction():
                        conn.execute(insert, (json.dumps([item]),))
                    report.converted += 1
                except psycopg.Error as exc:
                    left.append((row, item))
                    reasons[row[0]] = str(exc).splitlines()[0]
            if len(left) == len(pending):
                for row, item in left:
                    conn.execute("INSERT INTO crm_sync.unconverted VALUES (%s, %s, %s, %s) "
                                 "ON CONFLICT DO NOTHING",
                                 (t.name, row[0], json.dumps(item["v"]), reasons[row[0]]))
                    report.unconverted += 1
                break
            pending = left
    conn.execute(
        "INSERT INTO crm_sync.conflicts(id, seq, kind, tbl, row_id, field, kept_value, "
        "lost_value, kept_stamp, lost_stamp) SELECT 'v1-' || seq, seq, 'conflict', tbl, row_id, "
        "field, value, lost_value, stamp, lost_stamp FROM public.sync_feed "
        "WHERE kind = 'conflict' ON CONFLICT DO NOTHING")
    conn.execute(
        "INSERT INTO crm_sync.devices(device, login, last_outbox, last_seen) SELECT device, "
        "coalesce(user_name, ''), last_outbox, last_seen FROM public.sync_devices "
        "ON CONFLICT DO NOTHING")
    conn.execute("UPDATE crm_sync.counter SET last_seq = greatest(last_seq, "
                 "(SELECT last_seq FROM public.sync_counter))")
    for statement in (
            "DROP FUNCTION IF EXISTS public.crm_push(text, int, int, bigint, jsonb, text)",
            "DROP FUNCTION IF EXISTS public.crm_pull(text, int, int, bigint, int)",
            "DROP FUNCTION IF EXISTS public.crm_snapshot(int, int, text, text, int)",
            "DROP FUNCTION IF EXISTS public.crm_check_versions(int, int)",
            "DROP TABLE public.sync_fields, public.sync_feed, public.sync_devices, "
            "public.sync_counter, public.sync_meta"):
        conn.execute(statement)
    conn.execute(LEGACY_STUBS)


ROLES = ("owner", "head", "manager")


def _login_name(name: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "_", transliterate(name).lower()).strip("_")[:50] or "user"


def add_user(url: str, name: str, role: str, password: str | None = None,
             head_login: str | None = None) -> str:
    """A login of this database that may only call the sync functions, bound to a CRM user
    (made here, so it reaches every laptop) with a role. Returns the login's name."""
    if role not in ROLES:
        raise VersionError(f"the role must be one of {', '.join(ROLES)}")
    login = _login_name(name)
    with connect(url) as conn, conn.transaction():
        client_role = conn.execute("SELECT crm_sync.client_role()").fetchone()[0]
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                sql.Identifier(login), sql.Identifier(client_role)))
        if password:
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(password)))
        head = None
        if head_login:
            head = conn.execute("SELECT user_id FROM crm_sync.logins WHERE login = %s",
                                (head_login,)).fetchone()
            if head is None:
                raise VersionError(f"no login {head_login} on this server")
        user = conn.execute("SELECT user_id FROM crm_sync.logins WHERE login = %s",
                            (login,)).fetchone()
        if user is None:
            user_id = conn.execute(
                "INSERT INTO crm.users(name, role, head_id) VALUES (%s, %s, %s) RETURNING id",
                (name, role, head[0] if head else None)).fetchone()[0]
            conn.execute("INSERT INTO crm_sync.logins(login, user_id, role) VALUES (%s, %s, %s)",
                         (login, user_id, role))
        conn.execute(sql.SQL("COMMENT ON ROLE {} IS {}").format(
            sql.Identifier(login), sql.Literal(f"crm-desktop {role}: {name}")))
    return login


def set_role(url: str, login: str, role: str, head_login: str | None = None) -> None:
    if role not in ROLES:
        raise VersionError(f"the role must be one of {', '.join(ROLES)}")
    with connect(url) as conn, conn.transaction():
        found = conn.execute("UPDATE crm_sync.logins SET role = %s WHERE login = %s "
                             "RETURNING user_id", (role, login)).fetchone()
        if found is None:
            raise VersionError(f"no login {login} on this server")
        head = None
        if head_login:
            head = conn.execute("SELECT user_id FROM crm_sync.logins WHERE login = %s",
                                (head_login,)).fetchone()
        conn.execute("UPDATE crm.users SET role = %s, head_id = coalesce(%s, head_id) "
                     "WHERE id = %s", (role, head[0] if head else None, found[0]))


def disable_user(url: str, login: str) -> None:
    """The login can no longer sync (nor connect); its records stay."""
    with connect(url) as conn, conn.transaction():
        found = conn.execute("UPDATE crm_sync.logins SET disabled = true WHERE login = %s "
                             "RETURNING user_id", (login,)).fetchone()
        if found is None:
            raise VersionError(f"no login {login} on this server")
        conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)))
        conn.execute("UPDATE crm.users SET is_active = false WHERE id = %s", (found[0],))
        # Open sessions end too: a disabled person stops syncing now, not at the next start.
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE usename = %s", (login,))


def reset_password(url: str, login: str, password: str) -> None:
    with connect(url) as conn, conn.transaction():
        if conn.execute("SELECT 1 FROM crm_sync.logins WHERE login = %s", (login,)).fetchone() \
                is None:
            raise VersionError(f"no login {login} on this server")
        conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(login), sql.Literal(password)))


def status(url: str) -> ServerStatus:
    with connect(url) as conn:
        if _server_version(conn) < 2:
            raise VersionError("the server is not set up for this version of crm-desktop "
                               "(run 'crm-desktop server init')")
        meta = dict(conn.execute("SELECT key, value FROM crm_sync.meta").fetchall())
        position = conn.execute("SELECT last_seq FROM crm_sync.counter").fetchone()[0]
        devices = [(d, u or "", str(s)) for d, u, s in conn.execute(
            "SELECT device, login, last_seen FROM crm_sync.devices "
            "ORDER BY last_seen DESC NULLS LAST")]
        users = [f"{login} ({role}{', disabled' if disabled else ''})"
                 for login, role, disabled in conn.execute(
                     "SELECT login, role, disabled FROM crm_sync.logins ORDER BY 1")]
        rows = sum(conn.execute(f"SELECT count(*) FROM crm.{t.name}").fetchone()[0]
                   for t in tables())
        unconverted = conn.execute("SELECT count(*) FROM crm_sync.unconverted").fetchone()[0]
    return ServerStatus(meta.get("schema_version", "?"), meta.get("protocol", "?"), position,
                        devices, users, rows, unconverted)


def compact(url: str, days: int = 90) -> int:
    """Drops deletion records and resolved conflicts older than `days`; returns the new
    floor (laptops with an older cursor take a fresh copy)."""
    if days < 1:
        raise VersionError("keep at least one day")
    with connect(url) as conn, conn.transaction():
        return int(conn.execute("SELECT crm_sync.compact(%s)", (days,)).fetchone()[0])
