"""Call lists from an imported file: rows matched by phone in any form, by INN and by name,
rows that match nobody counted (not created); .xlsx reopened from disk and .csv in cp1251;
the list made from the file in the window's dialog."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.domain.errors import ValidationError
from crm_desktop.ui.context import AppContext
from tests.marketing.conftest import Shop
from tests.marketing.test_call_lists import Team, team  # noqa: F401  (fixture)
from tests.ui.conftest import context, type_text, wait_idle  # noqa: F401  (fixtures)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_rows_are_matched_by_phone_inn_and_name(shop: Shop, team: Team, tmp_path: Path) -> None:  # noqa: F811
    users, ids, _ = team
    shop.crm.companies.update(ids["Гамма"], tax_id="7707083893")
    path = write_xlsx(tmp_path / "list.xlsx", [
        ["Компания", "ИНН", "Телефон"],
        ["", "", "8 (912) 000-00-01"],  # Бета by phone
        ["", 7707083893, ""],  # Гамма by INN (a number cell)
        ["альфа", "", ""],  # by name, in another case
        ["Новая фирма", "", "+7 912 999-99-99"],  # nobody
        [None, None, None],  # empty: not counted
        ["Бета", "", ""],  # Бета again: once in the list
    ])
    found = shop.m.call_lists.from_file(str(path))
    assert found.clients == [("company", ids["Бета"]), ("company", ids["Гамма"]),
                             ("company", ids["Альфа"])]
    assert found.rows == 5 and found.unmatched == [5]
    made = shop.m.call_lists.create("Из файла", users[:2], clients=found.clients)
    assert sorted(i.client for i in shop.m.call_lists.items(made.id)) == [
        "Альфа", "Бета", "Гамма"]


def test_a_csv_in_windows_cyrillic_and_files_that_are_no_list(
        shop: Shop, team: Team, tmp_path: Path) -> None:  # noqa: F811
    _, ids, _ = team
    csv_path = tmp_path / "list.csv"
    csv_path.write_bytes("Название;Телефон\nДельта;+7 912 000 00 03\n".encode("cp1251"))
    assert shop.m.call_lists.from_file(str(csv_path)).clients == [("company", ids["Дельта"])]
    no_header = write_xlsx(tmp_path / "bad.xlsx", [["что-то", "ещё"], ["1", "2"]])
    with pytest.raises(ValidationError) as refused:
        shop.m.call_lists.from_file(str(no_header))
    assert refused.value.field == "file"
    with pytest.raises(ValidationError):
        shop.m.call_lists.from_file(str(tmp_path / "missing.xlsx"))


def test_a_list_made_from_a_file_in_its_dialog(
        qtbot: QtBot, context: AppContext, shop: Shop, team: Team, tmp_path: Path) -> None:  # noqa: F811
    from crm_desktop.ui.marketing.call_lists_view import CallListsView

    users, ids, _ = team
    path = write_xlsx(tmp_path / "list.xlsx", [["Phone"], ["+79120000004"], ["+79120000005"],
                                               ["+79129999999"]])
    view = CallListsView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    dialog = view.new_list()
    wait_idle(qtbot, context)
    with qtbot.waitSignal(dialog.file_read, timeout=10_000) as read:
        dialog.load_file(str(path))
    assert read.args == [2]
    assert "list.xlsx" in dialog.file_label.text() and not dialog.segment.isEnabled()
    type_text(dialog.name, "По файлу")
    dialog.people.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.save()
    made = view.current()
    assert made.name == "По файлу" and made.segment_id is None
    assert {i.client_id for i in shop.m.call_lists.items(made.id)} == {
        ids["Епсилон"], ids["Зета"]}
