"""The segment dialog's industry, custom-field and deal-stage conditions: counted live,
a malformed custom field refused beside it, and all three shown again when the segment is
opened for editing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from tests.marketing.conftest import Shop
from tests.marketing.test_segments import town  # noqa: F401  (fixture)
from tests.ui.conftest import context, type_text, wait_idle  # noqa: F401  (fixtures)


def test_industry_custom_fields_and_stage(
        qtbot: QtBot, context: AppContext, shop: Shop, town: dict[str, str]) -> None:  # noqa: F811
    from crm_desktop.ui.marketing.segment_dialog import SegmentDialog

    dialog = SegmentDialog(context)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert dialog.stage.findData(shop.won) > 0
    with qtbot.waitSignal(dialog.counted, timeout=10_000) as counted:
        type_text(dialog.industries, "Металл, Дерево")
    assert counted.args == [1]
    dialog.industries.clear()
    type_text(dialog.custom, "ОКВЭД")  # no value: refused beside the field
    dialog.save()
    assert dialog.errors.visible_errors()["custom"]
    dialog.custom.clear()
    with qtbot.waitSignal(dialog.counted, timeout=10_000) as counted:
        type_text(dialog.custom, "ОКВЭД = 47.1")
    assert counted.args == [1]
    dialog.custom.clear()
    with qtbot.waitSignal(dialog.counted, timeout=10_000) as counted:
        dialog.stage.setCurrentIndex(dialog.stage.findData(shop.won))
    expected = shop.m.segments.count("company", dialog.rules())
    assert counted.args == [expected] and expected > 0
    type_text(dialog.industries, "Металл")
    type_text(dialog.custom, "ОКВЭД = 25.1")
    type_text(dialog.form.name, "Металл с ОКВЭД")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save()
    segment = shop.m.segments.get(saved.args[0])
    assert segment.rules.industries == ("Металл",)
    assert segment.rules.custom == (("ОКВЭД", "25.1"),)
    assert segment.rules.stage_ids == (shop.won,)
    again = SegmentDialog(context, segment)
    qtbot.addWidget(again)
    wait_idle(qtbot, context)
    assert again.industries.text() == "Металл" and again.custom.text() == "ОКВЭД = 25.1"
    assert again.stage.currentData() == shop.won
