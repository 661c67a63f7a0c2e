"""Companies (clients, partners, suppliers, prospects) and contacts (people).

Their field rules and the change tracking of edit forms live in services.client_fields."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from crm_desktop.domain.text import fold
from crm_desktop.services.base import model_fields
from crm_desktop.services.clients.client_fields import (
    COMPANY_RULES,
    CONTACT_RULES,
    ChangeTracking,
    FieldConflict,
    tags,
)
from crm_desktop.services.dto import CompanyDTO, ContactDTO, to_dto
from crm_desktop.storage.models import Company, Contact

__all__ = ["CompanyService", "ContactService", "FieldConflict", "clean_tags"]


def clean_tags(values: dict[str, Any]) -> None:
    """Tags checked and without repeats (deals use the same rule)."""
    tags(values, None, None, None)


class CompanyService(ChangeTracking[Company, CompanyDTO]):
    model = Company
    dto = CompanyDTO
    entity = "company"
    fields = model_fields(Company, "merged_into_id")  # set by merges only
    rules = COMPANY_RULES

    def order_by(self) -> tuple[Any, ...]:
        return (Company.name_key, Company.id)

    def contacts(self, company_id: str) -> list[ContactDTO]:
        stmt = (select(Contact).where(Contact.company_id == company_id,
                                      Contact.deleted_at.is_(None))
                .order_by(Contact.name_key))
        with self.ctx.db.read() as session:
            return [to_dto(ContactDTO, row) for row in session.scalars(stmt)]

    def named(self, name: str, limit: int = 5) -> list[CompanyDTO]:
        """Live companies with exactly this name (any case, "ё" as "е", spaces folded): what
        a person means by typing a name without picking it from the suggestions."""
        key = fold(name) if isinstance(name, str) else ""
        if not key:
            return []
        stmt = (select(Company).where(Company.name_key == key, Company.deleted_at.is_(None))
                .order_by(Company.id).limit(limit))
        with self.ctx.db.read() as session:
            return [self.to_dto(row) for row in session.scalars(stmt)]


class ContactService(ChangeTracking[Contact, ContactDTO]):
    model = Contact
    dto = ContactDTO
    entity = "contact"
    fields = model_fields(Contact, "merged_into_id")  # set by merges only
    rules = CONTACT_RULES

    def order_by(self) -> tuple[Any, ...]:
        return (Contact.name_key, Contact.id)

    def attach_to_company(self, contact_ids: list[str], company_id: str) -> None:
        """People dropped onto a company card: all of them join it, or none (one
        transaction; a missing or deleted person refuses the whole drop)."""
        with self.ctx.db.write() as session:
            for ident in contact_ids:
                self.update_in(session, ident, company_id=company_id)
