"""Completing a task: the next step's day is typed as people write dates, on the program's
clock (not the system's); an impossible date is refused beside the field and nothing is
written."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from crm_desktop.services.crm import Crm
from crm_desktop.services.dto import CompanyDTO, TaskDTO
from crm_desktop.services.planner.agenda import local_zone
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.planner.complete_dialog import CompleteTaskDialog
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401


def open_dialog(qtbot: QtBot, context: AppContext  # noqa: F811
                ) -> tuple[Crm, CompanyDTO, TaskDTO, CompleteTaskDialog]:
    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка")
    task = crm.tasks.create(title="Позвонить", kind="call", company_id=company.id,
                            due_at=crm.now())
    dialog = CompleteTaskDialog(context, task)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.result.setPlainText("Договорились")
    dialog.form.next_step.setChecked(True)
    dialog.form.next_title.setText("Выставить счёт")
    return crm, company, task, dialog


def test_the_next_step_defaults_to_tomorrow_on_the_programs_clock(qtbot: QtBot, context: AppContext  # noqa: F811
                                                                  ) -> None:
    crm, company, task, dialog = open_dialog(qtbot, context)
    tomorrow = (crm.now() + timedelta(days=1)).astimezone(local_zone()).date()
    assert dialog.form.next_date.text() == tomorrow.strftime("%d.%m.%Y")  # not the system's
    dialog.form.next_date.setText("20.03.2026")
    dialog.form.next_time.setTime(QTime(14, 30))
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        dialog.save()
    [step] = crm.tasks.open_for(company_id=company.id)
    expected = datetime(2026, 3, 20, 14, 30, tzinfo=local_zone()).astimezone(UTC)
    assert (step.title, step.due_at) == ("Выставить счёт", expected)


def test_an_impossible_day_is_refused_beside_the_field(qtbot: QtBot, context: AppContext) -> None:  # noqa: F811
    crm, company, task, dialog = open_dialog(qtbot, context)
    dialog.form.next_date.setText("31.02.2026")
    assert dialog.form.next_note.isVisible() and "31.02.2026" in dialog.form.next_note.text()
    dialog.save()
    wait_idle(qtbot, context)
    assert dialog.form.error.isVisible() and dialog.isVisible()
    assert crm.tasks.get(task.id).status != "done"  # nothing written
    assert crm.tasks.open_for(company_id=company.id) == [crm.tasks.get(task.id)]
    dialog.form.next_date.setText("")
    dialog.save()
    assert dialog.form.error.isVisible() and crm.tasks.get(task.id).status != "done"
    dialog.dirty = False  # closing a half-filled dialog asks first; the test has no one to ask


def test_editing_a_task_types_its_day_and_keeps_an_untouched_time(qtbot: QtBot, context: AppContext  # noqa: F811
                                                                  ) -> None:
    from crm_desktop.ui.planner.task_dialog import TaskDialog

    crm = context.crm
    due = crm.now().replace(second=37)  # to the second, as a sync or an import may bring it
    task = crm.tasks.create(title="Позвонить", kind="call", due_at=due)
    dialog = TaskDialog(context, crm.tasks.get(task.id))
    qtbot.addWidget(dialog)
    assert dialog.values()["due_at"] == due  # shown to the minute, unchanged: kept exactly
    dialog.when.edit.setText("31.02.2026")
    dialog.save()
    wait_idle(qtbot, context)
    assert not dialog.error.isHidden() and "31.02.2026" in dialog.error.text()
    assert crm.tasks.get(task.id).due_at == due
    dialog.when.edit.setText("18.03.2026")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    moved = crm.tasks.get(task.id).due_at.astimezone(local_zone())
    assert moved.date().isoformat() == "2026-03-18"
    assert (moved.hour, moved.minute) == (due.astimezone(local_zone()).hour,
                                          due.astimezone(local_zone()).minute)
