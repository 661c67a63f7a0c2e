"""Segments: saved filters over clients, synced like any other record.

A segment's rules are conditions that must all hold; each list condition holds when any of
its values does. Rules are plain JSON in the `segments` row (one field for the sync merge)
and are compiled here into SQL over the live clients, with every value bound as a parameter.
Companies and people (contacts) have segments of their own; a person's company-only
conditions (type, industry, city, the segment field) are those of the person's company.

The city/region condition looks for the text in the address, folded as the search folds it
(case, "ё" = "е"), which SQLite's own LIKE cannot do for Cyrillic.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.money import validate_currency
from crm_desktop.domain.text import fold
from crm_desktop.domain.zones import local_midnight, user_zone
from crm_desktop.services.base import require_text
from crm_desktop.services.clients.client_list import COMPANY_COLUMNS, CONTACT_COLUMNS, fetch_rows
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.export_rights import check_export
from crm_desktop.services.marketing.workbook import Sheet, write_book
from crm_desktop.storage.models_marketing import Segment

KINDS = ("company", "contact")
COMPANY_KINDS = ("client", "partner", "supplier", "prospect")
CLASS_VALUES = {"abc": ("A", "B", "C", "-"), "xyz": ("X", "Y", "Z", "-")}
MAX_VALUES = 200  # values in one list condition


@dataclass(frozen=True)
class SegmentRules:
    """Every condition is optional; empty rules match every live client."""

    company_kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    lead_sources: tuple[str, ...] = ()
    responsible_ids: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()  # the company's free-text segment field
    industries: tuple[str, ...] = ()
    city: str = ""  # found in the address
    custom: tuple[tuple[str, str], ...] = ()  # custom field = value
    contacted_within_days: int | None = None
    not_contacted_days: int | None = None
    won_min: int | None = None  # minor units, won in the last `won_months`
    won_max: int | None = None
    won_months: int = 12
    won_currency: str = "RUB"
    open_deals: bool | None = None  # True: has an open deal; False: has none
    stage_ids: tuple[str, ...] = ()  # has a live deal in one of these stages
    abc: tuple[str, ...] = ()  # "-": no class
    xyz: tuple[str, ...] = ()  # "-": no class (no purchases or a short history)
    campaign_ids: tuple[str, ...] = ()
    include_archived: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Only the conditions that are set (what is stored and synced)."""
        default = SegmentRules()
        values = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value != getattr(default, f.name):
                values[f.name] = [list(v) for v in value] if f.name == "custom" else \
                    list(value) if isinstance(value, tuple) else value
        return values

    @classmethod
    def from_dict(cls, values: dict[str, Any] | None) -> SegmentRules:
        """Checked rules; a ValidationError names the condition ("rules.<name>")."""
        values = dict(values or {})
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise ValidationError(f"rules.{sorted(unknown)[0]}", "is not a segment condition")
        clean: dict[str, Any] = {}
        for name, value in values.items():
            clean[name] = _clean(name, value)
        rules = cls(**clean)
        if rules.won_min is not None and rules.won_max is not None and \
                rules.won_min > rules.won_max:
            raise ValidationError("rules.won_max", "the maximum is below the minimum")
        return rules

    def is_empty(self) -> bool:
        return self == SegmentRules()


