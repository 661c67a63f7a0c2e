"""The client card (quick log, next step, people), editing dialogs (errors beside the field,
duplicates), merging with undo, and the main window shell."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from crm_desktop.ui.clients.card import ClientCard
from crm_desktop.ui.clients.edit_dialog import CompanyDialog, ContactDialog
from crm_desktop.ui.clients.merge_dialog import MergeDialog
from tests.ui.conftest import type_text, wait_idle


def test_logging_a_call_adds_it_to_the_timeline_and_the_next_step_to_tasks(
        qtbot, qtmodeltester, context) -> None:  # noqa: ANN001
    crm = context.crm
    company = crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    crm.interactions.create(channel="email", company_id=company.id, subject="Письмо")
    card = ClientCard(context, "company", company.id)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    assert card.timeline.rowCount() == 1
    qtmodeltester.check(card.timeline)
    assert 'href="tel:+79123456789"' in card.links.text()

    card.channel_group.button(0).setChecked(True)  # call
    card.outcome.setCurrentText("Договорились о встрече")
    type_text(card.log_text, "Обсудили поставку")
    card.next_step.setChecked(True)
    type_text(card.next_title, "Отправить договор")
    with qtbot.waitSignal(card.logged, timeout=10_000):
        qtbot.mouseClick(card.log_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert card.timeline.rowCount() == 2
    newest = card.timeline.item(0)
    assert newest.channel == "call_out" and newest.subject == "Обсудили поставку"
    assert newest.outcome == "Договорились о встрече"
    tasks = crm.tasks.open_for(company_id=company.id)
    assert [(t.title, t.kind) for t in tasks] == [("Отправить договор", "call")]
    assert card.tasks.count() == 1


def test_quick_log_needs_text(qtbot, context) -> None:  # noqa: ANN001
    company = context.crm.companies.create(name="X")
    card = ClientCard(context, "company", company.id)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    card.log()
    assert not card.log_error.isHidden()
    assert context.crm.interactions.timeline(company_id=company.id) == []


def test_dragging_a_person_onto_a_company(qtbot, context) -> None:  # noqa: ANN001
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


def test_creating_a_company_through_the_dialog(qtbot, context) -> None:  # noqa: ANN001
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


def test_a_bad_email_is_shown_beside_the_field(qtbot, context) -> None:  # noqa: ANN001
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


def test_an_empty_person_name_is_shown_beside_the_field(qtbot, context) -> None:  # noqa: ANN001
    dialog = ContactDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.save()
    assert list(dialog.errors.visible_errors()) == ["last_name"]


def test_the_duplicate_warning(qtbot, context) -> None:  # noqa: ANN001
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


def test_editing_and_undo(qtbot, context) -> None:  # noqa: ANN001
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


def test_merge_and_its_undo(qtbot, context) -> None:  # noqa: ANN001
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


def test_main_window_shell(qtbot, context) -> None:  # noqa: ANN001
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


def test_first_start_creates_the_owner(qtbot, tmp_path, qapp) -> None:  # noqa: ANN001
    from crm_desktop.services.crm import Crm
    from crm_desktop.ui.first_start import FirstStartDialog

    crm = Crm(tmp_path / "first.db")
    dialog = FirstStartDialog(crm, "ru")
    qtbot.addWidget(dialog)
    dialog.accept()  # no name: refused, nothing written
    assert crm.users.current() is None and dialog.form.name.property("invalid") is True
    type_text(dialog.form.name, "Анна Соколова")
    dialog.form.start_demo.setChecked(True)
    dialog.accept()
    assert crm.users.current().name == "Анна Соколова" and dialog.wants_demo
    assert crm.pipelines.default() is not None
    crm.close()


def test_generated_forms_are_current() -> None:
    result = subprocess.run([sys.executable, "-m", "crm_desktop.ui.build_forms", "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
