"""The service report: requests opened in a period by person, department or client — open,
overdue, resolved, resolved in time, average hours to resolve — with the requests behind each
figure (drill-down) and an Excel export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import QueryableAttribute

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.text import fold
from crm_desktop.services.exchange.export_rights import check_export
from crm_desktop.services.service_desk.desk import (
    CLIENT_COMPANY,
    CLIENT_CONTACT,
    DONE_STATUSES,
    OPEN_STATUSES,
    ServiceDesk,
)
from crm_desktop.services.service_desk.dto import ReportLine, RequestRow, ServiceReport
from crm_desktop.storage.models import User
from crm_desktop.storage.models_service import ServiceRequest

GROUPS = ("person", "department", "client")
MEASURES = ("total", "open", "overdue", "resolved", "in_time")


def _matches(row: RequestRow, measure: str, now: datetime) -> bool:
    if measure == "open":
        return row.status in OPEN_STATUSES
    if measure == "overdue":
        return row.overdue
    if measure == "resolved":
        return row.status in DONE_STATUSES
    if measure == "in_time":
        return (row.status in DONE_STATUSES and row.resolved_at is not None
                and (row.due_at is None or row.resolved_at <= row.due_at))
    return True


def _period(start: date, end: date, zone: Any) -> tuple[datetime, datetime]:
    from crm_desktop.domain.zones import local_midnight

    if end < start:
        raise ValidationError("end", "the period ends before it starts")
    return local_midnight(start, zone), local_midnight(end + timedelta(days=1), zone)


def requests_in(desk: ServiceDesk, start: date, end: date, zone: Any,
                group: str | None = None, key: str | None = None) -> list[RequestRow]:
    since, until = _period(start, end, zone)
    now = desk.ctx.clock.now()
    stmt = desk._select().where(ServiceRequest.deleted_at.is_(None),
                                ServiceRequest.opened_at >= since,
                                ServiceRequest.opened_at < until)
    if group is not None and key is not None:  # one line of the report, chosen in SQL
        column = {"person": ServiceRequest.responsible_id,
                  "department": ServiceRequest.department,
                  "client": func.coalesce(ServiceRequest.company_id,
                                          ServiceRequest.contact_id)}[group]
        stmt = stmt.where(column.is_(None) if key == "" else column == key)
    with desk.ctx.db.read() as session:
        return [desk._shape(r, now) for r in session.execute(
            stmt.order_by(ServiceRequest.opened_at, ServiceRequest.id))]


def service_report(desk: ServiceDesk, start: date, end: date, group: str = "person",
                   zone: Any = None) -> ServiceReport:
    """One SQL aggregate over the period's requests, grouped in the database."""
    if group not in GROUPS:
        raise ValidationError("group", f"'{group}' is not one of {', '.join(GROUPS)}")
    zone = zone or _zone()
    since, until = _period(start, end, zone)
    now = desk.ctx.clock.now()
    company, contact = CLIENT_COMPANY, CLIENT_CONTACT
    request = ServiceRequest
    key: ColumnElement[Any] | QueryableAttribute[Any]
    name: ColumnElement[Any] | QueryableAttribute[Any]
    if group == "person":
        key, name = request.responsible_id, User.name
    elif group == "department":
        key, name = request.department, request.department
    else:
        key = func.coalesce(request.company_id, request.contact_id)
        name = func.coalesce(company.name, func.trim(
            func.coalesce(contact.last_name, "") + " " + func.coalesce(contact.first_name, "")))
    is_open = request.status.in_(OPEN_STATUSES)
    is_done = request.status.in_(DONE_STATUSES)
    hours = (func.julianday(request.resolved_at) - func.julianday(request.opened_at)) * 24
    figures = (
        func.count(),
        func.sum(case((is_open, 1), else_=0)),
        func.sum(case((and_(is_open, request.due_at < now), 1), else_=0)),
        func.sum(case((is_done, 1), else_=0)),
        func.sum(case((and_(is_done, request.resolved_at.is_not(None), or_(
            request.due_at.is_(None), request.resolved_at <= request.due_at)), 1), else_=0)),
        func.avg(case((and_(is_done, request.resolved_at.is_not(None),
                            request.opened_at.is_not(None)), hours))),
    )
    stmt = (select(key, func.max(name), *figures)
            .select_from(request)
            .outerjoin(User, User.id == request.responsible_id)
            .outerjoin(company, company.id == request.company_id)
            .outerjoin(contact, contact.id == request.contact_id)
            .where(request.deleted_at.is_(None), request.opened_at >= since,
                   request.opened_at < until)
            .group_by(key))
    with desk.ctx.db.read() as session:
        results = session.execute(stmt).all()
    lines = [_figures(k or "", n or "", rest) for k, n, *rest in results]
    lines.sort(key=lambda line: (-line.total, fold(line.name)))
    total = [sum(getattr(line, f) for line in lines) for f in
             ("total", "open", "overdue", "resolved", "resolved_in_time")]
    weighted = [(line.avg_hours, line.resolved) for line in lines if line.avg_hours is not None]
    resolved_hours = sum(h * n for h, n in weighted)
    resolved_count = sum(n for _, n in weighted)
    count, still_open, overdue, resolved, in_time = total
    total_line = ReportLine("", "", count, still_open, overdue, resolved, in_time,
                            avg_hours=round(resolved_hours / resolved_count, 1)
                            if resolved_count else None)
    return ServiceReport(start=start, end=end, group=group, lines=lines, total=total_line)


