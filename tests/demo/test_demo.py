"""The small demo data set: realistic, valid, consistent and deterministic."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.taxid import is_valid_inn
from crm_desktop.services import demo
from crm_desktop.services.crm import Crm

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def make(path: Path, seed: int = 1, language: str = "ru") -> Crm:
    crm = Crm(path, clock=FixedClock(NOW))
    demo.generate(crm, "small", language=language, seed=seed)
    return crm


@pytest.fixture(scope="module")
def crm(tmp_path_factory: pytest.TempPathFactory) -> Crm:
    return make(tmp_path_factory.mktemp("demo") / "demo.db")


def test_counts_and_integrity(crm: Crm) -> None:
    stats = crm.stats()
    size = demo.SIZES["small"]
    assert stats["companies"] == size.companies and stats["contacts"] == size.contacts
    assert stats["interactions"] == size.interactions and stats["tasks"] == size.tasks
    assert stats["deals"] == size.deals and stats["users"] == 11
    assert crm.check() == []
    assert crm.users.current().role == "owner"


def test_values_are_valid(crm: Crm) -> None:
    for company in crm.companies.list(limit=None):
        assert is_valid_inn(company.tax_id)
        assert all(normalize_phone(p) == p for p in company.phones)
        assert all(normalize_email(e) == e for e in company.emails)
    for person in crm.contacts.list(limit=None):
        assert all(normalize_phone(p) == p for p in person.phones)
        assert person.birthday is None or person.birthday < NOW.date()


def test_every_mobile_code_is_valid() -> None:
    for code in demo.MOBILE_CODES:
        assert normalize_phone(f"+7{code}1234567")
    for code in demo.LANDLINE_CODES:
        assert normalize_phone(f"+7{code}2345678")


def test_deals_are_consistent(crm: Crm) -> None:
    stages = {s.id: s for s in crm.stages.list(limit=None)}
    for deal in crm.deals.list(limit=None):
        stage = stages[deal.stage_id]
        assert stage.pipeline_id == deal.pipeline_id
        assert (stage.kind == "lost") == (deal.loss_reason is not None)
        assert (stage.kind != "open") == (deal.closed_at is not None)
        history = crm.deals.history(deal.id)
        assert history[0].from_stage_id is None and history[-1].to_stage_id == deal.stage_id


def test_a_realistic_morning(crm: Crm) -> None:
    me = crm.users.current()
    day = NOW.replace(hour=0)
    today = crm.tasks.agenda(me.id, day, day.replace(hour=23, minute=59))
    assert 5 <= len(today) <= 25
    with crm.db.read() as session:
        overdue = session.execute(text(
            "SELECT count(*) FROM tasks WHERE assignee_id = :me AND status = 'open' "
            "AND due_at < :now"), {"me": me.id, "now": "2026-03-16 00:00:00"}).scalar()
    assert overdue >= 3


def test_search_finds_generated_cyrillic_names(crm: Crm) -> None:
    person = crm.contacts.list(limit=1)[0]
    hits = crm.search.search(person.last_name.lower())
    assert person.id in [h.id for h in hits]


def test_deterministic_for_a_seed(tmp_path: Path) -> None:
    one = make(tmp_path / "a.db", seed=7)
    two = make(tmp_path / "b.db", seed=7)
    names = lambda c: [x.name for x in c.companies.list(limit=None)]  # noqa: E731
    assert names(one) == names(two)
    three = make(tmp_path / "c.db", seed=8)
    assert names(one) != names(three)


def test_english(tmp_path: Path) -> None:
    crm = make(tmp_path / "en.db", language="en")
    assert crm.pipelines.default().name == "Sales"
    assert all(c.name.isascii() for c in crm.companies.list(limit=20))
