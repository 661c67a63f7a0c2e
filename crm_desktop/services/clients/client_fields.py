"""The field rules of companies and people, one rule per field, so a form can learn every
error at once (`collect`) and a save stops at the first; and the change tracking that lets an
editor save only what it changed without overwriting a concurrent change.

Every raw value passes domain.values first (type, control characters, length, finite
numbers): a bad value is a ValidationError naming the field, never another exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_emails
from crm_desktop.domain.enums import CompanyKind
from crm_desktop.domain.errors import EditConflict, NotFoundError, ValidationError
from crm_desktop.domain.phones import normalize_phones
from crm_desktop.domain.taxid import normalize_inn
from crm_desktop.domain.values import (
    MULTILINE_LIMIT,
    check_choice,
    check_date,
    check_id,
    check_int,
    check_text,
    check_text_list,
)
from crm_desktop.services.base import D, EntityService, M, require_row
from crm_desktop.storage.models import Company, User

# Limits from the columns (and, for long texts, from what a person can read on a card).
LIMITS = {"name": 300, "legal_name": 500, "industry": 200, "website": 500, "lead_source": 100,
          "segment": 50, "first_name": 100, "middle_name": 100, "last_name": 100,
          "position": 200, "source": 100, "address": 2000, "notes": MULTILINE_LIMIT,
          "tax_id": 20}
PHONE_LIMIT, EMAIL_LIMIT, TAG_LIMIT = 40, 254, 100
EARLIEST_BIRTHDAY = date(1900, 1, 1)
MONTH_DAY = re.compile("[0-9]{2}-[0-9]{2}")
MULTILINE = {"address", "notes"}

# A rule: (values, existing row or None, session, services context) -> None; it replaces
# its field's value in `values` with the clean one or raises ValidationError.
Rule = Callable[[dict[str, Any], Any, Session, Any], None]


def text_rule(name: str) -> Rule:
    def rule(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
        if name in values:
            values[name] = check_text(name, values[name], LIMITS[name],
                                      multiline=name in MULTILINE)
    return rule


def company_name(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    if existing is None or "name" in values:
        name = check_text("name", values.get("name"), LIMITS["name"], "company name")
        if name is None:
            raise ValidationError("name", "company name must not be empty")
        values["name"] = name


def company_kind(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    if "kind" in values or existing is None:
        values["kind"] = check_choice("kind", values.get("kind", CompanyKind.CLIENT.value),
                                      [k.value for k in CompanyKind])


def tax_id(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    if "tax_id" in values:
        raw = check_text("tax_id", values["tax_id"], LIMITS["tax_id"], "INN")
        if raw is not None and not raw.replace(" ", "").isascii():
            raise ValidationError("tax_id", f"'{raw}' is not a valid INN (10 or 12 digits "
                                            "with check digits)")
        values["tax_id"] = normalize_inn(raw)


def phones(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    if "phones" in values:
        values["phones"] = normalize_phones(
            check_text_list("phones", values["phones"], PHONE_LIMIT, label="phone"),
            ctx.region)


def emails(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    if "emails" in values:
        values["emails"] = normalize_emails(
            check_text_list("emails", values["emails"], EMAIL_LIMIT, label="email"))


def tags(values: dict[str, Any], existing: Any, session: Session | None, ctx: Any) -> None:
    if "tags" in values:
        values["tags"] = list(dict.fromkeys(
            check_text_list("tags", values["tags"], TAG_LIMIT, label="tag")))


def keep_in_touch(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    if "keep_in_touch_days" in values:
        values["keep_in_touch_days"] = check_int(
            "keep_in_touch_days", values["keep_in_touch_days"], 1, 3650,
            "keep in touch, days,")


def archived(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    moment = values.get("archived_at")
    if moment is not None and (not isinstance(moment, datetime) or moment.tzinfo is None):
        raise ValidationError("archived_at", "needs a date and time with a time zone")


def link_rule(name: str, model: type) -> Rule:
    def rule(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
        if name in values:
            values[name] = check_id(name, values[name])
            require_row(session, model, values[name], name)
    return rule


def mapping_rule(name: str, key_limit: int, value_limit: int) -> Rule:
    """Messengers and custom fields: short keys to short texts, empty values dropped."""
    def rule(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
        if name not in values:
            return
        value = values[name]
        if value is None:
            values[name] = {}
            return
        if not isinstance(value, dict) or len(value) > 50:
            raise ValidationError(name, f"{name.replace('_', ' ')} must be up to 50 named "
                                        f"values")
        result = {}
        for key, item in value.items():
            if isinstance(item, int | float) and not isinstance(item, bool):
                item = str(item)
            label, content = check_text(name, key, key_limit), check_text(name, item,
                                                                          value_limit)
            if label and content:
                result[label] = content
        values[name] = result
    return rule


def person_name(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    for name in ("first_name", "middle_name", "last_name"):
        text_rule(name)(values, existing, session, ctx)
    first = values.get("first_name", existing.first_name if existing else None)
    last = values.get("last_name", existing.last_name if existing else None)
    if not first and not last:
        raise ValidationError("last_name", "a person needs a first or a last name")


def birthday(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    if "birthday" in values:
        day = check_date("birthday", values["birthday"])
        if day is not None and day > ctx.clock.now().date():
            raise ValidationError("birthday", "is in the future")
        if day is not None and day < EARLIEST_BIRTHDAY:
            raise ValidationError("birthday", "is before 1900")
        values["birthday"] = day


def birthday_md(values: dict[str, Any], existing: Any, session: Session, ctx: Any) -> None:
    """A birthday without a year, "MM-DD" (29 February included)."""
    if "birthday_md" not in values:
        return
    found = check_text("birthday_md", values["birthday_md"], 5, "birthday")
    if found is not None:
        try:
            if not MONTH_DAY.fullmatch(found):
                raise ValueError
            date(2000, int(found[:2]), int(found[3:]))  # a leap year: 02-29 is real
        except ValueError:
            raise ValidationError("birthday_md",
                                  f"'{found}' is not a month and day (MM-DD)") from None
    values["birthday_md"] = found


COMMON: list[Rule] = [phones, emails, tags, keep_in_touch, archived, text_rule("notes"),
                      link_rule("responsible_id", User)]
COMPANY_RULES: list[Rule] = [
    company_name, company_kind, *(text_rule(n) for n in (
        "legal_name", "industry", "website", "lead_source", "segment", "address")),
    tax_id, mapping_rule("custom_fields", 100, 1000), *COMMON]
CONTACT_RULES: list[Rule] = [
    person_name, text_rule("position"), text_rule("source"), birthday, birthday_md,
    mapping_rule("messengers", 50, 200), link_rule("company_id", Company), *COMMON]


def run_rules(rules: list[Rule], values: dict[str, Any], existing: Any, session: Session,
              ctx: Any, collect: dict[str, str] | None = None) -> dict[str, Any]:
    """Cleans `values` in place; with `collect`, gathers every field's error instead of
    stopping at the first."""
    for rule in rules:
        try:
            rule(values, existing, session, ctx)
        except ValidationError as exc:
            if collect is None:
                raise
            collect.setdefault(exc.field, exc.reason)
    return values


@dataclass(frozen=True)
class FieldConflict:
    """One field changed by someone else while it was being edited."""

    field: str
    base: Any  # what the editor started from
    mine: Any  # what the editor wants (cleaned)
    theirs: Any  # what is stored now
    changed_at: datetime | None
    changed_by: str | None  # a person's name, when this database knows it
    by_sync: bool  # arrived from another computer


class ChangeTracking(EntityService[M, D]):
    """Form support for a service: every error at once, and saving only what the editor
    changed without overwriting a concurrent change.

    `base` holds each changed field as the editor loaded it. A field whose stored value is
    neither `base` nor the editor's own new value was changed meanwhile: nothing is written
    and EditConflict lists those fields; the editor decides (keep mine: save again with the
    stored value as the new base; take theirs: drop the field). Fields the editor did not
    change are never sent, so they cannot overwrite anything.
    """

    rules: ClassVar[list[Rule]]

    def _load(self, session: Session, ident: Any, include_deleted: bool = False) -> M:
        """A record id that is not one (a number, a dict, a 5,000-character text) is simply
        not found, before it reaches the database driver."""
        try:
            ident = check_id("id", ident)
        except ValidationError:
            ident = None
        if ident is None:
            raise NotFoundError(self.entity, "?")
        return super()._load(session, ident, include_deleted)

    def clean(self, session: Session, values: dict[str, Any],
              existing: M | None) -> dict[str, Any]:
        return run_rules(self.rules, values, existing, session, self.ctx)

    def validate(self, values: dict[str, Any], ident: str | None = None) -> dict[str, str]:
        """Every field's error (empty: the values would save); writes nothing."""
        errors: dict[str, str] = {}
        unknown = set(values) - self.fields
        for name in sorted(unknown):
            errors[name] = "no such field"
        with self.ctx.db.read() as session:
            existing = self._load(session, ident) if ident else None
            run_rules(self.rules, {k: v for k, v in values.items() if k not in unknown},
                      existing, session, self.ctx, errors)
        return errors

    def save_changes(self, ident: str, changes: dict[str, Any], base: dict[str, Any]) -> D:
        self._check_fields(changes)
        if not isinstance(base, dict):
            raise ValidationError("base", "the values the edit started from are missing")
        with self.ctx.db.write() as session:
            row = self._load(session, ident)
            cleaned = self.clean(session, dict(changes), row)
            conflicts = [
                self._conflict(session, row, name, base[name], cleaned[name])
                for name in changes
                if name in base and getattr(row, name) != base[name]
                and getattr(row, name) != cleaned[name]]
            if conflicts:
                raise EditConflict(conflicts)
            row = self.update_in(session, ident, **changes)
            return self.to_dto(row)

    def _conflict(self, session: Session, row: Any, name: str, base: Any,
                  mine: Any) -> FieldConflict:
        """Who and when, from what this file knows: a change still waiting in the sync
        outbox was made here; otherwise a row the server has versioned came by sync, at the
        time it carries."""
        table = row.__tablename__
        pending = session.execute(text(
            "SELECT 1 FROM sync_outbox WHERE tbl = :t AND row_id = :r "
            "AND (fields IS NULL OR EXISTS (SELECT 1 FROM json_each(fields) "
            "WHERE value = :f)) LIMIT 1"), {"t": table, "r": row.id, "f": name}).first()
        if pending is None and row.sync_version is not None:
            return FieldConflict(name, base, mine, getattr(row, name), row.updated_at, None,
                                 True)
        user = session.get(User, self.ctx.user_id) if self.ctx.user_id else None
        return FieldConflict(name, base, mine, getattr(row, name), row.updated_at,
                             user.name if user is not None else None, False)
