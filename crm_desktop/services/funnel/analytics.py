"""Funnel analytics for a period: stage-to-stage conversion, time in stage, where deals are
lost, won and lost by lead source and by manager, the weighted forecast by month, and sales
plans against the fact. Every figure can be drilled down to the deals behind it.

Money stays in integer minor units, summed per currency; weighted sums are computed as
integer sums of amount × probability and divided by 100 once, rounding half up.

Conversion and time in stage read deal_stage_stats (one row per deal and stage it has been
in, kept by SQL triggers, see migration 0007_speed): a year's figures are one range read of
a covering index, not a walk through every stage change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import text

from crm_desktop.domain.clock import as_utc
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.models import SalesPlan, User

# stage id -> (deals whose furthest stage it is, seconds spent there, times it was left)
StageFigures = dict[str, tuple[int, float, int]]

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
    moved_on: int | None  # reached this stage and a later one (or won); None for won
    rate: Decimal | None  # moved_on / reached, in percent; None for won (nothing follows)
    share: Decimal | None = None  # reached / deals that entered the funnel, in percent


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


CLOSED = ("d.pipeline_id = :pipeline AND d.deleted_at IS NULL AND d.closed_at >= :start AND "
          "d.closed_at <= :end")
STALE_KEY = "analytics.stale."  # + pipeline id: stages were reordered since the last refresh
RANK = "CASE s.kind WHEN 'won' THEN 1000000 WHEN 'open' THEN s.position ELSE -1 END"


def stage_rank(kind: str, position: int) -> int:
    """How far a stage is: won beyond every open stage, open by position, lost never."""
    return WON_RANK if kind == "won" else position if kind == "open" else -1


class AnalyticsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export(self, target: Path, headers: list[str], rows: list[list[Any]],
               sheet: str = "Data") -> Path:
        """One analytics table as shown, to .xlsx; refused when exports are switched off for
        the current person."""
        from crm_desktop.services.exchange.export_rights import check_export
        from crm_desktop.services.exchange.xlsx_export import export_rows

        check_export(self.ctx, "the analytics")
        return export_rows(target, headers, rows, sheet)

    def _rows(self, sql: str, params: dict[str, Any]) -> Sequence[Any]:
        with self.ctx.db.read() as session:
            return session.execute(text(sql), params).all()

    def _stages(self, pipeline_id: str) -> Sequence[Any]:
        return self._rows("SELECT id, name, position, kind, probability FROM stages WHERE "
                          "pipeline_id = :p AND deleted_at IS NULL ORDER BY position",
                          {"p": pipeline_id})

    # -- conversion and time in stage ----------------------------------------------------------
    def refresh_reach(self, pipeline_id: str) -> bool:
        """After stages were reordered, marks again the furthest stage of every deal of the
        pipeline (set-based, once); the triggers keep it from then on. True if it ran."""
        key = STALE_KEY + pipeline_id
        if not self._rows("SELECT 1 FROM local_settings WHERE key = :k", {"k": key}):
            return False
        with self.ctx.db.write() as session:
            session.execute(text(f"""
                UPDATE deal_stage_stats SET furthest = (stage_id = (
                    SELECT t.stage_id FROM deal_stage_stats t JOIN stages s ON s.id = t.stage_id
                    WHERE t.deal_id = deal_stage_stats.deal_id
                    ORDER BY {RANK} DESC, s.position DESC LIMIT 1))
                WHERE pipeline_id = :p"""), {"p": pipeline_id})
            session.execute(text("DELETE FROM local_settings WHERE key = :k"), {"k": key})
        return True

    def _stage_figures(self, pipeline_id: str, period: Period) -> StageFigures:
        """stage id -> (deals of the period whose furthest stage it is, seconds spent there by
        deals that left it, times they left it): one range read of ix_deal_stage_stats_cohort."""
        self.refresh_reach(pipeline_id)
        rows = self._rows("""
            SELECT stage_id, sum(furthest), sum(seconds), sum(visits) FROM deal_stage_stats
            WHERE pipeline_id = :pipeline
              AND stage_id IN (SELECT id FROM stages WHERE pipeline_id = :pipeline)
              AND created_at >= :start AND created_at <= :end
            GROUP BY stage_id""", {"pipeline": pipeline_id, **period.params()})
        return {r[0]: (int(r[1] or 0), float(r[2] or 0), int(r[3] or 0)) for r in rows}

    def overview(self, pipeline_id: str, period: Period) -> dict[str, list[Any]]:
        """Every table of the analytics view at once (the stage figures are read once)."""
        figures = self._stage_figures(pipeline_id, period)
        return {
            "conversion": self.conversion(pipeline_id, period, figures),
            "time_in_stage": self.time_in_stage(pipeline_id, period, figures),
            "losses": self.losses(pipeline_id, period),
            "source": self.results_by(pipeline_id, period, "source"),
            "manager": self.results_by(pipeline_id, period, "manager"),
            "forecast": self.forecast(pipeline_id),
            "plan": self.plan_vs_fact(period),
        }

    def conversion(self, pipeline_id: str, period: Period,
                   figures: StageFigures | None = None) -> list[ConversionRow]:
        """Deals created in the period: how many reached each open stage (a deal imported
        without history has reached the stage it is in), how many of those went on to a later
        stage or were won, and the share of all the period's deals that got that far."""
        if figures is None:
            figures = self._stage_figures(pipeline_id, period)
        stages = self._stages(pipeline_id)
        furthest: dict[int, int] = {}  # rank -> deals whose furthest stage has this rank
        for stage in stages:
            rank = stage_rank(stage[3], stage[2])
            furthest[rank] = furthest.get(rank, 0) + figures.get(stage[0], (0, 0, 0))[0]
        steps = [s for s in stages if s[3] == "open"] + [s for s in stages if s[3] == "won"]
        ranks = [stage_rank(s[3], s[2]) for s in steps]

        def at_least(rank: int) -> int:
            return sum(count for r, count in furthest.items() if r >= rank)

        entered = at_least(ranks[0]) if ranks else 0
        rows = []
        for i, stage in enumerate(steps):
            reached = at_least(ranks[i])
            last = stage[3] == "won"
            moved = None if last else at_least(ranks[i + 1]) if i + 1 < len(steps) else 0
            rows.append(ConversionRow(stage[0], stage[1], reached, moved,
                                      None if moved is None else percent(moved, reached),
                                      percent(reached, entered)))
        return rows

    def time_in_stage(self, pipeline_id: str, period: Period,
                      figures: StageFigures | None = None) -> list[FigureRow]:
        """Average days a deal of the period spent in each stage it has left."""
        if figures is None:
            figures = self._stage_figures(pipeline_id, period)
        result = []
        for stage in self._stages(pipeline_id):
            _, seconds, visits = figures.get(stage[0], (0, 0.0, 0))
            if visits:
                avg = (Decimal(seconds) / 86400 / visits).quantize(Decimal("0.1"), ROUND_HALF_UP)
                result.append(FigureRow((stage[0],), (stage[1],), (avg, visits)))
        return result

    # -- losses and results -------------------------------------------------------------------
    def _kinds(self, pipeline_id: str, *kinds: str) -> tuple[str, dict[str, str]]:
        """An SQL list of the ids of the pipeline's stages of these kinds, and its params:
        `stage_id IN (...)` keeps the closed-deal queries inside their covering index."""
        ids = [s[0] for s in self._stages(pipeline_id) if s[3] in kinds] or [""]
        params = {f"k{i}": ident for i, ident in enumerate(ids)}
        return "(" + ", ".join(f":{k}" for k in params) + ")", params

    def losses(self, pipeline_id: str, period: Period) -> list[FigureRow]:
        """Deals lost in the period by the stage they were lost from (the one before their
        latest move to lost) and the reason."""
        lost, params = self._kinds(pipeline_id, "lost")
        rows = self._rows(f"""
            WITH l AS MATERIALIZED (
                SELECT (SELECT h.from_stage_id FROM deal_stage_history h
                        WHERE h.deal_id = d.id AND h.to_stage_id = d.stage_id
                          AND h.deleted_at IS NULL
                        ORDER BY h.changed_at DESC LIMIT 1) AS from_stage_id,
                       coalesce(d.loss_reason, '') AS reason, d.currency, d.amount_minor
                FROM deals d INDEXED BY ix_deals_closed
                WHERE {CLOSED} AND d.stage_id IN {lost})
            SELECT coalesce(l.from_stage_id, ''), coalesce(fs.name, ''), l.reason, l.currency,
                   count(*), sum(l.amount_minor)
            FROM l LEFT JOIN stages fs ON fs.id = l.from_stage_id
            GROUP BY l.from_stage_id, l.reason, l.currency
            ORDER BY count(*) DESC""", {"pipeline": pipeline_id, **period.params(), **params})
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
        won, won_params = self._kinds(pipeline_id, "won")
        closed, closed_params = self._kinds(pipeline_id, "won", "lost")
        params = {"pipeline": pipeline_id, **period.params(), **closed_params,
                  **{f"w{k}": v for k, v in won_params.items()}}
        won = won.replace(":k", ":wk")
        rows = self._rows(f"""
            SELECT {column}, {label}, d.currency,
                   sum(d.stage_id IN {won}),
                   sum(CASE WHEN d.stage_id IN {won} THEN d.amount_minor ELSE 0 END),
                   sum(d.stage_id NOT IN {won})
            FROM deals d INDEXED BY ix_deals_closed
            WHERE {CLOSED} AND d.stage_id IN {closed}
            GROUP BY {column}, d.currency ORDER BY 5 DESC""", params)
        return [FigureRow((r[0], r[2]), (r[1],), (int(r[3]), Money(int(r[4]), r[2]), int(r[5]),
                                                  percent(int(r[3]), int(r[3]) + int(r[5]))))
                for r in rows]

    def forecast(self, pipeline_id: str) -> list[FigureRow]:
        """Open deals by the month they are expected to close: count, amount, weighted.
        Read from the covering index ix_deals_forecast alone."""
        rows = self._rows("""
            SELECT substr(d.expected_close, 1, 7), d.currency, count(*),
                   sum(d.amount_minor), sum(d.amount_minor * s.probability)
            FROM deals d JOIN stages s ON s.id = d.stage_id
            WHERE d.pipeline_id = :pipeline AND d.deleted_at IS NULL
              AND d.stage_id IN (SELECT id FROM stages WHERE pipeline_id = :pipeline
                                 AND kind = 'open')
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
            self.refresh_reach(pipeline_id)
            stages = self._stages(pipeline_id)
            stage = next(s for s in stages if s[0] == key[0])
            rank = stage_rank(stage[3], stage[2])
            farther = [s[0] for s in stages if stage_rank(s[3], s[2]) >= rank]
            params.update({f"s{i}": ident for i, ident in enumerate(farther)})
            sql = ("SELECT deal_id FROM deal_stage_stats WHERE pipeline_id = :pipeline AND "
                   "furthest AND created_at >= :start AND created_at <= :end AND stage_id IN ("
                   + ", ".join(f":s{i}" for i in range(len(farther))) + ")")
        elif figure == "time_in_stage" and period is not None:
            params["stage"] = key[0]
            sql = ("SELECT deal_id FROM deal_stage_stats WHERE pipeline_id = :pipeline AND "
                   "stage_id = :stage AND visits > 0 AND created_at >= :start AND "
                   "created_at <= :end")
        elif figure == "losses":
            params.update({"from_stage": key[0], "reason": key[1], "currency": key[2]})
            sql = (f"SELECT d.id FROM deals d WHERE {CLOSED} AND d.stage_id IN ("
                   f"SELECT id FROM stages WHERE pipeline_id = :pipeline AND kind = 'lost') AND "
                   f"coalesce((SELECT h.from_stage_id FROM deal_stage_history h "
                   f"WHERE h.deal_id = d.id AND h.to_stage_id = d.stage_id AND "
                   f"h.deleted_at IS NULL ORDER BY h.changed_at DESC LIMIT 1), '') = :from_stage "
                   f"AND coalesce(d.loss_reason, '') = :reason AND d.currency = :currency")
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
                   "AND substr(d.expected_close, 1, 7) = :month AND d.currency = :currency")
        elif figure == "plan":
            params.update({"user": key[0], "from": key[1], "to": key[2]})
            sql = ("SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id AND "
                   "s.kind = 'won' WHERE d.responsible_id = :user AND d.deleted_at IS NULL "
                   "AND d.closed_at >= :from AND d.closed_at < date(:to, '+1 day')")
        else:
            raise ValidationError("figure", f"no such figure: {figure}")
        return [r[0] for r in self._rows(sql, params)]
