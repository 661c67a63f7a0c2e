"""Issue 15: the quick log's next-step date is the shared date field — typed the way people
write dates, an impossible date refused and said beside the field (never turned into
another day), a past date said too; Enter in it saves."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from crm_desktop.services.dto import CompanyDTO
from crm_desktop.services.planner.agenda import local_zone
from crm_desktop.ui.clients.card import ClientCard
from crm_desktop.ui.clients.quick_log import QuickLog
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import DateInput
from tests.ui.conftest import type_text, wait_idle
from tests.ui.test_messages_russian import english_words, russian  # noqa: F401


def open_quick_log(qtbot: QtBot, context: AppContext
                   ) -> tuple[CompanyDTO, ClientCard, QuickLog]:
    company = context.crm.companies.create(name="ООО Дата")
    card = ClientCard(context, "company", company.id)
    qtbot.addWidget(card)
    card.resize(1366, 768)
    card.show()
    wait_idle(qtbot, context)
    quick = card.quick_log
    type_text(quick.log_text, "Позвонили, договорились")
    quick.next_step.setChecked(True)
    type_text(quick.next_title, "Отправить договор")
    return company, card, quick


def test_the_next_step_date_is_the_shared_date_field(
        qtbot: QtBot, context: AppContext, russian: object,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui.planner import task_dialog

    crm = context.crm
    company, card, quick = open_quick_log(qtbot, context)
    assert isinstance(quick.next_date, DateInput)
    tomorrow = crm.ctx.clock.now().astimezone(local_zone()).date() + timedelta(days=1)
    assert quick.next_when.text() == tomorrow.strftime("%d.%m.%Y")  # the default: tomorrow

    # an impossible date: refused beside the field as it is typed, nothing saved
    quick.next_when.clear()
    type_text(quick.next_when, "31.02.2026")
    assert quick.next_date_note.isVisible()
    note = quick.next_date_note.text()
    assert "31.02.2026" in note and "28" in note and not english_words(note)
    assert quick.next_when.property("invalid") is True
    card.grab().save("/tmp/shots/quick_log_refused.png")
    asked: list[bool] = []
    monkeypatch.setattr(task_dialog, "ask", lambda *a: asked.append(True) or False)
    qtbot.keyClick(quick.next_when, Qt.Key.Key_Return)  # Enter saves… but not this date
    wait_idle(qtbot, context)
    assert crm.interactions.timeline(company_id=company.id) == []
    assert crm.tasks.open_for(company_id=company.id) == []
    assert quick.log_error.isVisible() and "31.02.2026" in quick.log_error.text()
    assert asked == []  # refused outright, not "in the past"

    # a past date: said beside the field, and asked about on saving
    quick.next_when.clear()
    type_text(quick.next_when, "01.03.2026")
    assert quick.next_date_note.isVisible() and not english_words(quick.next_date_note.text())
    assert quick.next_when.property("invalid") is False
    quick.log()
    wait_idle(qtbot, context)
    assert asked == [True] and crm.tasks.open_for(company_id=company.id) == []

    # a proper date typed in another common way, a time beside it: Enter saves both
    quick.next_when.clear()
    type_text(quick.next_when, "17/03/2026")
    assert not quick.next_date_note.isVisible()
    quick.next_time.setTime(QTime(14, 30))
    with qtbot.waitSignal(card.logged, timeout=10_000):
        qtbot.keyClick(quick.next_when, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    tasks = crm.tasks.open_for(company_id=company.id)
    assert [t.title for t in tasks] == ["Отправить договор"]
    assert tasks[0].due_at == datetime(2026, 3, 17, 14, 30, tzinfo=local_zone())
    assert quick.next_when.text() == tomorrow.strftime("%d.%m.%Y")  # ready for the next one
    card.grab().save("/tmp/shots/quick_log_date.png")


@pytest.mark.parametrize("typed", ["", "завтра", "32.01.2026", "29.02.2027"])
def test_an_empty_or_impossible_date_is_refused(qtbot: QtBot, context: AppContext,
                                               typed: str) -> None:
    crm = context.crm
    company, card, quick = open_quick_log(qtbot, context)
    quick.next_when.clear()
    type_text(quick.next_when, typed)
    quick.log()
    wait_idle(qtbot, context)
    assert crm.interactions.timeline(company_id=company.id) == []
    assert quick.log_error.isVisible() and quick.log_error.text()
