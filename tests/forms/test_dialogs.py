"""The company and person dialogs on real widgets offscreen, with the real worker and file."""

from __future__ import annotations

from datetime import date

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.domain.clock import FixedClock
from crm_desktop.services.dto import CompanyDTO
from crm_desktop.ui.clients.edit_dialog import CompanyDialog, ContactDialog, open_editor
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import DateInput, parse_date
from tests.ui.conftest import type_text, wait_idle


def open_company(qtbot: QtBot, context: AppContext, **values: object
                 ) -> tuple[CompanyDTO, CompanyDialog]:
    company = context.crm.companies.create(**values)
    dialog = CompanyDialog(context, context.crm.companies.get(company.id))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context)
    return company, dialog


def test_saving_one_field_keeps_what_another_window_changed(qtbot: QtBot, context: AppContext
                                                            ) -> None:
    crm = context.crm
    company, dialog = open_company(qtbot, context, name="Ромашка", phones=["+79121111111"],
                                   segment="A")
    crm.companies.update(company.id, phones=["+79122222222"], name="Ромашка (сеть)")
    type_text(dialog.form.website, "romashka.ru")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    stored = crm.companies.get(company.id)
    assert stored.website == "romashka.ru"
    assert stored.phones == ["+79122222222"] and stored.name == "Ромашка (сеть)"


def test_a_field_changed_meanwhile_asks_keep_mine_or_take_theirs(
        qtbot: QtBot, context: AppContext, clock: FixedClock) -> None:
    from crm_desktop.domain.zones import user_zone

    crm = context.crm
    company, dialog = open_company(qtbot, context, name="Ромашка", notes="старое",
                                   industry="Опт")
    clock.advance(minutes=5)
    crm.companies.update(company.id, notes="их правка", industry="Розница")
    at = clock.now().astimezone(user_zone()).strftime("%H:%M")
    dialog.form.notes.setPlainText("моя правка")
    dialog.form.industry.setText("Производство")
    with qtbot.waitSignal(dialog.conflicts_shown, timeout=10_000) as shown:
        dialog.save()
    conflicts = shown.args[0]
    assert set(conflicts.groups) == {"notes", "industry"}
    texts = [w.text() for w in conflicts.findChildren(type(conflicts.groups["notes"]
                                                           .button(0)))]
    assert "Keep mine: моя правка" in texts and "Take theirs: их правка" in texts
    labels = " ".join(w.text() for w in conflicts.findChildren(type(dialog.errors.labels
                                                                     ["name"])))
    assert f"«Notes» was changed by Анна Владимировна Соколова at {at} while you edited" \
        in labels
    assert crm.companies.get(company.id).notes == "их правка"  # nothing written yet
    conflicts.take_theirs("industry")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        conflicts.accept()
    stored = crm.companies.get(company.id)
    assert (stored.notes, stored.industry) == ("моя правка", "Розница")
    # Undo puts back what was there when the edit was saved ("их правка"), nothing else;
    # redo puts the edit back; the status bar says which happened.
    messages: list[str] = []
    context.coordinator.status_message.connect(messages.append)
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id).notes == "их правка"
    context.undo_stack.redo()
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id).notes == "моя правка"
    assert messages == ["Undone: Edit Ромашка", "Redone: Edit Ромашка"]


def test_undo_of_an_edit_does_not_overwrite_a_later_change(qtbot: QtBot, context: AppContext
                                                           ) -> None:
    crm = context.crm
    company, dialog = open_company(qtbot, context, name="Ромашка", segment="A")
    dialog.form.segment.setCurrentText("B")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    crm.companies.update(company.id, segment="C")  # sync brought a newer value
    messages: list[str] = []
    context.coordinator.status_message.connect(messages.append)
    context.undo_stack.undo()
    wait_idle(qtbot, context)
    assert crm.companies.get(company.id).segment == "C"
    assert context.undo_stack.canUndo() and not context.undo_stack.canRedo()
    assert messages and messages[-1].startswith("Could not undo")


