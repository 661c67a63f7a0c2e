"""iCalendar import (Google, Outlook, Thunderbird, Apple exports; parsing by icalendar):
events and to-dos become tasks, yearly birthday events become people's birthdays.

Planned and applied like the other imports (preview, dry run, valid events only, report).
An event is found again on re-import by its UID (kept as the task's origin), so importing a
calendar twice does not double it. Times are stored in UTC; an all-day event starts at
midnight in the user's zone. A repeating event is imported once, at its first start, and
says so in its description."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.text import fold
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.import_plan import (
    ImportPlan,
    ImportReport,
    RowPlan,
    merged_values,
)
from crm_desktop.services.exchange.import_values import check_text, to_birthday
from crm_desktop.services.exchange.tabular import read_text_file
from crm_desktop.services.exchange.vcards import Writer
from crm_desktop.services.exchange.xlsx_export import user_zone
from crm_desktop.storage.models import Contact, Task

BIRTHDAY = re.compile(r"(?:^|\b)(день рождения|др|birthday|b-day|geburtstag)\b[:\s-]*|"
                      r"['’]s birthday", re.IGNORECASE)
STATUS = {"CANCELLED": "cancelled", "COMPLETED": "done"}
TWO_WEEKS = 24 * 60 * 14


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    return str(value).strip() if value is not None else ""


def _moment(value: Any, zone: Any) -> tuple[datetime, bool]:
    """(aware UTC time, all day) of a DTSTART/DTEND value; floating times are the user's."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=zone)
        return moment.astimezone(UTC), False
    if isinstance(value, date):
        midnight = datetime(value.year, value.month, value.day, tzinfo=zone)
        return midnight.astimezone(UTC), True
    raise ValueError(f"not a date: {value!r}")


