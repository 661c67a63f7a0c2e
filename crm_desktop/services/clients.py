"""Companies (clients, partners, suppliers, prospects) and contacts (people)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_emails
from crm_desktop.domain.enums import CompanyKind
from crm_desktop.domain.errors import EditConflict, ValidationError
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
from crm_desktop.services.base import EntityService, model_fields, require_row
from crm_desktop.services.dto import CompanyDTO, ContactDTO, to_dto
from crm_desktop.storage.models import Company, Contact, User

# Limits from the columns (and, for long texts, from what a person can read on a card).
COMPANY_TEXT = {"legal_name": 500, "industry": 200, "website": 500, "lead_source": 100,
                "segment": 50}
CONTACT_TEXT = {"first_name": 100, "middle_name": 100, "last_name": 100, "position": 200,
                "source": 100}
ADDRESS_LIMIT, NOTES_LIMIT = 2000, MULTILINE_LIMIT
PHONE_LIMIT, EMAIL_LIMIT, TAG_LIMIT = 40, 254, 100
EARLIEST_BIRTHDAY = date(1900, 1, 1)
MONTH_DAY = re.compile("[0-9]{2}-[0-9]{2}")


def clean_tags(values: dict[str, Any]) -> None:
    if "tags" in values:
        tags: list[str] = []
        for text in check_text_list("tags", values["tags"], TAG_LIMIT, label="tag"):
            if text not in tags:
                tags.append(text)
        values["tags"] = tags


def clean_interval(values: dict[str, Any]) -> None:
    if "keep_in_touch_days" in values:
        values["keep_in_touch_days"] = check_int(
            "keep_in_touch_days", values["keep_in_touch_days"], 1, 3650,
            "keep in touch, days,")


def clean_reachability(values: dict[str, Any], region: str) -> None:
    """Phones to E.164 and emails lower-cased, after the raw texts passed the checks."""
    if "phones" in values:
        values["phones"] = normalize_phones(
            check_text_list("phones", values["phones"], PHONE_LIMIT, label="phone"), region)
    if "emails" in values:
        values["emails"] = normalize_emails(
            check_text_list("emails", values["emails"], EMAIL_LIMIT, label="email"))


def clean_texts(values: dict[str, Any], limits: dict[str, int]) -> None:
    for name, limit in limits.items():
        if name in values:
            values[name] = check_text(name, values[name], limit)
    if "notes" in values:
        values["notes"] = check_text("notes", values["notes"], NOTES_LIMIT, multiline=True)


def clean_month_day(value: Any) -> str | None:
    """A birthday without a year, "MM-DD" (29 February included)."""
    text = check_text("birthday_md", value, 5, "birthday")
    if text is None:
        return None
    try:
        if not MONTH_DAY.fullmatch(text):
            raise ValueError
        date(2000, int(text[:2]), int(text[3:]))  # a leap year: 02-29 is a real birthday
    except ValueError:
        raise ValidationError("birthday_md", f"'{text}' is not a month and day (MM-DD)") from None
    return text


def clean_archived(values: dict[str, Any]) -> None:
    if "archived_at" in values:
        moment = values["archived_at"]
        if moment is not None and (not isinstance(moment, datetime) or moment.tzinfo is None):
            raise ValidationError("archived_at", "needs a date and time with a time zone")


def clean_links(session: Session, values: dict[str, Any]) -> None:
    for name, model in (("responsible_id", User), ("company_id", Company)):
        if name in values:
            values[name] = check_id(name, values[name])
            require_row(session, model, values[name], name)


def clean_mapping(field: str, value: Any, key_limit: int, value_limit: int) -> dict[str, str]:
    """Messengers and custom fields: short keys to short texts, empty values dropped."""
    if value is None:
        return {}
    if not isinstance(value, dict) or len(value) > 50:
        raise ValidationError(field, f"{field.replace('_', ' ')} must be up to 50 named values")
    result = {}
    for key, item in value.items():
        name = check_text(field, key, key_limit)
        text = check_text(field, item, value_limit) if not isinstance(item, int | float) \
            or isinstance(item, bool) else check_text(field, str(item), value_limit)
        if name and text:
            result[name] = text
    return result


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


class ChangeTracking:
    """Saving only what the editor changed, refusing to overwrite a concurrent change.

    `base` holds each changed field as the editor loaded it. A field whose stored value is
    neither `base` nor the editor's own new value was changed meanwhile: nothing is written
    and EditConflict lists those fields; the editor decides (keep mine: save again with the
    stored value as the new base; take theirs: drop the field). Fields nobody else touched are
    written; fields the editor did not change are never sent, so they cannot overwrite
    anything.
    """

    ctx: Any
    entity: str

    def save_changes(self, ident: str, changes: dict[str, Any], base: dict[str, Any]) -> Any:
        self._check_fields(changes)  # type: ignore[attr-defined]
        if not isinstance(base, dict):
            raise ValidationError("base", "the values the edit started from are missing")
        with self.ctx.db.write() as session:
            row = self._load(session, ident)  # type: ignore[attr-defined]
            cleaned = self.clean(session, dict(changes), row)  # type: ignore[attr-defined]
            conflicts = [
                self._conflict(session, row, name, base[name], cleaned[name])
                for name in changes
                if name in base and getattr(row, name) != base[name]
                and getattr(row, name) != cleaned[name]]
            if conflicts:
                raise EditConflict(conflicts)
            row = self.update_in(session, ident, **changes)  # type: ignore[attr-defined]
            return self.to_dto(row)  # type: ignore[attr-defined]

    def _conflict(self, session: Session, row: Any, name: str, base: Any,
                  mine: Any) -> FieldConflict:
        """Who and when, from what this file knows: a change still waiting in the sync
        outbox was made here; otherwise the field's sync stamp names the other computer."""
        table = row.__tablename__
        pending = session.execute(text(
            "SELECT 1 FROM sync_outbox WHERE tbl = :t AND row_id = :r AND seq > coalesce("
            "(SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'pushed_seq'), 0) "
            "AND (fields IS NULL OR EXISTS (SELECT 1 FROM json_each(fields) "
            "WHERE value = :f)) LIMIT 1"), {"t": table, "r": row.id, "f": name}).first()
        stamp = session.execute(text(
            "SELECT stamp FROM sync_base WHERE tbl = :t AND row_id = :r AND field = :f"),
            {"t": table, "r": row.id, "f": name}).scalar()
        device = session.execute(text(
            "SELECT value FROM sync_state WHERE key = 'device_id'")).scalar()
        if pending is None and stamp and not stamp.endswith(f"-{device}"):
            ms = int(stamp.split("-", 1)[0])
            return FieldConflict(name, base, mine, getattr(row, name),
                                 datetime.fromtimestamp(ms / 1000, UTC), None, True)
        user = session.get(User, self.ctx.user_id) if self.ctx.user_id else None
        return FieldConflict(name, base, mine, getattr(row, name), row.updated_at,
                             user.name if user is not None else None, False)


