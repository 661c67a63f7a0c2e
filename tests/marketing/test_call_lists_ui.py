"""A call list split among three employees, worked through with the keyboard: one key per
outcome, the reason typed before 3, the next client shown after each call; the head's
progress table; a list made in its dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from tests.marketing.conftest import Shop
from tests.marketing.test_call_lists import Team, team  # noqa: F401  (fixture)
from tests.ui.conftest import context, type_text, wait_idle  # noqa: F401  (fixtures)


def test_work_a_list_with_the_keyboard(
        qtbot: QtBot, context: AppContext, shop: Shop, team: Team) -> None:  # noqa: F811
    from crm_desktop.ui.marketing.call_lists_view import CallListsView, CallWorkDialog

    users, ids, segment = team
    crm = shop.crm
    call_list = shop.m.call_lists.create("Обзвон", users, segment_id=segment,
                                         script="Добрый день! Звоню по поводу…")
    crm.users.set_current(users[0])
    crm.ctx.user_id = users[0]
    dialog = CallWorkDialog(context, call_list)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.shown_item, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.client.text() == "Альфа"
    assert "tel:+79120000000" in dialog.phone.text()
    with qtbot.waitSignal(dialog.shown_item, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_1)  # no answer
    assert dialog.client.text() == "Дельта"
    qtbot.keyClick(dialog, Qt.Key.Key_3)  # not interested needs a reason first
    assert dialog.message.text() and dialog.reason.hasFocus()
    type_text(dialog.reason, "уже есть поставщик")  # the digit keys type here, not record
    with qtbot.waitSignal(dialog.shown_item, timeout=10_000):
        dialog.setFocus()
        qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.client.text() == "Эта"
    with qtbot.waitSignal(dialog.shown_item, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_4)  # meeting set
    assert dialog.client.text() == "Nobody left to call now"
    items = {i.client: i for i in shop.m.call_lists.items(call_list.id, users[0])}
    assert (items["Альфа"].status, items["Дельта"].status, items["Эта"].status) == (
        "no_answer", "not_interested", "meeting")
    assert items["Дельта"].outcome_note == "уже есть поставщик"
    assert len(crm.interactions.list(company_id=ids["Дельта"])) == 1
    assert [t.kind for t in crm.tasks.list(company_id=ids["Эта"])] == ["meeting"]
    # the head's view of the progress
    view = CallListsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    wait_idle(qtbot, context)
    rows = {view.progress.item(r, 0).text(): [view.progress.item(r, c).text()
                                              for c in range(1, 9)]
            for r in range(view.progress.rowCount())}
    assert rows["Иван"][:3] == ["3", "3", "2"]  # clients, called, reached
    assert rows["Мария"][:2] == ["2", "0"]
    assert rows["Total"][0] == "7"


def test_a_list_made_in_its_dialog(
        qtbot: QtBot, context: AppContext, shop: Shop, team: Team) -> None:  # noqa: F811
    from crm_desktop.ui.marketing.call_lists_view import CallListsView

    users, _, _ = team
    view = CallListsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    dialog = view.new_list()
    wait_idle(qtbot, context)
    type_text(dialog.name, "Осенний обзвон")
    dialog.save()
    wait_idle(qtbot, context)
    assert dialog.error.text()  # nobody ticked
    for i in range(dialog.people.count()):
        if dialog.people.item(i).data(Qt.ItemDataRole.UserRole) in users[:2]:
            dialog.people.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.split.setCurrentIndex(dialog.split.findData("region"))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.save()
    made = view.current()
    assert made.name == "Осенний обзвон"
    items = shop.m.call_lists.items(made.id)
    assert len(items) == 7 and {i.assignee_id for i in items} == set(users[:2])
