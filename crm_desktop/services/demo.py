"""Realistic demo and benchmark data, Russian or English, deterministic for a seed.

small ≈ 200 companies with their history (first start, screenshots, tests);
large = 100,000 companies, 200,000 contacts, 1,000,000 interactions, 300,000 tasks and
100,000 deals (benchmarks). Rows go in through executemany on the writer connection in one
transaction: the ORM would take many minutes for 1.7 million rows. The search shadow
columns are computed by the same functions the ORM hooks use, and the SQL triggers index
them, so the result is exactly what the services would have written.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from crm_desktop.domain.enums import Channel
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.taxid import make_inn10
from crm_desktop.domain.text import TRANSLIT
from crm_desktop.paths import DATA_DIR
from crm_desktop.storage.search_schema import SEARCH_DOCS_INSERT_TRIGGER
from crm_desktop.storage.searchable import company_keys, contact_keys, deal_keys

Progress = Callable[[str, int, int], None]

# Russian mobile operator codes libphonenumber accepts as valid (checked in the tests).
MOBILE_CODES = (903, 905, 906, 909, 910, 912, 915, 916, 917, 919, 920, 921, 925, 926, 929,
                950, 951, 960, 961, 962, 963, 964, 965, 977, 980, 985, 987, 999)
LANDLINE_CODES = (495, 499, 812, 343, 383, 843)
CHANNEL_WEIGHTS = {
    Channel.CALL_OUT: 30, Channel.CALL_IN: 15, Channel.EMAIL: 25, Channel.MEETING: 8,
    Channel.CHAT: 8, Channel.NOTE: 6, Channel.WEB_FORM: 3, Channel.SMS: 2, Channel.SOCIAL: 2,
    Channel.EVENT: 1,
}


@dataclass(frozen=True)
class Size:
    companies: int
    contacts: int
    interactions: int
    tasks: int
    deals: int
    heavy_clients: int  # companies with exactly 1,000 interactions (the card benchmark)


SIZES = {
    "small": Size(200, 400, 4_000, 600, 250, 0),
    "large": Size(100_000, 200_000, 1_000_000, 300_000, 100_000, 20),
}
HEAVY_HISTORY = 1_000
CHUNK = 20_000


def ts(moment: datetime) -> str:
    """The text SQLAlchemy's SQLite DateTime stores (naive UTC), so rows read back alike.

    Naive datetimes here are already UTC; str() is the fast C path of isoformat(" ").
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    text = str(moment)
    return text if len(text) > 19 else text + ".000000"


def generate(crm: Any, size: str = "small", language: str = "ru", seed: int = 1,
             progress: Progress | None = None) -> None:
    """Fills an empty database (`crm` is a services.crm.Crm)."""
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; use small or large")
    crm.reference.seed_defaults(language)
    DemoBuilder(crm, SIZES[size], language, seed, progress or (lambda *_: None)).run()


