"""Overdue service requests in the planner (offscreen, real widgets, a real SQLite file): the
person's own overdue requests and the ones escalated to them as the head appear in a band
above the day with their subjects; a double-click opens the request; a resolved request
leaves the band."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.service_desk import desk
from crm_desktop.services.service_desk.dto import RequestRow
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.planner.view import PlannerView
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401

SHOTS = Path(os.environ.get("CRM_SCREENSHOTS", "/tmp"))


class Overdue(NamedTuple):
    """Boris's requests past their due time, escalated to his head; `mine` is the owner's."""

    head: UserDTO
    boris: UserDTO
    late: RequestRow
    mine: RequestRow
    fresh: RequestRow  # due tomorrow: in no band


@pytest.fixture
def office(crm: Crm, clock: FixedClock) -> Overdue:
    head = crm.users.create(name="Пётр Иванов", role="head", department="Поддержка")
    boris = crm.users.create(name="Борис Смирнов", role="manager", department="Поддержка")
    crm.users.update(boris.id, head_id=head.id)
    company = crm.companies.create(name="ООО Ромашка")
    service = desk(crm)
    late = service.create("Не печатает счёт", company_id=company.id, priority="urgent",
                          responsible_id=boris.id)
    mine = service.create("Нет акта сверки", company_id=company.id, priority="high")
    done = service.create("Уже решено", company_id=company.id, priority="urgent",
                          responsible_id=boris.id)
    service.set_status(done.id, "resolved")
    fresh = service.create("Срок завтра", company_id=company.id, priority="low",
                           responsible_id=boris.id)
    clock.advance(hours=9)
    assert sorted(service.escalate_overdue(everyone=True)) == sorted([late.id, mine.id])
    return Overdue(head, boris, late, mine, fresh)


def test_the_planner_lists_overdue_and_escalated_requests(crm: Crm, office: Overdue) -> None:
    head, boris, late, mine, fresh = office
    planner = crm.planner
    [own] = planner.overdue_requests(boris.id)
    assert (own.id, own.subject, own.client, own.escalated) == (
        late.id, "Не печатает счёт", "ООО Ромашка", False)
    [escalated] = planner.overdue_requests(head.id)
    assert (escalated.id, escalated.escalated) == (late.id, True)
    owner = crm.ctx.user_id
    assert [(r.id, r.escalated) for r in planner.overdue_requests(owner)] == [(mine.id, False)]
    desk(crm).set_status(late.id, "resolved")
    assert planner.overdue_requests(boris.id) == [] and planner.overdue_requests(head.id) == []
    assert fresh.id not in [r.id for r in planner.overdue_requests(boris.id)]


def test_the_band_shows_them_and_opens_one(
        qtbot: QtBot, context: AppContext, crm: Crm, office: Overdue) -> None:  # noqa: F811
    head, boris, late, mine, _ = office
    view = PlannerView(context)
    view.resize(1366, 768)
    view.show()
    qtbot.addWidget(view)
    wait_idle(qtbot, context)
    band = view.requests_band
    assert band.isVisible()
    assert [band.items.item(i).text() for i in range(band.items.count())] == [
        f"⚠ {mine.number} Нет акта сверки · ООО Ромашка"]
    # the head's planner: boris's overdue request, escalated to him
    view.user.setCurrentIndex(view.user.findData(head.id))
    wait_idle(qtbot, context)
    assert band.requests[0].id == late.id and band.requests[0].escalated
    assert "Не печатает счёт" in band.items.item(0).text()
    view.grab().save(str(SHOTS / "planner-overdue-requests.png"))
    band.items.itemDoubleClicked.emit(band.items.item(0))
    window = view.request_window
    wait_idle(qtbot, context)
    assert window.isVisible() and window.panel.request.id == late.id
    assert "Не печатает счёт" in window.panel.title.text()
    # resolved in the window: the band empties and hides
    window.panel.act("in_work")
    wait_idle(qtbot, context)
    window.panel.act("resolved")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: not band.isVisible(), timeout=5000)
    window.close()
