"""The service report: requests opened in a period by person, department or client — open,
overdue, resolved, resolved in time, average hours to resolve — with the requests behind each
figure (drill-down) and an Excel export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.text import fold
from crm_desktop.services.service_desk.desk import DONE_STATUSES, OPEN_STATUSES, ServiceDesk
from crm_desktop.services.service_desk.dto import ReportLine, RequestRow, ServiceReport
from crm_desktop.storage.models_service import ServiceRequest

GROUPS = ("person", "department", "client")
MEASURES = ("total", "open", "overdue", "resolved", "in_time")


def _key(row: RequestRow, group: str) -> tuple[str, str]:
    if group == "person":
        return row.responsible_id or "", row.responsible
    if group == "department":
        return row.department or "", row.department or ""
    return row.company_id or row.contact_id or "", row.client


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


def requests_in(desk: ServiceDesk, start: date, end: date, zone: Any) -> list[RequestRow]:
    since, until = _period(start, end, zone)
    now = desk.ctx.clock.now()
    stmt = desk._select().where(ServiceRequest.deleted_at.is_(None),
                                ServiceRequest.opened_at >= since,
                                ServiceRequest.opened_at < until)
    with desk.ctx.db.read() as session:
        return [desk._shape(r, now) for r in session.execute(
            stmt.order_by(ServiceRequest.opened_at, ServiceRequest.id))]


def _line(key: str, name: str, rows: list[RequestRow], now: datetime) -> ReportLine:
    hours = [(r.resolved_at - r.opened_at).total_seconds() / 3600 for r in rows
             if r.status in DONE_STATUSES and r.resolved_at and r.opened_at]
    return ReportLine(
        key=key, name=name, total=len(rows),
        open=sum(_matches(r, "open", now) for r in rows),
        overdue=sum(_matches(r, "overdue", now) for r in rows),
        resolved=sum(_matches(r, "resolved", now) for r in rows),
        resolved_in_time=sum(_matches(r, "in_time", now) for r in rows),
        avg_hours=round(sum(hours) / len(hours), 1) if hours else None)


def service_report(desk: ServiceDesk, start: date, end: date, group: str = "person",
                   zone: Any = None) -> ServiceReport:
    if group not in GROUPS:
        raise ValidationError("group", f"'{group}' is not one of {', '.join(GROUPS)}")
    zone = zone or _zone()
    rows = requests_in(desk, start, end, zone)
    now = desk.ctx.clock.now()
    groups: dict[str, tuple[str, list[RequestRow]]] = {}
    for row in rows:
        key, name = _key(row, group)
        groups.setdefault(key, (name, []))[1].append(row)
    lines = [_line(key, name, members, now) for key, (name, members) in groups.items()]
    lines.sort(key=lambda line: (-line.total, fold(line.name)))
    return ServiceReport(start=start, end=end, group=group, lines=lines,
                         total=_line("", "", rows, now))


def drill_down(desk: ServiceDesk, start: date, end: date, group: str, key: str | None,
               measure: str = "total", zone: Any = None) -> list[RequestRow]:
    """The requests behind one figure of the report (key None: every line)."""
    if measure not in MEASURES:
        raise ValidationError("measure", f"'{measure}' is not one of {', '.join(MEASURES)}")
    now = desk.ctx.clock.now()
    return [r for r in requests_in(desk, start, end, zone or _zone())
            if (key is None or _key(r, group)[0] == key) and _matches(r, measure, now)]


def export_report(desk: ServiceDesk, path: Path | str, start: date, end: date,
                  group: str = "person", labels: Callable[[str], str] | None = None,
                  zone: Any = None) -> Path:
    """Two sheets: the report and every request of the period. `labels` translates the
    column names and statuses (the window passes its own)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from crm_desktop.services.xlsx_export import HEADER_FILL, HEADER_FONT, typed_cell
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
    from crm_desktop.services.xlsx_export import user_zone

    return user_zone()