class CompanyService(ChangeTracking, EntityService[Company, CompanyDTO]):
    model = Company
    dto = CompanyDTO
    entity = "company"
    fields = model_fields(Company, "merged_into_id")  # set by merges only

    def clean(self, session: Session, values: dict[str, Any], existing: Company | None) -> dict:
        if existing is None or "name" in values:
            name = check_text("name", values.get("name"), 300, "company name")
            if name is None:
                raise ValidationError("name", "company name must not be empty")
            values["name"] = name
        if "kind" in values or existing is None:
            values["kind"] = check_choice("kind", values.get("kind", CompanyKind.CLIENT.value),
                                          [k.value for k in CompanyKind])
        clean_texts(values, COMPANY_TEXT)
        if "address" in values:
            values["address"] = check_text("address", values["address"], ADDRESS_LIMIT,
                                           multiline=True)
        if "tax_id" in values:
            raw = check_text("tax_id", values["tax_id"], 20, "INN")
            if raw is not None and not raw.replace(" ", "").isascii():
                raise ValidationError("tax_id", f"'{raw}' is not a valid INN (10 or 12 digits "
                                                "with check digits)")
            values["tax_id"] = normalize_inn(raw)
        clean_reachability(values, self.ctx.region)
        if "custom_fields" in values:
            values["custom_fields"] = clean_mapping("custom_fields", values["custom_fields"],
                                                    100, 1000)
        clean_tags(values)
        clean_interval(values)
        clean_archived(values)
        clean_links(session, values)
        return values

    def order_by(self) -> tuple:
        return (Company.name_key, Company.id)

    def contacts(self, company_id: str) -> list[ContactDTO]:
        stmt = (select(Contact).where(Contact.company_id == company_id,
                                      Contact.deleted_at.is_(None))
                .order_by(Contact.name_key))
        with self.ctx.db.read() as session:
            return [to_dto(ContactDTO, row) for row in session.scalars(stmt)]


class ContactService(ChangeTracking, EntityService[Contact, ContactDTO]):
    model = Contact
    dto = ContactDTO
    entity = "contact"
    fields = model_fields(Contact, "merged_into_id")

    def clean(self, session: Session, values: dict[str, Any], existing: Contact | None) -> dict:
        clean_texts(values, CONTACT_TEXT)
        first = values.get("first_name", existing.first_name if existing else None)
        last = values.get("last_name", existing.last_name if existing else None)
        if not first and not last:
            raise ValidationError("last_name", "a person needs a first or a last name")
        clean_reachability(values, self.ctx.region)
        if "birthday" in values:
            birthday = check_date("birthday", values["birthday"])
            if birthday is not None and birthday > self.ctx.clock.now().date():
                raise ValidationError("birthday", "is in the future")
            if birthday is not None and birthday < EARLIEST_BIRTHDAY:
                raise ValidationError("birthday", "is before 1900")
            values["birthday"] = birthday
        if "birthday_md" in values:
            values["birthday_md"] = clean_month_day(values["birthday_md"])
        if "messengers" in values:
            values["messengers"] = clean_mapping("messengers", values["messengers"], 50, 200)
        clean_tags(values)
        clean_interval(values)
        clean_archived(values)
        clean_links(session, values)
        return values

    def order_by(self) -> tuple:
        return (Contact.name_key, Contact.id)
