"""vCard 2.1 / 3.0 / 4.0 import and streamed export of people (parsing by vobject).

Files come from Outlook, Android, iPhone, Google, Lotus, Thunderbird: quoted-printable in
any charset, base64 photos, `\\r\\r\\n` line ends, PROFILE lines, company-only cards. The file
is decoded once (its encoding detected), cut into cards, and every card parsed on its own:
an odd card becomes an error naming its number, line and name, and never sinks the others.
Import is planned and applied like a spreadsheet (dry run, valid cards only, report); a
person already known (same email, phone, or name at the same company) gains what the card
brings and loses nothing; several cards of one person in a file become one record.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import vobject
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.text import fold
from crm_desktop.services.clients.client_fields import COMPANY_RULES, CONTACT_RULES
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.exchange.import_plan import (
    CompanyLinks,
    ImportPlan,
    ImportReport,
    RowPlan,
    form_rules,
    merged_values,
)
from crm_desktop.services.exchange.import_values import check_text, split_extension, to_birthday
from crm_desktop.services.exchange.tabular import read_text_file
from crm_desktop.services.exchange.vcard_export import export_contacts
from crm_desktop.services.exchange.vcard_read import (
    RawCard,
    reason_of,
    split_cards,
    text_of,
    without_bad_lines,
)
from crm_desktop.storage.models import Company, Contact

logging.getLogger("vobject.base").setLevel(logging.CRITICAL)  # errors come back per card

SYSTEM_GROUPS = {"my contacts", "mycontacts", "starred in android", "* mycontacts",
                 "* starred", "* mycontacts ::: * starred"}
PERSON_FIELDS = ("last_name", "first_name", "middle_name", "position", "phones", "emails",
                 "birthday", "birthday_md", "tags", "notes")


class Writer(Protocol):
    def create_in(self, session: Session, **values: Any) -> Any: ...
    def update_in(self, session: Session, ident: str, **values: Any) -> Any: ...


class VCardService:
    def __init__(self, ctx: ServiceContext, companies: Writer, contacts: Writer) -> None:
        self.ctx = ctx
        self.companies = companies
        self.contacts = contacts

    # -- export ---------------------------------------------------------------------------------
    def export(self, path: Path | str, ids: list[str] | None = None,
               progress: Callable[[int], None] | None = None) -> Path:
        """Every live person (or those in `ids`) as vCard 3.0, streamed to the file."""
        from crm_desktop.services.exchange.export_rights import check_export

        check_export(self.ctx, "the address book")
        return export_contacts(self.ctx.db, path, ids, progress)

    # -- reading -------------------------------------------------------------------------------
    def read(self, path: Path | str) -> tuple[list[RowPlan], str]:
        """(one plan per card with its values or errors, the encoding the file was read in)."""
        path = Path(path)
        if not path.exists():
            raise ValidationError("file", f"{path} does not exist")
        text, encoding = read_text_file(path)
        cards = [self._card(raw) for raw in split_cards(text)]
        if not cards:
            raise ValidationError("file", f"{path.name} holds no vCards (no BEGIN:VCARD line)")
        return cards, encoding

    def _card(self, raw: RawCard) -> RowPlan:
        plan = RowPlan(raw.number, {})
        where = f"card {raw.number} (line {raw.line})"
        if not raw.text:
            plan.errors.append(f"{where}: no END:VCARD")
            return plan
        try:
            card = vobject.readOne(raw.text, ignoreUnreadable=True)
        except Exception as exc:  # noqa: BLE001  (vobject raises many kinds for bad text)
            card, bad = without_bad_lines(raw.text)
            plan.errors.append(f"{where}: {bad or reason_of(exc)}")
            if card is None:
                return plan
        try:
            self._values(card, plan.values)
        except ValidationError as exc:
            plan.errors.append(f"{where}: {exc.field}: {exc.reason}")
        except Exception as exc:  # noqa: BLE001
            plan.errors.append(f"{where}: {reason_of(exc)}")
        name = _display(plan.values)
        if name:
            where = f"card {raw.number} «{name}» (line {raw.line})"
            plan.errors = [e.replace(f"card {raw.number} (line {raw.line})", where, 1)
                           for e in plan.errors]
        if not plan.errors and not name:
            plan.errors.append(f"{where}: no name, company, email or phone")
        return plan

    def _values(self, card: Any, values: dict[str, Any]) -> None:
        contents = card.contents
        notes: list[str] = []
        values["phones"], values["emails"], values["tags"] = [], [], []
        name = contents.get("n", [None])[0]
        if name is not None and not isinstance(name.value, str):
            values["last_name"] = text_of(name.value.family) or None
            values["first_name"] = text_of(name.value.given) or None
            values["middle_name"] = text_of(name.value.additional) or None
        org = contents.get("org", [None])[0]
        company = text_of(org.value[:1] if isinstance(org.value, list) else org.value) \
            if org is not None else ""
        shown = text_of(contents["fn"][0].value) if "fn" in contents else ""
        show_as = text_of(contents["x-abshowas"][0].value).upper() \
            if "x-abshowas" in contents else ""
        if not (values.get("last_name") or values.get("first_name")):
            if company and (show_as == "COMPANY" or not shown or fold(shown) == fold(company)):
                values["card_kind"] = "company"
            elif shown:
                parts = shown.split()
                values["first_name"] = parts[0] if len(parts) > 1 else None
                values["last_name"] = " ".join(parts[1:]) if len(parts) > 1 else parts[0]
        values["company"] = company or None
        for tel in contents.get("tel", []):
            raw = text_of(tel.value)
            raw = raw[4:] if raw.lower().startswith("tel:") else raw
            number, extension = split_extension(raw)
            try:
                phone = normalize_phone(number, self.ctx.region, "TEL")
            except ValidationError:
                notes.append(f"TEL: {raw}")  # a service number (*100#) or a word: kept as text
                continue
            if phone not in values["phones"]:
                values["phones"].append(phone)
            if extension:
                notes.append(f"TEL {phone} ext. {extension}")
        for mail in contents.get("email", []):
            try:
                email = normalize_email(text_of(mail.value), "EMAIL")
            except ValidationError:
                notes.append(f"EMAIL: {text_of(mail.value)}")
                continue
            if email not in values["emails"]:
                values["emails"].append(email)
        for key, target in (("title", "position"), ("role", "position")):
            if key in contents and not values.get(target):
                values[target] = text_of(contents[key][0].value) or None
        if "bday" in contents:
            bday = contents["bday"][0]
            text = text_of(bday.value)
            if "X-APPLE-OMIT-YEAR" in bday.params:
                text = "--" + text[5:10]
            values["birthday"], values["birthday_md"] = to_birthday(text, "BDAY")
        for item in contents.get("categories", []):
            for tag in ",".join(text_of(t) for t in (
                    item.value if isinstance(item.value, list) else [item.value])).split(","):
                tag = tag.strip()
                if tag and tag.casefold() not in SYSTEM_GROUPS and tag not in values["tags"]:
                    values["tags"].append(tag)
        for note in reversed(contents.get("note", [])):
            text = re.sub(r"[ \t]*(\r\n|\r|\n)", "\n", text_of(note.value)).strip()
            if text:
                notes.insert(0, text)
        if "url" in contents:
            values["website"] = text_of(contents["url"][0].value) or None
        values["notes"] = "\n".join(dict.fromkeys(notes)) or None  # each line once
        if values.get("card_kind") != "company" and not (
                values.get("last_name") or values.get("first_name")):
            # Google keeps cards with only an address or a number: named by it.
            values["last_name"] = (values["emails"] or values["phones"] or [None])[0]
        self._check(values)

    def _check(self, values: dict[str, Any]) -> None:
        limits = {"last_name": 100, "first_name": 100, "middle_name": 100, "position": 200,
                  "company": 300, "website": 500, "notes": 100_000}
        for name, limit in limits.items():
            if values.get(name):
                check_text(values[name], name.upper(), limit, multiline=name == "notes")
        for tag in values["tags"]:
            check_text(tag, "CATEGORIES", 100)

    # -- planning -------------------------------------------------------------------------------
    def plan(self, path: Path | str) -> ImportPlan:
        cards, encoding = self.read(path)
        with self.ctx.db.read() as session:
            links = CompanyLinks(session)
            known = self._known(session)
            for card in cards:  # the forms' rules, so a dry run promises what apply does
                if not card.errors:
                    company = card.values.get("card_kind") == "company"
                    subset = {"name": card.values.get("company"), **{
                        k: card.values.get(k) for k in ("notes", "website", "tags")}} \
                        if company else {k: card.values.get(k) for k in PERSON_FIELDS}
                    probe = RowPlan(card.row, subset)
                    form_rules(COMPANY_RULES if company else CONTACT_RULES,
                               Company if company else Contact, probe, session, self.ctx, {},
                               where=f"card {card.row} «{_display(card.values)}»")
                    card.errors.extend(probe.errors)
        first: dict[str, RowPlan] = {}
        for card in cards:
            if card.errors:
                continue
            values = card.values
            if values.get("card_kind") == "company":
                keys = [_name_key(values)]
            else:
                keys = [f"email:{e}" for e in values["emails"]] + \
                    [f"phone:{p}" for p in values["phones"]] + [_name_key(values)]
            same = next((first[k] for k in keys if k in first), None)
            if same is not None:  # one person, several cards: one record
                same.values.update(merged_values(same.values, values))
                card.action, card.note = "skip", f"merged into card {same.row}"
                continue
            for key in keys:
                first.setdefault(key, card)
            if values.get("card_kind") != "company":
                values["company_id"], values["company_new"] = links.resolve(values["company"])
            match = next((known[k] for k in keys if k in known), None)
            if match is not None:
                card.action, card.match_id = "update", match
                card.note = "matched an existing record"
            elif values.get("company_new"):
                card.note = f"a new company «{values['company_new']}» will be created"
        return ImportPlan("contacts", Path(path), [], {}, cards, unit="card",
                          encoding=encoding)

    def _known(self, session: Session) -> dict[str, str]:
        """email:/phone:/name: keys of live people and companies -> id (companies under
        'company:' keys for company cards)."""
        known: dict[str, str] = {}
        for ident, phones, emails, key, company in session.execute(select(
                Contact.id, Contact.phones, Contact.emails, Contact.name_key,
                Company.name_key).outerjoin(Company, Company.id == Contact.company_id)
                .where(Contact.deleted_at.is_(None))):
            for email in emails or []:
                known.setdefault(f"email:{email}", ident)
            for phone in phones or []:
                known.setdefault(f"phone:{phone}", ident)
            known.setdefault(f"name:{key}|{company or ''}", ident)
        for ident, key in session.execute(select(Company.id, Company.name_key).where(
                Company.deleted_at.is_(None))):
            known.setdefault(f"company:{key}", ident)
        return known

    # -- applying -------------------------------------------------------------------------------
    def apply(self, plan: ImportPlan, valid_only: bool = False) -> ImportReport:
        """All cards in one transaction, or only the valid ones; a card the services refuse
        is named (and skipped under valid_only, its savepoint rolled back)."""
        if plan.errors and not valid_only:
            more = f" (and {len(plan.errors) - 1} more)" if len(plan.errors) > 1 else ""
            raise ValidationError("file", plan.errors[0] + more)
        report = ImportReport(unit="card", notes=[f"read as {plan.encoding}"])
        report.skipped = [(r.row, "; ".join(r.errors)) for r in plan.rows if r.errors] + \
            [(r.row, r.note) for r in plan.rows if not r.errors and r.action == "skip"]
        with self.ctx.db.write() as session:
            links = CompanyLinks(session)
            for card in plan.valid:
                savepoint = session.begin_nested()
                known, counts = dict(links.by_name), (report.created, report.updated,
                                                      report.unchanged, report.companies_created)
                try:
                    self._apply_card(session, card, links, report)
                except ValidationError as exc:
                    savepoint.rollback()  # and forget the companies it had made
                    links.by_name = known
                    (report.created, report.updated, report.unchanged,
                     report.companies_created) = counts
                    reason = f"card {card.row}: {exc.field}: {exc.reason}"
                    if not valid_only:
                        raise ValidationError("file", reason) from exc
                    report.skipped.append((card.row, reason))
                    continue
                savepoint.commit()
        report.skipped.sort()
        return report

    def _apply_card(self, session: Session, card: RowPlan, links: CompanyLinks,
                    report: ImportReport) -> None:
        values = dict(card.values)
        if values.get("card_kind") == "company":
            fields = {k: values.get(k) for k in ("phones", "emails", "notes", "website",
                                                 "tags")}
            ident, new = links.resolve(values["company"])
            if new:
                row = self.companies.create_in(session, name=new, **{
                    k: v for k, v in fields.items() if v not in (None, [])})
                links.by_name[fold(new)] = row.id
                report.created += 1
            elif self._merge(session, self.companies, Company, ident or "", fields):
                report.updated += 1
            else:
                report.unchanged += 1
            return
        company_id, new = links.resolve(values.get("company"))
        if new:
            company_id = self.companies.create_in(session, name=new).id
            links.by_name[fold(new)] = company_id
            report.companies_created += 1
        person = {k: values.get(k) for k in PERSON_FIELDS}
        if company_id:
            person["company_id"] = company_id
        if card.action == "update" and card.match_id:
            if self._merge(session, self.contacts, Contact, card.match_id, person):
                report.updated += 1
            else:
                report.unchanged += 1
        else:
            self.contacts.create_in(session, **{k: v for k, v in person.items()
                                                if v not in (None, [])})
            report.created += 1

    def _merge(self, session: Session, writer: Writer, model: type[Company] | type[Contact],
               ident: str,
               values: dict[str, Any]) -> bool:
        """Adds the card to the record; False when it brought nothing new."""
        row = session.get(model, ident)
        current = {c.key: getattr(row, c.key) for c in model.__table__.columns}
        changes = merged_values(current, values)
        if changes:
            writer.update_in(session, ident, **changes)
        return bool(changes)

    def import_file(self, path: Path | str, valid_only: bool = False) -> ImportReport:
        return self.apply(self.plan(path), valid_only)


def _name_key(values: dict[str, Any]) -> str:
    if values.get("card_kind") == "company":
        return f"company:{fold(values.get('company'))}"
    person = " ".join(p for p in (values.get("last_name"), values.get("first_name"),
                                  values.get("middle_name")) if p)
    return f"name:{fold(person)}|{fold(values.get('company'))}"


def _display(values: dict[str, Any]) -> str:
    person = " ".join(p for p in (values.get("last_name"), values.get("first_name"),
                                  values.get("middle_name")) if p)
    emails, phones = values.get("emails") or [], values.get("phones") or []
    return person or values.get("company") or (emails[0] if emails else "") or \
        (phones[0] if phones else "")


