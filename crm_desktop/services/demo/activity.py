"""The demo's work history: deals with their stage history, interactions (20 heavy clients
of the large set have exactly 1,000 each), tasks (a realistic morning for the owner) and the
product catalogue with deal items.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from sqlalchemy import Connection

from crm_desktop.domain.enums import Channel
from crm_desktop.domain.ids import new_id
from crm_desktop.services.demo.names import (
    CHANNEL_WEIGHTS,
    Companies,
    Contacts,
    Deals,
    DemoNames,
    DemoRow,
    Pipelines,
    Users,
    ts,
)
from crm_desktop.services.demo.sizes import HEAVY_HISTORY
from crm_desktop.storage.searchable import deal_keys


class ActivityRows(DemoNames):
    def deals(self, conn: Connection, users: Users, companies: Companies, contacts: Contacts,
              pipelines: Pipelines) -> list[tuple[str, str, str | None]]:
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
        history: list[DemoRow] = []

        def rows() -> Iterator[DemoRow]:
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

    def interactions(self, conn: Connection, users: Users, companies: Companies, contacts: Contacts,
                     deals: Deals) -> None:
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

        def rows() -> Iterator[DemoRow]:
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

    def tasks(self, conn: Connection, users: Users, companies: Companies, contacts: Contacts,
              deals: Deals) -> None:
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

        def one(assignee: str, due: datetime, all_day: bool) -> DemoRow:
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

        def rows() -> Iterator[DemoRow]:
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

    def products(self, conn: Connection, deals: Deals) -> None:
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

        def rows() -> Iterator[DemoRow]:
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