class IcsImportService:
    def __init__(self, ctx: ServiceContext, tasks: Writer, contacts: Writer) -> None:
        self.ctx = ctx
        self.tasks = tasks
        self.contacts = contacts

    def plan(self, path: Path | str) -> ImportPlan:
        import icalendar

        path = Path(path)
        if not path.exists():
            raise ValidationError("file", f"{path} does not exist")
        text, encoding = read_text_file(path)
        try:
            calendars = icalendar.Calendar.from_ical(text, multiple=True)
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise ValidationError("file", f"{path.name} is not an iCalendar file: "
                                  f"{str(exc).splitlines()[0][:200]}") from exc
        items = [c for cal in calendars for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
        if not items:
            raise ValidationError("file", f"{path.name} holds no events or to-dos")
        with self.ctx.db.read() as session:
            tasks = {origin: ident for origin, ident in session.execute(select(
                Task.origin, Task.id).where(Task.origin.like("ics:%"),
                                            Task.deleted_at.is_(None)))
                     if origin is not None}  # LIKE has left out the NULLs already
            people = {key: ident for ident, key in session.execute(select(
                Contact.id, Contact.name_key).where(Contact.deleted_at.is_(None)))}
        zone = user_zone()
        rows = []
        for number, item in enumerate(items, start=1):
            row = RowPlan(number, {})
            try:
                self._read(item, row.values, zone)
            except (ValidationError, ValueError, TypeError) as exc:
                reason = f"{exc.field}: {exc.reason}" if isinstance(exc, ValidationError) \
                    else str(exc)
                summary = _text(item, "SUMMARY")
                named = f" «{summary[:60]}»" if summary else ""
                row.errors.append(f"event {number}{named}: {reason}")
            else:
                self._match(row, tasks, people)
            rows.append(row)
        return ImportPlan("tasks", path, [], {}, rows, unit="event", encoding=encoding)

    def _read(self, item: Any, values: dict[str, Any], zone: Any) -> None:
        summary = check_text(_text(item, "SUMMARY"), "SUMMARY", 500)
        start = item.get("DTSTART")
        rule = item.get("RRULE")
        categories = " ".join(str(c) for cat in (item.get("CATEGORIES") or [])
                              for c in getattr(cat, "cats", [cat]))
        yearly = rule is not None and str(rule.get("FREQ", [""])[0]).upper() == "YEARLY"
        if yearly and start is not None and (BIRTHDAY.search(summary) or re.search(
                "birthday|день рождения", categories, re.IGNORECASE)):
            name = BIRTHDAY.sub(" ", summary).strip(" :-—") or summary
            day = start.dt.date() if isinstance(start.dt, datetime) else start.dt
            values["birthday_of"] = name
            values["birthday"], values["birthday_md"] = to_birthday(day, "DTSTART")
            return
        if start is None and item.name == "VEVENT":
            raise ValidationError("DTSTART", "the event has no start")
        if not summary:
            raise ValidationError("SUMMARY", "the event has no title")
        values["title"] = summary
        values["kind"] = "meeting" if item.name == "VEVENT" else "todo"
        description = check_text(_text(item, "DESCRIPTION"), "DESCRIPTION", 100_000, True)
        if rule is not None:
            description = (description + "\n" if description else "") + \
                f"repeats: {rule.to_ical().decode()}"
        values["description"] = description or None
        if start is not None:
            values["due_at"], values["all_day"] = _moment(start.dt, zone)
            end = item.get("DTEND") or item.get("DUE")
            if end is not None:
                minutes = int((_moment(end.dt, zone)[0] - values["due_at"]) / timedelta(
                    minutes=1))
                values["duration_min"] = max(0, min(minutes, TWO_WEEKS))
        status = STATUS.get(_text(item, "STATUS").upper())
        if status:  # else open on creation, and a re-import never reopens a done task
            values["status"] = status
        values["origin"] = f"ics:{_text(item, 'UID')}"[:200] if _text(item, "UID") else None

    def _match(self, row: RowPlan, tasks: dict[str, str], people: dict[str, str]) -> None:
        values = row.values
        if "birthday_of" in values:
            parts = values["birthday_of"].split()  # "Иван Петров" or "Петров Иван"
            match = people.get(fold(" ".join(parts))) or people.get(
                fold(" ".join(parts[-1:] + parts[:-1])))
            if match:
                row.action, row.match_id = "update", match
                row.note = f"the birthday of {values['birthday_of']}"
            else:
                row.note = f"a new person {values['birthday_of']} with a birthday"
            return
        if values.get("origin") in tasks:
            row.action, row.match_id = "update", tasks[values["origin"]]
            row.note = "imported before (same UID)"

    def apply(self, plan: ImportPlan, valid_only: bool = False) -> ImportReport:
        """All events in one transaction, or only the valid ones."""
        if plan.errors and not valid_only:
            more = f" (and {len(plan.errors) - 1} more)" if len(plan.errors) > 1 else ""
            raise ValidationError("file", plan.errors[0] + more)
        report = ImportReport(unit="event", notes=[f"read as {plan.encoding}"])
        report.skipped = [(r.row, "; ".join(r.errors)) for r in plan.rows if r.errors]
        with self.ctx.db.write() as session:
            for row in plan.valid:
                savepoint = session.begin_nested()
                counts = (report.created, report.updated, report.unchanged)
                try:
                    self._apply_row(session, row, report)
                except ValidationError as exc:
                    savepoint.rollback()
                    report.created, report.updated, report.unchanged = counts
                    reason = f"event {row.row}: {exc.field}: {exc.reason}"
                    if not valid_only:
                        raise ValidationError("file", reason) from exc
                    report.skipped.append((row.row, reason))
                    continue
                savepoint.commit()
        report.skipped.sort()
        return report

    def _apply_row(self, session: Session, row: RowPlan, report: ImportReport) -> None:
        """One event into a task, or one birthday onto a person."""
        values = dict(row.values)
        name = values.pop("birthday_of", None)
        writer, model = (self.contacts, Contact) if name else (self.tasks, Task)
        if name and row.action != "update":
            parts = name.split()
            values["first_name"] = parts[0] if len(parts) > 1 else None
            values["last_name"] = " ".join(parts[1:]) if len(parts) > 1 else name
        if row.action == "update" and row.match_id:
            current = session.get(model, row.match_id)
            changes = merged_values({c.key: getattr(current, c.key) for c in
                                     model.__table__.columns}, values)
            if changes:
                writer.update_in(session, row.match_id, **changes)
                report.updated += 1
            else:
                report.unchanged += 1
        else:
            writer.create_in(session, **{k: v for k, v in values.items()
                                         if v is not None})
            report.created += 1