def _figures(key: str, name: str, values: list[Any]) -> ReportLine:
    total, opened, overdue, resolved, in_time, avg = values
    return ReportLine(key=key, name=name, total=total or 0, open=opened or 0,
                      overdue=overdue or 0, resolved=resolved or 0,
                      resolved_in_time=in_time or 0,
                      avg_hours=round(avg, 1) if avg is not None else None)


def drill_down(desk: ServiceDesk, start: date, end: date, group: str, key: str | None,
               measure: str = "total", zone: Any = None) -> list[RequestRow]:
    """The requests behind one figure of the report (key None: every line)."""
    if measure not in MEASURES:
        raise ValidationError("measure", f"'{measure}' is not one of {', '.join(MEASURES)}")
    now = desk.ctx.clock.now()
    return [r for r in requests_in(desk, start, end, zone or _zone(), group, key)
            if _matches(r, measure, now)]


def export_report(desk: ServiceDesk, path: Path | str, start: date, end: date,
                  group: str = "person", labels: Callable[[str], str] | None = None,
                  zone: Any = None) -> Path:
    """Two sheets: the report and every request of the period. `labels` translates the
    column names and statuses (the window passes its own)."""
    check_export(desk.ctx, "the service report")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from crm_desktop.services.exchange.xlsx_export import HEADER_FILL, HEADER_FONT, typed_cell
    from crm_desktop.storage.files import atomic_path, check_output_path

    label = labels or (lambda key: key)
    zone = zone or _zone()
    target = check_output_path(path)
    report = service_report(desk, start, end, group, zone)
    rows = requests_in(desk, start, end, zone)
    book = Workbook(write_only=True)

    def header(ws: Any, names: list[str]) -> None:
        ws.freeze_panes = "A2"
        cells = []
        for name in names:
            cell = WriteOnlyCell(ws, value=name)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cells.append(cell)
        ws.append(cells)

    ws = book.create_sheet(label("Report")[:31])
    header(ws, [label(group), label("Requests"), label("Open"), label("Overdue"),
                label("Resolved"), label("Resolved in time"), label("Average hours to resolve")])
    assert report.total is not None  # service_report always sums up a total line
    for line in [*report.lines, report.total]:
        name = line.name if line is not report.total else label("Total")
        ws.append([typed_cell(ws, v) for v in (
            name or "—", line.total, line.open, line.overdue, line.resolved,
            line.resolved_in_time, line.avg_hours)])
    ws = book.create_sheet(label("Requests")[:31])
    header(ws, [label("Number"), label("Subject"), label("Client"), label("Responsible"),
                label("Department"), label("Priority"), label("Status"), label("Opened"),
                label("Due"), label("Resolved"), label("Overdue")])

    def local(moment: datetime | None) -> Any:
        return moment.astimezone(zone) if moment else None

    for r in rows:
        ws.append([typed_cell(ws, v) for v in (
            r.number, r.subject, r.client, r.responsible, r.department,
            label(f"priority_{r.priority}"), label(f"status_{r.status}"), local(r.opened_at),
            local(r.due_at), local(r.resolved_at), label("yes") if r.overdue else "")])
    with atomic_path(target) as tmp:
        book.save(tmp)
    return target


def _zone() -> Any:
    from crm_desktop.services.exchange.xlsx_export import user_zone

    return user_zone()
