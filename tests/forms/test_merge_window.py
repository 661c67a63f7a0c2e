"""Merge and its undo in the window: nothing claimed before it happened, undo waits for the
running work, a refused undo leaves the undo stack where it was and says why."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from crm_desktop.ui.clients.merge_dialog import MergeDialog
from crm_desktop.ui.context import AppContext
from tests.ui.conftest import wait_idle


def merge_in_dialog(qtbot: QtBot, context: AppContext, kept: str, merged: str, *fields: str
                    ) -> MergeDialog:
    dialog = MergeDialog(context, "company", kept, merged)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    for field in fields:
        dialog.choose_second(field)
    dialog.merge()
    return dialog


def test_the_merge_is_on_the_undo_stack_only_once_done(qtbot: QtBot, context: AppContext) -> None:
    crm = context.crm
    kept = crm.companies.create(name="Ромашка", phones=["+79121111111"])
    dup = crm.companies.create(name="Ромашка ООО", phones=["+79122222222"])
    gate = threading.Event()
    dialog = MergeDialog(context, "company", kept.id, dup.id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    context.worker.submit(gate.wait)  # the worker is busy with something else
    dialog.merge()
    assert context.undo_stack.count() == 0 and dialog.isVisible()
    assert not dialog.merge_button.isEnabled()
    gate.set()
    wait_idle(qtbot, context)
    assert context.undo_stack.count() == 1 and not dialog.isVisible()


def test_undo_redo_undo_without_waiting_ends_undone(qtbot: QtBot, context: AppContext) -> None:
    crm = context.crm
    kept = crm.companies.create(name="Ромашка", phones=["+79121111111"])
    dup = crm.companies.create(name="Ромашка ООО", phones=["+79122222222"])
    task = crm.tasks.create(title="Звонок", company_id=dup.id)
    merge_in_dialog(qtbot, context, kept.id, dup.id, "phones")
    wait_idle(qtbot, context)
    gate = threading.Event()
    context.worker.submit(gate.wait)
    stack = context.undo_stack
    stack.undo()
    stack.redo()
    stack.undo()  # all three queued behind the busy worker, run in order
    gate.set()
    wait_idle(qtbot, context)
    assert crm.companies.get(kept.id).phones == ["+79121111111"]
    assert crm.companies.get(dup.id).deleted_at is None
    assert crm.tasks.get(task.id).company_id == dup.id
    history = crm.merges.history(kept.id)
    assert len(history) == 2 and all(m["undone_at"] is not None for m in history)


def test_a_refused_undo_leaves_the_stack_and_says_why(qtbot: QtBot, context: AppContext) -> None:
    crm = context.crm
    alpha = crm.companies.create(name="Альфа")
    beta = crm.companies.create(name="Бета")
    gamma = crm.companies.create(name="Гамма")
    merge_in_dialog(qtbot, context, alpha.id, beta.id)
    wait_idle(qtbot, context)
    crm.merges.merge("company", gamma.id, alpha.id)  # another window, or sync, meanwhile
    messages: list[str] = []
    context.coordinator.status_message.connect(messages.append)
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert messages == ["Could not undo «Merge»: «Альфа» was merged into «Гамма» afterwards; "
                        "undo that merge first"]
    assert context.undo_stack.canUndo() and not context.undo_stack.canRedo()
    assert crm.companies.get(beta.id, include_deleted=True).deleted_at is not None


def test_a_failed_merge_says_why_in_the_dialog_and_claims_nothing(qtbot: QtBot, context: AppContext
                                                                  ) -> None:
    crm = context.crm
    kept = crm.companies.create(name="Ромашка")
    dup = crm.companies.create(name="Ромашка ООО")
    dialog = MergeDialog(context, "company", kept.id, dup.id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    crm.companies.delete(dup.id)  # gone while the dialog was open
    dialog.merge()
    wait_idle(qtbot, context)
    assert dialog.isVisible() and dialog.error.isVisible() and "does not exist" in \
        dialog.error.text()
    assert context.undo_stack.count() == 0 and dialog.merge_button.isEnabled()
