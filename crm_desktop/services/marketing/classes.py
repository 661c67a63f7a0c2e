"""ABC/XYZ classes of clients, computed from their won deals.

ABC by the share of won revenue in a period: clients sorted by revenue, largest first; a
client is A while the revenue of the clients before it is under the A share (80 %), B while
it is under A + B (95 %), else C. So the client that crosses 80 % is still A, and one client
with all the revenue is A. Clients with equal revenue get the same class (the class of the
first of them): the order of ties never decides.

XYZ by the coefficient of variation (population standard deviation / mean) of a client's
monthly revenue over the months of its history in the period, months without purchases
counted as zero. The history starts at the period's start for a client that bought before
it, else at its first purchase; a history shorter than `min_months` has no XYZ class (one
purchase last month says nothing about regularity). X: variation ≤ 10 %, Y: ≤ 25 %, Z above.
The comparisons are exact (integer arithmetic on the sums, no rounding at the boundary).

Clients without a won deal in the period have no class. A client is the deal's company, else
the company of its contact, else the contact (a private person). Revenue is in one currency
(the settings'); deals in others are counted as left out. Months are calendar months in the
user's time zone.

The classes live in `client_classes` (local, derived): the list, the card and segments read
them; `recompute` writes them all in one transaction.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from crm_desktop.domain.zones import local_midnight, user_zone
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.export_rights import check_export
from crm_desktop.services.marketing.class_types import (  # noqa: F401  (re-exported)
    ABC,
    XYZ,
    Cell,
    ClassedClient,
    ClassRun,
    ClassSettings,
    Matrix,
    _run_from_json,
    _run_json,
    month_starts,
)
from crm_desktop.services.marketing.workbook import Sheet, money, write_book
from crm_desktop.storage.database import raw_sqlite
from crm_desktop.storage.models import OrgSetting
from crm_desktop.storage.searchable import person_name_sql

SETTINGS_KEY = "marketing.classes"  # org_settings: the office's thresholds and period
RUN_KEY = "marketing.classes.run"  # local_settings: what the stored classes were made with
def _sql_time(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


# A deal's client: its company, else its contact's company, else the contact.
CLIENT = "coalesce(d.company_id, ct.company_id, d.contact_id)"
CLIENT_KIND = ("CASE WHEN d.company_id IS NOT NULL OR ct.company_id IS NOT NULL "
               "THEN 'company' ELSE 'contact' END")
WON_DEALS = ("FROM deals d LEFT JOIN contacts ct ON d.company_id IS NULL AND ct.id = d.contact_id "
             "WHERE d.deleted_at IS NULL AND d.stage_id IN (SELECT id FROM stages "
             "WHERE kind = 'won')")


def _classes_sql(bounds: int, squares: str) -> str:
    """The one statement that fills client_classes (see the module's rules).

    won: the period's won deals with their client; monthly: revenue per client and month
    bucket (the last bucket start at or before the close); per: a client's revenue s, sum of
    squared monthly revenue q and first month with a purchase; ranked: the revenue of all
    clients with more (ties are one peer group: GROUPS ... 1 PRECEDING), the grand total
    and the months of history n. CV² = (n·q − s²) / s², compared as integers."""
    # the month bucket: a CASE over the bounds, newest first (twice as fast as a lookup)
    month = "CASE " + " ".join(f"WHEN won.closed_at >= :b{i} THEN {i}"
                               for i in reversed(range(bounds))) + " END"
    return f"""
        WITH won AS (
            SELECT {CLIENT} AS client, {CLIENT_KIND} AS kind, d.closed_at AS closed_at,
                   d.amount_minor AS amount
            {WON_DEALS} AND d.currency = :cur AND d.closed_at >= :start
              AND d.closed_at < :end),
        monthly AS (
            SELECT client, max(kind) AS kind,
                   {month} AS m, sum(amount) AS v
            FROM won WHERE client IS NOT NULL GROUP BY client, m),
        per AS (
            SELECT client, max(kind) AS kind, sum(v) AS s, {squares}(v * v) AS q,
                   min(CASE WHEN v > 0 THEN m END) AS first
            FROM monthly GROUP BY client HAVING sum(v) > 0),
        ranked AS (
            SELECT client, kind, s, q,
                   coalesce(sum(s) OVER (ORDER BY s DESC GROUPS BETWEEN UNBOUNDED PRECEDING
                                         AND 1 PRECEDING), 0) AS before,
                   sum(s) OVER () AS grand,
                   :n - CASE WHEN client IN (
                       SELECT {CLIENT} {WON_DEALS} AND d.currency = :cur
                         AND d.closed_at < :start) THEN 0 ELSE first END AS n
            FROM per
            WHERE client NOT IN (SELECT id FROM companies WHERE deleted_at IS NOT NULL
                                 UNION ALL SELECT id FROM contacts WHERE deleted_at IS NOT NULL)),
        spread AS (SELECT *, n * q - s * s AS sp FROM ranked)
        INSERT INTO client_classes (client_id, kind, abc, xyz, revenue_minor, share, months,
                                    variation, computed_at)
        SELECT client, kind,
               CASE WHEN before * :a100d < :a_n * grand THEN 'A'
                    WHEN before * :b100d < :b_n * grand THEN 'B' ELSE 'C' END,
               CASE WHEN n >= :min_months THEN
                   CASE WHEN sp * :x_left <= :x_right * s * s THEN 'X'
                        WHEN sp * :y_left <= :y_right * s * s THEN 'Y' ELSE 'Z' END END,
               s, s * 100.0 / grand, n,
               CASE WHEN n >= :min_months THEN sqrt(max(sp, 0) * 1.0 / s / s) * 100 END,
               :now
        FROM spread"""


def _ensure_sqrt(conn: sqlite3.Connection) -> None:
    """SQLite's math functions are a build option: a Python one where they are missing."""
    try:
        conn.execute("SELECT sqrt(4.0)")
    except sqlite3.OperationalError:
        conn.create_function("sqrt", 1, math.sqrt, deterministic=True)


class ClassService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- settings --------------------------------------------------------------------------
    def settings(self) -> ClassSettings:
        with self.ctx.db.read() as session:
            raw = session.scalars(select(OrgSetting.value).where(
                OrgSetting.key == SETTINGS_KEY, OrgSetting.deleted_at.is_(None))
                .order_by(OrgSetting.updated_at.desc(), OrgSetting.id.desc())).first()
        return ClassSettings.from_json(raw)

    def save_settings(self, settings: ClassSettings) -> ClassSettings:
        settings = settings.checked()
        now = self.ctx.clock.now()
        with self.ctx.db.write() as session:
            row = session.scalars(select(OrgSetting).where(
                OrgSetting.key == SETTINGS_KEY, OrgSetting.deleted_at.is_(None))
                .order_by(OrgSetting.updated_at.desc(), OrgSetting.id.desc())).first()
            if row is None:
                session.add(OrgSetting(key=SETTINGS_KEY, value=settings.to_json(),
                                       created_at=now, updated_at=now))
            elif row.value != settings.to_json():
                row.value, row.updated_at = settings.to_json(), now
        return settings

    def today(self) -> date:
        return self.ctx.clock.now().astimezone(user_zone()).date()

    # -- computing --------------------------------------------------------------------------
    def recompute(self, settings: ClassSettings | None = None) -> ClassRun:
        """Computes every client's class and stores them all, in one write transaction and
        one statement: the sums per client and month, the ranks and the classes are all
        SQL (integer arithmetic; a product past 64 bits goes on as a float, which only
        sums beyond any shop's revenue reach)."""
        settings = (settings or self.settings()).checked()
        start, end = settings.period(self.today())
        zone = user_zone()
        starts = month_starts(start, end)
        bounds = [_sql_time(local_midnight(day, zone)) for day in starts]
        finish = _sql_time(local_midnight(end + timedelta(days=1), zone))
        now = self.ctx.clock.now()
        a_n, a_d = Fraction(settings.a_share).as_integer_ratio()
        b_n, b_d = Fraction(settings.a_share + settings.b_share).as_integer_ratio()
        x_n, x_d = Fraction(settings.x_limit).as_integer_ratio()
        y_n, y_d = Fraction(settings.y_limit).as_integer_ratio()
        params: dict[str, Any] = {
            "cur": settings.currency, "start": bounds[0], "end": finish, "n": len(starts),
            "min_months": settings.min_months, "a100d": 100 * a_d, "a_n": a_n,
            "b100d": 100 * b_d, "b_n": b_n, "x_left": 10000 * x_d * x_d, "x_right": x_n * x_n,
            "y_left": 10000 * y_d * y_d, "y_right": y_n * y_n, "now": _sql_time(now)}
        params.update({f"b{i}": b for i, b in enumerate(bounds)})
        with self.ctx.db.write() as session:
            raw = raw_sqlite(session)
            _ensure_sqrt(raw)
            raw.execute("DELETE FROM client_classes")
            try:
                raw.execute(_classes_sql(len(bounds), "sum"), params)
            except sqlite3.OperationalError as exc:  # Σv² past 64 bits: a float sum
                if "overflow" not in str(exc):
                    raise
                raw.execute(_classes_sql(len(bounds), "total"), params)
            clients, revenue = raw.execute(
                "SELECT count(*), coalesce(sum(revenue_minor), 0) FROM client_classes"
            ).fetchone()
            left_out = raw.execute(
                f"SELECT count(*) {WON_DEALS} AND d.currency != :cur AND d.closed_at >= :start "
                "AND d.closed_at < :end", {k: params[k] for k in ("cur", "start", "end")}
            ).fetchone()[0]
            run = ClassRun(now, start, end, settings, int(clients), int(revenue), int(left_out))
            raw.execute("INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                        "DO UPDATE SET value = excluded.value", (RUN_KEY, _run_json(run)))
        return run

    def last_run(self) -> ClassRun | None:
        with self.ctx.db.read() as session:
            raw = session.execute(text("SELECT value FROM local_settings WHERE key = :k"),
                                  {"k": RUN_KEY}).scalar()
        return _run_from_json(raw)

    def is_stale(self) -> bool:
        """No classes yet, other settings since, or the period has moved on (a new month)."""
        run = self.last_run()
        if run is None:
            return True
        settings = self.settings()
        return run.settings != settings or settings.period(self.today()) != (run.start, run.end)

    def ensure_fresh(self) -> ClassRun | None:
        """Recomputes when stale; the run the stored classes belong to."""
        return self.recompute() if self.is_stale() else self.last_run()

    # -- reading --------------------------------------------------------------------------
    def matrix(self) -> Matrix:
        with self.ctx.db.read() as session:
            rows = session.execute(text(
                "SELECT abc, xyz, count(*), sum(revenue_minor) FROM client_classes "
                "GROUP BY abc, xyz")).all()
            live = session.execute(text(
                "SELECT (SELECT count(*) FROM companies) - (SELECT count(*) FROM companies "
                "WHERE deleted_at IS NOT NULL) - (SELECT count(*) FROM client_classes "
                "WHERE kind = 'company')")).scalar() or 0
        cells = {(r[0], r[1]): Cell(r[0], r[1], int(r[2]), int(r[3] or 0)) for r in rows}
        return Matrix(self.last_run(), cells, max(0, int(live)))

    def clients(self, abc: str | None = None, xyz: str | None = "*",
                limit: int | None = None, client_id: str | None = None) -> list[ClassedClient]:
        """The classed clients of a cell, a row (xyz "*") or all (abc None), largest first;
        xyz None means "history too short"."""
        where: list[str] = []
        params: dict[str, Any] = {}
        if client_id is not None:
            where.append("k.client_id = :client")
            params["client"] = client_id
        if abc is not None:
            where.append("k.abc = :abc")
            params["abc"] = abc
        if xyz is None:
            where.append("k.xyz IS NULL")
        elif xyz != "*":
            where.append("k.xyz = :xyz")
            params["xyz"] = xyz
        sql = f"""
            SELECT k.client_id, k.kind,
                   CASE k.kind WHEN 'company' THEN co.name ELSE {person_name_sql('ct')} END,
                   k.abc, k.xyz, k.revenue_minor, k.share, k.months, k.variation,
                   (SELECT name FROM users u WHERE u.id =
                       CASE k.kind WHEN 'company' THEN co.responsible_id
                       ELSE ct.responsible_id END)
            FROM client_classes k
            LEFT JOIN companies co ON k.kind = 'company' AND co.id = k.client_id
            LEFT JOIN contacts ct ON k.kind = 'contact' AND ct.id = k.client_id
            {'WHERE ' + ' AND '.join(where) if where else ''}
            ORDER BY k.revenue_minor DESC, k.client_id
            {f'LIMIT {int(limit)}' if limit else ''}"""
        with self.ctx.db.read() as session:
            return [ClassedClient(*row) for row in session.execute(text(sql), params)]

    def of_client(self, ident: str) -> ClassedClient | None:
        """A client's class: its own, or (a contact of a company) its company's."""
        with self.ctx.db.read() as session:
            owner = session.execute(text(
                "SELECT coalesce((SELECT client_id FROM client_classes WHERE client_id = :i), "
                "(SELECT company_id FROM contacts WHERE id = :i))"), {"i": ident}).scalar()
        found = self.clients(client_id=owner) if owner else []
        return found[0] if found else None


    # -- export ---------------------------------------------------------------------------
    def export(self, path: Path | str, labels: dict[str, str] | None = None,
               abc: str | None = None, xyz: str | None = "*") -> Path:
        """The matrix (clients and revenue per cell, with totals) and the classed clients (of
        one cell or row when given) in one .xlsx; titles from `labels` (the window's
        language), English otherwise."""
        check_export(self.ctx, "the ABC/XYZ classes")
        words = {**EXPORT_LABELS, **(labels or {})}
        matrix = self.matrix()
        currency = matrix.run.settings.currency if matrix.run else self.settings().currency
        columns = [words["class"]]
        for x in (*XYZ, None, "*"):
            name = words["too_short"] if x is None else words["total"] if x == "*" else x
            columns += [f"{name}: {words['clients']}", f"{name}: {words['revenue']}"]
        matrix_rows = []
        for a in (*ABC, "*"):
            row: list[Any] = [words["total"] if a == "*" else a]
            for x in (*XYZ, None, "*"):
                cell = (matrix.total if a == "*" and x == "*" else matrix.row_total(a)
                        if x == "*" else matrix.column_total(x) if a == "*"
                        else matrix.cell(a, x))
                row += [cell.clients, money(cell.revenue_minor, currency)]
            matrix_rows.append(row)
        if matrix.run is not None:
            matrix_rows.append([])
            matrix_rows.append([words["period"], matrix.run.start, matrix.run.end])
        matrix_rows.append([words["without_purchases"], matrix.without_purchases])
        kinds = {"company": words["company"], "contact": words["contact"]}
        client_rows = ([c.name, kinds.get(c.kind, c.kind), c.abc, c.xyz or "",
                        money(c.revenue_minor, currency), round(c.share, 2), c.months,
                        None if c.variation is None else round(c.variation, 1),
                        c.responsible or ""] for c in self.clients(abc, xyz))
        return write_book(path, [
            Sheet(words["matrix"], columns, matrix_rows, [16] + [14] * (len(columns) - 1)),
            Sheet(words["clients_sheet"],
                  [words["name"], words["kind"], "ABC", "XYZ", words["revenue"],
                   words["share"], words["months"], words["variation"], words["responsible"]],
                  client_rows, [40, 12, 6, 6, 18, 10, 10, 12, 28])])


EXPORT_LABELS = {
    "matrix": "ABC-XYZ", "clients_sheet": "Clients", "class": "Class", "clients": "clients",
    "revenue": "Revenue", "too_short": "Short history", "total": "Total",
    "period": "Period", "without_purchases": "Companies without purchases",
    "company": "company", "contact": "person", "name": "Client", "kind": "Kind",
    "share": "Share, %", "months": "Months", "variation": "Variation, %",
    "responsible": "Responsible",
}
