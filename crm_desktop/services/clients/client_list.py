"""The clients list for large tables: filter and sort in SQL, hand out the ordered ids, and
fetch rows for a page of ids on demand (calibre's and Anki's browser pattern).

A page is a primary-key lookup of about fifty rows (a fraction of a millisecond), so the list
can also read one on the spot through a PageReader: its own read-only connection, for the one
thread that holds it, which never waits for the writer (WAL)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from crm_desktop.services.clients.query_guard import QueryGuard
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.sql_text import person_name_sql

if TYPE_CHECKING:  # imported when first used: the search, the reference lists (and the ORM)
    from crm_desktop.services.admin.reference import ReferenceService
    from crm_desktop.services.clients.search import SearchService

# The ABC/XYZ class ("AX"; "B" with too short a history): one primary-key lookup in the
# derived client_classes table per row shown; a person shows its company's class.
CLASS_OF = "(SELECT k.abc || coalesce(k.xyz, '') FROM client_classes k WHERE k.client_id = {})"
COMPANY_COLUMNS: dict[str, str] = {
    "name": "c.name", "kind": "c.kind", "phone": "json_extract(c.phones, '$[0]')",
    "email": "json_extract(c.emails, '$[0]')", "tax_id": "c.tax_id", "segment": "c.segment",
    "lead_source": "c.lead_source", "industry": "c.industry",
    "responsible": "(SELECT name FROM users u WHERE u.id = c.responsible_id)",
    "created_at": "c.created_at", "abc_xyz": CLASS_OF.format("c.id"),
}
CONTACT_COLUMNS: dict[str, str] = {
    "name": person_name_sql("c"),
    "company": "(SELECT name FROM companies x WHERE x.id = c.company_id)",
    "position": "c.position", "phone": "json_extract(c.phones, '$[0]')",
    "email": "json_extract(c.emails, '$[0]')", "lead_source": "c.source",
    "responsible": "(SELECT name FROM users u WHERE u.id = c.responsible_id)",
    "created_at": "c.created_at",
    "abc_xyz": f"coalesce({CLASS_OF.format('c.id')}, {CLASS_OF.format('c.company_id')})",
}
# Columns of the list that are not the client's own fields (the segment export, which has
# its own ABC and XYZ columns, leaves them out).
DERIVED_COLUMNS = ("abc_xyz",)
# Sorting by these uses an index; the others sort the filtered ids in SQL as well.
SORT_KEYS = {"name": "c.name_key", "created_at": "c.created_at"}


@dataclass(frozen=True)
class ClientFilter:
    kind: str = "company"  # "company" | "contact"
    company_kind: str | None = None  # client / partner / supplier / prospect
    tag: str | None = None
    segment: str | None = None
    responsible_id: str | None = None
    lead_source: str | None = None
    search: str = ""
    archived: bool = False  # archived clients too (hidden by default: out of daily work)
    # A marketing segment as a condition (services.marketing.segments.filter_sql): plain
    # SQL over `c` and its parameters as (name, value) pairs, so the filter stays hashable.
    condition: tuple[str, tuple[tuple[str, Any], ...]] | None = None
    sort: str = "name"
    descending: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def filter_sql(flt: ClientFilter) -> tuple[str, list[str], dict[str, Any], str]:
    """(table, WHERE terms, params, ORDER BY) of a filter, search aside."""
    table = "companies" if flt.kind == "company" else "contacts"
    columns = COMPANY_COLUMNS if flt.kind == "company" else CONTACT_COLUMNS
    # Live and unarchived: the terms of the partial index ix_<table>_active, which SQLite
    # walks in name order for the default list (archived too: ix_<table>_list).
    where, params = ["c.deleted_at IS NULL"], {}
    if not flt.archived:
        where.append("c.archived_at IS NULL")
    if flt.kind == "company" and flt.company_kind:
        where.append("c.kind = :company_kind")
        params["company_kind"] = flt.company_kind
    if flt.segment and flt.kind == "company":
        where.append("c.segment = :segment")
        params["segment"] = flt.segment
    if flt.lead_source:
        where.append(("c.lead_source" if flt.kind == "company" else "c.source")
                     + " = :lead_source")
        params["lead_source"] = flt.lead_source
    if flt.responsible_id:
        where.append("c.responsible_id = :responsible_id")
        params["responsible_id"] = flt.responsible_id
    if flt.tag:
        where.append("EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = :tag)")
        params["tag"] = flt.tag
    if flt.condition is not None:
        sql, values = flt.condition
        where.append(f"({sql})")
        params.update(dict(values))
    order = SORT_KEYS.get(flt.sort) or columns.get(flt.sort, "c.name_key")
    direction = "DESC" if flt.descending else "ASC"
    return table, where, params, f"{order} {direction}, c.id {direction}"


class ClientListService:
    def __init__(self, ctx: ServiceContext,
                 search: Callable[[], SearchService]) -> None:
        self.ctx = ctx
        self._search = search  # made when a list is first searched (it loads the ORM)

    @property
    def search(self) -> SearchService:
        return self._search()

    def columns(self, kind: str) -> list[str]:
        return list(COMPANY_COLUMNS if kind == "company" else CONTACT_COLUMNS)

    def ids(self, flt: ClientFilter, limit: int | None = None,
            guard: QueryGuard | None = None) -> list[str]:
        """Ordered ids of the clients that pass the filter (100,000 in ~100 ms); `limit`
        gives the first screen at once."""
        table, where, params, order = filter_sql(flt)
        if flt.search.strip():
            ranked = self.search.ranked_ids(flt.search, limit=500, kinds=(flt.kind,),
                                            guard=guard)
            if not ranked:
                return []
            # The hits as one JSON parameter on the driver's connection: 500 bound names
            # through SQLAlchemy cost more to compile than the query costs to run.
            params["hits"] = json.dumps(ranked)
            where.append("c.id IN (SELECT value FROM json_each(:hits))")
            sql = f"SELECT c.id FROM {table} c WHERE {' AND '.join(where)}"
            with self.ctx.db.read_raw() as raw:
                allowed = {r[0] for r in raw.execute(sql, params)}
            kept = [ident for ident in ranked if ident in allowed]  # keep the search ranking
            return kept[:limit] if limit else kept
        ordered = f"SELECT c.id FROM {table} c WHERE {' AND '.join(where)} ORDER BY {order}"
        # Plain SQL on a plain connection: the full list is read beside the window's first
        # paint, before SQLAlchemy is loaded (it loads after that paint).
        with self.ctx.db.read_raw() as raw:
            if limit:
                return [r[0] for r in raw.execute(f"{ordered} LIMIT {int(limit)}", params)]
            # One string split in C: SQLite builds it without holding Python's lock, where
            # 100,000 row tuples would hold it (and the window) for tens of milliseconds.
            joined = raw.execute(f"SELECT group_concat(id, ',') FROM ({ordered})",
                                 params).fetchone()[0]
            return joined.split(",") if joined else []

    def rows(self, kind: str, ids: list[str], columns: list[str] | None = None
             ) -> dict[str, dict[str, Any]]:
        """Display values for a page of ids: {id: {column: value}} (`columns`: only these)."""
        if not ids:
            return {}
        with self.ctx.db.read_raw() as raw:
            return fetch_rows(raw, kind, ids, columns)

    def page_reader(self) -> PageReader:
        """A reader for one thread (the window's), for pages wanted right now."""
        reader = PageReader(self.ctx.db.raw_connection)
        self.ctx.db.on_close(reader.close)
        return reader

    def filter_choices(self) -> dict[str, list[str]]:
        """Values the filter boxes offer: segments, lead sources, tags."""
        with self.ctx.db.read_raw() as raw:
            segments = [r[0] for r in raw.execute(
                "SELECT DISTINCT segment FROM companies WHERE segment IS NOT NULL "
                "ORDER BY segment")]
        return {"segments": segments,
                "lead_sources": self.ctx_reference().names("lead_sources"),
                "tags": self.ctx_reference().names("tags") or self._used_tags()}

    def ctx_reference(self) -> ReferenceService:
        from crm_desktop.services.admin.reference import ReferenceService

        return ReferenceService(self.ctx)

    def _used_tags(self) -> list[str]:
        with self.ctx.db.read_raw() as raw:
            return [r[0] for r in raw.execute(
                "SELECT DISTINCT value FROM (SELECT tags FROM companies WHERE tags != '[]' "
                "LIMIT 5000), json_each(tags) ORDER BY value")]


def fetch_rows(conn: sqlite3.Connection, kind: str, ids: list[str],
               only: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Rows by primary key; `only` names the columns wanted (a page being painted reads
    the columns shown, not every one the list knows)."""
    table = "companies" if kind == "company" else "contacts"
    columns = COMPANY_COLUMNS if kind == "company" else CONTACT_COLUMNS
    if only is not None:
        columns = {name: columns[name] for name in only if name in columns} or \
            {"name": columns["name"]}
    select_list = ", ".join(columns.values())
    names = list(columns)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        sql = (f"SELECT c.id, {select_list} FROM {table} c "
               f"WHERE c.id IN ({', '.join('?' for _ in chunk)})")
        for row in conn.execute(sql, chunk):
            found[row[0]] = dict(zip(names, row[1:], strict=True))
    return found


class PageReader:
    """Rows of a page, read at once on the calling thread: a read-only connection of its
    own (query_only, a short busy timeout), so the window never waits on the worker queue.
    It is released when the database closes (a restore needs the only connection to the
    file) and opens again on the next read."""

    BUDGET = 20_000  # SQLite steps (a few milliseconds) a first screen may take here

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect  # the database's (Database.raw_connection)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # closed from the worker, read from the window

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = self._connect()  # an idle one of the database's: its schema is read
            conn.execute("PRAGMA query_only = 1")
            conn.execute("PRAGMA busy_timeout = 250")
            conn.execute("PRAGMA cache_size = -2000")  # SQLite's default: pages are mapped
            # A jump reads rows from anywhere in the file: mapped pages cost no system call.
            conn.execute("PRAGMA mmap_size = 268435456")
            self._conn = conn
        return self._conn

    def rows(self, kind: str, ids: list[str], columns: list[str] | None = None
             ) -> dict[str, dict[str, Any]]:
        with self._lock:
            return fetch_rows(self._connection(), kind, ids, columns)

    def first_ids(self, flt: ClientFilter, limit: int) -> list[str] | None:
        """The first screen's ids if they come within the budget (an index walk in name
        order), else None: a search, or a filter that makes SQLite look far, goes to the
        worker instead."""
        if flt.search.strip():
            return None
        table, where, params, order = filter_sql(flt)
        steps = [0]

        def over_budget() -> int:
            steps[0] += 1
            return 1 if steps[0] > self.BUDGET // 1000 else 0

        with self._lock:
            conn = self._connection()
            conn.set_progress_handler(over_budget, 1000)
            try:
                return [r[0] for r in conn.execute(
                    f"SELECT c.id FROM {table} c WHERE {' AND '.join(where)} ORDER BY "
                    f"{order} LIMIT {int(limit)}", params)]
            except sqlite3.OperationalError:  # interrupted by the budget, or busy
                return None
            finally:
                conn.set_progress_handler(None, 0)

    def close(self) -> None:
        """Safe to call twice, from any thread; the next read opens it again."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
