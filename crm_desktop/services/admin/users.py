"""Users of the product and their roles."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.enums import Role
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.services.base import (
    EntityService,
    model_fields,
    optional_text,
    require_choice,
    require_row,
    require_text,
)
from crm_desktop.services.dto import UserDTO
from crm_desktop.storage.models import LocalSetting, User

CURRENT_USER_KEY = "current_user_id"


class UserService(EntityService[User, UserDTO]):
    model = User
    dto = UserDTO
    entity = "user"
    fields = model_fields(User)

    def clean(self, session: Session, values: dict[str, Any],
              existing: User | None) -> dict[str, Any]:
        if existing is None or "name" in values:
            require_text(values, "name", "name", 200)
        if existing is None:
            values.setdefault("role", Role.MANAGER.value)
        require_choice(values, "role", Role)
        optional_text(values, "department", "position", "email", "phone")
        if values.get("email"):
            values["email"] = normalize_email(values["email"])
        if values.get("phone"):
            values["phone"] = normalize_phone(values["phone"], self.ctx.region)
        require_row(session, User, values.get("head_id"), "head_id")
        return values

    def order_by(self) -> tuple[Any, ...]:
        return (User.name,)

    def current(self) -> UserDTO | None:
        """The person using this database (chosen at first start)."""
        with self.ctx.db.read() as session:
            setting = session.get(LocalSetting, CURRENT_USER_KEY)
            user = session.get(User, setting.value) if setting and setting.value else None
            return self.to_dto(user) if user is not None else None

    def exports_for_managers(self) -> bool:
        """Whether the office lets managers export lists (the owner's switch)."""
        from crm_desktop.services.exchange.export_rights import exports_for_managers

        return exports_for_managers(self.ctx)

    def set_exports_for_managers(self, allowed: bool) -> None:
        """The owner's switch; anyone else is refused (the server refuses it too)."""
        from crm_desktop.services.exchange.export_rights import set_exports_for_managers

        set_exports_for_managers(self.ctx, allowed)

    def set_current(self, user_id: str) -> None:
        with self.ctx.db.write() as session:
            require_row(session, User, user_id, "user")
            session.merge(LocalSetting(key=CURRENT_USER_KEY, value=user_id))
        self.ctx.user_id = user_id

    def subordinates(self, head_id: str) -> list[UserDTO]:
        """The head and everyone under them (any depth)."""
        with self.ctx.db.read() as session:
            users = session.scalars(select(User).where(User.deleted_at.is_(None))).all()
        result: list[UserDTO] = []
        frontier = {head_id}
        by_head: dict[str | None, list[User]] = {}
        for user in users:
            by_head.setdefault(user.head_id, []).append(user)
        result.extend(self.to_dto(u) for u in users if u.id == head_id)
        while frontier:
            nxt = set()
            for ident in frontier:
                for user in by_head.get(ident, []):
                    result.append(self.to_dto(user))
                    nxt.add(user.id)
            frontier = nxt
        return result
