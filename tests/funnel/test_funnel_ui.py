"""The board under pytest-qt: a drag to another stage moves the deal; a drag to lost asks
for the reason; the analytics tables under qtmodeltester, drill-down and export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.analytics_view import AnalyticsView
from crm_desktop.ui.funnel.board import MIME_DEAL, BoardView
from crm_desktop.ui.funnel.board_columns import DealList
from tests.funnel.conftest import Funnel
from tests.funnel.test_funnel import funnel  # noqa: F401  (the fixture)
from tests.ui.conftest import context, isolated_settings, wait_idle  # noqa: F401


def drop(widget: DealList, deal_id: str) -> None:
    data = QMimeData()
    data.setData(MIME_DEAL, deal_id.encode())
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_drag_between_stages_and_to_lost(qtbot: QtBot, context: AppContext, funnel: Funnel,  # noqa: F811
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    crm = context.crm
    board = BoardView(context)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        pass
    wait_idle(qtbot, context)
    stages = funnel["stages"]
    e = funnel["ids"]["E"]
    assert board.columns[stages[0].id].list.count() == 1
    with qtbot.waitSignal(board.moved, timeout=10_000):
        drop(board.columns[stages[3].id].list, e)
    assert crm.deals.get(e).stage_id == stages[3].id
    history = crm.deals.history(e)
    assert history[-1].from_stage_id == stages[0].id and history[-1].user_id == crm.ctx.user_id

    monkeypatch.setattr(board, "ask_loss_reason", lambda: None)  # the user cancels
    drop(board.columns[funnel["lost"].id].list, e)
    wait_idle(qtbot, context)
    assert crm.deals.get(e).stage_id == stages[3].id
    monkeypatch.setattr(board, "ask_loss_reason", lambda: "Выбрали конкурента")
    with qtbot.waitSignal(board.moved, timeout=10_000):
        drop(board.columns[funnel["lost"].id].list, e)
    deal = crm.deals.get(e)
    assert deal.stage_id == funnel["lost"].id and deal.loss_reason == "Выбрали конкурента"
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: board.columns[funnel["lost"].id].column.count == 4, timeout=10_000)


def test_analytics_view(qtbot: QtBot, qtmodeltester: ModelTester,
                        context: AppContext, funnel: Funnel,  # noqa: F811
                        tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from PySide6.QtCore import QDate

    view = AnalyticsView(context)
    qtbot.addWidget(view)
    view.start.setDate(QDate(2026, 3, 1))
    view.end.setDate(QDate(2026, 3, 31))
    wait_idle(qtbot, context)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    model, table = view.tables["conversion"]
    qtmodeltester.check(model)
    for other, _ in view.tables.values():
        qtmodeltester.check(other)
    assert model.data(model.index(0, 1)) == "6"
    view.drill("conversion", model.index(2, 0))
    qtbot.waitUntil(lambda: hasattr(view, "drill_dialog"), timeout=10_000)
    assert "2" in view.drill_dialog.windowTitle()
    target = view.export("losses", str(tmp_path / "losses.xlsx"))
    wait_idle(qtbot, context)
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Lost at stage" and sheet.max_row == 4
    assert view.period().start == date(2026, 3, 1)
