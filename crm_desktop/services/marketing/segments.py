"""Segments: saved filters over clients, synced like any other record.

A segment's rules are conditions that must all hold; each list condition holds when any of
its values does (see segment_rules: their checks and their SQL).
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.text import fold
from crm_desktop.domain.zones import user_zone
from crm_desktop.services.base import require_text
from crm_desktop.services.clients.client_list import (
    COMPANY_COLUMNS,
    CONTACT_COLUMNS,
    DERIVED_COLUMNS,
    fetch_rows,
)
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.export_rights import check_export
from crm_desktop.services.marketing.segment_rules import (  # noqa: F401  (re-exported)
    CLASS_VALUES,
    COMPANY_KINDS,
    KINDS,
    MAX_VALUES,
    SegmentRules,
    city_pattern,
    compile_rules,
    months_back,
)
from crm_desktop.services.marketing.workbook import Sheet, write_book
from crm_desktop.storage.database import raw_sqlite
from crm_desktop.storage.models_marketing import Segment


@dataclass(frozen=True)
class SegmentDTO:
    id: str
    name: str
    kind: str
    rules: SegmentRules
    notes: str | None
    responsible_id: str | None
    count: int | None = None  # live members, when asked for


def _fold_sql(value: str | None) -> str:
    return fold(value) if value else ""


def register_fold(conn: sqlite3.Connection) -> None:
    """crm_fold(text) on a connection. Segment clauses no longer need it (the city is a
    GLOB pattern); kept for readers written against the earlier clause."""
    conn.create_function("crm_fold", 1, _fold_sql, deterministic=True)


class SegmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- the records ----------------------------------------------------------------------
    def _clean(self, values: dict[str, Any], existing: Segment | None) -> dict[str, Any]:
        unknown = set(values) - {"name", "kind", "rules", "notes", "responsible_id"}
        if unknown:
            raise ValidationError(sorted(unknown)[0], "segment has no such field")
        if existing is None or "name" in values:
            require_text(values, "name", "segment name", 200)
        if "kind" in values and values["kind"] not in KINDS:
            raise ValidationError("kind", f"'{values['kind']}' is not one of {', '.join(KINDS)}")
        if "rules" in values:
            rules = values["rules"]
            if not isinstance(rules, SegmentRules):
                rules = SegmentRules.from_dict(rules)
            values["rules"] = rules.to_dict()
        if "notes" in values:
            values["notes"] = (values["notes"] or "").strip() or None
        return values

    def create(self, name: str, kind: str = "company",
               rules: SegmentRules | dict[str, Any] | None = None,
               notes: str | None = None) -> SegmentDTO:
        values = self._clean({"name": name, "kind": kind, "rules": rules or SegmentRules(),
                              "notes": notes}, None)
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            row = Segment(**values, responsible_id=self.ctx.user_id, created_at=now,
                          updated_at=now)
            session.add(row)
            session.flush()
            return self._dto(row)

    def update(self, ident: str, **values: Any) -> SegmentDTO:
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            cleaned = self._clean(dict(values), row)
            changed = {k: v for k, v in cleaned.items() if getattr(row, k) != v}
            for key, value in changed.items():
                setattr(row, key, value)
            if changed:
                row.updated_at = self.ctx.clock.now()
            return self._dto(row)

    def delete(self, ident: str) -> None:
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            row.deleted_at = row.updated_at = self.ctx.clock.now()

    def restore(self, ident: str) -> SegmentDTO:
        with self.ctx.db.write() as session:
            row = self._load(session, ident, include_deleted=True)
            row.deleted_at, row.updated_at = None, self.ctx.clock.now()
            return self._dto(row)

    def get(self, ident: str) -> SegmentDTO:
        with self.ctx.db.read() as session:
            return self._dto(self._load(session, ident))

    def list(self, with_counts: bool = False) -> list[SegmentDTO]:
        with self.ctx.db.read() as session:
            rows = [self._dto(r) for r in session.scalars(
                select(Segment).where(Segment.deleted_at.is_(None))
                .order_by(Segment.name, Segment.id))]
        if with_counts:
            rows = [SegmentDTO(**{**asdict_shallow(r), "count": self.count(r.kind, r.rules)})
                    for r in rows]
        return rows

    def _load(self, session: Session, ident: str, include_deleted: bool = False) -> Segment:
        row = session.get(Segment, ident)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError("segment", ident)
        return row

    @staticmethod
    def _dto(row: Segment) -> SegmentDTO:
        try:
            rules = SegmentRules.from_dict(row.rules)
        except ValidationError:  # written by a newer program or by hand: match nobody
            rules = SegmentRules(responsible_ids=("-",))
        return SegmentDTO(row.id, row.name, row.kind, rules, row.notes, row.responsible_id)

    # -- the members ----------------------------------------------------------------------
    def today(self) -> date:
        return self.ctx.clock.now().astimezone(user_zone()).date()

    def _query(self, kind: str, rules: SegmentRules, select_sql: str,
               tail: str = "") -> Iterator[tuple[Any, ...]]:
        where, params = compile_rules(kind, rules, self.today())
        table = "companies" if kind == "company" else "contacts"
        with self.ctx.db.read() as session:
            raw = raw_sqlite(session)
            yield from raw.execute(f"SELECT {select_sql} FROM {table} c WHERE {where} {tail}",
                                   params)

    def count(self, kind: str, rules: SegmentRules) -> int:
        count: int = next(iter(self._query(kind, rules, "count(*)")))[0]
        return count

    def ids(self, kind: str, rules: SegmentRules) -> builtins.list[str]:
        """The members in name order."""
        return [r[0] for r in self._query(kind, rules, "c.id", "ORDER BY c.name_key, c.id")]

    def members(self, segment_id: str) -> tuple[str, builtins.list[str]]:
        segment = self.get(segment_id)
        return segment.kind, self.ids(segment.kind, segment.rules)

    def list_condition(self, segment_id: str
                       ) -> tuple[str, tuple[str, tuple[tuple[str, Any], ...]]]:
        """(the segment's kind, the condition for ClientFilter.condition): the clients list
        filtered by a segment."""
        segment = self.get(segment_id)
        sql, params = compile_rules(segment.kind, segment.rules, self.today())
        # named apart from the list's own parameters (":tag", ":segment", ...)
        renamed = {name: f"seg_{name}" for name in params}
        for name in sorted(renamed, key=len, reverse=True):
            sql = sql.replace(f":{name}", f":{renamed[name]}")
        return segment.kind, (sql, tuple((renamed[k], v) for k, v in params.items()))

    def filter_sql(self, segment_id: str) -> tuple[str, dict[str, Any]]:
        """A segment as a condition on `c` (for the clients list: `AND <sql>`), plain SQL
        any connection can run."""
        segment = self.get(segment_id)
        return compile_rules(segment.kind, segment.rules, self.today())

    def rows(self, kind: str, ids: builtins.list[str]) -> dict[str, dict[str, Any]]:
        """Display values of the clients list for a page of members."""
        with self.ctx.db.read() as session:
            return fetch_rows(raw_sqlite(session), kind, ids)

    def export(self, segment_id: str, path: Path | str,
               labels: dict[str, str] | None = None) -> Path:
        """The members with the clients list's columns and their ABC/XYZ class, in name
        order, to .xlsx."""
        check_export(self.ctx, "the segment")
        segment = self.get(segment_id)
        words = {**EXPORT_LABELS, **(labels or {})}
        columns = [c for c in (COMPANY_COLUMNS if segment.kind == "company" else CONTACT_COLUMNS)
                   if c not in DERIVED_COLUMNS]
        ids = self.ids(segment.kind, segment.rules)

        def rows() -> Iterator[list[Any]]:
            with self.ctx.db.read() as session:
                raw = raw_sqlite(session)
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    found = fetch_rows(raw, segment.kind, chunk)
                    classes = dict((r[0], (r[1], r[2])) for r in raw.execute(
                        "SELECT client_id, abc, xyz FROM client_classes WHERE client_id IN "
                        f"({', '.join('?' for _ in chunk)})", chunk))
                    for ident in chunk:
                        row = found.get(ident)
                        if row is None:
                            continue
                        abc, xyz = classes.get(ident, ("", ""))
                        yield [_cell(row[c]) for c in columns] + [abc, xyz or ""]

        titles = [words.get(c, c) for c in columns] + ["ABC", "XYZ"]
        return write_book(path, [Sheet(segment.name, titles, rows(),
                                       [40] + [18] * (len(columns) - 1) + [6, 6])])


def _cell(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == " ":
        try:  # a stored UTC time: a date-time in the user's zone
            moment = datetime.fromisoformat(value).replace(tzinfo=UTC)
        except ValueError:
            return value
        return moment.astimezone(user_zone()).replace(tzinfo=None, microsecond=0)
    return value


def asdict_shallow(dto: SegmentDTO) -> dict[str, Any]:
    return {f.name: getattr(dto, f.name) for f in fields(dto)}


EXPORT_LABELS = {
    "name": "Name", "kind": "Type", "phone": "Phone", "email": "Email", "tax_id": "Tax ID",
    "segment": "Segment", "lead_source": "Lead source", "industry": "Industry",
    "responsible": "Responsible", "created_at": "Created", "company": "Company",
    "position": "Position",
}

