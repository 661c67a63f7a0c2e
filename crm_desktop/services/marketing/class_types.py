"""The values of the ABC/XYZ analysis: its settings (thresholds, period, currency), the run
the stored classes were made with, the matrix and a classed client (see classes.py for the
rules and the computing)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import validate_currency

ABC = ("A", "B", "C")
XYZ = ("X", "Y", "Z")


def _decimal(value: Any, name: str, low: Decimal, high: Decimal) -> Decimal:
    try:
        number = Decimal(str(value).replace(",", ".").strip())
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(name, f"'{value}' is not a number") from exc
    if not number.is_finite() or not low <= number <= high:
        raise ValidationError(name, f"must be between {low} and {high}")
    return number


@dataclass(frozen=True)
class ClassSettings:
    """How classes are computed. The period is the last `months` whole months before today's
    month, unless `start` and `end` fix it."""

    months: int = 12
    start: date | None = None
    end: date | None = None
    currency: str = "RUB"
    a_share: Decimal = Decimal(80)
    b_share: Decimal = Decimal(15)
    x_limit: Decimal = Decimal(10)
    y_limit: Decimal = Decimal(25)
    min_months: int = 3

    def checked(self) -> ClassSettings:
        """The same settings, validated and normalised; a ValidationError names the field."""
        if not isinstance(self.months, int) or not 1 <= self.months <= 120:
            raise ValidationError("months", "must be a whole number from 1 to 120")
        if (self.start is None) != (self.end is None):
            raise ValidationError("end" if self.end is None else "start",
                                  "give both the start and the end of the period")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValidationError("end", "the period ends before it starts")
        a = _decimal(self.a_share, "a_share", Decimal(1), Decimal(100))
        b = _decimal(self.b_share, "b_share", Decimal(0), Decimal(100))
        if a + b > 100:
            raise ValidationError("b_share", "A and B together must not exceed 100 %")
        x = _decimal(self.x_limit, "x_limit", Decimal(0), Decimal(1000))
        y = _decimal(self.y_limit, "y_limit", Decimal(0), Decimal(1000))
        if y < x:
            raise ValidationError("y_limit", "the Y limit must not be below the X limit")
        if not isinstance(self.min_months, int) or not 2 <= self.min_months <= 120:
            raise ValidationError("min_months", "must be a whole number from 2 to 120")
        return replace(self, currency=validate_currency(self.currency), a_share=a, b_share=b,
                       x_limit=x, y_limit=y)

    def period(self, today: date) -> tuple[date, date]:
        if self.start is not None and self.end is not None:
            return self.start, self.end
        end = today.replace(day=1) - timedelta(days=1)
        start = end.replace(day=1)
        for _ in range(self.months - 1):
            start = (start - timedelta(days=1)).replace(day=1)
        return start, end

    def to_json(self) -> str:
        values = asdict(self)
        for key, value in values.items():
            if isinstance(value, Decimal | date):
                values[key] = str(value)
        return json.dumps(values, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | None) -> ClassSettings:
        if not raw:
            return cls()
        try:
            values = json.loads(raw)
            known = {k: v for k, v in values.items() if k in cls.__dataclass_fields__}
            for key in ("start", "end"):
                if known.get(key):
                    known[key] = date.fromisoformat(known[key])
            for key in ("a_share", "b_share", "x_limit", "y_limit"):
                if key in known:
                    known[key] = Decimal(str(known[key]))
            return cls(**known).checked()
        except (ValueError, TypeError, ValidationError, InvalidOperation):
            return cls()  # a broken setting (raw SQL, a newer program) falls back to defaults


@dataclass(frozen=True)
class ClassRun:
    """What the stored classes were computed with, and their totals."""

    computed_at: datetime
    start: date
    end: date
    settings: ClassSettings
    clients: int
    revenue_minor: int
    left_out_deals: int  # won deals of the period in another currency


@dataclass(frozen=True)
class Cell:
    abc: str
    xyz: str | None  # None: history too short for XYZ
    clients: int
    revenue_minor: int


@dataclass(frozen=True)
class Matrix:
    run: ClassRun | None
    cells: dict[tuple[str, str | None], Cell]
    without_purchases: int  # live companies with no won deal in the period

    def cell(self, abc: str, xyz: str | None) -> Cell:
        return self.cells.get((abc, xyz), Cell(abc, xyz, 0, 0))

    def row_total(self, abc: str) -> Cell:
        found = [c for (a, _), c in self.cells.items() if a == abc]
        return Cell(abc, "*", sum(c.clients for c in found), sum(c.revenue_minor for c in found))

    def column_total(self, xyz: str | None) -> Cell:
        found = [c for (_, x), c in self.cells.items() if x == xyz]
        return Cell("*", xyz, sum(c.clients for c in found), sum(c.revenue_minor for c in found))

    @property
    def total(self) -> Cell:
        return Cell("*", "*", sum(c.clients for c in self.cells.values()),
                    sum(c.revenue_minor for c in self.cells.values()))


@dataclass(frozen=True)
class ClassedClient:
    id: str
    kind: str
    name: str
    abc: str
    xyz: str | None
    revenue_minor: int
    share: float
    months: int
    variation: float | None
    responsible: str | None = None


def month_starts(start: date, end: date) -> list[date]:
    """The first day of each month bucket: the period's start, then every 1st up to `end`."""
    starts = [start]
    cursor = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    while cursor <= end:
        starts.append(cursor)
        cursor = (cursor.replace(day=28) + timedelta(days=4)).replace(day=1)
    return starts


def _run_json(run: ClassRun) -> str:
    return json.dumps({"computed_at": run.computed_at.isoformat(), "start": str(run.start),
                       "end": str(run.end), "settings": run.settings.to_json(),
                       "clients": run.clients, "revenue_minor": run.revenue_minor,
                       "left_out_deals": run.left_out_deals})


def _run_from_json(raw: str | None) -> ClassRun | None:
    if not raw:
        return None
    try:
        values = json.loads(raw)
        return ClassRun(datetime.fromisoformat(values["computed_at"]),
                        date.fromisoformat(values["start"]), date.fromisoformat(values["end"]),
                        ClassSettings.from_json(values["settings"]), int(values["clients"]),
                        int(values["revenue_minor"]), int(values["left_out_deals"]))
    except (ValueError, KeyError, TypeError):
        return None