def test_every_error_shows_at_once_while_typing_and_goes_when_fixed(qtbot: QtBot,
                                                                    context: AppContext) -> None:
    dialog = CompanyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        type_text(dialog.form.phones, "12")
        type_text(dialog.form.emails, "не почта")
        type_text(dialog.form.tax_id, "1234567890")
    wait_idle(qtbot, context)
    assert set(dialog.errors.visible_errors()) == {"phones", "emails", "tax_id"}
    # "name" is empty but untouched: no error yet. Fixing a field removes its error.
    dialog.form.emails.clear()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        type_text(dialog.form.emails, "info@romashka.ru")
    wait_idle(qtbot, context)
    assert set(dialog.errors.visible_errors()) == {"phones", "tax_id"}
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.save()
    assert set(dialog.errors.visible_errors()) == {"name", "phones", "tax_id"}
    assert context.crm.companies.count() == 0


def test_length_limits_apply_while_typing(qtbot: QtBot, context: AppContext) -> None:
    dialog = CompanyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.name.setFocus()
    QTest.keyClicks(dialog.form.name, "x" * 320)
    assert len(dialog.form.name.text()) == 300
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        type_text(dialog.form.name, "y")
    wait_idle(qtbot, context)
    assert dialog.errors.visible_hints() == {"name": "At most 300 characters"}
    dialog.form.notes.setPlainText("z" * 20_001)
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        pass
    assert "notes" in checked.args[0]
    assert "notes" in dialog.errors.visible_errors()


def test_phones_are_shown_formatted(qtbot: QtBot, context: AppContext) -> None:
    _, dialog = open_company(qtbot, context, name="Ромашка", phones=["+78129594214"])
    assert dialog.form.phones.text() == "+7 812 959-42-14"
    dialog.form.phones.setText("88129594215, 12")
    dialog.form.phones.editingFinished.emit()
    assert dialog.form.phones.text() == "+7 812 959-42-15, 12"


def test_company_field_keeps_typing_while_suggestions_open(qtbot: QtBot, context: AppContext
                                                           ) -> None:
    crm = context.crm
    romashka = crm.companies.create(name="Ромашка")
    crm.companies.create(name="Ромашка-Юг")
    dialog = ContactDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.form.company.setFocus()
    type_text(dialog.form.last_name, "Петров")
    for char in "Ромаш":
        type_text(dialog.form.company, char)
        wait_idle(qtbot, context)
    assert dialog.form.company.text() == "Ромаш"
    assert dialog.completer.completionCount() == 2
    assert dialog.completer.popup().isVisible()  # open, and the typing went on regardless
    # With the popup open, the keyboard's events reach the popup; it passes them on.
    type_text(dialog.completer.popup(), "ка")
    wait_idle(qtbot, context)
    assert dialog.form.company.text() == "Ромашка"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()  # typed in full, never picked: linked, since one company has the name
    assert crm.contacts.get(saved.args[1]).company_id == romashka.id


def test_a_company_name_that_matches_none_or_several_is_an_error(qtbot: QtBot, context: AppContext
                                                                 ) -> None:
    crm = context.crm
    crm.companies.create(name="Вектор")
    crm.companies.create(name="Вектор")
    for typed, words in (("Несуществующая", "There is no company «Несуществующая»"),
                         ("вектор", "2 companies are named «вектор»")):
        dialog = ContactDialog(context)
        qtbot.addWidget(dialog)
        type_text(dialog.form.last_name, "Петров")
        dialog.form.company.setText(typed)
        with qtbot.waitSignal(dialog.failed, timeout=10_000):
            dialog.save()
        assert words in dialog.errors.visible_errors()["company"]
    assert crm.contacts.count() == 0