def _texts(name: str, value: Any, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        raise ValidationError(f"rules.{name}", "must be a list of values")
    if len(value) > MAX_VALUES:
        raise ValidationError(f"rules.{name}", f"at most {MAX_VALUES} values")
    items = []
    for item in value:
        if not isinstance(item, str) or not item.strip() or len(item) > 300:
            raise ValidationError(f"rules.{name}", "every value must be a non-empty text")
        if allowed is not None and item not in allowed:
            raise ValidationError(f"rules.{name}", f"'{item}' is not one of {', '.join(allowed)}")
        items.append(item.strip())
    return tuple(dict.fromkeys(items))


def _whole(name: str, value: Any, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"rules.{name}", f"must be a whole number from {low} to {high}")
    return value


def _clean(name: str, value: Any) -> Any:
    if name == "company_kinds":
        return _texts(name, value, COMPANY_KINDS)
    if name in ("abc", "xyz"):
        return _texts(name, value, CLASS_VALUES[name])
    if name in ("tags", "lead_sources", "responsible_ids", "segments", "industries",
                "stage_ids", "campaign_ids"):
        return _texts(name, value)
    if name == "city":
        if not isinstance(value, str) or len(value) > 200:
            raise ValidationError("rules.city", "must be a text of at most 200 characters")
        return value.strip()
    if name == "custom":
        if not isinstance(value, list | tuple) or len(value) > 50:
            raise ValidationError("rules.custom", "must be a list of field and value pairs")
        pairs = []
        for pair in value:
            if not isinstance(pair, list | tuple) or len(pair) != 2 or not all(
                    isinstance(p, str) and p.strip() for p in pair):
                raise ValidationError("rules.custom", "every pair needs a field and a value")
            pairs.append((pair[0].strip(), pair[1].strip()))
        return tuple(pairs)
    if name in ("contacted_within_days", "not_contacted_days"):
        return _whole(name, value, 1, 36500)
    if name in ("won_min", "won_max"):
        return _whole(name, value, 0, 10**17)
    if name == "won_months":
        return _whole(name, value, 1, 120)
    if name == "won_currency":
        try:
            return validate_currency(value)
        except ValidationError as exc:
            raise ValidationError("rules.won_currency", exc.reason) from exc
    if name in ("open_deals", "include_archived"):
        if value is not None and not isinstance(value, bool):
            raise ValidationError(f"rules.{name}", "must be yes or no")
        return value if name == "open_deals" else bool(value)
    raise ValidationError(f"rules.{name}", "is not a segment condition")  # pragma: no cover


@dataclass
class _Sql:
    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def many(self, values: tuple[str, ...]) -> str:
        return "(" + ", ".join(self.bind(v) for v in values) + ")"


def compile_rules(kind: str, rules: SegmentRules, today: date) -> tuple[str, dict[str, Any]]:
    """(WHERE clause over `c`, the companies or contacts table, and its parameters)."""
    if kind not in KINDS:
        raise ValidationError("kind", f"'{kind}' is not one of {', '.join(KINDS)}")
    q = _Sql(["c.deleted_at IS NULL"])
    company = kind == "company"
    if not rules.include_archived:
        q.where.append("c.archived_at IS NULL")
    # The classes first: a set read once (an IN list SQLite keeps as an index), and often
    # the most selective condition.
    owner = "c.id" if company else \
        "coalesce((SELECT client_id FROM client_classes WHERE client_id = c.id), c.company_id, '')"
    for name in ("abc", "xyz"):
        values = getattr(rules, name)
        if not values:
            continue
        classed = tuple(v for v in values if v != "-")
        parts = []
        if classed:
            parts.append(f"{owner} IN (SELECT client_id FROM client_classes WHERE {name} IN "
                         f"{q.many(classed)})")
        if "-" in values:  # no class: not classed at all, or no XYZ class
            parts.append(f"{owner} NOT IN (SELECT client_id FROM client_classes WHERE "
                         f"{name} IS NOT NULL)")
        q.where.append("(" + " OR ".join(parts) + ")")
    # conditions on the company: the row itself, or a person's company
    on_company: list[str] = []
    if rules.company_kinds:
        on_company.append(f"x.kind IN {q.many(rules.company_kinds)}")
    if rules.segments:
        on_company.append(f"x.segment IN {q.many(rules.segments)}")
    if rules.industries:
        on_company.append(f"x.industry IN {q.many(rules.industries)}")
    if on_company:
        test = " AND ".join(on_company)
        if company:
            q.where.append(test.replace("x.", "c."))
        else:
            q.where.append(f"EXISTS (SELECT 1 FROM companies x WHERE x.id = c.company_id AND "
                           f"{test})")
    if rules.tags:
        q.where.append(f"EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value IN "
                       f"{q.many(rules.tags)})")
    if rules.lead_sources:
        column = "c.lead_source" if company else "c.source"
        q.where.append(f"{column} IN {q.many(rules.lead_sources)}")
    if rules.responsible_ids:
        q.where.append(f"c.responsible_id IN {q.many(rules.responsible_ids)}")
    for key, value in rules.custom:
        source = "c.custom_fields" if company else \
            "(SELECT custom_fields FROM companies x WHERE x.id = c.company_id)"
        q.where.append(f"EXISTS (SELECT 1 FROM json_each({source}) WHERE key = {q.bind(key)} "
                       f"AND CAST(value AS TEXT) = {q.bind(value)})")
    link = "company_id" if company else "contact_id"
    zone = user_zone()

    def since(day: date) -> str:
        return local_midnight(day, zone).astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")

    for days, negate in ((rules.contacted_within_days, ""),
                         (rules.not_contacted_days, "NOT ")):
        if days is not None:
            after = q.bind(since(today - timedelta(days=days)))
            # tombstones by rowid (a tiny partial index): the probe stays inside the
            # (client, time) index instead of reading every recent interaction's row
            q.where.append(f"{negate}EXISTS (SELECT 1 FROM interactions i WHERE "
                           f"i.{link} = c.id AND i.occurred_at >= {after} AND i.rowid NOT IN "
                           "(SELECT rowid FROM interactions WHERE deleted_at IS NOT NULL))")
    if rules.won_min is not None or rules.won_max is not None:
        won = (f"(SELECT coalesce(sum(d.amount_minor), 0) FROM deals d WHERE d.{link} = c.id "
               f"AND d.deleted_at IS NULL AND d.currency = {q.bind(rules.won_currency)} AND "
               "d.stage_id IN (SELECT id FROM stages WHERE kind = 'won') AND "
               f"d.closed_at >= {q.bind(since(months_back(today, rules.won_months)))})")
        if rules.won_min is not None:
            q.where.append(f"{won} >= {q.bind(rules.won_min)}")
        if rules.won_max is not None:
            q.where.append(f"{won} <= {q.bind(rules.won_max)}")
    if rules.open_deals is not None:
        exists = (f"EXISTS (SELECT 1 FROM deals d WHERE d.{link} = c.id AND "
                  "d.deleted_at IS NULL AND d.stage_id IN (SELECT id FROM stages "
                  "WHERE kind = 'open'))")
        q.where.append(exists if rules.open_deals else f"NOT {exists}")
    if rules.stage_ids:
        q.where.append(f"EXISTS (SELECT 1 FROM deals d WHERE d.{link} = c.id AND "
                       f"d.deleted_at IS NULL AND d.stage_id IN {q.many(rules.stage_ids)})")
    if rules.campaign_ids:
        q.where.append(f"c.campaign_id IN {q.many(rules.campaign_ids)}")
    if rules.city:  # last: folding every address in Python is the dearest test
        test = f"instr(crm_fold(x.address), {q.bind(fold(rules.city))}) > 0"
        q.where.append(test.replace("x.", "c.") if company else
                       f"EXISTS (SELECT 1 FROM companies x WHERE x.id = c.company_id AND "
                       f"{test})")
    return " AND ".join(q.where), q.params


def months_back(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the 28th at most, so it exists)."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


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
    """crm_fold(text) on a connection, for segment conditions on the address (SQLite's own
    lower() folds ASCII only)."""
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

    def create(self, name: str, kind: str = "company", rules: SegmentRules | dict | None = None,
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

    def _load(self, session: Any, ident: str, include_deleted: bool = False) -> Segment:
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
               tail: str = "") -> Iterator[tuple]:
        where, params = compile_rules(kind, rules, self.today())
        table = "companies" if kind == "company" else "contacts"
        with self.ctx.db.read() as session:
            raw = session.connection().connection.driver_connection
            register_fold(raw)
            yield from raw.execute(f"SELECT {select_sql} FROM {table} c WHERE {where} {tail}",
                                   params)

    def count(self, kind: str, rules: SegmentRules) -> int:
        return next(iter(self._query(kind, rules, "count(*)")))[0]

    def ids(self, kind: str, rules: SegmentRules) -> list[str]:
        """The members in name order."""
        return [r[0] for r in self._query(kind, rules, "c.id", "ORDER BY c.name_key, c.id")]

    def members(self, segment_id: str) -> tuple[str, list[str]]:
        segment = self.get(segment_id)
        return segment.kind, self.ids(segment.kind, segment.rules)

    def filter_sql(self, segment_id: str) -> tuple[str, dict[str, Any]]:
        """A segment as a condition on `c` (for the clients list: `AND <sql>`). The clause
        calls crm_fold when the segment has a city: register it with `register_fold`."""
        segment = self.get(segment_id)
        return compile_rules(segment.kind, segment.rules, self.today())

    def rows(self, kind: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Display values of the clients list for a page of members."""
        with self.ctx.db.read() as session:
            return fetch_rows(session.connection().connection.driver_connection, kind, ids)

    def export(self, segment_id: str, path: Path | str,
               labels: dict[str, str] | None = None) -> Path:
        """The members with the clients list's columns and their ABC/XYZ class, in name
        order, to .xlsx."""
        check_export(self.ctx, "the segment")
        segment = self.get(segment_id)
        words = {**EXPORT_LABELS, **(labels or {})}
        columns = list(COMPANY_COLUMNS if segment.kind == "company" else CONTACT_COLUMNS)
        ids = self.ids(segment.kind, segment.rules)

        def rows() -> Iterator[list[Any]]:
            with self.ctx.db.read() as session:
                raw = session.connection().connection.driver_connection
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

