"""Talking to the server: one function call per batch, with errors turned into one clear
sentence each. Tests inject faults before or after the server commits."""

from __future__ import annotations

import json
from typing import Any

import psycopg

from crm_desktop.domain.errors import CrmError
from crm_desktop.sync import PROTOCOL_VERSION, SERVER_SCHEMA_VERSION


class SyncError(CrmError):
    """A sync that failed; both databases are unchanged by the failed step."""


class OfflineError(SyncError):
    pass


class AuthError(SyncError):
    pass


class VersionError(SyncError):
    pass


class InjectedFault(OfflineError):
    pass


def explain(exc: Exception, url: str) -> SyncError:
    text = str(exc)
    host = url.split("@")[-1].split("/")[0] if "@" in url else url
    if "crm-sync:" in text:
        return VersionError(text[text.index("crm-sync:") + 10:].splitlines()[0])
    if "password authentication failed" in text or "no password supplied" in text:
        return AuthError(f"the server at {host} refused the user name or password")
    if "SSL" in text or "certificate" in text:
        return SyncError(f"the secure connection to {host} failed (TLS): "
                         f"{text.splitlines()[0]}")
    if "does not exist" in text and "function" in text:
        return VersionError(f"the server at {host} is not set up for crm-desktop "
                            "(run 'crm-desktop server init')")
    if isinstance(exc, psycopg.OperationalError):
        return OfflineError(f"the server at {host} cannot be reached; working offline")
    return SyncError(f"the server at {host} answered with an error: {text.splitlines()[0]}")


class Transport:
    """A connection for the length of one sync. `fault` = ("push"|"pull", "before"|"after")
    makes the next such call fail at that point (tests)."""

    def __init__(self, url: str, connect_timeout: int = 5) -> None:
        self.url = url
        self.connect_timeout = connect_timeout
        self.conn: psycopg.Connection | None = None
        self.fault: tuple[str, str] | None = None
        self.calls = 0

    def __enter__(self) -> Transport:
        try:
            self.conn = psycopg.connect(self.url, connect_timeout=self.connect_timeout,
                                        autocommit=True)
        except psycopg.Error as exc:
            raise explain(exc, self.url) from exc
        return self

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _call(self, what: str, sql: str, params: tuple) -> list[Any]:
        assert self.conn is not None
        self.calls += 1
        if self.fault == (what, "before"):
            self.fault = None
            raise InjectedFault(f"connection lost before the server {what}ed")
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except psycopg.Error as exc:
            raise explain(exc, self.url) from exc
        if self.fault == (what, "after"):
            self.fault = None
            raise InjectedFault(f"connection lost after the server {what}ed")
        return rows

    def push(self, device: str, last_outbox: int, changes: list[dict], user: str) -> dict:
        rows = self._call("push", "SELECT crm_push(%s, %s, %s, %s, %s::jsonb, %s)",
                          (device, PROTOCOL_VERSION, SERVER_SCHEMA_VERSION, last_outbox,
                           json.dumps(changes, ensure_ascii=False, default=str), user))
        return rows[0][0]

    def pull(self, device: str, cursor: int, limit: int) -> list[tuple]:
        return self._call("pull", "SELECT * FROM crm_pull(%s, %s, %s, %s, %s)",
                          (device, PROTOCOL_VERSION, SERVER_SCHEMA_VERSION, cursor, limit))

    def snapshot(self, after: tuple[str, str], limit: int) -> list[tuple]:
        return self._call("snapshot", "SELECT * FROM crm_snapshot(%s, %s, %s, %s, %s)",
                          (PROTOCOL_VERSION, SERVER_SCHEMA_VERSION, after[0], after[1], limit))
