"""The demo's people and clients: users (one owner, two heads, eight managers), the
pipelines' stages as seeded, companies and contacts with valid tax ids, phones and emails.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import Connection

from crm_desktop.domain.ids import new_id
from crm_desktop.domain.taxid import make_inn10
from crm_desktop.services.demo.names import (
    Companies,
    Contacts,
    DemoNames,
    DemoRow,
    Pipelines,
    Users,
    ts,
)
from crm_desktop.storage.searchable import company_keys, contact_keys


class ClientRows(DemoNames):
    def users(self, conn: Connection) -> Users:
        """(id, head id): one owner, two heads, eight managers."""
        w = self.words
        rows, result = [], []
        stamp = ts(self.now - timedelta(days=800))
        # The person who introduced themselves at first start owns the demo company: the
        # teams report to them and they get their share of clients, deals and tasks.
        current = self.crm.users.current()
        owner = current.id if current is not None else new_id()
        plan = [("owner", None, None)] + [("head", owner, d) for d in w["departments"]]
        for role, head, dept in plan:
            ident = new_id()
            if role == "owner":
                ident = owner
            first, middle, last, _ = self.person()
            result.append((ident, head))
            if ident != getattr(current, "id", None):
                rows.append(self.user_row(ident, first, middle, last, role, head, dept, stamp))
        heads = [r[0] for r in result[1:]]
        for i in range(8):
            ident = new_id()
            head = heads[i % len(heads)]
            first, middle, last, _ = self.person()
            dept = w["departments"][i % len(heads)]
            result.append((ident, head))
            rows.append(self.user_row(ident, first, middle, last, "manager", head, dept, stamp))
        self.insert(conn, "users", ["id", "name", "email", "phone", "role", "department",
                                    "position", "head_id", "is_active", "created_at",
                                    "updated_at"], iter(rows), len(rows), "users")
        return result

    def user_row(self, ident: str, first: str, middle: str | None, last: str, role: str,
                 head: str | None, dept: str | None, stamp: str) -> DemoRow:
        positions = {"ru": {"owner": "Генеральный директор", "head": "Руководитель отдела",
                            "manager": "Менеджер по продажам"},
                     "en": {"owner": "Managing director", "head": "Head of sales",
                            "manager": "Sales manager"}}[self.lang]
        name = " ".join(p for p in (first, middle, last) if p)
        email = f"{self.latin(first)}.{self.latin(last)}@our-company.example"
        return (ident, name, email, self.mobile(), role, dept, positions[role], head, 1,
                stamp, stamp)

    def pipelines(self, conn: Connection) -> Pipelines:
        """pipeline id -> its stages (id, kind, probability) in order."""
        rows = conn.exec_driver_sql(
            "SELECT s.pipeline_id, s.id, s.kind, s.probability, p.is_default FROM stages s "
            "JOIN pipelines p ON p.id = s.pipeline_id ORDER BY p.position, s.position").all()
        result: dict[str, list[tuple[str, str, int]]] = {}
        for pipeline_id, stage_id, kind, probability, _ in rows:
            result.setdefault(pipeline_id, []).append((stage_id, kind, probability))
        return result

    def company_name(self) -> str:
        w, rng = self.words, self.rng
        core = rng.choice(w["company_a"]) + rng.choice(w["company_b"]).lower() \
            if rng.random() < 0.5 and self.lang == "ru" else \
            f"{rng.choice(w['company_a'])} {rng.choice(w['company_b'])}"
        if self.lang == "ru":
            prefix = rng.choice(w["company_prefix"])
            if prefix == "ИП":
                first, middle, last, _ = self.person()
                return f"ИП {last} {first[0]}. {middle[0] if middle else ''}.".strip()
            return f"{prefix} «{core}»"
        return f"{core} {rng.choice(w['company_suffix'])}"

    def companies(self, conn: Connection, users: Users) -> Companies:
        """(id, responsible id) per company."""
        w, rng, n = self.words, self.rng, self.size.companies
        kinds = ["client"] * 6 + ["prospect"] * 2 + ["partner", "supplier"]
        sources = self.lists["lead_sources"][self.lang]
        managers = [u[0] for u in users]  # the owner keeps a few clients too
        result: list[tuple[str, str]] = []

        def rows() -> Iterator[DemoRow]:
            for i in range(n):
                ident = new_id()
                name = self.company_name()
                legal = name.replace("ООО", "Общество с ограниченной ответственностью", 1) \
                    if name.startswith("ООО") else name
                inn = make_inn10(f"{rng.randrange(10**8, 10**9)}")
                slug = self.latin(rng.choice(w["company_a"]) + rng.choice(w["company_b"]))
                domain = f"{slug}{i % 997}.ru" if self.lang == "ru" else f"{slug}{i % 997}.com"
                phones = [self.landline()] + ([self.mobile()] if rng.random() < 0.4 else [])
                emails = [f"info@{domain}"] + ([f"sales@{domain}"] if rng.random() < 0.3 else [])
                city = rng.choice(w["cities"])
                address = f"{city}, {rng.choice(w['streets'])}, {rng.randrange(1, 150)}"
                responsible = rng.choice(managers)
                result.append((ident, responsible))
                values = {"name": name, "legal_name": legal, "tax_id": inn,
                          "website": f"https://{domain}", "emails": emails, "phones": phones}
                name_key, search_text = company_keys(values)
                created = self.when(900, -30)
                tags = rng.sample(w["tags"], rng.choice((0, 0, 1, 1, 2)))
                keep = rng.choice((14, 30, 60, 90)) if rng.random() < 0.1 else None
                notes = None
                if rng.random() < 0.3:
                    notes = ("Оплата по факту поставки, отсрочка 14 дней." if self.lang == "ru"
                             else "Payment on delivery, 14 days' credit.")
                yield (ident, rng.choice(kinds), name, legal, inn, rng.choice(w["industries"]),
                       address, f"https://{domain}", json.dumps(phones), json.dumps(emails),
                       rng.choice(sources), rng.choice(self.lists["segments"]),
                       json.dumps(tags, ensure_ascii=False), notes, "{}", keep, responsible,
                       name_key, search_text, ts(created), ts(created))

        self.insert(conn, "companies", [
            "id", "kind", "name", "legal_name", "tax_id", "industry", "address", "website",
            "phones", "emails", "lead_source", "segment", "tags", "notes", "custom_fields",
            "keep_in_touch_days", "responsible_id", "name_key", "search_text", "created_at",
            "updated_at"], rows(), n, "companies")
        return result

    def contacts(self, conn: Connection, users: Users, companies: Companies) -> Contacts:
        """(id, company id) per contact."""
        w, rng, n = self.words, self.rng, self.size.contacts
        sources = self.lists["lead_sources"][self.lang]
        result: list[tuple[str, str | None]] = []

        def rows() -> Iterator[DemoRow]:
            for _ in range(n):
                ident = new_id()
                company, responsible = companies[rng.randrange(len(companies))] \
                    if rng.random() < 0.92 else (None, rng.choice(users)[0])
                first, middle, last, _ = self.person()
                result.append((ident, company))
                phones = [self.mobile()]
                domain = rng.choice(w["domains"])
                emails = [f"{self.latin(first)}.{self.latin(last)}{rng.randrange(100)}@{domain}"]
                birthday = date(rng.randrange(1960, 2001), 1, 1) + timedelta(
                    days=rng.randrange(365))
                if rng.random() < 0.03:  # some birthdays this week, for the planner
                    birthday = (self.today + timedelta(days=rng.randrange(7))).replace(
                        year=rng.randrange(1965, 2000))
                values = {"first_name": first, "middle_name": middle, "last_name": last,
                          "position": None, "emails": emails, "phones": phones}
                name_key, search_text = contact_keys(values)
                messengers = {"telegram": f"@{self.latin(first)}_{self.latin(last)}"} \
                    if rng.random() < 0.3 else {}
                created = self.when(900, -30)
                yield (ident, company, first, middle, last, rng.choice(w["positions"]),
                       json.dumps(phones), json.dumps(emails),
                       json.dumps(messengers), birthday.isoformat(), rng.choice(sources),
                       "[]", None, responsible, name_key, search_text, ts(created),
                       ts(created))

        self.insert(conn, "contacts", [
            "id", "company_id", "first_name", "middle_name", "last_name", "position", "phones",
            "emails", "messengers", "birthday", "source", "tags", "notes", "responsible_id",
            "name_key", "search_text", "created_at", "updated_at"], rows(), n, "contacts")
        return result
