"""Segment conditions: the rules a segment stores (plain JSON, one field for the sync merge),
their checks, and their compilation into SQL over the live clients, with every value bound
as a parameter. Companies and people (contacts) have segments of their own; a person's
company-only conditions (type, industry, city, the segment field) are those of the person's
company.

The city/region condition looks for the text in the address, folded as the search folds it
(case, "ё" = "е"). SQLite's LIKE folds ASCII only, so the folded text becomes a GLOB pattern
with both cases of every letter ("[Мм][Оо]…"): matched in C, with no Python call per row
(a Python fold per address cost 0.4 s on 100,000 companies) and no function to register
on the connection, so the clients list and any reader can use the clause as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, date, timedelta
from typing import Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import validate_currency
from crm_desktop.domain.text import fold
from crm_desktop.domain.zones import local_midnight, user_zone

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
    if rules.city:
        test = f"x.address GLOB {q.bind(city_pattern(rules.city))}"
        q.where.append(test.replace("x.", "c.") if company else
                       f"EXISTS (SELECT 1 FROM companies x WHERE x.id = c.company_id AND "
                       f"{test})")
    return " AND ".join(q.where), q.params


def months_back(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the 28th at most, so it exists)."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def city_pattern(text: str) -> str:
    """A GLOB pattern that finds the folded `text` anywhere in an address whatever its case
    ("ё" and "е" alike); GLOB's own signs are matched as themselves."""
    parts = []
    for ch in fold(text):
        if ch in "её":
            parts.append("[ЕеЁё]")
        elif ch in "*?[]":
            parts.append(f"[{ch}]")
        elif len(ch.upper()) == 1 and ch.upper() != ch:
            parts.append(f"[{ch.upper()}{ch}]")
        else:
            parts.append(ch)
    return "*" + "".join(parts) + "*"