class DemoBuilder:
    def __init__(self, crm: Any, size: Size, language: str, seed: int, progress: Progress):
        self.crm = crm
        self.size = size
        self.lang = language if language in ("ru", "en") else "en"
        self.rng = random.Random(seed)
        self.progress = progress
        self.words = json.loads((DATA_DIR / "demo_names.json").read_text("utf-8"))[self.lang]
        self.lists = json.loads((DATA_DIR / "seed_lists.json").read_text("utf-8"))
        self.now = crm.ctx.clock.now()
        self.today = self.now.date()
        self.naive_now = self.now.astimezone(UTC).replace(tzinfo=None)

    # -- plumbing -------------------------------------------------------------------------
    def insert(self, conn: Any, table: str, columns: list[str], rows: Iterator[tuple],
               total: int, label: str) -> None:
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        batch: list[tuple] = []
        done = 0
        for row in rows:
            batch.append(row)
            if len(batch) >= CHUNK:
                conn.exec_driver_sql(sql, batch)
                done += len(batch)
                batch.clear()
                self.progress(label, done, total)
        if batch:
            conn.exec_driver_sql(sql, batch)
            done += len(batch)
        self.progress(label, done, total)

    def when(self, days_back: float, days_ahead: float = 0) -> datetime:
        """A naive UTC moment on a quarter hour, between days_back ago and days_ahead on."""
        quarters = int(self.rng.random() * (days_back + days_ahead) * 96)
        start = self.naive_now.replace(minute=0, second=0, microsecond=0)
        return start - timedelta(days=days_back) + timedelta(minutes=15 * quarters)

    def mobile(self) -> str:
        return f"+7{self.rng.choice(MOBILE_CODES)}{self.rng.randrange(10**7):07d}"

    def landline(self) -> str:
        return f"+7{self.rng.choice(LANDLINE_CODES)}{self.rng.randrange(2 * 10**6, 10**7):07d}"

    def person(self) -> tuple[str, str | None, str, bool]:
        w, rng = self.words, self.rng
        female = rng.random() < 0.45
        first = rng.choice(w["female_first"] if female else w["male_first"])
        surname = rng.choice(w["surnames"])
        middle = None
        if self.lang == "ru":
            root = rng.choice(w["patronymic_roots"])
            middle = root + ("на" if female else "ич")
            if female:
                if surname.endswith(("ов", "ев", "ёв", "ин")):
                    surname += "а"
                elif surname.endswith("ский"):
                    surname = surname[:-4] + "ская"
        return first, middle, surname, female

    def latin(self, text: str) -> str:
        return text.lower().translate(TRANSLIT)

    # -- the data set -----------------------------------------------------------------------
    def run(self) -> None:
        # One transaction on the ordinary WAL journal: a kill or a full disk part-way rolls
        # the whole demo back and leaves whatever the file held before intact (journaling is
        # never switched off on a user's file). The full-text index is built once at the end
        # instead of row by row. The WAL then holds every page once: fold it back and shrink it.
        self._load()
        raw = self.crm.db.writer.raw_connection()  # outside a transaction
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        if self.crm.users.current() is None:
            self.crm.users.set_current(self.first_user)

    def _load(self) -> None:
        with self.crm.db.writer.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER search_docs_ai")
            users = self.users(conn)
            self.first_user = users[0][0]
            pipelines = self.pipelines(conn)
            companies = self.companies(conn, users)
            contacts = self.contacts(conn, users, companies)
            deals = self.deals(conn, users, companies, contacts, pipelines)
            self.interactions(conn, users, companies, contacts, deals)
            self.tasks(conn, users, companies, contacts, deals)
            self.products(conn, deals)
            self.progress("search index", 0, 1)
            conn.exec_driver_sql(SEARCH_DOCS_INSERT_TRIGGER)
            conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            conn.exec_driver_sql("INSERT INTO search_names(search_names) VALUES ('rebuild')")
            self.progress("search index", 1, 1)
            conn.exec_driver_sql("ANALYZE")

    def users(self, conn: Any) -> list[tuple[str, str | None]]:
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
                 head: str | None, dept: str | None, stamp: str) -> tuple:
        positions = {"ru": {"owner": "Генеральный директор", "head": "Руководитель отдела",
                            "manager": "Менеджер по продажам"},
                     "en": {"owner": "Managing director", "head": "Head of sales",
                            "manager": "Sales manager"}}[self.lang]
        name = " ".join(p for p in (first, middle, last) if p)
        email = f"{self.latin(first)}.{self.latin(last)}@our-company.example"
        return (ident, name, email, self.mobile(), role, dept, positions[role], head, 1,
                stamp, stamp)

    def pipelines(self, conn: Any) -> dict[str, list[tuple[str, str, int]]]:
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

    def companies(self, conn: Any, users: list) -> list[tuple[str, str]]:
        """(id, responsible id) per company."""
        w, rng, n = self.words, self.rng, self.size.companies
        kinds = ["client"] * 6 + ["prospect"] * 2 + ["partner", "supplier"]
        sources = self.lists["lead_sources"][self.lang]
        managers = [u[0] for u in users]  # the owner keeps a few clients too
        result: list[tuple[str, str]] = []

        def rows() -> Iterator[tuple]:
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

    def contacts(self, conn: Any, users: list, companies: list) -> list[tuple[str, str | None]]:
        """(id, company id) per contact."""
        w, rng, n = self.words, self.rng, self.size.contacts
        sources = self.lists["lead_sources"][self.lang]
        result: list[tuple[str, str | None]] = []

        def rows() -> Iterator[tuple]:
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

    def deals(self, conn: Any, users: list, companies: list, contacts: list,
              pipelines: dict) -> list[tuple[str, str, str | None]]:
        """(id, company id, responsible id) per deal; with stage history rows."""
        w, rng, n = self.words, self.rng, self.size.deals
        reasons = self.lists["loss_reasons"][self.lang]
        sources = self.lists["lead_sources"][self.lang]
        pipeline_ids = list(pipelines)
        people_of: dict[str, str] = {}
        for contact_id, company_id in contacts:
            if company_id:
                people_of.setdefault(company_id, contact_id)
        result: list[tuple[str, str, str | None]] = []
        history: list[tuple] = []

        def rows() -> Iterator[tuple]:
            for _ in range(n):
                ident = new_id()
                company, responsible = companies[rng.randrange(len(companies))]
                pipeline = pipeline_ids[0] if rng.random() < 0.85 else rng.choice(pipeline_ids)
                stages = pipelines[pipeline]
                open_stages = [s for s in stages if s[1] == "open"]
                won = next(s for s in stages if s[1] == "won")
                lost = next(s for s in stages if s[1] == "lost")
                roll = rng.random()
                reached = rng.randrange(len(open_stages))
                path = open_stages[: reached + 1]
                if roll < 0.2:
                    path = open_stages + [won]
                elif roll < 0.4:
                    path = path + [lost]
                current = path[-1]
                created = self.when(720, -2)
                moment = created
                previous = None
                for stage in path:
                    history.append((new_id(), ident, previous, stage[0], ts(moment),
                                    responsible, rng.choice(reasons) if stage is lost else None,
                                    ts(moment), ts(moment)))
                    previous = stage[0]
                    moment = min(moment + timedelta(days=rng.uniform(1, 30)), self.naive_now)
                changed = history[-1][4]
                closed = changed if current[1] != "open" else None
                title = rng.choice(w["deal_titles"])
                name_key, search_text = deal_keys({"title": title})
                amount = rng.randrange(10_000, 5_000_000) * 100
                expected = (created + timedelta(days=rng.randrange(14, 120))).date()
                is_open = current[1] == "open"
                next_step = rng.choice(w["next_steps"]) if is_open else None
                next_at = (self.today + timedelta(days=rng.randrange(-5, 15))).isoformat() \
                    if is_open and rng.random() < 0.7 else None
                result.append((ident, company, responsible))
                yield (ident, title, company, people_of.get(company), pipeline, current[0],
                       amount, "RUB" if self.lang == "ru" else "EUR", expected.isoformat(),
                       rng.choice(sources), rng.choice(reasons) if current is lost else None,
                       next_step, next_at, changed, closed, "[]", responsible, name_key,
                       search_text, ts(created), changed)

        self.insert(conn, "deals", [
            "id", "title", "company_id", "contact_id", "pipeline_id", "stage_id",
            "amount_minor", "currency", "expected_close", "source", "loss_reason", "next_step",
            "next_step_at", "stage_changed_at", "closed_at", "tags", "responsible_id",
            "name_key", "search_text", "created_at", "updated_at"], rows(), n, "deals")
        self.insert(conn, "deal_stage_history", [
            "id", "deal_id", "from_stage_id", "to_stage_id", "changed_at", "user_id",
            "loss_reason", "created_at", "updated_at"], iter(history), len(history),
            "stage history")
        return result

    def interactions(self, conn: Any, users: list, companies: list, contacts: list,
                     deals: list) -> None:
        w, rng, n = self.words, self.rng, self.size.interactions
        pool = [c for c, weight in CHANNEL_WEIGHTS.items() for _ in range(weight)]
        random = rng.random
        heavy = companies[: self.size.heavy_clients]
        people_of: dict[str, list[str]] = {}
        for contact_id, company_id in contacts:
            if company_id:
                people_of.setdefault(company_id, []).append(contact_id)
        deal_of = {company: deal for deal, company, _ in deals}
        outcomes = w["outcomes"]
        plan = [c for c in heavy for _ in range(HEAVY_HISTORY)]
        rest = max(n - len(plan), 0)
        light = companies[len(heavy):] or companies

        def rows() -> Iterator[tuple]:
            for i in range(len(plan) + rest):
                company, responsible = plan[i] if i < len(plan) else \
                    light[rng.randrange(len(light))]
                channel = pool[int(random() * len(pool))]
                people = people_of.get(company)
                contact = people[int(random() * len(people))] if people and random() < 0.7 \
                    else None
                subject = rng.choice(w["subjects"][channel.value])
                body = None
                if rng.random() < 0.4:
                    body = subject + (". Подробности в переписке." if self.lang == "ru"
                                      else ". Details in the thread.")
                outcome = rng.choice(outcomes) if channel in (
                    Channel.CALL_OUT, Channel.CALL_IN, Channel.MEETING) else None
                moment = ts(self.when(730))
                duration = rng.randrange(2, 60) if channel in (
                    Channel.CALL_OUT, Channel.CALL_IN, Channel.MEETING) else None
                deal = deal_of.get(company) if random() < 0.3 else None
                yield (new_id(), channel.value, moment, subject, body, outcome, duration,
                       company, contact, deal, responsible, moment, moment)

        self.insert(conn, "interactions", [
            "id", "channel", "occurred_at", "subject", "body", "outcome", "duration_min",
            "company_id", "contact_id", "deal_id", "user_id", "created_at", "updated_at"],
            rows(), len(plan) + rest, "interactions")

    def tasks(self, conn: Any, users: list, companies: list, contacts: list,
              deals: list) -> None:
        w, rng, n = self.words, self.rng, self.size.tasks
        kinds = ["call"] * 5 + ["meeting"] * 2 + ["email"] * 2 + ["todo"] * 3
        head_of = dict(users)
        owner = users[0][0]
        user_ids = [u[0] for u in users]
        # The owner (the demo's current user) gets a lighter, realistic day.
        weights = [0.25 if u == owner else 1.0 for u in user_ids]
        deal_of = {company: deal for deal, company, _ in deals}
        people_of: dict[str, str] = {}
        for contact_id, company_id in contacts:
            if company_id:
                people_of.setdefault(company_id, contact_id)
        reasons = w["outcomes"]

        def one(assignee: str, due: datetime, all_day: bool) -> tuple:
            company = companies[rng.randrange(len(companies))][0]
            kind = rng.choice(kinds)
            title = rng.choice(w["task_titles"][kind])
            past = due < self.naive_now
            status = "done" if past and rng.random() < 0.9 else "open"
            if past and rng.random() < 0.02:
                status = "cancelled"
            assigned_by = head_of.get(assignee) if rng.random() < 0.2 and head_of.get(
                assignee) else assignee
            remind = ts(due - timedelta(minutes=15)) if not past and not all_day \
                and rng.random() < 0.5 else None
            done_at = ts(due + timedelta(hours=1)) if status == "done" else None
            result = rng.choice(reasons) if status == "done" else None
            priority = rng.choices(("low", "normal", "high"), (2, 6, 2))[0]
            deal = deal_of.get(company) if rng.random() < 0.4 else None
            due_at = due.replace(hour=0, minute=0) if all_day else due
            return (new_id(), title, None, kind, ts(due_at),
                    rng.choice((15, 30, 30, 45, 60, 90)), int(all_day), assignee, assigned_by,
                    status, priority, remind, None, result, done_at, company,
                    people_of.get(company), deal, ts(due - timedelta(days=3)),
                    ts(due - timedelta(days=3)))

        def rows() -> Iterator[tuple]:
            # A realistic morning for the owner: a few overdue, a handful today.
            day_start = self.naive_now.replace(hour=6, minute=0, second=0, microsecond=0)
            for hour in (9, 10, 11, 12, 14, 15, 16, 17):
                yield one(owner, day_start + timedelta(hours=hour - 6 + rng.random() / 2), False)
            yield one(owner, day_start, True)
            for days in (1, 2, 4):
                task = list(one(owner, day_start - timedelta(days=days, hours=-4), False))
                task[9], task[13], task[14] = "open", None, None
                yield tuple(task)
            for _ in range(n - 12):
                assignee = rng.choices(user_ids, weights)[0]
                yield one(assignee, self.when(1000, 60), rng.random() < 0.05)

        self.insert(conn, "tasks", [
            "id", "title", "description", "kind", "due_at", "duration_min", "all_day",
            "assignee_id", "assigned_by_id", "status", "priority", "remind_at", "reminded_at",
            "result", "completed_at", "company_id", "contact_id", "deal_id", "created_at",
            "updated_at"], rows(), n, "tasks")

    def products(self, conn: Any, deals: list) -> None:
        rng = self.rng
        stamp = ts(self.now - timedelta(days=700))
        catalogue = []
        for name, unit, price in self.words["products"]:
            catalogue.append((new_id(), name, unit, price))
        currency = "RUB" if self.lang == "ru" else "EUR"
        self.insert(conn, "products", [
            "id", "name", "sku", "unit", "price_minor", "currency", "vat_percent", "description",
            "is_active", "created_at", "updated_at"],
            iter((p[0], p[1], f"SKU-{i + 1:04d}", p[2], p[3], currency, 20, None, 1, stamp,
                  stamp) for i, p in enumerate(catalogue)), len(catalogue), "products")

        def rows() -> Iterator[tuple]:
            for deal, _, _ in deals:
                if rng.random() < 0.3:
                    for position, product in enumerate(rng.sample(catalogue, rng.randrange(1, 4))):
                        yield (new_id(), deal, product[0], product[1], product[2],
                               rng.randrange(1, 20), product[3], rng.choice((0, 0, 5, 10)), 20,
                               position, stamp, stamp)

        self.insert(conn, "deal_items", [
            "id", "deal_id", "product_id", "name", "unit", "quantity", "price_minor",
            "discount_percent", "vat_percent", "position", "created_at", "updated_at"],
            rows(), int(len(deals) * 0.6), "deal items")
