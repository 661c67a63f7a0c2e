"""Runs automation rules in the same transaction as the change that fires them.

`install(crm)` hooks a Crm's database: after each flush the new rows that are events (a deal's
stage change, a logged interaction, a service request's status change or escalation) are
noted on the session; just before the commit the enabled rules for them run, and what they
write (tasks, notices, field values, the run log) commits with the change, or not at all.

Once per event in the whole office: a change made by a person is made on one laptop, and
pulled changes (sync) are applied without sessions, so they never fire rules again. Date rules
(the schedule) run on the laptop of the record's responsible person. In every case the run
and what it writes have keys derived from (rule, event): two laptops that both ran it write
the same rows, which sync keeps once. Actions do not fire further rules.

The parts: events.py (what fires a rule), runner.py (matching and acting), schedule.py (the
date rules' events), service.py (the rules service the window and the CLI use).
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from crm_desktop.services.automation.events import (
    BROKEN,
    MODELS,
    Event,
    Preview,
    RuleDTO,
    RunDTO,
    derived_id,
    events_of,
)
from crm_desktop.services.automation.runner import Runner
from crm_desktop.storage.models import DealStageChange, Interaction
from crm_desktop.storage.models_service import ServiceRequestEvent

__all__ = ["MODELS", "Event", "Preview", "RuleDTO", "RunDTO", "Runner", "derived_id",
           "events_of", "install"]
log = logging.getLogger(__name__)
PENDING = "automation_events"
_installed: list[tuple[weakref.ref[Any], Any]] = []


# -- hooking a database ------------------------------------------------------------------
def install(crm: Any) -> None:
    """Rules run for this Crm's database from now on (idempotent)."""
    for db_ref, _ in _installed:
        if db_ref() is crm.db:
            return
    _installed.append((weakref.ref(crm.db), crm.ctx))
    if not event.contains(Session, "after_flush", _collect):
        event.listen(Session, "after_flush", _collect)
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_rollback", _forget)


def _context(session: Session) -> Any:
    bind = session.bind
    for db_ref, ctx in list(_installed):
        db = db_ref()
        if db is None:
            _installed.remove((db_ref, ctx))
        elif getattr(db, "writer", None) is bind:
            return ctx
    return None


def _collect(session: Session, _flush: Any) -> None:
    if session.info.get("automation_running") or _context(session) is None:
        return
    found = [obj for obj in session.new
             if isinstance(obj, DealStageChange | Interaction | ServiceRequestEvent)]
    if found:
        session.info.setdefault(PENDING, []).extend(found)


def _forget(session: Session, _transaction: Any = None) -> None:
    session.info.pop(PENDING, None)


def _before_commit(session: Session) -> None:
    pending = session.info.get(PENDING)
    ctx = _context(session)
    if ctx is None:
        return
    session.flush()  # rows still pending become events too
    pending = session.info.pop(PENDING, None)
    if not pending:
        return
    session.info["automation_running"] = True
    try:
        Runner(ctx, session).run(events_of(pending))
    except BROKEN as exc:  # rules unreadable (edited by hand): the change itself is saved
        log.warning("automation rules skipped: %s", exc)
    finally:
        session.info.pop("automation_running", None)
