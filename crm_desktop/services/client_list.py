"""The clients list for large tables: filter and sort in SQL, hand out the ordered ids, and
fetch rows for a page of ids on demand (calibre's and Anki's browser pattern)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.searchable import person_name_sql

COMPANY_COLUMNS: dict[str, str] = {
    "name": "c.name", "kind": "c.kind", "phone": "json_extract(c.phones, '$[0]')",
    "email": "json_extract(c.emails, '$[0]')", "tax_id": "c.tax_id", "segment": "c.segment",
    "lead_source": "c.lead_source", "industry": "c.industry",
    "responsible": "(SELECT name FROM users u WHERE u.id = c.responsible_id)",
    "created_at": "c.created_at",
}
CONTACT_COLUMNS: dict[str, str] = {
    "name": person_name_sql("c"),
    "company": "(SELECT name FROM companies x WHERE x.id = c.company_id)",
    "position": "c.position", "phone": "json_extract(c.phones, '$[0]')",
    "email": "json_extract(c.emails, '$[0]')", "lead_source": "c.source",
    "responsible": "(SELECT name FROM users u WHERE u.id = c.responsible_id)",
    "created_at": "c.created_at",
}
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
    sort: str = "name"
    descending: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class ClientListService:
    def __init__(self, ctx: ServiceContext, search: Any) -> None:
        self.ctx = ctx
        self.search = search

    def columns(self, kind: str) -> list[str]:
        return list(COMPANY_COLUMNS if kind == "company" else CONTACT_COLUMNS)

    def ids(self, flt: ClientFilter, limit: int | None = None) -> list[str]:
        """Ordered ids of the clients that pass the filter (100,000 in ~100 ms); `limit`
        gives the first screen at once."""
        table = "companies" if flt.kind == "company" else "contacts"
        columns = COMPANY_COLUMNS if flt.kind == "company" else CONTACT_COLUMNS
        where, params = ["c.deleted_at IS NULL"], {}
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
        order = SORT_KEYS.get(flt.sort) or columns.get(flt.sort, "c.name_key")
        direction = "DESC" if flt.descending else "ASC"
        if flt.search.strip():
            ranked = self.search.ranked_ids(flt.search, limit=500, kinds=(flt.kind,))
            if not ranked:
                return []
            params.update({f"h{i}": ident for i, ident in enumerate(ranked)})
            where.append("c.id IN (" + ", ".join(f":h{i}" for i in range(len(ranked))) + ")")
            sql = f"SELECT c.id FROM {table} c WHERE {' AND '.join(where)}"
            with self.ctx.db.read() as session:
                allowed = {r[0] for r in session.execute(text(sql), params)}
            kept = [ident for ident in ranked if ident in allowed]  # keep the search ranking
            return kept[:limit] if limit else kept
        sql = (f"SELECT c.id FROM {table} c WHERE {' AND '.join(where)} "
               f"ORDER BY {order} {direction}, c.id {direction}"
               + (f" LIMIT {int(limit)}" if limit else ""))
        with self.ctx.db.read() as session:
            # The DBAPI cursor directly: 100,000 single-column rows need no Row objects.
            cursor = session.connection().connection.driver_connection.execute(sql, params)
            return [r[0] for r in cursor.fetchall()]

    def rows(self, kind: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Display values for a page of ids: {id: {column: value}}."""
        if not ids:
            return {}
        table = "companies" if kind == "company" else "contacts"
        columns = COMPANY_COLUMNS if kind == "company" else CONTACT_COLUMNS
        names = {f"i{n}": ident for n, ident in enumerate(ids)}
        select_list = ", ".join(f"{expr} AS {name}" for name, expr in columns.items())
        sql = (f"SELECT c.id AS id, {select_list} FROM {table} c "
               f"WHERE c.id IN ({', '.join(':' + k for k in names)})")
        with self.ctx.db.read() as session:
            return {r["id"]: dict(r) for r in session.execute(text(sql), names).mappings()}

    def filter_choices(self) -> dict[str, list[str]]:
        """Values the filter boxes offer: segments, lead sources, tags."""
        with self.ctx.db.read() as session:
            segments = [r[0] for r in session.execute(text(
                "SELECT DISTINCT segment FROM companies WHERE segment IS NOT NULL "
                "ORDER BY segment"))]
        return {"segments": segments,
                "lead_sources": self.ctx_reference().names("lead_sources"),
                "tags": self.ctx_reference().names("tags") or self._used_tags()}

    def ctx_reference(self) -> Any:
        from crm_desktop.services.reference import ReferenceService

        return ReferenceService(self.ctx)

    def _used_tags(self) -> list[str]:
        with self.ctx.db.read() as session:
            return [r[0] for r in session.execute(text(
                "SELECT DISTINCT value FROM (SELECT tags FROM companies WHERE tags != '[]' "
                "LIMIT 5000), json_each(tags) ORDER BY value"))]
