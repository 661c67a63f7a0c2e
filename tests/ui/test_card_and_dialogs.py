"""The client card (quick log, next step, people), editing dialogs (errors beside the field,
duplicates), merging with undo, and the main window shell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.ui.clients.card import ClientCard
from crm_desktop.ui.clients.edit_dialog import CompanyDialog, ContactDialog
from crm_desktop.ui.clients.merge_dialog import MergeDialog
from crm_desktop.ui.context import AppContext
from tests.ui.conftest import type_text, wait_idle


def test_logging_a_call_adds_it_to_the_timeline_and_the_next_step_to_tasks(
        qtbot: QtBot, qtmodeltester: ModelTester, context: AppContext) -> None:
    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    crm.interactions.create(channel="email", company_id=company.id, subject="Письмо")
    card = ClientCard(context, "company", company.id)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    assert card.timeline.rowCount() == 1
    qtmodeltester.check(card.timeline)
    assert 'href="tel:+79123456789"' in card.links.text()

    card.quick_log.channel_group.button(0).setChecked(True)  # call
    card.quick_log.outcome.setCurrentText("Договорились о встрече")
    type_text(card.quick_log.log_text, "Обсудили поставку")
    card.quick_log.next_step.setChecked(True)
    type_text(card.quick_log.next_title, "Отправить договор")
    with qtbot.waitSignal(card.logged, timeout=10_000):
        qtbot.mouseClick(card.quick_log.log_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert card.timeline.rowCount() == 2
    newest = card.timeline.item(0)
    assert newest.channel == "call_out" and newest.subject == "Обсудили поставку"
    assert newest.outcome == "Договорились о встрече"
    tasks = crm.tasks.open_for(company_id=company.id)
    assert [(t.title, t.kind) for t in tasks] == [("Отправить договор", "call")]
    assert card.tasks.count() == 1


def test_quick_log_needs_text(qtbot: QtBot, context: AppContext) -> None:
    company = context.crm.companies.create(name="X")
    card = ClientCard(context, "company", company.id)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    card.log()
    assert not card.quick_log.log_error.isHidden()
    assert context.crm.interactions.timeline(company_id=company.id) == []


def test_dragging_a_person_onto_a_company(qtbot: QtBot, context: AppContext) -> None:
    crm = context.crm
    company = crm.companies.create(name="АО Вектор")
    person = crm.contacts.create(first_name="Иван", last_name="Петров")
    card = ClientCard(context, "company", company.id)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    data = QMimeData()
    data.setData("application/x-crm-client", f"contact:{person.id}".encode())
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    card.people.dropEvent(event)
    wait_idle(qtbot, context)
    assert crm.contacts.get(person.id).company_id == company.id
    qtbot.waitUntil(lambda: card.people.count() == 1, timeout=5_000)


def test_creating_a_company_through_the_dialog(qtbot: QtBot, context: AppContext) -> None:
    dialog = CompanyDialog(context)
    qtbot.addWidget(dialog)
    type_text(dialog.form.name, "ООО Новая")
    type_text(dialog.form.phones, "8 912 000-11-22")
    type_text(dialog.form.emails, "Hello@Novaya.RU")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.form.buttons.accepted.emit()
    kind, ident = saved.args
    company = context.crm.companies.get(ident)
    assert kind == "company" and company.name == "ООО Новая"
    assert company.phones == ["+79120001122"] and company.emails == ["hello@novaya.ru"]


def test_a_bad_email_is_shown_beside_the_field(qtbot: QtBot, context: AppContext) -> None:
    dialog = CompanyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form.name, "ООО Новая")
    type_text(dialog.form.emails, "not-an-email")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.save()
    assert failed.args[0] == "emails"
    errors = dialog.errors.visible_errors()
    assert list(errors) == ["emails"] and "not a valid email" in errors["emails"]
    assert dialog.form.emails.property("invalid") is True
    assert dialog.isVisible()
    assert context.crm.companies.count() == 0


def test_an_empty_person_name_is_shown_beside_the_field(qtbot: QtBot, context: AppContext) -> None:
    dialog = ContactDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.save()
    assert list(dialog.errors.visible_errors()) == ["last_name"]


def test_the_duplicate_warning(qtbot: QtBot, context: AppContext) -> None:
    existing = context.crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    dialog = CompanyDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.duplicates_shown, timeout=10_000) as shown:
        type_text(dialog.form.phones, "8 (912) 345-67-89")
    assert shown.args == [1]
    item = dialog.form.duplicates.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == existing.id
    with qtbot.waitSignal(context.coordinator.open_client, timeout=5_000) as opened:
        dialog.form.duplicates.setCurrentRow(0)
        dialog.form.open_existing.click()
    assert opened.args == ["company", existing.id]


def test_editing_and_undo(qtbot: QtBot, context: AppContext) -> None:
    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка", segment="A")
    dialog = CompanyDialog(context, crm.companies.get(company.id))
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    dialog.form.segment.setCurrentText("B")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert crm.companies.get(company.id).segment == "B"
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id).segment == "A"


def test_merge_and_its_undo(qtbot: QtBot, context: AppContext) -> None:
    crm = context.crm
    kept = crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    dup = crm.companies.create(name="Ромашка", emails=["info@romashka.ru"])
    crm.interactions.create(channel="call_out", company_id=dup.id, subject="Звонок")
    dialog = MergeDialog(context, "company", kept.id, dup.id)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert set(dialog.groups) == {"name", "emails"}  # only fields the second can offer
    dialog.choose_second("emails")
    dialog.merge()
    wait_idle(qtbot, context)
    assert crm.companies.get(kept.id).emails == ["info@romashka.ru"]
    assert crm.companies.get(kept.id).name == "ООО Ромашка"
    assert len(crm.interactions.timeline(company_id=kept.id)) == 1
    assert crm.companies.get(dup.id, include_deleted=True).deleted_at is not None
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert crm.companies.get(kept.id).emails == []
    assert crm.companies.get(dup.id).deleted_at is None
    assert len(crm.interactions.timeline(company_id=dup.id)) == 1


def test_main_window_shell(qtbot: QtBot, context: AppContext) -> None:
    from crm_desktop.ui.app import make_main_window

    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка")
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]
    assert "clients" in window.views and window.current_view() == "clients"
    window.focus_search()
    assert window.search.hasFocus()
    with qtbot.waitSignal(window.global_search.results_shown, timeout=10_000) as shown:
        type_text(window.search, "ромаш")
    assert shown.args == [1]
    window.global_search.open_first()
    clients = window.views["clients"]
    qtbot.waitUntil(lambda: clients.cards.count() == 1, timeout=10_000)
    assert clients.cards.widget(0).ident == company.id
    window.close()


def test_first_start_creates_the_owner(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    from crm_desktop.services.crm import Crm
    from crm_desktop.ui.first_start import FirstStartDialog

    crm = Crm(tmp_path / "first.db")
    dialog = FirstStartDialog(crm, "ru")
    qtbot.addWidget(dialog)
    dialog.accept()  # no name: refused, nothing written
    assert crm.users.current() is None and dialog.form.name.property("invalid") is True
    type_text(dialog.form.name, "Анна Соколова")
    dialog.form.start_demo.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()  # written on the worker
    assert crm.users.current().name == "Анна Соколова" and dialog.wants_demo
    assert crm.pipelines.default() is not None
    crm.close()


def test_generated_forms_are_current() -> None:
    result = subprocess.run([sys.executable, "-m", "crm_desktop.ui.build_forms", "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


# -- issue 15: editing and deleting from the card, bin and archive, layout and keyboard ------
def open_card(qtbot: QtBot, context: AppContext, kind: str, ident: str) -> ClientCard:
    card = ClientCard(context, kind, ident)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    return card


def test_quick_log_and_its_next_step_are_one_transaction(context: AppContext) -> None:
    import pytest

    from crm_desktop.domain.errors import ValidationError

    crm = context.crm
    company = crm.companies.create(name="ООО Один шаг")
    with pytest.raises(ValidationError):  # the task half fails: nothing of the log is kept
        crm.interactions.log(channel="call_out", subject="Звонок", company_id=company.id,
                             next_step={"title": "", "kind": "call"})
    assert crm.interactions.timeline(company_id=company.id) == []
    logged = crm.interactions.log(channel="call_out", subject="Звонок", company_id=company.id,
                                  next_step={"title": "Перезвонить", "kind": "call"})
    assert logged.next_task is not None and logged.next_task.company_id == company.id
    assert [i.id for i in crm.interactions.timeline(company_id=company.id)] == [
        logged.interaction.id]


def test_history_entry_shows_its_author_and_is_edited_and_deleted_with_undo(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    crm = context.crm
    company = crm.companies.create(name="ООО История")
    entry = crm.interactions.create(channel="email", company_id=company.id, subject="Письмо")
    card = open_card(qtbot, context, "company", company.id)
    author = crm.users.get(crm.ctx.user_id).name
    assert card.timeline.author(0) == author
    assert author in card.timeline.index(0, 0).data()

    card.edit_entry(0)
    dialog = card.entry_dialog
    dialog.subject.setText("Письмо с КП")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    wait_idle(qtbot, context)
    assert crm.interactions.get(entry.id).subject == "Письмо с КП"
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert crm.interactions.get(entry.id).subject == "Письмо"

    card.history.setCurrentIndex(card.timeline.index(0, 0))
    qtbot.keyClick(card.history, Qt.Key.Key_Delete)
    wait_idle(qtbot, context)
    assert crm.interactions.timeline(company_id=company.id) == []
    qtbot.waitUntil(lambda: card.history_stack.currentWidget() is card.history_empty,
                    timeout=5_000)
    assert "Ctrl+L" in card.history_empty.text()  # the empty state says what to do
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert [i.id for i in crm.interactions.timeline(company_id=company.id)] == [entry.id]


def test_task_edit_with_reminder_and_delete_with_undo(qtbot: QtBot, context: AppContext) -> None:
    from datetime import timedelta

    crm = context.crm
    company = crm.companies.create(name="ООО Задачи")
    due = crm.ctx.clock.now() + timedelta(days=1)
    task = crm.tasks.create(title="Позвонить", company_id=company.id, due_at=due,
                            remind_at=due - timedelta(minutes=15))
    card = open_card(qtbot, context, "company", company.id)
    assert card.tasks.count() == 1
    card.edit_task(card._task_of(card.tasks.item(0)))
    dialog = card.task_dialog
    dialog.title.setText("Позвонить директору")
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(24 * 60))  # a day before
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    wait_idle(qtbot, context)
    edited = crm.tasks.get(task.id)
    assert edited.title == "Позвонить директору"
    assert edited.due_at - edited.remind_at == timedelta(days=1)
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    restored = crm.tasks.get(task.id)
    assert (restored.title, restored.remind_at) == ("Позвонить", due - timedelta(minutes=15))

    qtbot.waitUntil(lambda: card.tasks.count() == 1 and card._task_of(card.tasks.item(0))
                    is not None, timeout=5_000)
    card.tasks.setCurrentRow(0)
    qtbot.keyClick(card.tasks, Qt.Key.Key_Delete)
    wait_idle(qtbot, context)
    assert crm.tasks.open_for(company_id=company.id) == []
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert [t.id for t in crm.tasks.open_for(company_id=company.id)] == [task.id]


def test_client_to_the_bin_and_the_archive_and_back(qtbot: QtBot, context: AppContext,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui.clients.bin_dialog import BinDialog

    crm = context.crm
    company = crm.companies.create(name="ООО Архивная", keep_in_touch_days=7)
    card = open_card(qtbot, context, "company", company.id)
    card.toggle_archive()
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id).archived_at is not None
    qtbot.waitUntil(lambda: card.archived_badge.isVisibleTo(card), timeout=5_000)
    # Archived clients leave the day list.
    from datetime import date

    assert crm.planner.day_list.proposals(date(2026, 3, 16), crm.ctx.user_id) == []

    from crm_desktop.ui.clients import card_parts as card_module

    asked: list[str] = []
    monkeypatch.setattr(card_module, "ask", lambda parent, title, text, yes:
                        asked.append(yes) or True)
    card.toggle_deleted()
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id, include_deleted=True).deleted_at is not None
    assert asked and asked[0] != "Yes"  # the button says what it does
    dialog = BinDialog(context)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert [r.id for r in dialog.rows] == [company.id]
    dialog.list.setCurrentRow(0)
    dialog.restore()
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id).deleted_at is None
    context.undo_stack.undo()  # the restore
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id, include_deleted=True).deleted_at is not None


def test_card_keyboard_enter_in_the_date_saves_and_ctrl_l(qtbot: QtBot, context: AppContext
                                                          ) -> None:
    crm = context.crm
    company = crm.companies.create(name="ООО Клавиатура")
    card = open_card(qtbot, context, "company", company.id)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=5_000)
    card.tabs.setCurrentIndex(1)
    card.tabs.tabBar().setFocus()
    qtbot.keyClick(card.tabs.tabBar(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.quick_log.log_text.hasFocus(), timeout=5_000)
    assert card.tabs.currentIndex() == 0
    type_text(card.quick_log.log_text, "Обсудили")
    card.quick_log.next_step.setChecked(True)
    type_text(card.quick_log.next_title, "Счёт")
    with qtbot.waitSignal(card.logged, timeout=10_000):
        qtbot.keyClick(card.quick_log.next_when, Qt.Key.Key_Return)
    wait_idle(qtbot, context)
    tasks = crm.tasks.open_for(company_id=company.id)
    assert [t.title for t in tasks] == ["Счёт"]
    assert tasks[0].due_at - tasks[0].remind_at == __import__("datetime").timedelta(minutes=15)


def test_escape_in_a_half_filled_dialog_asks(qtbot: QtBot, context: AppContext,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui.planner.task_dialog import TaskDialog

    task = context.crm.tasks.create(title="Задача")
    dialog = TaskDialog(context, task)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # nothing typed: closes at once
    dialog = TaskDialog(context, task)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.title, " важная")
    asked: list[bool] = []

    def keep(self: TaskDialog) -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(TaskDialog, "ask_discard", keep)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible()


def test_an_open_card_fits_a_1366_screen(qtbot: QtBot, context: AppContext) -> None:
    from crm_desktop.ui.app import make_main_window

    crm = context.crm
    long_name = "Общество с ограниченной ответственностью «" + "Очень длинное имя " * 8 + "»"
    company = crm.companies.create(name=long_name, industry="Оптовая торговля " * 6,
                                   phones=["+78129594214", "+79123456789", "+74951234567"],
                                   emails=["procurement.department.long@example.ru"])
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_idle(qtbot, context)
    before = window.minimumSizeHint().width()
    window.views["clients"].open_card("company", company.id)
    wait_idle(qtbot, context)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().width() <= max(before, 1366)
    card = window.views["clients"].cards.currentWidget()
    for button in (card.edit_button, card.more_button, card.quick_log.log_button):
        right = button.mapTo(window, button.rect().topRight()).x()
        assert 0 < right <= window.width(), button.text()


def test_tab_leaves_the_clients_table(qtbot: QtBot, context: AppContext) -> None:
    from crm_desktop.ui.clients.list_view import ClientsView

    context.crm.companies.create(name="ООО Первая")
    view = ClientsView(context)
    qtbot.addWidget(view)
    view.show()
    wait_idle(qtbot, context)
    view.table.setFocus()
    assert not view.table.tabKeyNavigation()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus()


def visible_texts(widget: QWidget) -> list[str]:
    """Every string a person can read in a widget tree: labels, buttons, fields' hints,
    list and combo items, tab titles, tooltips."""
    import re as _re

    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QTabWidget,
        QWidget,
    )

    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel):
            texts.append(child.text())
        if isinstance(child, QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QListWidget):
            texts += [child.item(i).text() for i in range(child.count())]
        if isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        texts.append(child.toolTip())
    import html as _html

    return [_html.unescape(_re.sub(r"<[^>]+>", " ", t)) for t in texts if t]


ALLOWED_LATIN = {"Ctrl", "Shift", "Enter", "Esc", "Del", "Tab", "L", "N", "Z", "SMS", "F",
                 "ABC", "XYZ"}  # the names of the two client analyses (marketing tab)


def test_card_planner_and_their_dialogs_speak_russian(qtbot: QtBot, context: AppContext,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import re as _re
    from datetime import timedelta

    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from crm_desktop.paths import RESOURCES_DIR
    from crm_desktop.ui.clients.bin_dialog import BinDialog
    from crm_desktop.ui.clients.history_dialog import HistoryDialog
    from crm_desktop.ui.planner.backlog import BacklogDialog
    from crm_desktop.ui.planner.complete_dialog import CompleteTaskDialog
    from crm_desktop.ui.planner.reminders import ReminderCenter
    from crm_desktop.ui.planner.task_dialog import TaskDialog
    from crm_desktop.ui.planner.view import PlannerView

    translator = QTranslator()
    assert translator.load(str(RESOURCES_DIR / "translations" / "crm_desktop_ru.qm"))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("ru"))
    try:
        crm = context.crm
        now = crm.ctx.clock.now()
        company = crm.companies.create(name="ООО Ромашка", phones=["+79123456789"],
                                       keep_in_touch_days=7)
        crm.interactions.create(channel="call_out", company_id=company.id, subject="Звонок")
        task = crm.tasks.create(title="Перезвонить", company_id=company.id,
                                due_at=now + timedelta(minutes=20),
                                remind_at=now - timedelta(minutes=1))
        crm.tasks.create(title="Старое дело", due_at=now - timedelta(days=2))
        card = open_card(qtbot, context, "company", company.id)
        planner = PlannerView(context)
        qtbot.addWidget(planner)
        wait_idle(qtbot, context)
        center = ReminderCenter(context, planner)
        center.check()
        wait_idle(qtbot, context)
        widgets = [card, planner, center.area, TaskDialog(context, task),
                   HistoryDialog(context, card.timeline.item(0), card.timeline.author(0)),
                   BinDialog(context), CompleteTaskDialog(context, task),
                   BacklogDialog(context, crm.ctx.user_id, now.date(), planner.zone)]
        wait_idle(qtbot, context)
        english = set()
        for widget in widgets:
            for text in visible_texts(widget):
                english |= {w for w in _re.findall(r"[A-Za-z]{2,}", text)
                            if w not in ALLOWED_LATIN}
        assert english == set()
        from crm_desktop.ui.planner import grid as grid_module

        for label in (grid_module.OVERDUE_LABEL, grid_module.ALL_DAY_LABEL,
                      grid_module.MORE_LABEL, grid_module.EMPTY_LABEL):
            assert not _re.search(r"[A-Za-z]{2,}", grid_module._tr(label)), label
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_delete_key_in_the_clients_list_moves_to_the_bin(qtbot: QtBot, context: AppContext,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui.clients import card_parts as card_module
    from crm_desktop.ui.clients.list_view import ClientsView

    crm = context.crm
    company = crm.companies.create(name="ООО Удаляемая")
    view = ClientsView(context)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    view.table.setFocus()
    view.table.selectRow(0)
    names: list[str] = []
    monkeypatch.setattr(card_module, "ask", lambda parent, title, text, yes:
                        names.append(text) or True)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    wait_idle(qtbot, context)
    assert names and "ООО Удаляемая" in names[0]
    assert crm.companies.get(company.id, include_deleted=True).deleted_at is not None
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id).deleted_at is None


def test_a_next_step_in_the_past_asks_first(qtbot: QtBot, context: AppContext,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui.planner import task_dialog

    crm = context.crm
    company = crm.companies.create(name="ООО Прошлое")
    card = open_card(qtbot, context, "company", company.id)
    quick = card.quick_log
    type_text(quick.log_text, "Звонок")
    quick.next_step.setChecked(True)
    type_text(quick.next_title, "Перезвонить")
    quick.next_when.setText((crm.ctx.clock.now() - __import__("datetime").timedelta(days=1))
                            .strftime("%d.%m.%Y"))
    assert quick.next_date_note.isVisible() or not quick.isVisible()
    answers = [False]
    monkeypatch.setattr(task_dialog, "ask", lambda *a: answers[0])
    quick.log()
    wait_idle(qtbot, context)
    assert crm.interactions.timeline(company_id=company.id) == []  # nothing half-saved
    answers[0] = True
    with qtbot.waitSignal(card.logged, timeout=10_000):
        quick.log()
    wait_idle(qtbot, context)
    assert [t.title for t in crm.tasks.open_for(company_id=company.id)] == ["Перезвонить"]
