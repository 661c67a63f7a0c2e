"""Marketing tests: the database in Moscow time (UTC+3), so month boundaries are tested."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from crm_desktop.domain import zones
from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.services.marketing import Marketing, marketing


@pytest.fixture(autouse=True)
def moscow() -> Iterator[None]:
    """The zone is process-wide: put it back after each test."""
    before = zones.preferred()
    yield
    zones.set_preferred(before)


@dataclass
class Shop:
    """Helpers that write through the services, with the clock set to each deal's close."""

    crm: Crm
    clock: FixedClock

    def __post_init__(self) -> None:
        self.crm.planner.set_time_zone("Europe/Moscow")  # the database's zone, applied
        pipeline = self.crm.pipelines.default()
        stages = self.crm.stages.of_pipeline(pipeline.id)
        self.pipeline = pipeline.id
        self.won = next(s.id for s in stages if s.kind == "won")
        self.lost = next(s.id for s in stages if s.kind == "lost")
        self.open = next(s.id for s in stages if s.kind == "open")

    @property
    def m(self) -> Marketing:
        return marketing(self.crm)

    def company(self, name: str, **values: object) -> str:
        return self.crm.companies.create(name=name, **values).id

    def person(self, last: str, company_id: str | None = None, **values: object) -> str:
        return self.crm.contacts.create(last_name=last, first_name="Тест",
                                        company_id=company_id, **values).id

    def won_deal(self, when: str, rubles: str, company_id: str | None = None,
                 contact_id: str | None = None, currency: str = "RUB", **values: object) -> str:
        self.clock.set(datetime.fromisoformat(when).replace(tzinfo=UTC))
        return self.crm.deals.create(title=f"Сделка {when}", pipeline_id=self.pipeline,
                                     stage_id=self.won, amount=rubles, currency=currency,
                                     company_id=company_id, contact_id=contact_id,
                                     **values).id


@pytest.fixture
def shop(crm: Crm, clock: FixedClock) -> Shop:
    return Shop(crm, clock)
