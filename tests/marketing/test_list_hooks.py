"""The clients list's marketing hooks: the ABC/XYZ class column (a person shows its
company's class) and the filter by a saved segment, through the service and the real view;
the segment export keeps its own columns."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from crm_desktop.services.clients.client_list import ClientFilter
from crm_desktop.services.marketing.segments import SegmentRules
from crm_desktop.ui.context import AppContext
from tests.marketing.conftest import Shop
from tests.marketing.test_segments import town  # noqa: F401  (fixture)
from tests.ui.conftest import context, wait_idle  # noqa: F401  (fixtures)


def test_the_class_column_and_a_segment_as_the_list_filter(
        shop: Shop, town: dict[str, str]) -> None:  # noqa: F811
    crm, segments = shop.crm, shop.m.segments
    a1 = shop.m.classes.of_client(town["A1"])
    assert a1 is not None
    rows = crm.client_list.rows("company", [town["A1"], town["Quiet"]], ["name", "abc_xyz"])
    assert rows[town["A1"]]["abc_xyz"] == a1.abc + (a1.xyz or "")
    assert rows[town["Quiet"]]["abc_xyz"] is None  # no purchase: no class
    person = crm.client_list.rows("contact", [town["person"]], ["abc_xyz"])[town["person"]]
    assert person["abc_xyz"] == a1.abc + (a1.xyz or "")  # the company's class
    # a city written in another case and with "ё": the condition needs no Python function
    elkino = segments.create("Ёлкино", rules=SegmentRules(city="елкино"))
    kind, condition = segments.list_condition(elkino.id)
    assert kind == "company"
    listed = crm.client_list.ids(ClientFilter(kind="company", condition=condition))
    assert listed == segments.ids("company", elkino.rules) == [town["A1"], town["Quiet"]]
    # with the list's own filters beside it (their parameters are not mixed up)
    both = ClientFilter(kind="company", company_kind="prospect", condition=condition)
    assert crm.client_list.ids(both) == [town["Quiet"]]
    assert crm.client_list.ids(ClientFilter(kind="company", condition=condition,
                                            search="тишина")) == [town["Quiet"]]


def test_the_segment_export_keeps_its_columns(
        shop: Shop, town: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    segment = shop.m.segments.create("VIP", rules=SegmentRules(tags=("vip",)))
    path = shop.m.segments.export(segment.id, tmp_path / "vip.xlsx")
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header == ["Name", "Type", "Phone", "Email", "Tax ID", "Segment", "Lead source",
                      "Industry", "Responsible", "Created", "ABC", "XYZ"]


def test_the_list_filtered_by_a_saved_segment(
        qtbot: QtBot, context: AppContext, shop: Shop, town: dict[str, str]) -> None:  # noqa: F811
    from crm_desktop.ui.clients.list_view import ClientsView

    segments = shop.m.segments
    companies = segments.create("Ёлкино", rules=SegmentRules(city="елкино"))
    people = segments.create("С сайта", kind="contact",
                             rules=SegmentRules(lead_sources=("Сайт",)))
    view = ClientsView(context)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitUntil(lambda: view.saved_segment.findData(people.id) > 0, timeout=10_000)
    assert "abc_xyz" in view.model.columns()
    view.saved_segment.setCurrentIndex(view.saved_segment.findData(companies.id))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    assert {view.model.id_at(0), view.model.id_at(1)} == {town["A1"], town["Quiet"]}
    class_column = view.model.columns().index("abc_xyz")
    a1 = shop.m.classes.of_client(town["A1"])
    row = 0 if view.model.id_at(0) == town["A1"] else 1
    assert view.model.index(row, class_column).data() == a1.abc + (a1.xyz or "")
    # a segment of people turns the list to people
    view.saved_segment.setCurrentIndex(view.saved_segment.findData(people.id))
    qtbot.waitUntil(lambda: view.kind.currentData() == "contact" and
                    view.model.rowCount() == 2, timeout=10_000)
    assert {view.model.id_at(0), view.model.id_at(1)} == {town["person"], town["loner"]}
    # any segment again: every live person
    view.saved_segment.setCurrentIndex(0)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(shop.crm.contacts.list(limit=None)),
                    timeout=10_000)
