"""The service desk in the window (offscreen, real widgets, a real SQLite file): a request's
life from registration to close and reopen, routing, the queues, the client card's tab, the
report with drill-down and Excel export; screenshots at 1366×768 for people to look at."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple, TypeVar

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import CompanyDTO, UserDTO
from crm_desktop.services.service_desk import desk
from crm_desktop.storage.models import Task
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service.card_tab import ClientRequestsTab
from crm_desktop.ui.service.dialogs import HandoverDialog
from crm_desktop.ui.service.report_view import ServiceReportDialog
from crm_desktop.ui.service.view import RequestsView
from tests.ui.conftest import context, isolated_settings, type_text, wait_idle  # noqa: F401

ShownWidget = TypeVar("ShownWidget", bound=QWidget)
SHOTS = Path(os.environ.get("CRM_SCREENSHOTS", "/tmp"))


class People(NamedTuple):
    boris: UserDTO  # a manager in support
    company: CompanyDTO


@pytest.fixture
def people(crm: Crm) -> People:
    boris = crm.users.create(name="Борис Смирнов", role="manager", department="Поддержка")
    company = crm.companies.create(name="ООО Ромашка")
    return People(boris, company)


def shown(qtbot: QtBot, widget: ShownWidget) -> ShownWidget:
    widget.resize(1366, 768)
    widget.show()
    qtbot.addWidget(widget)
    return widget


def test_a_request_from_registration_to_close(qtbot: QtBot, context: AppContext, crm: Crm,  # noqa: F811
                                              clock: FixedClock, people: People) -> None:
    boris, company = people
    view = shown(qtbot, RequestsView(context))
    wait_idle(qtbot, context)
    assert view.empty.isVisible() and view.model.rows == []
    ModelTester(qtbot).check(view.model)
    # register a request in the dialog: subject typed, the client picked from suggestions
    dialog = view.new_request()
    wait_idle(qtbot, context)
    type_text(dialog.ui.subject, "Не печатает счёт")
    dialog.ui.client.setFocus()
    type_text(dialog.ui.client, "Ромаш")
    qtbot.waitUntil(lambda: dialog.completions.rowCount() > 0, timeout=5000)
    dialog._pick(dialog.completions.stringList()[0])
    dialog.ui.priority.setCurrentIndex(dialog.ui.priority.findData("high"))
    assert "8" in dialog.ui.due_hint.text()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.ui.buttons.accepted.emit()
    wait_idle(qtbot, context)
    assert len(view.model.rows) == 1
    row = view.model.rows[0]
    assert row.client == "ООО Ромашка" and row.priority == "high"
    qtbot.waitUntil(lambda: view.panel.request is not None)
    view.grab().save(str(SHOTS / "service_requests.png"))
    # the flow: in work, a comment, resolved, closed, reopened
    panel = view.panel
    assert panel.buttons["in_work"].isEnabled() and not panel.buttons["reopen"].isEnabled()
    panel.buttons["in_work"].click()
    wait_idle(qtbot, context)
    type_text(panel.comment, "Попросили снимок экрана")
    panel.add_comment.click()
    wait_idle(qtbot, context)
    panel.buttons["resolved"].click()
    wait_idle(qtbot, context)
    # resolved requests leave the open queue; show every status
    view.status.setCurrentIndex(view.status.findData("all"))
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: panel.request is not None and panel.request.status == "resolved")
    assert not panel.buttons["in_work"].isEnabled() and panel.buttons["reopen"].isEnabled()
    panel.buttons["closed"].click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: panel.request is not None and panel.request.status == "closed")
    panel.buttons["reopen"].click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: panel.request is not None and panel.request.status == "in_work")
    assert "Попросили снимок экрана" in panel.history.toPlainText()
    kinds = [e.kind for e in desk(crm).history(row.id)]
    assert kinds == ["created", "status", "comment", "status", "status", "reopen"]
    # hand it over to boris: he gets a reminder; his queue shows it
    handover = HandoverDialog(context, panel.request, view)
    qtbot.addWidget(handover)
    wait_idle(qtbot, context)
    handover.ui.person.setCurrentIndex(handover.ui.person.findData(boris.id))
    assert handover.ui.department.currentText() == "Поддержка"
    type_text(handover.ui.comment, "Возьми, пожалуйста")
    handover.save()
    wait_idle(qtbot, context)
    with crm.db.read() as session:
        assert session.scalar(select(Task.assignee_id).where(Task.origin.like("service:%"))) \
            == boris.id
    wait_idle(qtbot, context)
    queues = [view.queues.item(i).text() for i in range(view.queues.count())]
    assert any(text.startswith("Борис Смирнов  1") for text in queues)
    assert any(text.startswith("Поддержка  1") for text in queues)
    # overdue: marked in red and counted
    clock.advance(hours=9)
    view.reload()
    wait_idle(qtbot, context)
    assert view.model.rows[0].overdue
    view.grab().save(str(SHOTS / "service_requests_overdue.png"))


def test_the_client_card_tab_lists_and_opens_requests(qtbot: QtBot, context: AppContext, crm: Crm,  # noqa: F811
                                                      people: People) -> None:
    _, company = people
    row = desk(crm).create("Сломался терминал", company_id=company.id)
    tab = shown(qtbot, ClientRequestsTab(context, "company", company.id))
    wait_idle(qtbot, context)
    assert [r.id for r in tab.model.rows] == [row.id]
    assert tab.client_name == "ООО Ромашка"
    tab.table.selectRow(0)
    window = tab.open_current()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: window.panel.request is not None)
    assert window.panel.request.number == row.number
    window.resize(560, 640)
    window.grab().save(str(SHOTS / "service_request_window.png"))
    dialog = tab.new_request()
    wait_idle(qtbot, context)
    assert dialog.picked == ("company", company.id)
    assert dialog.ui.client.text() == "ООО Ромашка"


def test_the_report_drills_down_and_exports(qtbot: QtBot, context: AppContext, crm: Crm,  # noqa: F811
                                            clock: FixedClock, people: People,
                                            tmp_path: Path) -> None:
    boris, company = people
    service = desk(crm)
    a = service.create("Первое", company_id=company.id, responsible_id=boris.id)
    service.create("Второе", company_id=company.id, responsible_id=boris.id)
    service.set_status(a.id, "resolved")
    dialog = ServiceReportDialog(context)
    shown(qtbot, dialog)
    today = clock.now().date()
    from PySide6.QtCore import QDate

    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.start.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    wait_idle(qtbot, context)
    dialog.end.setDate(QDate(today.year, today.month, today.day).addDays(1))
    wait_idle(qtbot, context)
    ModelTester(qtbot).check(dialog.model)
    assert [line.name for line in dialog.model.lines] == ["Борис Смирнов", ""]
    assert dialog.model.headers[0] == "Person"
    assert dialog.model.lines[0].total == 2 and dialog.model.lines[0].resolved == 1
    with qtbot.waitSignal(dialog.drilled, timeout=10_000):
        dialog.drill(dialog.model.index(0, 4))  # resolved
    assert [r.id for r in dialog.detail.rows] == [a.id]
    dialog.grab().save(str(SHOTS / "service_report.png"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        dialog.export_to(tmp_path / "report")
    book = load_workbook(signal.args[0])
    assert list(book.worksheets[0].values)[1][:3] == ("Борис Смирнов", 2, 1)
    assert len(list(book.worksheets[1].values)) == 3
