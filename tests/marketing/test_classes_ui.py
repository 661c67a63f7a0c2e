"""The ABC/XYZ tab, its thresholds dialog and the card tab, with real widgets offscreen over
the hand-counted data set of test_classes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.services.marketing.classes import ClassSettings
from crm_desktop.ui.context import AppContext
from tests.marketing.conftest import Shop
from tests.marketing.test_classes import PERIOD, build
from tests.ui.conftest import context, wait_idle  # noqa: F401  (fixtures)

if TYPE_CHECKING:  # the view is imported where it is made, as the window does
    from crm_desktop.ui.marketing.classes_view import ClassesView


class OpenClasses(NamedTuple):
    view: ClassesView  # the tab, shown in its MarketingView
    ids: dict[str, str]  # test_classes.build's clients


@pytest.fixture
def classes_view(qtbot: QtBot, context: AppContext, shop: Shop  # noqa: F811
                 ) -> Iterator[OpenClasses]:
    from crm_desktop.ui.marketing.view import MarketingView

    ids = build(shop)
    shop.m.classes.save_settings(PERIOD)
    view = MarketingView(context)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.classes)
    with qtbot.waitSignal(view.classes.loaded, timeout=20_000):
        view.show()
    wait_idle(qtbot, context)
    yield OpenClasses(view.classes, ids)
    view.close()  # (the tab lives as long as its parent view)


def test_the_matrix_shows_counts_and_drills_down(
        qtbot: QtBot, context: AppContext, classes_view: OpenClasses) -> None:  # noqa: F811
    view, ids = classes_view[:2]
    model = view.model
    assert model.rowCount() == 4 and model.columnCount() == 5
    assert model.cell_at(0, 1).clients == 2  # A-Y
    assert model.cell_at(3, 4).clients == 8  # the total
    assert model.cell_at(1, 3).clients == 1  # B, short history
    assert view.clients.rowCount() == 8  # all classes at first
    with qtbot.waitSignal(view.drilled, timeout=10_000):
        view.table.setCurrentIndex(model.index(0, 1))
    assert [c.name for c in view.clients.clients] == ["Бета", "Дельта"]
    opened = []
    context.coordinator.open_client.connect(lambda kind, ident: opened.append((kind, ident)))
    view.list.setFocus()
    view.list.setCurrentIndex(view.clients.index(0, 0))
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert opened == [("company", ids["A2"])]


def test_export_from_the_view_reopens(qtbot: QtBot, context: AppContext, classes_view: OpenClasses,  # noqa: F811
                                      tmp_path: Path) -> None:
    view, _ = classes_view[:2]
    with qtbot.waitSignal(view.drilled, timeout=10_000):
        view.table.setCurrentIndex(view.model.index(2, 4))  # row C
    target = view.export(str(tmp_path / "c.xlsx"))
    wait_idle(qtbot, context)
    book = openpyxl.load_workbook(target)
    clients = list(book.worksheets[1].iter_rows(values_only=True))
    assert [r[2] for r in clients[1:]] == ["C", "C", "C"]


def test_thresholds_dialog_refuses_then_saves(
        qtbot: QtBot, context: AppContext, classes_view: OpenClasses) -> None:  # noqa: F811
    from crm_desktop.ui.marketing.classes_dialog import ClassSettingsDialog

    view, _ = classes_view[:2]
    dialog = ClassSettingsDialog(context)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    assert dialog.form.fixed_period.isChecked()
    dialog.form.a_share.setValue(93)
    dialog.form.b_share.setValue(20)
    dialog.save()
    assert "100" in dialog.errors.visible_errors()["b_share"]
    wait_idle(qtbot, context)
    assert view.m.classes.settings() == PERIOD.checked()  # nothing written
    dialog.form.b_share.setValue(5)
    dialog.saved.connect(lambda: view.reload(force=True))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        dialog.save()
    assert view.m.classes.settings().a_share == 93
    # with A up to 93 %, Епсилон (92 % before it) becomes A as well
    assert view.model.matrix.row_total("B").clients == 0


def test_card_tab_shows_the_class_and_the_source(
        qtbot: QtBot, context: AppContext, shop: Shop) -> None:  # noqa: F811
    from crm_desktop.ui.marketing.card_tab import MarketingCardTab

    ids = build(shop)
    shop.crm.companies.update(ids["A1"], lead_source="Выставка")
    shop.m.classes.recompute(PERIOD)
    tab = MarketingCardTab(context, "company", ids["A1"])
    qtbot.addWidget(tab)
    wait_idle(qtbot, context)
    assert tab.classes.text() == "AX"
    assert tab.source.text() == "Выставка"
    quiet = MarketingCardTab(context, "company", ids["Quiet"])
    qtbot.addWidget(quiet)
    wait_idle(qtbot, context)
    assert quiet.classes.text() == "—"


def test_settings_default_is_last_twelve_months() -> None:
    assert ClassSettings().months == 12


def test_a_won_deal_recomputes_the_open_matrix_once(
        qtbot: QtBot, context: AppContext, classes_view: OpenClasses, shop: Shop) -> None:  # noqa: F811
    view, _ = classes_view[:2]
    assert view.model.matrix.total.clients == 8
    newcomer = shop.company("Новичок")
    shop.won_deal("2025-05-15T09:00:00", "50", newcomer)
    loads = []
    view.loaded.connect(lambda: loads.append(1))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        for _ in range(5):  # an import or a drag emits several in a row
            context.coordinator.data_changed.emit("deal")
    wait_idle(qtbot, context)
    assert view.model.matrix.total.clients == 9 and len(loads) == 1
