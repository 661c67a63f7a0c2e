"""Setting up and inspecting the server: init (safe to repeat; upgrades an older server in
place, in one transaction, data included; refuses a newer one), users, status."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import psycopg

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.text import transliterate
from crm_desktop.sync import SERVER_SCHEMA_VERSION
from crm_desktop.sync.server_schema import LEGACY_STUBS, schema_sql, security_sql
from crm_desktop.sync.tables import tables
from crm_desktop.sync.transport import VersionError, connect, explain


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


def _scalar(conn: psycopg.Connection, query: str, params: tuple[Any, ...] = ()) -> Any:
    """The value of a query that always returns one row (a count, a function's answer)."""
    row = conn.execute(query, params).fetchone()
    assert row is not None  # aggregates and function calls answer with exactly one row
    return row[0]


def _server_version(conn: psycopg.Connection) -> int:
    row = conn.execute(
        "SELECT to_regclass('crm_sync.meta'), to_regclass('public.sync_fields')").fetchone()
    assert row is not None  # a SELECT without FROM answers with one row
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
MIN_PASSWORD = 8


class OfficeRefused(CrmError):
    """The server refused an office change (role, reach, a missing login, no CREATEROLE)."""


def login_name(name: str) -> str:
    """The login a person's name suggests: small Latin letters, digits and _."""
    login = re.sub(r"[^a-z0-9_]+", "_", transliterate(name).lower()).strip("_")[:50] or "user"
    return login if not login[0].isdigit() else f"u_{login}"[:50]


_login_name = login_name  # the name it had before


def generate_password() -> str:
    """A password to show once: 16 characters from letters and digits."""
    import secrets
    import string

    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(16))


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", f"at least {MIN_PASSWORD} characters")
    if any(ord(c) < 32 for c in password):
        raise ValidationError("password", "no control characters (line breaks, tabs)")
    return password


def _verifier(conn: psycopg.Connection, password: str | None) -> str | None:
    """The password as a SCRAM verifier, made here: the server never sees it in clear."""
    if password is None:
        return None
    check_password(password)
    return conn.pgconn.encrypt_password(password.encode(), b"", b"scram-sha-256").decode()


def office_call(conn: psycopg.Connection, url: str, query: str,
                params: tuple[Any, ...] = ()) -> Any:
    """One office function; its refusals as OfficeRefused, anything else explained."""
    try:
        return _scalar(conn, query, params)
    except psycopg.Error as exc:
        text = str(exc)
        if "crm-office:" in text:
            raise OfficeRefused(text[text.index("crm-office:") + 12:].splitlines()[0]) \
                from None
        raise explain(exc, url) from None


def office_add_user(conn: psycopg.Connection, url: str, name: str, role: str,
                    password: str | None = None, head: str | None = None,
                    user_id: str | None = None, login: str | None = None) -> str:
    if role not in ROLES:
        raise ValidationError("role", f"one of {', '.join(ROLES)}")
    return str(office_call(conn, url, "SELECT crm_sync.office_add_user(%s, %s, %s, %s, %s, %s)",
                           (login or login_name(name), name.strip(), role, head,
                            _verifier(conn, password), user_id)))


def office_set_role(conn: psycopg.Connection, url: str, login: str, role: str,
                    head: str | None = None) -> None:
    if role not in ROLES:
        raise ValidationError("role", f"one of {', '.join(ROLES)}")
    office_call(conn, url, "SELECT crm_sync.office_set_role(%s, %s, %s)::text",
                (login, role, head))


def office_set_disabled(conn: psycopg.Connection, url: str, login: str,
                        disabled: bool = True) -> None:
    office_call(conn, url, "SELECT crm_sync.office_set_disabled(%s, %s)::text",
                (login, disabled))


def office_reset_password(conn: psycopg.Connection, url: str, login: str,
                          password: str) -> None:
    office_call(conn, url, "SELECT crm_sync.office_reset_password(%s, %s)::text",
                (login, _verifier(conn, password)))


def add_user(url: str, name: str, role: str, password: str | None = None,
             head_login: str | None = None) -> str:
    """A login of this database that may only call the sync functions, bound to a CRM user
    (made here, so it reaches every laptop) with a role. Returns the login's name (the name
    turned into Latin letters; the next free one if a role of that name exists)."""
    with connect(url) as conn, conn.transaction():
        return office_add_user(conn, url, name, role, password, head_login)


def set_role(url: str, login: str, role: str, head_login: str | None = None) -> None:
    with connect(url) as conn, conn.transaction():
        office_set_role(conn, url, login, role, head_login)


def disable_user(url: str, login: str, disabled: bool = True) -> None:
    """The login can no longer sync (nor connect); its records stay."""
    with connect(url) as conn, conn.transaction():
        office_set_disabled(conn, url, login, disabled)


def reset_password(url: str, login: str, password: str) -> None:
    with connect(url) as conn, conn.transaction():
        office_reset_password(conn, url, login, password)


def set_visibility(url: str, mode: str) -> None:
    """'all': everyone reads every client (the default); 'own': a manager reads only the
    clients they are responsible for, a head their team's. Laptops follow at their next
    sync (rows come in or leave; nothing is deleted). The owner's login only."""
    if mode not in ("all", "own"):
        raise ValidationError("visibility", "'all' or 'own'")
    with connect(url) as conn, conn.transaction():
        try:
            conn.execute("SELECT crm_sync.set_visibility(%s)", (mode,))
        except psycopg.Error as exc:
            raise explain(exc, url) from None


def status(url: str) -> ServerStatus:
    with connect(url) as conn:
        if _server_version(conn) < 2:
            raise VersionError("the server is not set up for this version of crm-desktop "
                               "(run 'crm-desktop server init')")
        meta: dict[str, str] = dict(
            conn.execute("SELECT key, value FROM crm_sync.meta").fetchall())
        position = _scalar(conn, "SELECT last_seq FROM crm_sync.counter")
        devices = [(d, u or "", str(s)) for d, u, s in conn.execute(
            "SELECT device, login, last_seen FROM crm_sync.devices "
            "ORDER BY last_seen DESC NULLS LAST")]
        users = [f"{login} ({role}{', disabled' if disabled else ''})"
                 for login, role, disabled in conn.execute(
                     "SELECT login, role, disabled FROM crm_sync.logins ORDER BY 1")]
        rows = sum(_scalar(conn, f"SELECT count(*) FROM crm.{t.name}")
                   for t in tables())
        unconverted = _scalar(conn, "SELECT count(*) FROM crm_sync.unconverted")
    return ServerStatus(meta.get("schema_version", "?"), meta.get("protocol", "?"), position,
                        devices, users, rows, unconverted)


def compact(url: str, days: int = 90) -> int:
    """Drops deletion records and resolved conflicts older than `days`; returns the new
    floor (laptops with an older cursor take a fresh copy)."""
    if days < 1:
        raise VersionError("keep at least one day")
    with connect(url) as conn, conn.transaction():
        return int(_scalar(conn, "SELECT crm_sync.compact(%s)", (days,)))
