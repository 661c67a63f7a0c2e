"""Who a request reaches: a department's head, and the head a person's overdue work
escalates to."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.storage.models import User


def department_head(session: Session, department: str | None) -> str | None:
    """A department's head (else its first person): who a request handed to it reaches."""
    if not department:
        return None
    people = session.execute(select(User.id, User.role).where(
        User.deleted_at.is_(None), User.is_active.is_(True),
        User.department == department).order_by(User.name)).all()
    for uid, role in people:
        if role == "head":
            return uid
    return people[0][0] if people else None


def head_of(session: Session, user_id: str | None, department: str | None) -> str | None:
    """Who a person's overdue work escalates to: their head, else their department's head,
    else an owner."""
    user = session.get(User, user_id) if user_id else None
    if user is not None and user.head_id and user.head_id != user_id:
        return user.head_id
    dept_head = department_head(session, department or (user.department if user else None))
    if dept_head and dept_head != user_id:
        head = session.get(User, dept_head)
        if head is not None and head.role == "head":
            return dept_head
    return session.scalar(select(User.id).where(
        User.role == "owner", User.deleted_at.is_(None)).order_by(User.id).limit(1))
