"""Talking to the server: one function call per batch, every call bounded by connect,
statement and lock timeouts, and errors turned into one clear sentence each (never with the
password in it). Tests inject faults before or after the server commits."""

from __future__ import annotations

from typing import Any

import psycopg

from crm_desktop.sync import PROTOCOL_VERSION
from crm_desktop.sync.errors import (  # re-exported: callers know them from here
    AuthError,
    ConfigError,
    InjectedFault,
    OfflineError,
    ResnapshotNeeded,
    ServerChanged,
    SyncError,
    VersionError,
)
from crm_desktop.sync.tables import fingerprint

__all__ = ["AuthError", "ConfigError", "InjectedFault", "OfflineError", "ResnapshotNeeded",
           "ServerChanged", "SyncError", "Transport", "VersionError", "connect", "explain",
           "where"]

CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_S = 60
LOCK_TIMEOUT_S = 15


def where(url: str) -> str:
    """host:port/database of a URL, for messages: never the user's password (which may hold
    '/' or '@' itself: the host is what follows the last '@' before the query)."""
    _, sep, tail = (url or "").partition("://")
    if not sep:
        return "the configured server"
    host, slash, path = tail.split("?", 1)[0].split("#", 1)[0].rpartition("@")[2].partition("/")
    return (host or "localhost") + (slash + path if slash else "")


def explain(exc: Exception, url: str) -> SyncError:
    text = str(exc)
    host = where(url)
    if "crm-sync-denied:" in text:
        return AuthError(text[text.index("crm-sync-denied:") + 17:].splitlines()[0])
    if "crm-sync-resnapshot" in text:
        return ResnapshotNeeded("the server no longer keeps the changes since this computer's "
                                "last sync; taking a fresh copy")
    if "crm-sync: another server" in text:
        return ServerChanged(f"{host} is not the server this file last synced with")
    if "crm-sync:" in text:
        return VersionError(text[text.index("crm-sync:") + 10:].splitlines()[0])
    if "is not permitted to log in" in text:
        return AuthError(f"this login is disabled on {host}: ask the office's owner")
    if getattr(exc, "sqlstate", None) in ("28P01", "28000") \
            or "password authentication failed" in text or "no password supplied" in text:
        return AuthError(f"the server at {host} refused the user name or password")
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return AuthError(f"the login may not do this on {host}: {text.splitlines()[0]}")
    if isinstance(exc, psycopg.errors.QueryCanceled | psycopg.errors.LockNotAvailable):
        return OfflineError(f"the server at {host} did not answer in time (busy or stuck); "
                            "nothing was changed, the next sync retries")
    if "sslmode" in text and "invalid" in text:
        return ConfigError("the secure-connection setting is not valid (use disable, prefer, "
                           "require or verify-full)")
    if any(sign in text for sign in ("percent-encoded", "connection info string",
                                     "invalid connection option", "invalid URI",
                                     "invalid integer value")):
        return ConfigError("the server address is not valid: check the host, port, database "
                           "and user (a % in a password must be written %25)")
    if "SSL" in text or "certificate" in text:
        return SyncError(f"the secure connection to {host} failed: the server does not "
                         "offer or accept it")
    if "does not exist" in text and ("function" in text or "schema" in text):
        return VersionError(f"the server at {host} is not set up for this version of "
                            "crm-desktop (run 'crm-desktop server init')")
    if isinstance(exc, psycopg.OperationalError):
        return OfflineError(f"the server at {host} cannot be reached; working offline")
    if isinstance(exc, psycopg.ProgrammingError) and "conninfo" in text.lower():
        return SyncError("the server address is not valid")
    return SyncError(f"the server at {host} answered with an error: "
                     f"{_redact(text.splitlines()[0] if text else type(exc).__name__, url)}")


