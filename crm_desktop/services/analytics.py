"""Funnel analytics for a period: stage-to-stage conversion, time in stage, where deals are
lost, won and lost by lead source and by manager, the weighted forecast by month, and sales
plans against the fact. Every figure can be drilled down to the deals behind it.

Money stays in integer minor units, summed per currency; weighted sums are computed as
integer sums of amount × probability and divided by 100 once, rounding half up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import text

from crm_desktop.domain.clock import as_utc
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.models import SalesPlan, User

WON_RANK = 1_000_000  # a won deal has passed every open stage


@dataclass(frozen=True)
class Period:
    """[start, end] in whole days (end inclusive), as a person chooses them."""

    start: date
    end: date

    def params(self) -> dict[str, str]:
        begin = as_utc(datetime.combine(self.start, time.min)).replace(tzinfo=None)
        after = as_utc(datetime.combine(self.end, time.max)).replace(tzinfo=None)
        return {"start": str(begin), "end": str(after)}


@dataclass(frozen=True)
class ConversionRow:
    stage_id: str
    stage: str
    reached: int
    moved_on: int  # reached this stage and a later one (or won)
    rate: Decimal | None  # moved_on / reached, in percent


@dataclass(frozen=True)
class FigureRow:
    key: tuple[str, ...]
    label: tuple[str, ...]
    values: tuple[Any, ...]


def percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), ROUND_HALF_UP)


def divide_100(value: int) -> int:
    return int((Decimal(value) / 100).quantize(Decimal(1), ROUND_HALF_UP))


COHORT = ("SELECT id FROM deals WHERE pipeline_id = :pipeline AND deleted_at IS NULL AND "
          "created_at >= :start AND created_at <= :end")
CLOSED = ("d.pipeline_id = :pipeline AND d.deleted_at IS NULL AND d.closed_at >= :start AND "
          "d.closed_at <= :end")


class AnalyticsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _rows(self, sql: str, params: dict) -> list[Any]:
        with self.ctx.db.read() as session:
            return session.execute(text(sql), params).all()

    def _stages(self, pipeline_id: str) -> list[Any]:
        return self._rows("SELECT id, name, position, kind, probability FROM stages WHERE "
                          "pipeline_id = :p AND deleted_at IS NULL ORDER BY position",
                          {"p": pipeline_id})

    # -- conversion and time in stage ----------------------------------------------------------
    def _history(self, pipeline_id: str, period: Period) -> list[tuple[str, str, str]]:
        """(deal id, changed at, stage id) of the period's deals, in order: one index range
        read through the DBAPI cursor (SQL window functions were five times slower here)."""
        params = {"pipeline": pipeline_id, **period.params()}
        with self.ctx.db.read() as session:
            cursor = session.connection().connection.driver_connection.execute(
                "SELECT h.deal_id, h.changed_at, h.to_stage_id FROM deals d "
                "JOIN deal_stage_history h ON h.deal_id = d.id "
                "WHERE d.pipeline_id = :pipeline AND d.deleted_at IS NULL "
                "AND d.created_at >= :start AND d.created_at <= :end", params)
            rows = cursor.fetchall()
        # Grouped by deal and in time order without an SQL sort of the whole period.
        by_deal: dict[str, list[tuple[str, str, str]]] = {}
        for row in rows:
            by_deal.setdefault(row[0], []).append(row)
        return [r for deal_rows in by_deal.values() for r in sorted(deal_rows)]

    def overview(self, pipeline_id: str, period: Period) -> dict[str, list]:
        """Every table of the analytics view at once (the period's history is read once)."""
        history = self._history(pipeline_id, period)
        return {
            "conversion": self.conversion(pipeline_id, period, history),
            "time_in_stage": self.time_in_stage(pipeline_id, period, history),
            "losses": self.losses(pipeline_id, period),
            "source": self.results_by(pipeline_id, period, "source"),
            "manager": self.results_by(pipeline_id, period, "manager"),
            "forecast": self.forecast(pipeline_id),
            "plan": self.plan_vs_fact(period),
        }

    def _reach(self, pipeline_id: str, period: Period,
               history: list | None = None) -> dict[str, int]:
        """deal id -> the furthest stage rank it reached (won beyond every open stage)."""
        ranks = {s[0]: (WON_RANK if s[3] == "won" else s[2] if s[3] == "open" else -1)
                 for s in self._stages(pipeline_id)}
        far: dict[str, int] = {}
        for deal_id, _, stage_id in (history if history is not None
                                     else self._history(pipeline_id, period)):
            rank = ranks.get(stage_id, -1)
            if rank > far.get(deal_id, -2):
                far[deal_id] = rank
        return far

    def conversion(self, pipeline_id: str, period: Period,
                   history: list | None = None) -> list[ConversionRow]:
        """Deals created in the period: how many reached each open stage, and how many of
        those went on to a later stage or were won."""
        far = self._reach(pipeline_id, period, history)
        stages = self._stages(pipeline_id)
        steps = [s for s in stages if s[3] == "open"] + [s for s in stages if s[3] == "won"]
        ranks = [WON_RANK if s[3] == "won" else s[2] for s in steps]
        rows = []
        for i, stage in enumerate(steps):
            reached = sum(1 for f in far.values() if f >= ranks[i])
            moved = sum(1 for f in far.values() if f >= ranks[i + 1]) if i + 1 < len(steps) \
                else reached
            rows.append(ConversionRow(stage[0], stage[1], reached, moved,
                                      percent(moved, reached)))
        return rows

    def time_in_stage(self, pipeline_id: str, period: Period,
                      history: list | None = None) -> list[FigureRow]:
        """Average days a deal of the period spent in each stage it has left."""
        seconds: dict[str, float] = {}
        counts: dict[str, int] = {}
        previous = None
        for deal_id, changed_at, stage_id in (history if history is not None
                                              else self._history(pipeline_id, period)):
            moment = datetime.fromisoformat(changed_at)
            if previous is not None and previous[0] == deal_id:
                spent = (moment - previous[1]).total_seconds()
                seconds[previous[2]] = seconds.get(previous[2], 0.0) + spent
                counts[previous[2]] = counts.get(previous[2], 0) + 1
            previous = (deal_id, moment, stage_id)
        result = []
        for stage in self._stages(pipeline_id):
            if counts.get(stage[0]):
                avg = (Decimal(seconds[stage[0]]) / 86400 / counts[stage[0]]).quantize(
                    Decimal("0.1"), ROUND_HALF_UP)
                result.append(FigureRow((stage[0],), (stage[1],), (avg, counts[stage[0]])))
        return result

    # -- losses and results -------------------------------------------------------------------
    def losses(self, pipeline_id: str, period: Period) -> list[FigureRow]:
        """Deals lost in the period by the stage they were lost from and the reason."""
        params = {"pipeline": pipeline_id, **period.params()}
        rows = self._rows(f"""
            SELECT coalesce(h.from_stage_id, ''), coalesce(fs.name, ''),
                   coalesce(d.loss_reason, ''), d.currency, count(*), sum(d.amount_minor)
            FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'lost'
            JOIN deal_stage_history h ON h.deal_id = d.id AND h.to_stage_id = d.stage_id
            LEFT JOIN stages fs ON fs.id = h.from_stage_id
            WHERE {CLOSED}
            GROUP BY h.from_stage_id, d.loss_reason, d.currency
            ORDER BY count(*) DESC""", params)
        return [FigureRow((r[0], r[2], r[3]), (r[1], r[2]), (r[4], Money(int(r[5]), r[3])))
                for r in rows]

    def results_by(self, pipeline_id: str, period: Period, by: str) -> list[FigureRow]:
        """Won and lost deals closed in the period by lead source or by manager:
        (won count, won amount, lost count, win rate %)."""
        column = {"source": "coalesce(d.source, '')",
                  "manager": "coalesce(d.responsible_id, '')"}.get(by)
        if column is None:
            raise ValidationError("by", "choose source or manager")
        label = column if by == "source" else \
            "coalesce((SELECT name FROM users u WHERE u.id = d.responsible_id), '')"
        params = {"pipeline": pipeline_id, **period.params()}
        rows = self._rows(f"""
            SELECT {column}, {label}, d.currency,
                   sum(s.kind = 'won'), sum(CASE WHEN s.kind = 'won' THEN d.amount_minor
                                            ELSE 0 END),
                   sum(s.kind = 'lost')
            FROM deals d JOIN stages s ON s.id = d.stage_id
            WHERE {CLOSED} AND s.kind IN ('won', 'lost')
            GROUP BY {column}, d.currency ORDER BY 5 DESC""", params)
        return [FigureRow((r[0], r[2]), (r[1],), (int(r[3]), Money(int(r[4]), r[2]), int(r[5]),
                                                  percent(int(r[3]), int(r[3]) + int(r[5]))))
                for r in rows]

    def forecast(self, pipeline_id: str) -> list[FigureRow]:
        """Open deals by the month they are expected to close: count, amount, weighted."""
        rows = self._rows("""
            SELECT strftime('%Y-%m', d.expected_close), d.currency, count(*),
                   sum(d.amount_minor), sum(d.amount_minor * s.probability)
            FROM deals d JOIN stages s ON s.id = d.stage_id AND s.kind = 'open'
            WHERE d.pipeline_id = :pipeline AND d.deleted_at IS NULL
              AND d.expected_close IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1""", {"pipeline": pipeline_id})
        return [FigureRow((r[0], r[1]), (r[0],), (int(r[2]), Money(int(r[3]), r[1]),
                                                 Money(divide_100(int(r[4])), r[1])))
                for r in rows]

    # -- plans ----------------------------------------------------------------------------------
    def set_plan(self, user_id: str, start: date, end: date, amount: Money) -> None:
        if end < start:
            raise ValidationError("period_end", "the plan ends before it starts")
        if amount.minor < 0:
            raise ValidationError("amount", "a plan cannot be negative")
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            if session.get(User, user_id) is None:
                raise ValidationError("user_id", f"user {user_id} does not exist")
            existing = session.query(SalesPlan).filter_by(
                user_id=user_id, period_start=start, period_end=end, deleted_at=None).first()
            if existing is None:
                session.add(SalesPlan(user_id=user_id, period_start=start, period_end=end,
                                      amount_minor=amount.minor, currency=amount.currency,
                                      created_at=now, updated_at=now))
            else:
                existing.amount_minor, existing.currency = amount.minor, amount.currency
                existing.updated_at = now

    def plan_vs_fact(self, period: Period) -> list[FigureRow]:
        """Plans that fall in the period against the deals each manager won in the plan's
        own dates: (plan, fact, % done)."""
        rows = self._rows("""
            SELECT p.user_id, u.name, p.period_start, p.period_end, p.currency, p.amount_minor,
              (SELECT coalesce(sum(d.amount_minor), 0) FROM deals d
                 JOIN stages s ON s.id = d.stage_id AND s.kind = 'won'
                 WHERE d.responsible_id = p.user_id AND d.deleted_at IS NULL
                   AND d.currency = p.currency
                   AND d.closed_at >= p.period_start
                   AND d.closed_at < date(p.period_end, '+1 day'))
            FROM sales_plans p JOIN users u ON u.id = p.user_id
            WHERE p.deleted_at IS NULL AND p.period_start <= :end_day
              AND p.period_end >= :start_day
            ORDER BY u.name, p.period_start""",
                          {"start_day": period.start.isoformat(),
                           "end_day": period.end.isoformat()})
        return [FigureRow((r[0], str(r[2]), str(r[3])), (r[1], f"{r[2]} – {r[3]}"),
                          (Money(int(r[5]), r[4]), Money(int(r[6]), r[4]),
                           percent(int(r[6]), int(r[5]))))
                for r in rows]

    # -- drill-down ---------------------------------------------------------------------------
    def drill(self, figure: str, pipeline_id: str, period: Period | None,
              key: tuple[str, ...]) -> list[str]:
        """The ids of the deals behind one figure's row."""
        params: dict[str, Any] = {"pipeline": pipeline_id, **(period.params() if period else {})}
        if figure == "conversion" and period is not None:
            stage = next(s for s in self._stages(pipeline_id) if s[0] == key[0])
            rank = WON_RANK if stage[3] == "won" else stage[2]
            return [d for d, f in self._reach(pipeline_id, period).items() if f >= rank]
        elif figure == "time_in_stage":
            params["stage"] = key[0]
            sql = (f"SELECT DISTINCT deal_id FROM deal_stage_history WHERE to_stage_id = :stage "
                   f"AND deal_id IN ({COHORT})")
        elif figure == "losses":
            params.update({"from_stage": key[0], "reason": key[1], "currency": key[2]})
            sql = (f"SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id AND "
                   f"s.kind = 'lost' JOIN deal_stage_history h ON h.deal_id = d.id AND "
                   f"h.to_stage_id = d.stage_id WHERE {CLOSED} AND "
                   f"coalesce(h.from_stage_id, '') = :from_stage AND "
                   f"coalesce(d.loss_reason, '') = :reason AND d.currency = :currency")
        elif figure in ("source", "manager"):
            column = "d.source" if figure == "source" else "d.responsible_id"
            params.update({"value": key[0], "currency": key[1]})
            sql = (f"SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "
                   f"{CLOSED} AND s.kind IN ('won', 'lost') AND coalesce({column}, '') = :value "
                   f"AND d.currency = :currency")
        elif figure == "forecast":
            params.update({"month": key[0], "currency": key[1]})
            sql = ("SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id AND "
                   "s.kind = 'open' WHERE d.pipeline_id = :pipeline AND d.deleted_at IS NULL "
                   "AND strftime('%Y-%m', d.expected_close) = :month AND d.currency = :currency")
        elif figure == "plan":
            params.update({"user": key[0], "from": key[1], "to": key[2]})
            sql = ("SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id AND "
                   "s.kind = 'won' WHERE d.responsible_id = :user AND d.deleted_at IS NULL "
                   "AND d.closed_at >= :from AND d.closed_at < date(:to, '+1 day')")
        else:
            raise ValidationError("figure", f"no such figure: {figure}")
        return [r[0] for r in self._rows(sql, params)]
