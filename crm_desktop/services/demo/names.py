"""Shared names and values of the demo data: people, companies, phone numbers, moments, all
drawn from one seeded random generator, in Russian or English; and the plumbing that writes
rows in chunks with progress.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from crm_desktop.domain.enums import Channel
from crm_desktop.domain.text import TRANSLIT
from crm_desktop.paths import DATA_DIR
from crm_desktop.services.demo.sizes import CHUNK, Size

if TYPE_CHECKING:  # the Crm builds the demo on request
    from crm_desktop.services.crm import Crm

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


def ts(moment: datetime) -> str:
    """The text SQLAlchemy's SQLite DateTime stores (naive UTC), so rows read back alike.

    Naive datetimes here are already UTC; str() is the fast C path of isoformat(" ").
    """
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    text = str(moment)
    return text if len(text) > 19 else text + ".000000"


# What the demo's steps hand each other (see builder.py).
DemoRow = tuple[Any, ...]  # one row for an INSERT, in its column order
Users = list[tuple[str, str | None]]  # (id, head id)
Pipelines = dict[str, list[tuple[str, str, int]]]  # id -> stages (id, kind, probability)
Companies = list[tuple[str, str]]  # (id, responsible id)
Contacts = list[tuple[str, str | None]]  # (id, company id)
Deals = list[tuple[str, str, str | None]]  # (id, company id, responsible id)


class DemoNames:
    """The seeded generator and the words of one language, and what is made from them."""

    def __init__(self, crm: Crm, size: Size, language: str, seed: int, progress: Progress,
                 bulk: bool = False) -> None:
        self.crm = crm
        self.bulk = bulk
        self.size = size
        self.lang = language if language in ("ru", "en") else "en"
        self.rng = random.Random(seed)
        self.progress = progress
        self.words = json.loads((DATA_DIR / "demo_names.json").read_text("utf-8"))[self.lang]
        self.lists = json.loads((DATA_DIR / "seed_lists.json").read_text("utf-8"))
        self.now: datetime = crm.ctx.clock.now()
        self.today = self.now.date()
        self.naive_now: datetime = self.now.astimezone(UTC).replace(tzinfo=None)

    # -- plumbing -------------------------------------------------------------------------
    def insert(self, conn: Connection, table: str, columns: list[str], rows: Iterator[DemoRow],
               total: int, label: str) -> None:
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)})")
        batch: list[DemoRow] = []
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
