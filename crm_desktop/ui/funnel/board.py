"""The kanban board: a column per stage with its count and sums, deal cards with client,
amount, days in stage and the next step. Move a deal by dragging it, by Ctrl+→ / Ctrl+← or
from its menu (Ctrl+M, the context menu); lost asks for the reason. "+ Deal" (Ctrl+Shift+D)
creates one, Delete deletes with undo, ← → move between columns, Enter opens the card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.funnel.board import BoardColumn, BoardFilter
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.board_columns import MIME_DEAL, StageColumn, sums_text
from crm_desktop.ui.funnel.deal_actions import (
    StageChoice,
    ask_loss_reason,
    delete_deal,
    move_deal,
    stage_menu,
)

__all__ = ["MIME_DEAL", "BoardView"]


class BoardView(QWidget):
    moved = Signal(str, str)  # deal id, stage id (after the move is saved)
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.columns: dict[str, StageColumn] = {}
        self.order: list[StageChoice] = []
        self.loss_reasons: list[str] = []
        self.stage_kinds: dict[str, str] = {}
        self.focus_deal: str | None = None  # selected again after a reload (keyboard moves)
        self.new_deal = QPushButton(self.tr("+ Deal"))
        self.new_deal.setObjectName("primary")
        self.new_deal.setToolTip(self.tr("New deal (Ctrl+Shift+D)"))
        self.new_deal.clicked.connect(lambda: self.create_deal())
        self.pipeline = QComboBox()
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("Anyone responsible"), None)
        self.source = QComboBox()
        self.source.addItem(self.tr("Any source"), None)
        for box in (self.pipeline, self.responsible, self.source):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMaximumWidth(240)
        self.search = QLineEdit(placeholderText=self.tr("Find deals…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._timer.start())
        for box in (self.pipeline, self.responsible, self.source):
            box.currentIndexChanged.connect(lambda _: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.new_deal)
        for widget in (self.pipeline, self.responsible, self.source):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.strip)
        self.scroll_area = scroll  # (not `scroll`: that is QWidget.scroll())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity in ("deal", "stage") else None)
        self._load_choices()

    def _load_choices(self) -> None:
        crm = self.app.crm

        def fetch() -> tuple[Any, ...]:
            return (crm.pipelines.list(), crm.users.list(), crm.reference.names("lead_sources"),
                    crm.reference.names("loss_reasons"))

        def fill(result: tuple[Any, ...]) -> None:
            pipelines, users, sources, self.loss_reasons = result
            for box in (self.pipeline, self.responsible, self.source):
                box.blockSignals(True)
            for pipeline in pipelines:
                self.pipeline.addItem(pipeline.name, pipeline.id)
                if pipeline.is_default:
                    self.pipeline.setCurrentIndex(self.pipeline.count() - 1)
            for user in users:
                self.responsible.addItem(user.name, user.id)
            for source in sources:
                self.source.addItem(source, source)
            for box in (self.pipeline, self.responsible, self.source):
                box.blockSignals(False)
            self.reload()

        self.app.worker.submit(fetch, fill)

    def board_filter(self) -> BoardFilter:
        return BoardFilter(responsible_id=self.responsible.currentData(),
                           source=self.source.currentData(), search=self.search.text())

    def reload(self) -> None:
        pipeline_id = self.pipeline.currentData()
        if not pipeline_id:
            return
        flt = self.board_filter()
        crm = self.app.crm
        self.app.worker.submit(lambda: (crm.funnel.board(pipeline_id, flt),
                                        crm.reference.names("loss_reasons")), self._show)

    def _show(self, result: tuple[list[BoardColumn], list[str]]) -> None:
        columns, self.loss_reasons = result
        had_focus = self.focus_deal
        while (taken := self.strip_layout.takeAt(0)) is not None:
            widget = taken.widget()
            if widget is not None:
                widget.deleteLater()
        self.columns.clear()
        self.stage_kinds = {c.stage_id: c.kind for c in columns}
        self.order = [StageChoice(c.stage_id, c.name, c.kind) for c in columns]
        for column in columns:
            widget = StageColumn(column)
            deals = widget.list
            deals.dropped.connect(self.drop)
            deals.step.connect(self.step)
            deals.neighbour.connect(self._focus_neighbour)
            deals.menu_requested.connect(
                lambda deal, pos, stage=column.stage_id: self.show_menu(deal, stage, pos))
            deals.delete_requested.connect(self.delete)
            deals.itemActivated.connect(
                lambda item: self.app.coordinator.open_deal.emit(
                    item.data(Qt.ItemDataRole.UserRole)))
            widget.more_requested.connect(self._more)
            self.columns[column.stage_id] = widget
            self.strip_layout.addWidget(widget)
        open_totals: dict[str, int] = {}
        for column in columns:
            if column.kind == "open":
                for currency, value in column.weighted.items():
                    open_totals[currency] = open_totals.get(currency, 0) + value
        self.summary.setText(self.tr("Weighted pipeline: %1").replace(
            "%1", sums_text(open_totals)))
        self._show_empty_state(sum(c.count for c in columns))
        if had_focus:
            self.select_deal(had_focus)
        self.loaded.emit()

    def _show_empty_state(self, total: int) -> None:
        flt = self.board_filter()
        filtered = bool(flt.responsible_id or flt.source or flt.search.strip())
        if total:
            self.empty.hide()
        elif filtered:
            self.empty.setText(self.tr("No deals match the filter. Clear the search or choose "
                                       "“Anyone responsible” and “Any source”."))
            self.empty.show()
        else:
            self.empty.setText(self.tr("No deals in this pipeline yet. Create the first one "
                                       "with “+ Deal” (Ctrl+Shift+D) or from a client's card."))
            self.empty.show()

    def _more(self, stage_id: str, offset: int) -> None:
        pipeline_id, flt = self.pipeline.currentData(), self.board_filter()
        self.app.worker.submit(
            lambda: self.app.crm.funnel.more(pipeline_id, stage_id, flt, offset),
            lambda deals: self.columns[stage_id].add_deals(deals))

    # -- keyboard and menus -----------------------------------------------------------------
    def select_deal(self, deal_id: str) -> bool:
        for column in self.columns.values():
            for row in range(column.list.count()):
                if column.list.item(row).data(Qt.ItemDataRole.UserRole) == deal_id:
                    column.list.setCurrentRow(row)
                    column.list.setFocus()
                    self.scroll_area.ensureWidgetVisible(column)
                    return True
        return False

    def _focus_neighbour(self, stage_id: str, direction: int) -> None:
        keys = list(self.columns)
        index = keys.index(stage_id) + direction
        if 0 <= index < len(keys):
            target = self.columns[keys[index]]
            target.list.setFocus()
            if target.list.currentRow() < 0 and target.list.count():
                target.list.setCurrentRow(0)
            self.scroll_area.ensureWidgetVisible(target)

    def stage_of(self, deal_id: str) -> str | None:
        for stage_id, column in self.columns.items():
            for row in range(column.list.count()):
                if column.list.item(row).data(Qt.ItemDataRole.UserRole) == deal_id:
                    return stage_id
        return None

    def step(self, deal_id: str, direction: int) -> None:
        """Ctrl+→ / Ctrl+←: the next or previous stage in the board's order."""
        ids = [s.id for s in self.order]
        current = self.stage_of(deal_id)
        if current is None:
            return
        index = ids.index(current) + direction
        if 0 <= index < len(ids):
            self.drop(deal_id, ids[index])

    def show_menu(self, deal_id: str, stage_id: str, pos: QPoint) -> QMenu:
        menu = QMenu(self)
        if deal_id:
            menu.addAction(self.tr("Open"), lambda: self.app.coordinator.open_deal.emit(deal_id))
            moves = stage_menu(menu, self.order, stage_id, lambda s: self.drop(deal_id, s.id))
            moves.setTitle(self.tr("Move to stage\tCtrl+M"))
            menu.addMenu(moves)
            menu.addAction(self.tr("Delete\tDel"), lambda: self.delete(deal_id))
            menu.addSeparator()
        menu.addAction(self.tr("New deal at this stage"), lambda: self.create_deal(stage_id))
        self.menu = menu
        menu.popup(pos)
        return menu

    # -- actions ----------------------------------------------------------------------------
    def create_deal(self, stage_id: str | None = None) -> None:
        from crm_desktop.ui.funnel.deal_dialog import DealDialog

        pipeline_id = self.pipeline.currentData()
        stage = (pipeline_id, stage_id or (self.order[0].id if self.order else None))
        dialog = DealDialog(self.app, self.window(), stage=stage if pipeline_id else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda ident: setattr(self, "focus_deal", ident))
        self.dialog = dialog
        dialog.open()

    def delete(self, deal_id: str) -> None:
        item_text = ""
        for column in self.columns.values():
            item = column.list.currentItem()
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == deal_id:
                item_text = item.text().split("\n", 1)[0]
        delete_deal(self.app, deal_id, item_text)

    def ask_loss_reason(self) -> str | None:
        return ask_loss_reason(self, self.loss_reasons)

    def drop(self, deal_id: str, stage_id: str) -> None:
        if self.stage_of(deal_id) == stage_id:
            return
        stage = next((s for s in self.order if s.id == stage_id), None)
        if stage is None:
            return
        self.focus_deal = deal_id

        def done(_: object) -> None:
            self.moved.emit(deal_id, stage_id)

        move_deal(self.app, self, deal_id, stage, self.loss_reasons,
                  lambda _parent, _reasons: self.ask_loss_reason(), done)
