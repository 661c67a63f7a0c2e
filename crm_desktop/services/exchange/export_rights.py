"""Who may export: the owner can switch exports off for managers (an office setting that
syncs to every laptop as an org_settings row; the server lets only the owner change it).

Every export entry point calls `check_export(ctx, what)` first: a manager of an office whose
owner switched exports off gets PermissionDenied, and nothing is written. A database with no
current user (a single person without an office) may always export. Heads and owners always
may. What a manager may see is already all their laptop holds (partial replication): an
export never reaches past it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import PermissionDenied
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.models import OrgSetting, User

EXPORTS_KEY = "office.exports_for_managers"  # "off" switches them off; anything else: on
OFF = "off"


def _role(session: Session, user_id: str | None) -> str | None:
    if not user_id:
        return None
    return session.scalar(select(User.role).where(User.id == user_id))


def _setting(session: Session) -> str | None:
    return session.scalar(
        select(OrgSetting.value).where(OrgSetting.key == EXPORTS_KEY,
                                       OrgSetting.deleted_at.is_(None))
        .order_by(OrgSetting.updated_at.desc(), OrgSetting.id.desc()).limit(1))


def exports_for_managers(ctx: ServiceContext) -> bool:
    """Whether the office lets managers export (on unless the owner switched it off)."""
    with ctx.db.read() as session:
        return _setting(session) != OFF


def may_export(ctx: ServiceContext) -> bool:
    with ctx.db.read() as session:
        role = _role(session, ctx.user_id)
        return role != "manager" or _setting(session) != OFF


def check_export(ctx: ServiceContext, what: str = "") -> None:
    """Raises PermissionDenied when the current person may not export (`what`: what they
    tried, for the message, e.g. "the clients list")."""
    if not may_export(ctx):
        target = f" ({what})" if what else ""
        raise PermissionDenied(f"exports{target} are switched off for managers by the "
                               "office's owner")


def set_exports_for_managers(ctx: ServiceContext, allowed: bool) -> None:
    """The owner's switch. Anyone else: PermissionDenied (the server refuses it too)."""
    now = ctx.clock.now()
    with ctx.db.write() as session:
        role = _role(session, ctx.user_id)
        if ctx.user_id is not None and role != "owner":
            raise PermissionDenied("only the office's owner can allow or forbid exports for "
                                   "managers")
        rows = session.scalars(select(OrgSetting).where(
            OrgSetting.key == EXPORTS_KEY, OrgSetting.deleted_at.is_(None))
            .order_by(OrgSetting.updated_at.desc(), OrgSetting.id.desc())).all()
        value = None if allowed else OFF
        if rows:
            rows[0].value = value
            rows[0].updated_at = now
            for extra in rows[1:]:  # two laptops set it offline: one row stays
                extra.deleted_at = now
                extra.updated_at = now
        else:
            session.add(OrgSetting(key=EXPORTS_KEY, value=value, created_at=now,
                                   updated_at=now))
