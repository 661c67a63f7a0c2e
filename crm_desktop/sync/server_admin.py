"""Setting up and inspecting the server: init (safe to repeat), users, status."""

from __future__ import annotations

import re
from dataclasses import dataclass

import psycopg

from crm_desktop.domain.text import transliterate
from crm_desktop.sync.server_schema import ROLE_SQL, SCHEMA_SQL
from crm_desktop.sync.transport import explain


@dataclass
class ServerStatus:
    schema_version: str
    protocol: str
    feed_length: int
    devices: list[tuple[str, str, str]]  # device, user, last seen
    users: list[str]


def _connect(url: str) -> psycopg.Connection:
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=5)
    except psycopg.Error as exc:
        raise explain(exc, url) from exc


def init_server(url: str) -> None:
    with _connect(url) as conn, conn.transaction():
        conn.execute(SCHEMA_SQL)
        conn.execute(ROLE_SQL)


def add_user(url: str, name: str, role: str, password: str | None = None) -> str:
    """A login role that may only call the sync functions (no table rights)."""
    login = re.sub(r"[^a-z0-9_]+", "_", transliterate(name)).strip("_") or "user"
    with _connect(url) as conn, conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
        if not exists:
            conn.execute(psycopg.sql.SQL("CREATE ROLE {} LOGIN IN ROLE crm_sync_client")
                         .format(psycopg.sql.Identifier(login)))
        if password:
            conn.execute(psycopg.sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                psycopg.sql.Identifier(login), psycopg.sql.Literal(password)))
        conn.execute(psycopg.sql.SQL("COMMENT ON ROLE {} IS {}").format(
            psycopg.sql.Identifier(login), psycopg.sql.Literal(f"crm-desktop {role}: {name}")))
    return login


def status(url: str) -> ServerStatus:
    with _connect(url) as conn:
        meta = dict(conn.execute("SELECT key, value FROM sync_meta").fetchall())
        feed = conn.execute("SELECT last_seq FROM sync_counter").fetchone()[0]
        devices = [(d, u or "", str(s)) for d, u, s in conn.execute(
            "SELECT device, user_name, last_seen FROM sync_devices ORDER BY last_seen DESC")]
        users = [r[0] for r in conn.execute(
            "SELECT r.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE g.rolname = 'crm_sync_client' "
            "ORDER BY 1")]
    return ServerStatus(meta.get("schema_version", "?"), meta.get("protocol", "?"), feed,
                        devices, users)