def test_new_person_from_an_open_company_card_has_the_company(qtbot: QtBot, context: AppContext
                                                              ) -> None:
    from crm_desktop.ui.app import make_main_window

    crm = context.crm
    company = crm.companies.create(name="АО Вектор")
    window = make_main_window(context)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, context)
    context.coordinator.open_client.emit("company", company.id)
    clients = window.views["clients"]
    qtbot.waitUntil(lambda: clients.cards.count() == 1, timeout=10_000)
    wait_idle(qtbot, context)
    window.new_person_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ContactDialog) and w.isVisible() and w.parent() is window)
    qtbot.waitUntil(lambda: dialog.form.company.text() == "АО Вектор", timeout=10_000)
    type_text(dialog.form.last_name, "Сидоров")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    assert crm.contacts.get(saved.args[1]).company_id == company.id
    window.close()


def test_editing_a_person_keeps_the_company_and_unchanged_fields(qtbot: QtBot, context: AppContext
                                                                 ) -> None:
    crm = context.crm
    company = crm.companies.create(name="АО Вектор")
    person = crm.contacts.create(last_name="Петров", company_id=company.id,
                                 birthday=date(1980, 5, 17))
    dialog = open_editor(context, "contact", crm.contacts.get(person.id))  # deletes on close
    wait_idle(qtbot, context)
    assert dialog.form.company.text() == "АО Вектор"
    assert dialog.form.birthday.text() == "17.05.1980"
    crm.contacts.update(person.id, position="Директор")
    type_text(dialog.form.first_name, "Иван")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    stored = crm.contacts.get(person.id)
    assert (stored.first_name, stored.position, stored.company_id, stored.birthday) == (
        "Иван", "Директор", company.id, date(1980, 5, 17))


def test_an_impossible_birthday_is_an_error_beside_the_field(qtbot: QtBot, context: AppContext
                                                             ) -> None:
    dialog = ContactDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form.last_name, "Петров")
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        type_text(dialog.form.birthday, "31.02.2026")
    wait_idle(qtbot, context)
    assert dialog.form.birthday.text() == "31.02.2026"  # kept as typed, not replaced
    error = dialog.errors.visible_errors()["birthday"]
    assert error == "31.02.2026 does not exist: that month has 28 days"
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.save()
    assert context.crm.contacts.count() == 0
    dialog.form.birthday.clear()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        type_text(dialog.form.birthday, "29.02.1984")
    wait_idle(qtbot, context)
    assert "birthday" not in dialog.errors.visible_errors()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    assert context.crm.contacts.get(saved.args[1]).birthday == date(1984, 2, 29)


def test_the_calendar_opens_at_a_sensible_month_and_shows_whole_weeks(qtbot: QtBot,
                                                                      context: AppContext) -> None:
    dialog = ContactDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.birthday.open_calendar()
    picker = dialog.birthday.picker
    assert (picker.yearShown(), picker.monthShown()) == (1996, 3)  # 30 years before 2026-03
    assert dialog.birthday.popup.height() >= picker.sizeHint().height()
    dialog.birthday.popup.close()
    dialog.form.birthday.setText("17.05.1980")
    dialog.birthday.open_calendar()
    picker = dialog.birthday.picker
    assert (picker.yearShown(), picker.monthShown()) == (1980, 5)
    picker.clicked.emit(picker.selectedDate().addDays(1))
    assert dialog.form.birthday.text() == "18.05.1980"


def test_date_parsing_and_the_past_warning(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QLineEdit

    assert parse_date("31.12.2026") == date(2026, 12, 31)
    assert parse_date(" 1/2/2026 ") == date(2026, 2, 1)
    assert parse_date("2026-02-28") == date(2026, 2, 28)
    assert parse_date("") is None
    for bad in ("31.02.2026", "00.01.2026", "12.13.2026", "1.1.1800", "завтра", "1.1.99999"):
        try:
            parse_date(bad)
        except ValueError as exc:
            assert str(exc)
        else:
            raise AssertionError(bad)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    field = DateInput(edit, lambda: date(2026, 3, 16), warn_past=True)
    edit.setText("26.02.2026")
    assert field.warning() == "This date is in the past: the task will be overdue at once."
    edit.setText("17.03.2026")
    assert field.warning() is None and field.error() is None
