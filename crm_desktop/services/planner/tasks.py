"""Tasks: calls, meetings, emails and to-dos, with assignee and the one who assigned them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.enums import Priority, TaskKind, TaskStatus
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.base import (
    EntityService,
    model_fields,
    optional_text,
    require_choice,
    require_row,
    require_text,
)
from crm_desktop.services.dto import TaskDTO
from crm_desktop.storage.models import Company, Contact, Deal, Task, User

# Reminder choices, minutes before the due time (None: no reminder; 0: at the due time).
REMINDER_OFFSETS: tuple[int | None, ...] = (None, 0, 5, 15, 30, 60, 24 * 60)
DEFAULT_REMINDER_MIN = 15


def remind_at_for(due_at: datetime | None, offset_min: int | None) -> datetime | None:
    """The reminder time for a due time and a chosen offset (no due time, no reminder)."""
    if due_at is None or offset_min is None:
        return None
    # In UTC: Python subtracts wall-clock time from a zoneinfo time, an hour off across DST.
    return due_at.astimezone(UTC) - timedelta(minutes=offset_min)


def reminder_offset(task: TaskDTO) -> int | None:
    """The offset a task's reminder was set with, in whole minutes (None: no reminder)."""
    if task.due_at is None or task.remind_at is None:
        return None
    return max(0, int((task.due_at - task.remind_at).total_seconds() // 60))


def _aware(values: dict[str, Any], name: str) -> None:
    value = values.get(name)
    if value is not None and (not isinstance(value, datetime) or value.tzinfo is None):
        raise ValidationError(name, "needs a date and time with a time zone")


class TaskService(EntityService[Task, TaskDTO]):
    model = Task
    dto = TaskDTO
    entity = "task"
    fields = model_fields(Task)

    def clean(self, session: Session, values: dict[str, Any],
              existing: Task | None) -> dict[str, Any]:
        if existing is None or "title" in values:
            require_text(values, "title", "title", 500)
        require_choice(values, "kind", TaskKind)
        require_choice(values, "status", TaskStatus)
        require_choice(values, "priority", Priority)
        optional_text(values, "description", "result")
        for name in ("due_at", "remind_at", "reminded_at", "completed_at"):
            _aware(values, name)
        duration = values.get("duration_min")
        if duration is not None and (duration < 0 or duration > 24 * 60 * 14):
            raise ValidationError("duration_min", "must be between 0 minutes and two weeks")
        if existing is None:
            values.setdefault("assignee_id", self.ctx.user_id)
            values.setdefault("assigned_by_id", self.ctx.user_id)
        require_row(session, User, values.get("assignee_id"), "assignee_id")
        require_row(session, User, values.get("assigned_by_id"), "assigned_by_id")
        require_row(session, Company, values.get("company_id"), "company_id")
        require_row(session, Contact, values.get("contact_id"), "contact_id")
        require_row(session, Deal, values.get("deal_id"), "deal_id")
        if values.get("status") == TaskStatus.DONE and not values.get("completed_at"):
            values["completed_at"] = self.ctx.clock.now()
        if existing is not None and "remind_at" in values \
                and values["remind_at"] != existing.remind_at and "reminded_at" not in values:
            values["reminded_at"] = None  # a new reminder time is shown again
        return values

    def order_by(self) -> tuple[Any, ...]:
        return (Task.due_at, Task.id)

    def agenda(self, user_id: str | None, start: datetime, end: datetime,
               include_done: bool = True) -> list[TaskDTO]:
        """A user's tasks due in [start, end), in time order (all users when user_id is None)."""
        stmt = select(Task).where(Task.deleted_at.is_(None), Task.due_at >= start,
                                  Task.due_at < end)
        if user_id is not None:
            stmt = stmt.where(Task.assignee_id == user_id)
        if not include_done:
            stmt = stmt.where(Task.status == TaskStatus.OPEN.value)
        stmt = stmt.order_by(Task.due_at, Task.id)
        with self.ctx.db.read() as session:
            return [self.to_dto(row) for row in session.scalars(stmt)]

    def open_for(self, company_id: str | None = None, contact_id: str | None = None,
                 deal_id: str | None = None, limit: int = 200) -> list[TaskDTO]:
        stmt = select(Task).where(Task.deleted_at.is_(None), Task.status == TaskStatus.OPEN.value)
        if company_id:
            stmt = stmt.where(Task.company_id == company_id)
        if contact_id:
            stmt = stmt.where(Task.contact_id == contact_id)
        if deal_id:
            stmt = stmt.where(Task.deal_id == deal_id)
        stmt = stmt.order_by(Task.due_at, Task.id).limit(limit)
        with self.ctx.db.read() as session:
            return [self.to_dto(row) for row in session.scalars(stmt)]

    def edit(self, ident: str, reminder_min: int | None | str = "keep",
             **values: Any) -> TaskDTO:
        """Changes a task; with `reminder_min` the reminder follows the (new) due time at that
        offset, otherwise a changed due time moves the reminder by the same amount."""
        self._check_fields(values)
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            due = values.get("due_at", row.due_at)
            if reminder_min != "keep":
                if reminder_min not in REMINDER_OFFSETS:
                    raise ValidationError("remind_at", "choose one of the reminder times")
                values["remind_at"] = remind_at_for(due, reminder_min)
            elif "due_at" in values and "remind_at" not in values and row.remind_at is not None \
                    and row.due_at is not None and due is not None:
                values["remind_at"] = due.astimezone(UTC) - (row.due_at - row.remind_at)
            return self.to_dto(self.update_in(session, ident, **values))

    def fields_of(self, task: TaskDTO) -> dict[str, Any]:
        """The values `edit` takes, as they are now (what an undo puts back)."""
        return {"title": task.title, "kind": task.kind, "description": task.description,
                "due_at": task.due_at, "duration_min": task.duration_min,
                "priority": task.priority, "remind_at": task.remind_at}

    def complete(self, ident: str, result: str | None = None) -> TaskDTO:
        return self.update(ident, status=TaskStatus.DONE.value, result=result,
                           completed_at=self.ctx.clock.now())
