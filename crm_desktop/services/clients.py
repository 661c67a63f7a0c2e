"""Companies (clients, partners, suppliers, prospects) and contacts (people)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_emails
from crm_desktop.domain.enums import CompanyKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import normalize_phones
from crm_desktop.domain.taxid import normalize_inn
from crm_desktop.services.base import (
    EntityService,
    model_fields,
    optional_text,
    require_choice,
    require_row,
    require_text,
)
from crm_desktop.services.dto import CompanyDTO, ContactDTO, to_dto
from crm_desktop.storage.models import Company, Contact, User


def clean_tags(values: dict[str, Any]) -> None:
    if "tags" in values:
        tags: list[str] = []
        for tag in values["tags"] or []:
            text = str(tag).strip()
            if text and text not in tags:
                tags.append(text)
        values["tags"] = tags


def clean_interval(values: dict[str, Any]) -> None:
    days = values.get("keep_in_touch_days")
    if days is not None and (not isinstance(days, int) or days < 1 or days > 3650):
        raise ValidationError("keep_in_touch_days", "must be a whole number of days, 1 to 3650")


class CompanyService(EntityService[Company, CompanyDTO]):
    model = Company
    dto = CompanyDTO
    entity = "company"
    fields = model_fields(Company)

    def clean(self, session: Session, values: dict[str, Any], existing: Company | None) -> dict:
        if existing is None or "name" in values:
            require_text(values, "name", "company name", 300)
        require_choice(values, "kind", CompanyKind)
        optional_text(values, "legal_name", "industry", "address", "website", "lead_source",
                      "segment", "notes")
        if "tax_id" in values:
            values["tax_id"] = normalize_inn(values["tax_id"])
        if "phones" in values:
            values["phones"] = normalize_phones(values["phones"], self.ctx.region)
        if "emails" in values:
            values["emails"] = normalize_emails(values["emails"])
        clean_tags(values)
        clean_interval(values)
        require_row(session, User, values.get("responsible_id"), "responsible_id")
        return values

    def order_by(self) -> tuple:
        return (Company.name_key, Company.id)

    def contacts(self, company_id: str) -> list[ContactDTO]:
        stmt = (select(Contact).where(Contact.company_id == company_id,
                                      Contact.deleted_at.is_(None))
                .order_by(Contact.name_key))
        with self.ctx.db.read() as session:
            return [to_dto(ContactDTO, row) for row in session.scalars(stmt)]


class ContactService(EntityService[Contact, ContactDTO]):
    model = Contact
    dto = ContactDTO
    entity = "contact"
    fields = model_fields(Contact)

    def clean(self, session: Session, values: dict[str, Any], existing: Contact | None) -> dict:
        optional_text(values, "first_name", "middle_name", "last_name", "position", "source",
                      "notes")
        first = values.get("first_name", existing.first_name if existing else None)
        last = values.get("last_name", existing.last_name if existing else None)
        if not first and not last:
            raise ValidationError("last_name", "a person needs a first or a last name")
        for name in ("first_name", "middle_name", "last_name"):
            if values.get(name) and len(values[name]) > 100:
                raise ValidationError(name, "is longer than 100 characters")
        if "phones" in values:
            values["phones"] = normalize_phones(values["phones"], self.ctx.region)
        if "emails" in values:
            values["emails"] = normalize_emails(values["emails"])
        birthday = values.get("birthday")
        if birthday is not None:
            if not isinstance(birthday, date):
                raise ValidationError("birthday", "is not a date")
            if birthday > self.ctx.clock.now().date():
                raise ValidationError("birthday", "is in the future")
        if "messengers" in values:
            values["messengers"] = {str(k).strip(): str(v).strip()
                                    for k, v in (values["messengers"] or {}).items() if v}
        clean_tags(values)
        clean_interval(values)
        require_row(session, Company, values.get("company_id"), "company_id")
        require_row(session, User, values.get("responsible_id"), "responsible_id")
        return values

    def order_by(self) -> tuple:
        return (Contact.name_key, Contact.id)
