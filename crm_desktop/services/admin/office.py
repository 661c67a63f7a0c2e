"""The office from the app, without Qt: users and rights, and a record's history, read and
changed on the server with the person's own login (server functions crm_sync.office_*, which
decide from that login alone). Every call is network work: the window runs it off the GUI
thread and off the database worker.

    whoami()                     -> OfficeMe (role, login, can the server create logins)
    users()                      -> [OfficeUser]
    add_user(name, role, head, password=None, user_id=None)
                                 -> (login, password to show once or None if typed)
    set_role(login, role, head)  head: a login or user id; '' = no team; None = unchanged
    set_disabled(login, bool)
    reset_password(login, password=None) -> the password to show once (None if typed)
    history(kind_or_table, row_id, limit) -> [Change]

No server configured: NoOfficeServer. The server unreachable: OfflineError (transport).
A refusal: OfficeRefused with the server's reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from crm_desktop.domain.errors import CrmError
from crm_desktop.sync.server_admin import (
    ROLES,
    OfficeRefused,
    check_password,
    generate_password,
    office_add_user,
    office_call,
    office_reset_password,
    office_set_disabled,
    office_set_role,
)

if TYPE_CHECKING:
    from crm_desktop.services.admin.users import UserService
    from crm_desktop.services.sync.service import SyncService

__all__ = ["ROLES", "Change", "NoOfficeServer", "OfficeMe", "OfficeRefused", "OfficeService",
           "OfficeUser"]

KIND_TABLES = {"company": "companies", "contact": "contacts", "deal": "deals",
               "task": "tasks", "interaction": "interactions", "user": "users"}


class NoOfficeServer(CrmError):
    """This database syncs with no server: users and rights live on an office server."""


@dataclass(frozen=True)
class OfficeMe:
    login: str
    user_id: str | None
    role: str
    can_create_logins: bool
    functions_owner: str
    visibility: str = "all"  # the office's: 'all' clients for everyone, or each their 'own'

    @property
    def may_manage(self) -> bool:
        return self.role in ("owner", "head")


@dataclass(frozen=True)
class OfficeUser:
    login: str
    user_id: str | None
    name: str
    role: str
    head_id: str | None
    head_name: str | None
    disabled: bool
    created_at: str
    last_seen: str | None
    devices: int


@dataclass(frozen=True)
class Change:
    at: datetime
    login: str
    who: str  # the person's name, else the login
    device: str | None
    field: str  # '*' for the record's creation or deletion
    old: Any
    new: Any

    @property
    def kind(self) -> str:
        """created | deleted | changed"""
        if self.field != "*":
            return "changed"
        return "deleted" if self.old is not None else "created"


class OfficeRecords(Protocol):
    """What the office's screens need besides the server: where it is, and who we are."""

    sync: SyncService
    users: UserService


class OfficeService:
    def __init__(self, crm: OfficeRecords) -> None:
        self.crm = crm

    # -- the connection ------------------------------------------------------------------
    def server_url(self) -> str:
        url = self.crm.sync.server_url()
        if not url:
            raise NoOfficeServer("this database syncs with no server: users and rights are "
                                 "kept on the office's server (set it up in the Sync view)")
        return url

    @contextmanager
    def _connection(self, write: bool = False) -> Iterator[tuple[Any, str]]:
        from crm_desktop.sync.credentials import check_url, url_with_password
        from crm_desktop.sync.transport import connect

        url = self.server_url()
        check_url(url)
        with connect(url_with_password(url)) as conn:
            if write:
                with conn.transaction():
                    yield conn, url
            else:
                yield conn, url

    # -- who am I ------------------------------------------------------------------------
    def whoami(self) -> OfficeMe:
        with self._connection() as (conn, url):
            me = office_call(conn, url, "SELECT crm_sync.office_whoami()")
        return OfficeMe(me["login"], me.get("user_id"), me["role"],
                        bool(me.get("can_create_logins")), me.get("functions_owner") or "",
                        me.get("visibility") or "all")

    def set_visibility(self, mode: str) -> None:
        """'all': everyone reads every client; 'own': managers their own, heads their
        team's. The owner's alone (the server decides)."""
        from crm_desktop.domain.errors import ValidationError

        if mode not in ("all", "own"):
            raise ValidationError("visibility", "'all' or 'own'")
        with self._connection(write=True) as (conn, url):
            office_call(conn, url, "SELECT crm_sync.set_visibility(%s)::text", (mode,))

    def local_role(self) -> str | None:
        """The role this file knows for its person (offline, before asking the server)."""
        current = self.crm.users.current()
        return current.role if current is not None else None

    # -- users ---------------------------------------------------------------------------
    def users(self) -> list[OfficeUser]:
        with self._connection() as (conn, url):
            rows = office_call(conn, url, "SELECT crm_sync.office_users()")
        return [OfficeUser(r["login"], r.get("user_id"), r.get("name") or r["login"], r["role"],
                           r.get("head_id"), r.get("head_name"), bool(r.get("disabled")),
                           str(r.get("created_at") or ""), _opt(r.get("last_seen")),
                           int(r.get("devices") or 0)) for r in rows]

    def add_user(self, name: str, role: str, head: str | None = None,
                 password: str | None = None, user_id: str | None = None
                 ) -> tuple[str, str | None]:
        """Makes the login. A typed password is checked and sent as a verifier; without
        one, a password is made and returned to be shown once."""
        from crm_desktop.domain.errors import ValidationError

        if not name or not name.strip():
            raise ValidationError("name", "a user needs a name")
        shown = None
        if password is None:
            password = shown = generate_password()
        else:
            check_password(password)
        with self._connection(write=True) as (conn, url):
            login = office_add_user(conn, url, name.strip(), role, password, head or None,
                                    user_id)
        return login, shown

    def set_role(self, login: str, role: str, head: str | None = None) -> None:
        with self._connection(write=True) as (conn, url):
            office_set_role(conn, url, login, role, head)

    def set_disabled(self, login: str, disabled: bool = True) -> None:
        with self._connection(write=True) as (conn, url):
            office_set_disabled(conn, url, login, disabled)

    def reset_password(self, login: str, password: str | None = None) -> str | None:
        shown = None
        if password is None:
            password = shown = generate_password()
        with self._connection(write=True) as (conn, url):
            office_reset_password(conn, url, login, password)
        return shown

    # -- a record's history --------------------------------------------------------------
    def history(self, kind: str, row_id: str, limit: int = 200) -> list[Change]:
        table = KIND_TABLES.get(kind, kind)
        with self._connection() as (conn, url):
            rows = office_call(conn, url, "SELECT crm_sync.office_audit(%s, %s, %s)",
                               (table, row_id, limit))
        return [Change(_time(r["at"]), r["login"], r.get("name") or r["login"],
                       r.get("device"), r["field"], r.get("old"), r.get("new"))
                for r in rows]


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def _time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def value_text(value: Any, limit: int = 80) -> str:
    """A field's value as one short line for people."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
