"""vCard 3.0 / 4.0 import and export of people (vobject), matched like the Excel import:
an existing person with the same email or phone is updated, not duplicated."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import vobject

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import ContactDTO


class VCardService:
    def __init__(self, ctx: ServiceContext, crm: Any) -> None:
        self.ctx = ctx
        self.crm = crm

    def export(self, contacts: list[ContactDTO], path: Path | str) -> Path:
        cards = []
        companies = {}
        for person in contacts:
            card = vobject.vCard()
            card.add("n").value = vobject.vcard.Name(family=person.last_name or "",
                                                     given=person.first_name or "",
                                                     additional=person.middle_name or "")
            card.add("fn").value = person.display_name or "?"
            if person.company_id:
                if person.company_id not in companies:
                    companies[person.company_id] = self.crm.companies.get(
                        person.company_id, include_deleted=True).name
                card.add("org").value = [companies[person.company_id]]
            if person.position:
                card.add("title").value = person.position
            for phone in person.phones:
                tel = card.add("tel")
                tel.value = phone
                tel.type_param = "CELL"
            for email in person.emails:
                mail = card.add("email")
                mail.value = email
                mail.type_param = "INTERNET"
            if person.birthday:
                card.add("bday").value = person.birthday.isoformat()
            if person.notes:
                card.add("note").value = person.notes
            card.add("uid").value = person.id
            cards.append(card.serialize())
        target = Path(path)
        target.write_text("".join(cards), encoding="utf-8")
        return target

    def read(self, path: Path | str) -> list[dict[str, Any]]:
        """The people in a .vcf file as service fields; a bad card names its number."""
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
        people = []
        try:
            cards = list(vobject.readComponents(text))
        except Exception as exc:  # noqa: BLE001  (vobject raises several kinds)
            raise ValidationError("file", f"{Path(path).name} is not a vCard file: {exc}") \
                from exc
        for number, card in enumerate(cards, start=1):
            values: dict[str, Any] = {"phones": [], "emails": []}
            name = getattr(card, "n", None)
            if name is not None:
                values["last_name"] = name.value.family or None
                values["first_name"] = name.value.given or None
                values["middle_name"] = (name.value.additional or None) if isinstance(
                    name.value.additional, str) else None
            elif hasattr(card, "fn"):
                parts = card.fn.value.split()
                values["first_name"], values["last_name"] = (parts[0], " ".join(parts[1:])) \
                    if len(parts) > 1 else (None, card.fn.value)
            for tel in card.contents.get("tel", []):
                try:
                    values["phones"].append(normalize_phone(tel.value, self.ctx.region))
                except ValidationError as exc:
                    raise ValidationError("tel", f"card {number}: {exc.reason}") from exc
            for mail in card.contents.get("email", []):
                try:
                    values["emails"].append(normalize_email(mail.value))
                except ValidationError as exc:
                    raise ValidationError("email", f"card {number}: {exc.reason}") from exc
            if hasattr(card, "title"):
                values["position"] = card.title.value
            if hasattr(card, "bday"):
                raw = str(card.bday.value).replace("--", "")
                try:
                    values["birthday"] = date.fromisoformat(raw[:10]) if "-" in raw else \
                        date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
                except ValueError:
                    pass
            if hasattr(card, "note"):
                values["notes"] = card.note.value
            people.append(values)
        return people

    def import_file(self, path: Path | str) -> tuple[int, int]:
        """(created, updated); all or nothing."""
        people = self.read(path)
        with self.ctx.db.read() as session:
            from sqlalchemy import select

            from crm_desktop.storage.models import Contact

            index: dict[str, str] = {}
            for ident, phones, emails in session.execute(select(
                    Contact.id, Contact.phones, Contact.emails).where(
                    Contact.deleted_at.is_(None))):
                for value in [*(phones or []), *(emails or [])]:
                    index.setdefault(value, ident)
        created = updated = 0
        with self.ctx.db.write() as session:
            for values in people:
                match = next((index[v] for v in [*values["emails"], *values["phones"]]
                              if v in index), None)
                if match:
                    self.crm.contacts.update_in(session, match, **values)
                    updated += 1
                else:
                    self.crm.contacts.create_in(session, **values)
                    created += 1
        return created, updated
