"""Sync for the window and the command line, without Qt: the server settings (the password
only in the OS keyring), one sync, the status, the conflicts and their resolution, the log.

    status()                 -> SyncStatus(state: synced|pending|offline|error|off, ...)
    sync_now()               -> SyncReport (raises OfflineError / AuthError / SyncError)
    conflicts()              -> [ConflictDTO] (unresolved)
    resolve(id, keep)        keep "kept" (the value now everywhere) or "lost" (the other)
    log(limit)               -> [(when, outcome, pushed, pulled, conflicts, message)]
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from crm_desktop.services.admin.users import UserService
    from crm_desktop.services.clients.records import CompanyService, ContactService
    from crm_desktop.services.funnel.deals import DealService
    from crm_desktop.storage.models import Company, Contact, Deal

SERVER_KEY = "server_url"
LOG_KEEP = 500


@dataclass(frozen=True)
class ConflictDTO:
    id: str
    kind: str  # conflict | duplicate
    tbl: str
    row_id: str
    field: str
    kept_value: Any
    lost_value: Any
    lost_device: str | None
    created_at: str
    record: str = ""  # how a person knows the record: the client's or the deal's name
    others: int = 0  # older open conflicts of the same field, closed with this one
    # Their values, each offered too: (conflict id, lost value, from which device, when).
    older: tuple[tuple[str, Any, str | None, str], ...] = ()


@dataclass(frozen=True)
class SyncStatus:
    state: str
    pending: int
    message: str = ""
    last_sync: str | None = None
    # What asks for a look ("attention"), as counts the window words in its own language.
    refused: int = 0
    conflicts: int = 0
    waiting: int = 0


class SyncRecords(Protocol):
    """The services sync uses besides the database: the signed-in user, and the client
    services whose search keys a taken-back value must refresh."""

    users: UserService
    companies: CompanyService
    contacts: ContactService
    deals: DealService


class SyncService:
    def __init__(self, ctx: ServiceContext, records: SyncRecords) -> None:
        self.ctx = ctx
        self.records = records
        self.last_error: str | None = None

    # -- settings --------------------------------------------------------------------------------
    def server_url(self) -> str | None:
        with self.ctx.db.read() as session:
            return session.execute(text("SELECT value FROM sync_state WHERE key = :k"),
                                   {"k": SERVER_KEY}).scalar()

    def configure(self, host: str, port: int, database: str, user: str,
                  sslmode: str = "prefer", password: str | None = None) -> str:
        """Stores the connection (no password: that goes to the OS keyring)."""
        if not host.strip() or not database.strip() or not user.strip():
            raise ValidationError("host", "host, database and user are all needed")
        url = (f"postgresql://{quote(user.strip(), safe='')}@{host.strip()}:{int(port)}/"
               f"{quote(database.strip(), safe='')}?sslmode={quote(sslmode, safe='')}")
        with self.ctx.db.write() as session:
            session.execute(text("INSERT INTO sync_state(key, value) VALUES (:k, :v) ON "
                                 "CONFLICT(key) DO UPDATE SET value = excluded.value"),
                            {"k": SERVER_KEY, "v": url})
        if password:
            from crm_desktop.sync.credentials import store_password

            store_password(url, password)
        return url

    # -- syncing ---------------------------------------------------------------------------------
    def engine(self, url: str | None = None) -> Any:
        from crm_desktop.sync.credentials import url_with_password
        from crm_desktop.sync.engine import SyncEngine
        from crm_desktop.sync.transport import Transport

        url = url or self.server_url()
        if not url:
            raise ValidationError("server", "no server is configured")
        user = self.records.users.current()
        return SyncEngine(self.ctx.db, Transport(url_with_password(url)),
                          user.name if user else "")

    def sync_now(self, url: str | None = None) -> Any:
        from crm_desktop.sync.transport import OfflineError

        started = datetime.now()
        try:
            report = self.engine(url).sync_once()
        except OfflineError as exc:
            self.last_error = str(exc)
            self._log("offline", 0, 0, 0, str(exc), started)
            raise
        except Exception as exc:
            self.last_error = str(exc)
            self._log("error", 0, 0, 0, str(exc), started)
            raise
        self.last_error = None
        self.adopt_current_user()
        self._log("ok", report.pushed, report.pulled, report.conflicts, report.summary(),
                  started)
        return report

    def adopt_current_user(self) -> None:
        """The first sync with a login makes this file work as that login's person."""
        current = self.records.users.current()
        if current is not None:
            self.ctx.user_id = current.id

    def listen(self, on_change: Any, stop: Any, on_state: Any = None) -> None:
        """Blocks (on a thread of its own) calling on_change for each server change notice
        until `stop` (a threading.Event) is set. Returns at once without a server."""
        from crm_desktop.sync.credentials import url_with_password
        from crm_desktop.sync.listener import listen

        url = self.server_url()
        if url:
            listen(url_with_password(url), on_change, stop, on_state)

    def status(self) -> SyncStatus:
        url = self.server_url()
        with self.ctx.db.read() as session:
            capture = session.execute(text(
                "SELECT value FROM sync_state WHERE key = 'capture'")).scalar()
            pending = session.execute(text("SELECT count(*) FROM sync_outbox")).scalar() or 0
            open_conflicts = session.execute(text(
                "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")).scalar() or 0
            waiting = session.execute(text(
                "SELECT count(*) FROM sync_parked WHERE direction <> 'deny'")).scalar() or 0
            refused = session.execute(text(
                "SELECT count(*) FROM sync_parked WHERE direction = 'deny'")).scalar() or 0
            last = session.execute(text("SELECT at, outcome, message FROM sync_log "
                                        "ORDER BY id DESC LIMIT 1")).first()
        if not url:
            return SyncStatus("off", 0, "no server: everything stays on this computer")
        if capture != "1":
            pending = -1  # not yet started: everything goes up on the first sync
        last_at = str(last[0])[:16] if last else None
        if last is not None and last[1] in ("offline", "error"):
            return SyncStatus(last[1], pending, last[2] or "", last_at)
        if pending:
            return SyncStatus("pending", pending, "", last_at)
        if open_conflicts or waiting or refused:
            parts = []
            if refused:
                parts.append(f"{refused} change(s) not allowed were put back")
            if open_conflicts:
                parts.append(f"{open_conflicts} conflict(s) to look at")
            if waiting:
                parts.append(f"{waiting} record(s) waiting")
            return SyncStatus("attention", 0, ", ".join(parts), last_at, refused,
                              open_conflicts, waiting)
        return SyncStatus("synced", 0, "", last_at)

    def waiting(self) -> list[tuple[str, str, str, str]]:
        """Rows sync could not apply or the server refused: (direction, table, id, reason)."""
        with self.ctx.db.read() as session:
            return [tuple(r) for r in session.execute(text(
                "SELECT direction, tbl, row_id, reason FROM sync_parked ORDER BY parked_at"))]

    def _log(self, outcome: str, pushed: int, pulled: int, conflicts: int, message: str,
             started: datetime) -> None:
        with self.ctx.db.write() as session:
            session.execute(text("INSERT INTO sync_log(at, outcome, pushed, pulled, conflicts, "
                                 "message) VALUES (:at, :o, :p, :l, :c, :m)"),
                            {"at": str(started), "o": outcome, "p": pushed, "l": pulled,
                             "c": conflicts, "m": message})
            # The log is for people: the last few hundred syncs are plenty.
            session.execute(text("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM "
                                 "sync_log) - :keep"), {"keep": LOG_KEEP})

    def log(self, limit: int = 50) -> list[tuple[Any, ...]]:
        with self.ctx.db.read() as session:
            return [tuple(r) for r in session.execute(text(
                "SELECT at, outcome, pushed, pulled, conflicts, message FROM sync_log "
                "ORDER BY id DESC LIMIT :n"), {"n": limit})]

    # -- conflicts -------------------------------------------------------------------------------
    def conflicts(self) -> list[ConflictDTO]:
        """Open conflicts, one per field (the newest; older ones of the same field close
        with it), each naming its record as people know it."""
        with self.ctx.db.read() as session:
            rows = session.execute(text(
                "SELECT id, kind, tbl, row_id, field, kept_value, lost_value, lost_device, "
                "created_at FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY created_at "
                "DESC, id DESC")).all()
            earlier: dict[tuple[str, str, str], list[tuple[Any, ...]]] = {}
            newest = []
            for r in rows:
                key = (r[2], r[3], r[4])
                if key in earlier:
                    if r[1] == "conflict":
                        earlier[key].append((r[0], _loads(r[6]), r[7], str(r[8])))
                    continue
                earlier[key] = []
                newest.append(r)
            result = []
            for r in newest:
                older = earlier[(r[2], r[3], r[4])]
                result.append(ConflictDTO(
                    r[0], r[1], r[2], r[3], r[4], _loads(r[5]), _loads(r[6]), r[7], str(r[8]),
                    _record_name(session, r[2], r[3]), len(older), tuple(older)))
        return result

    def resolve(self, conflict_id: str, keep: str = "kept") -> None:
        """Keeps one side. Choosing the lost value writes it as a normal edit, which then
        syncs to everyone; the resolution itself is replicated, so the conflict closes on
        every laptop. Every open conflict of the same field closes with it."""
        from crm_desktop.sync import tables as schema

        if keep not in ("kept", "lost"):
            raise ValidationError("keep", "keep 'kept' or 'lost'")
        conflict = None
        for open_one in self.conflicts():
            if open_one.id == conflict_id:
                conflict = open_one
            for older_id, value, device, when in open_one.older:
                if older_id == conflict_id:  # an older lost value of the same field, chosen
                    conflict = replace(open_one, id=older_id, lost_value=value,
                                       lost_device=device, created_at=when)
        if conflict is None:
            raise ValidationError("conflict", f"no open conflict {conflict_id}")
        # Names come from the server: only ever used if they name one of our columns.
        try:
            column = schema.table(conflict.tbl).column(conflict.field)
        except KeyError:
            column = None
        if conflict.kind == "conflict" and (column is None or column.name == "id"):
            raise ValidationError("conflict", "this conflict names no field of this program")
        now = self.ctx.clock.now()
        stamp = str(now.replace(tzinfo=None))
        with self.ctx.db.write() as session:
            if keep == "lost" and conflict.kind == "conflict" and column is not None:
                value = schema.from_wire(column, conflict.lost_value)
                session.execute(text(f"UPDATE {schema.table(conflict.tbl).name} SET "
                                     f"{column.name} = :v, updated_at = :now WHERE id = :id"),
                                {"v": value, "id": conflict.row_id, "now": stamp})
            same = [r[0] for r in session.execute(text(
                "SELECT id FROM sync_conflicts WHERE resolved_at IS NULL AND tbl = :t AND "
                "row_id = :r AND field = :f"),
                {"t": conflict.tbl, "r": conflict.row_id, "f": conflict.field})]
            capture = session.execute(text(
                "SELECT value FROM sync_state WHERE key = 'capture'")).scalar()
            for closed in same or [conflict_id]:
                session.execute(text("UPDATE sync_conflicts SET resolved_at = :now "
                                     "WHERE id = :id"), {"now": stamp, "id": closed})
                if capture == "1":
                    session.execute(text(
                        "INSERT INTO sync_outbox(tbl, row_id, op, fields, base, created_at) "
                        "VALUES ('_resolution', :id, 'U', '[]', 0, :now)"),
                        {"id": closed, "now": stamp})
        if keep == "lost" and conflict.tbl in ("companies", "contacts", "deals"):
            self._refresh_keys(conflict.tbl, conflict.row_id)

    def _refresh_keys(self, tbl: str, row_id: str) -> None:
        with self.ctx.db.write() as session:
            # One branch per kind, so that the row keeps its type (a mapping of the three
            # models would read as their common Base).
            row: Company | Contact | Deal | None
            if tbl == "companies":
                row = session.get(self.records.companies.model, row_id)
            elif tbl == "contacts":
                row = session.get(self.records.contacts.model, row_id)
            elif tbl == "deals":
                row = session.get(self.records.deals.model, row_id)
            else:
                raise KeyError(tbl)
            if row is not None:
                from crm_desktop.storage.searchable import KEYS

                values = {c.key: getattr(row, c.key) for c in row.__table__.columns}
                row.name_key, row.search_text = KEYS[type(row)](values)


def _loads(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


NAMES = {"companies": "SELECT name FROM companies WHERE id = :id",
         "deals": "SELECT title FROM deals WHERE id = :id",
         "tasks": "SELECT title FROM tasks WHERE id = :id",
         "users": "SELECT name FROM users WHERE id = :id",
         "products": "SELECT name FROM products WHERE id = :id",
         "contacts": "SELECT trim(coalesce(last_name, '') || ' ' || coalesce(first_name, '') "
                     "|| ' ' || coalesce(middle_name, '')) FROM contacts WHERE id = :id"}


def _record_name(session: Session, tbl: str, row_id: str) -> str:
    query = NAMES.get(tbl)
    if query is None:
        return ""
    return str(session.execute(text(query), {"id": row_id}).scalar() or "")
