"""The inbox: letters from unknown addresses (an email interaction with no client), each filed
with one click to a new client, a new lead (a company of kind prospect) or a service request;
filing one files every other waiting letter from the same address with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import NotFoundError
from crm_desktop.storage.models import Interaction


@dataclass(frozen=True)
class InboxLetter:
    id: str
    sender: str
    subject: str
    body: str
    received_at: datetime
    attachment: str | None


class InboxFiling:
    """The part of the mail service that files letters from unknown addresses."""

    crm: Any
    ctx: Any

    def inbox(self, limit: int = 500) -> list[InboxLetter]:
        stmt = (select(Interaction).where(
            Interaction.deleted_at.is_(None), Interaction.channel == "email",
            Interaction.company_id.is_(None), Interaction.contact_id.is_(None),
            Interaction.deal_id.is_(None), Interaction.outcome.is_(None))
            .order_by(Interaction.occurred_at.desc()).limit(limit))
        with self.ctx.db.read() as session:
            return [InboxLetter(r.id, (r.body or "").split("\n", 1)[0], r.subject or "",
                                r.body or "", r.occurred_at, r.attachment)
                    for r in session.scalars(stmt)]

    def file_to_new_client(self, ident: str, name: str | None = None,
                           lead: bool = False) -> str:
        """A new company (a lead: kind prospect) with the sender's address; the letter, and
        every other inbox letter from that address, in its history. Returns the company id."""
        with self.ctx.db.write() as session:
            row = self._inbox_row(session, ident)
            address, display = sender_of(row.body)
            company = self.crm.companies.create_in(
                session, name=(name or display or address or "?")[:300],
                kind="prospect" if lead else "client", emails=[address] if address else [])
            company_id: str = company.id
            self._file_from(session, address, company_id, None, row)
            return company_id

    def file_to_request(self, ident: str, company_id: str | None = None) -> str:
        """A service request from the letter (a new client made from the sender when none is
        given); returns the request id."""
        from crm_desktop.services.service_desk import desk

        company_id = company_id or self.file_to_new_client(ident)
        with self.ctx.db.read() as session:
            row = session.get(Interaction, ident)
            subject, body = row.subject, row.body
        request = desk(self.crm).create(subject or "—", company_id=company_id,
                                        description=body, channel="email")
        return request.id

    def file_to(self, ident: str, company_id: str | None = None,
                contact_id: str | None = None) -> None:
        with self.ctx.db.write() as session:
            row = self._inbox_row(session, ident)
            address, _ = sender_of(row.body)
            self._file_from(session, address, company_id, contact_id, row)

    def _inbox_row(self, session: Session, ident: str) -> Interaction:
        row = session.get(Interaction, ident)
        if row is None or row.deleted_at is not None or row.channel != "email":
            raise NotFoundError("letter", ident)
        return row

    def _file_from(self, session: Session, address: str | None, company_id: str | None,
                   contact_id: str | None, row: Interaction) -> None:
        rows = [row]
        if address:
            rows += [r for r in session.scalars(select(Interaction).where(
                Interaction.deleted_at.is_(None), Interaction.channel == "email",
                Interaction.company_id.is_(None), Interaction.contact_id.is_(None),
                Interaction.id != row.id)) if sender_of(r.body)[0] == address]
        now = self.ctx.clock.now()
        for item in rows:
            item.company_id, item.contact_id, item.updated_at = company_id, contact_id, now


def sender_of(body: str | None) -> tuple[str | None, str]:
    """The address and name on the first line of a stored letter ("Name <address>")."""
    first = (body or "").split("\n", 1)[0]
    match = re.search(r"<([^<>@\s]+@[^<>\s]+)>", first) or re.search(r"(\S+@\S+)", first)
    address = match.group(1).lower() if match else None
    name = first.split("<", 1)[0].strip() if "<" in first else ""
    return address, name
