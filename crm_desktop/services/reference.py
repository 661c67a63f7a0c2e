"""Editable reference lists: lead sources, loss reasons, tags; default pipelines from data/."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.paths import DATA_DIR
from crm_desktop.services.base import require_text
from crm_desktop.services.context import ServiceContext
from crm_desktop.storage.models import LeadSource, LossReason, Pipeline, Stage, Tag

LISTS: dict[str, Any] = {"lead_sources": LeadSource, "loss_reasons": LossReason, "tags": Tag}


class ReferenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def names(self, kind: str) -> list[str]:
        model = LISTS[kind]
        order = model.position if hasattr(model, "position") else model.name
        stmt = select(model.name).where(model.deleted_at.is_(None)).order_by(order, model.name)
        with self.ctx.db.read() as session:
            return list(dict.fromkeys(session.scalars(stmt)))

    def add(self, kind: str, name: str) -> None:
        values = {"name": name}
        require_text(values, "name", "name", 200)
        model = LISTS[kind]
        with self.ctx.db.write() as session:
            exists = session.scalar(select(model.id).where(model.name == values["name"],
                                                           model.deleted_at.is_(None)))
            if exists is None:
                now = self.ctx.clock.now()
                session.add(model(name=values["name"], created_at=now, updated_at=now))

    def remove(self, kind: str, name: str) -> None:
        model = LISTS[kind]
        with self.ctx.db.write() as session:
            for row in session.scalars(select(model).where(model.name == name)):
                row.deleted_at = row.updated_at = self.ctx.clock.now()

    def seed_defaults(self, language: str = "ru") -> None:
        """Default pipelines, loss reasons and lead sources, if the database has none yet."""
        with self.ctx.db.write() as session:
            self.seed_in(session, language)

    def seed_in(self, session: Session, language: str = "ru") -> None:
        lang = language if language in ("ru", "en") else "en"
        now = self.ctx.clock.now()
        stamp = {"created_at": now, "updated_at": now}
        if not session.scalar(select(func.count()).select_from(Pipeline)):
            spec = json.loads((DATA_DIR / "pipelines.json").read_text(encoding="utf-8"))
            for position, pipe in enumerate(spec["pipelines"]):
                pipeline = Pipeline(name=pipe["name"][lang], position=position,
                                    is_default=pipe["default"], **stamp)
                session.add(pipeline)
                session.flush()
                for order, stage in enumerate(pipe["stages"]):
                    session.add(Stage(pipeline_id=pipeline.id, name=stage["name"][lang],
                                      position=order, probability=stage["probability"],
                                      kind=stage["kind"], **stamp))
        lists = json.loads((DATA_DIR / "seed_lists.json").read_text(encoding="utf-8"))
        for kind in ("loss_reasons", "lead_sources"):
            model = LISTS[kind]
            if not session.scalar(select(func.count()).select_from(model)):
                for position, name in enumerate(lists[kind][lang]):
                    session.add(model(name=name, position=position, **stamp))
