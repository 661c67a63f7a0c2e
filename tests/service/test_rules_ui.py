"""The rules screen (offscreen, real widgets): the shipped examples listed switched off, a
rule switched on by its tick fires on the change, a new rule made in the editor, the dry run
on one record, the log of runs; a screenshot at 1366×768."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.services.automation import automation
from crm_desktop.services.crm import Crm
from crm_desktop.storage.models import Task
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.service.rules_view import RulesView
from tests.ui.conftest import context, isolated_settings, type_text, wait_idle  # noqa: F401

SHOTS = Path(os.environ.get("CRM_SCREENSHOTS", "/tmp"))


def test_rules_screen(qtbot: QtBot, context: AppContext, crm: Crm) -> None:  # noqa: F811
    company = crm.companies.create(name="ООО Ромашка")
    pipeline = crm.pipelines.default()
    stages = crm.stages.of_pipeline(pipeline.id)
    deal = crm.deals.create(title="Поставка стульев", company_id=company.id,
                            pipeline_id=pipeline.id, stage_id=stages[0].id)
    view = RulesView(context)
    view.resize(1366, 768)
    view.show()
    qtbot.addWidget(view)
    wait_idle(qtbot, context)
    assert view.list.count() == 4
    assert all(view.list.item(i).checkState() == Qt.CheckState.Unchecked
               for i in range(view.list.count()))
    # switch "deal won → invoice" on by its tick
    row = next(i for i, r in enumerate(view.rules_list) if r.builtin == "deal_won_invoice")
    view.list.item(row).setCheckState(Qt.CheckState.Checked)
    wait_idle(qtbot, context)
    wait_idle(qtbot, context)
    assert next(r for r in automation(crm).rules() if r.builtin == "deal_won_invoice").is_enabled
    # the dry run on the deal: it would make the task; nothing is written
    view.list.setCurrentRow(row)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: view.record.count() > 0)
    view.record.setCurrentIndex(view.record.findData(deal.id))
    with qtbot.waitSignal(view.previewed, timeout=10_000):
        view.preview()
    assert "Issue the invoice: Поставка стульев" in view.preview_text.text()
    with crm.db.read() as session:
        assert session.scalars(select(Task)).all() == []
    # the change fires it; the log shows the run
    won = next(s for s in stages if s.kind == "won")
    crm.deals.move(deal.id, won.id)
    context.coordinator.data_changed.emit("deal")
    wait_idle(qtbot, context)
    assert view.log.rowCount() == 1 and "Issue the invoice" in view.log.item(0, 3).text()
    # a new rule in the editor: a request gets resolved → notify me
    view.new_rule()
    view.name.clear()
    type_text(view.name, "Решено — сообщить мне")
    view.trigger.setCurrentIndex(view.trigger.findData("request_status"))
    view.status.setCurrentIndex(view.status.findData("resolved"))
    view.action_kind.setCurrentIndex(view.action_kind.findData("notify"))
    type_text(view.action_text, "Решено: {subject}")
    view.action_who.setCurrentIndex(view.action_who.findData("me"))
    view.add_action.click()
    view.enabled.setChecked(True)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.save()
    wait_idle(qtbot, context)
    saved = next(r for r in automation(crm).rules() if r.name == "Решено — сообщить мне")
    assert saved.params == {"status": "resolved"} and saved.is_enabled
    assert saved.actions == [{"kind": "notify", "text": "Решено: {subject}", "who": "me"}]
    view.grab().save(str(SHOTS / "automation_rules.png"))
    # a rule without actions is refused with words
    view.new_rule()
    with qtbot.waitSignal(view.saved, timeout=10_000):
        view.save()
    assert view.error.text() == "Add at least one action"