def _redact(text: str, url: str) -> str:
    _, sep, tail = (url or "").partition("://")
    credentials = tail.split("?", 1)[0].rpartition("@")[0] if sep else ""
    password = credentials.partition(":")[2]
    if password:
        text = text.replace(password, "***")
    return text


def connect(url: str, statement_timeout_s: int = STATEMENT_TIMEOUT_S,
            autocommit: bool = True) -> psycopg.Connection:
    # Times travel in UTC, so a laptop reads them without parsing zones (sync.tables).
    options = (f"-c timezone=UTC -c statement_timeout={statement_timeout_s * 1000} "
               f"-c lock_timeout={LOCK_TIMEOUT_S * 1000} "
               f"-c idle_in_transaction_session_timeout={statement_timeout_s * 2000}")
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, autocommit=autocommit,
                               options=options, application_name="crm-desktop")
    except Exception as exc:  # noqa: BLE001 - a bad URL raises several kinds; all explained
        raise explain(exc, url) from None


class Transport:
    """A connection for the length of one sync. `fault` = ("push"|"pull", "before"|"after")
    makes the next such call fail at that point (tests)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn: psycopg.Connection | None = None
        self.fault: tuple[str, str] | None = None
        self.server_id: str | None = None
        self.calls = 0

    def __enter__(self) -> Transport:
        self.conn = connect(self.url)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _call(self, what: str, query: str, params: tuple[Any, ...]) -> Any:
        assert self.conn is not None
        self.calls += 1
        if self.fault == (what, "before"):
            self.fault = None
            raise InjectedFault(f"connection lost before the server {what}ed")
        try:
            row = self.conn.execute(query, params).fetchone()
        except psycopg.Error as exc:
            raise explain(exc, self.url) from None
        if self.fault == (what, "after"):
            self.fault = None
            raise InjectedFault(f"connection lost after the server {what}ed")
        assert row is not None  # SELECT of one function: always one row
        return row[0]

    def hello(self) -> dict[str, Any]:
        answer: dict[str, Any] = self._call("hello", "SELECT crm_sync.hello(%s, %s)",
                                            (PROTOCOL_VERSION, fingerprint()))
        return answer

    def push(self, device: str, token: str | None, last: int, digest: str,
             rows: str) -> dict[str, Any]:
        """rows: the batch as JSON text, {"companies": [{"id", "v", "f", "b", "cv", "s"}]}."""
        answer: dict[str, Any] = self._call(
            "push", "SELECT crm_sync.push(%s, %s, %s, %s, %s, %s, %s, %s::jsonb)",
            (PROTOCOL_VERSION, fingerprint(), self.server_id, device, token, last, digest,
             rows))
        return answer

    def pull(self, device: str, token: str | None, cursor: int, limit: int) -> dict[str, Any]:
        answer: dict[str, Any] = self._call(
            "pull", "SELECT crm_sync.pull(%s, %s, %s, %s, %s, %s, %s)",
            (PROTOCOL_VERSION, fingerprint(), self.server_id, device, token, cursor, limit))
        return answer

    # -- a consistent snapshot: one REPEATABLE READ transaction across many pages -----------
    def begin_snapshot(self) -> int:
        assert self.conn is not None
        try:
            self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        except psycopg.Error as exc:
            raise explain(exc, self.url) from None
        position: int = self._call("snapshot", "SELECT crm_sync.position(%s, %s, %s)",
                                   (PROTOCOL_VERSION, fingerprint(), self.server_id))
        return position

    def snapshot(self, table: str, after: str, limit: int) -> list[Any]:
        page: list[Any] = self._call(
            "snapshot", "SELECT crm_sync.snapshot(%s, %s, %s, %s, %s, %s)",
            (PROTOCOL_VERSION, fingerprint(), self.server_id, table, after, limit))
        return page

    def end_snapshot(self) -> None:
        assert self.conn is not None
        try:
            self.conn.execute("COMMIT")
        except psycopg.Error as exc:
            raise explain(exc, self.url) from None
