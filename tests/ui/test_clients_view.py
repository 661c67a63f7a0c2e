"""The clients list: its model under qtmodeltester, search as you type, filters, opening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.services.clients.client_list import ClientFilter
from crm_desktop.services.crm import Crm
from crm_desktop.ui.clients.list_model import ClientListModel
from crm_desktop.ui.clients.list_view import ClientsView
from crm_desktop.ui.context import AppContext
from tests.ui.conftest import type_text, wait_idle


def add_clients(crm: Crm) -> dict[str, str]:
    ids = {"romashka": crm.companies.create(name="ООО Ромашка", phones=["+79123456789"],
                                            segment="A").id,
           "vector": crm.companies.create(name="АО Вектор", kind="partner", segment="B").id,
           "lyutik": crm.companies.create(name="ИП Лютиков", tags=["vip"]).id}
    ids["ivan"] = crm.contacts.create(first_name="Иван", last_name="Петров",
                                      company_id=ids["vector"]).id
    return ids


def test_list_model_passes_qtmodeltester(qtbot: QtBot, qtmodeltester: ModelTester,
                                         context: AppContext) -> None:
    add_clients(context.crm)
    model = ClientListModel(context)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    wait_idle(qtbot, context)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    qtbot.waitUntil(lambda: "…" not in [model.data(model.index(r, 0)) for r in range(3)],
                    timeout=10_000)
    names = [model.data(model.index(row, 0)) for row in range(3)]
    assert names == ["АО Вектор", "ИП Лютиков", "ООО Ромашка"]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "ООО Ромашка", timeout=10_000)
    qtmodeltester.check(model)


def test_typing_in_search_filters_the_list(qtbot: QtBot, context: AppContext) -> None:
    ids = add_clients(context.crm)
    view = ClientsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)
    type_text(view.search, "ромаш")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert view.model.id_at(0) == ids["romashka"]
    view.search.clear()
    type_text(view.search, "8 912 345-67")
    qtbot.waitUntil(lambda: view.model.id_at(0) == ids["romashka"] and
                    view.model.rowCount() == 1, timeout=10_000)


def test_filters_and_people(qtbot: QtBot, context: AppContext) -> None:
    ids = add_clients(context.crm)
    view = ClientsView(context)
    qtbot.addWidget(view)
    wait_idle(qtbot, context)
    view.company_kind.setCurrentIndex(view.company_kind.findData("partner"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert view.model.id_at(0) == ids["vector"]
    view.company_kind.setCurrentIndex(0)
    view.tag.setCurrentIndex(view.tag.findData("vip"))
    qtbot.waitUntil(lambda: view.model.id_at(0) == ids["lyutik"] and
                    view.model.rowCount() == 1, timeout=10_000)
    view.tag.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findData("contact"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.id_at(0) == ids["ivan"],
                    timeout=10_000)


def test_enter_opens_the_card_and_escape_closes_it(qtbot: QtBot, context: AppContext) -> None:
    add_clients(context.crm)
    view = ClientsView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.cards.count() == 1, timeout=10_000)
    wait_idle(qtbot, context)
    assert view.cards.widget(0).name.text() == "АО Вектор"
    view.cards.widget(0).setFocus()
    qtbot.keyClick(view.cards.widget(0), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.cards.count() == 0, timeout=5_000)


def test_client_list_service_with_many_rows(context: AppContext) -> None:
    crm = context.crm
    for i in range(30):
        crm.companies.create(name=f"Компания {i:02d}")
    ids = crm.client_list.ids(ClientFilter(sort="name", descending=True))
    rows = crm.client_list.rows("company", ids[:2])
    assert [rows[i]["name"] for i in ids[:2]] == ["Компания 29", "Компания 28"]


def test_first_screen_then_the_full_list(qtbot: QtBot, qtmodeltester: ModelTester,
                                         context: AppContext) -> None:
    from crm_desktop.ui.clients import list_model

    for i in range(130):
        context.crm.companies.create(name=f"Компания {i:03d}")
    model = ClientListModel(context)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == 130 and list_model.FIRST_SCREEN < 130
    qtmodeltester.check(model)
    for row in (0, 59, 60, 129):
        qtbot.waitUntil(lambda r=row: model.data(model.index(r, 0)) == f"Компания {r:03d}",
                        timeout=10_000)


def test_a_far_row_is_ready_when_painted(qtbot: QtBot, qtmodeltester: ModelTester,
                                         context: AppContext) -> None:
    from crm_desktop.ui.clients import list_model

    for i in range(260):
        context.crm.companies.create(name=f"Компания {i:03d}", phones=["+79123456789"])
    model = ClientListModel(context)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    wait_idle(qtbot, context)
    assert model.rowCount() == 260 and model.read_on_the_spot == 0
    # A jump far down: the row is there at once, read on the spot, not "…".
    assert model.data(model.index(255, 0)) == "Компания 255"
    assert model.data(model.index(255, 2)) == "+7 912 345-67-89"
    assert model.read_on_the_spot == 1
    wait_idle(qtbot, context)  # the pages around it come from the worker
    assert model.data(model.index(160, 0)) == "Компания 160"
    assert model.read_on_the_spot == 1
    model.set_columns(["phone", "name"])  # the cached strings were for other columns
    assert model.data(model.index(255, 1)) == "Компания 255"
    qtmodeltester.check(model)
    assert list_model.PAGE * 3 < 260


def test_only_the_last_search_typed_is_shown(qtbot: QtBot, context: AppContext) -> None:
    from dataclasses import replace

    ids = add_clients(context.crm)
    model = ClientListModel(context)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    for text in ("в", "ве", "век", "вект", "ромаш"):  # as fast as keys come
        model.set_filter(replace(model.filter, search=text))
    wait_idle(qtbot, context)
    assert model.rowCount() == 1 and model.id_at(0) == ids["romashka"]


def test_global_search_shows_only_the_latest_text(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QLineEdit

    from crm_desktop.ui.global_search import GlobalSearch

    ids = add_clients(context.crm)
    box = QLineEdit()
    qtbot.addWidget(box)
    search = GlobalSearch(context, box)
    shown: list[int] = []
    search.results_shown.connect(shown.append)
    for text in ("в", "ве", "век", "ив", "ивн", "ромаш"):  # each key searched at once
        box.setText(text)
        search._search()
    wait_idle(qtbot, context)
    assert shown == [1] and search.hits[0].id == ids["romashka"]
    type_text(box, "лютико")  # typed on top: "ромашлютико" finds nothing, not a stale list
    qtbot.waitUntil(lambda: shown[-1:] == [0] and context.worker.pending == 0, timeout=10_000)


def test_a_first_screen_too_costly_to_read_at_once_goes_to_the_worker(
        qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from crm_desktop.services.clients.client_list import PageReader

    for i in range(120):
        context.crm.companies.create(name=f"Компания {i:03d}", tags=["vip"] if i == 119 else [])
    reader = context.crm.client_list.page_reader()
    assert reader.first_ids(ClientFilter(), 60)[:1] == context.crm.client_list.ids(
        ClientFilter(), limit=1)
    monkeypatch.setattr(PageReader, "BUDGET", 0)  # stopped at the first thousand steps
    assert reader.first_ids(ClientFilter(tag="vip"), 60) is None  # json_each over every row
    assert reader.first_ids(ClientFilter(search="комп"), 60) is None
    reader.close()
    model = ClientListModel(context)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(replace(model.filter, tag="vip"))
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "Компания 119", timeout=10_000)


def test_a_long_search_result_shows_every_row(qtbot: QtBot, context: AppContext) -> None:
    from dataclasses import replace

    for i in range(130):
        context.crm.companies.create(name=f"Компания {i:03d}")
    model = ClientListModel(context)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(replace(model.filter, search="компания"))
    assert model.rowCount() == 130
    names = {model.data(model.index(r, 0)) for r in range(130)}
    assert "…" not in names and len(names) == 130
