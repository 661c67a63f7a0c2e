"""The segments tab with real widgets: a segment made in its dialog (live count as the
conditions change, a refused amount beside its field), its members listed and opened,
exported, deleted and brought back with undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from tests.marketing.conftest import Shop
from tests.marketing.test_segments import town  # noqa: F401  (fixture)
from tests.ui.conftest import context, type_text, wait_idle  # noqa: F401  (fixtures)

if TYPE_CHECKING:  # the view is imported where it is made, as the window does
    from crm_desktop.ui.marketing.segments_view import SegmentsView


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, town: dict[str, str]  # noqa: F811
         ) -> SegmentsView:
    from crm_desktop.ui.marketing.segments_view import SegmentsView

    widget = SegmentsView(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.show()
    return widget


def test_make_a_segment_in_the_dialog(
        qtbot: QtBot, context: AppContext, view: SegmentsView,  # noqa: F811
        town: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    assert view.empty.isVisible()
    dialog = view.edit(None)
    wait_idle(qtbot, context)
    type_text(dialog.form.name, "Опт в Ёлкино")
    type_text(dialog.form.tags, "опт, vip")
    with qtbot.waitSignal(dialog.counted, timeout=10_000) as counted:
        pass
    assert counted.args == [2]
    with qtbot.waitSignal(dialog.counted, timeout=10_000) as counted:
        type_text(dialog.form.city, "елкино")
    assert counted.args == [1]
    assert "1" in dialog.form.matches.text()
    type_text(dialog.form.won_min, "много")
    dialog.save()
    assert dialog.errors.visible_errors()["won"]
    dialog.form.won_min.clear()
    type_text(dialog.form.won_min, "1 000")
    with qtbot.waitSignal(view.members_loaded, timeout=20_000):
        dialog.save()
    segment = view.current()
    assert segment.name == "Опт в Ёлкино"
    assert segment.rules.tags == ("опт", "vip") and segment.rules.won_min == 1000_00
    assert segment.count == 1
    assert view.members.ids == [town["A1"]]
    assert view.members.data(view.members.index(0, 0)) == "Альфа"
    opened = []
    context.coordinator.open_client.connect(lambda kind, ident: opened.append((kind, ident)))
    view.table.setFocus()
    view.table.setCurrentIndex(view.members.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [("company", town["A1"])]
    target = view.export(str(tmp_path / "seg.xlsx"))
    wait_idle(qtbot, context)
    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "Name" and rows[1][0] == "Альфа"
    # delete, then undo
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.list.setFocus()
        qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert view.segments == []
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.undo_stack.undo()
    assert [s.name for s in view.segments] == ["Опт в Ёлкино"]


def test_a_new_client_joins_the_list_live(
        qtbot: QtBot, context: AppContext, view: SegmentsView, shop: Shop) -> None:  # noqa: F811
    from crm_desktop.services.marketing.segments import SegmentRules

    shop.m.segments.create("VIP", rules=SegmentRules(tags=("vip",)))
    with qtbot.waitSignal(view.members_loaded, timeout=10_000):
        context.coordinator.data_changed.emit("segment")
    assert view.segments[0].count == 1
    shop.crm.companies.create(name="Новый VIP", tags=["vip"])
    with qtbot.waitSignal(view.members_loaded, timeout=10_000):
        context.coordinator.data_changed.emit("company")
    assert view.segments[0].count == 2 and len(view.members.ids) == 2
