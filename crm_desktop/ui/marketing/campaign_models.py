"""The campaign report's table model (by campaign or by lead source), the undoable delete of
a campaign and the tables' common look (the view is campaigns_view.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.campaign_report import ReturnRow
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.marketing.campaign_dialog import channel_name

Index = QModelIndex | QPersistentModelIndex

AFFECTING = {"company", "contact", "deal", "synced", "import", "campaign", "stage"}
FIGURES = ["cost", "leads", "deals", "won", "revenue", "cost_per_lead", "cost_per_won", "roi"]
DRILLED = {"leads": "leads", "deals": "deals", "won": "won", "revenue": "won"}
PALETTE = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777",
           "#65a30d", "#ea580c", "#475569"]


class ReturnModel(QAbstractTableModel):
    """Rows of the report: a label column (and the channel, by campaign), then the figures."""

    def __init__(self, by: str) -> None:
        super().__init__()
        self.by = by
        self.rows: list[ReturnRow] = []
        first = [self.tr("Campaign"), self.tr("Channel")] if by == "campaign" else \
            [self.tr("Lead source")]
        self.headers = first + [self.tr("Cost"), self.tr("Leads"), self.tr("Deals"),
                                self.tr("Won"), self.tr("Revenue"), self.tr("Per lead"),
                                self.tr("Per won deal"), self.tr("ROI")]
        self.offset = len(first)

    def set_rows(self, rows: list[ReturnRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def figure(self, column: int) -> str | None:
        return FIGURES[column - self.offset] if column >= self.offset else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def value(self, row: ReturnRow, column: int) -> Any:
        if column == 0:
            return row.label or self.tr("(no source)")
        if self.by == "campaign" and column == 1:
            return channel_name(row.channel)
        figure = self.figure(column)
        return {"cost": row.cost_minor, "leads": row.leads, "deals": row.deals,
                "won": row.won, "revenue": row.revenue_minor, "cost_per_lead": row.cost_per_lead,
                "cost_per_won": row.cost_per_won, "roi": row.roi}[figure or "leads"]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        figure = self.figure(column)
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(row, column)
            if figure in ("cost", "revenue", "cost_per_lead", "cost_per_won"):
                return "—" if value is None else formatting.money(value, row.currency)
            if figure == "roi":
                return "—" if value is None else self._percent(value)
            if isinstance(value, int):
                return formatting.locale().toString(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and figure is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and figure == "roi" and row.roi is not None:
            return QColor("#15803d") if row.roi >= 0 else QColor("#b91c1c")
        if role == Qt.ItemDataRole.ToolTipRole and figure in DRILLED:
            return self.tr("Enter or double-click: the clients or deals behind the figure")
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        return None

    @staticmethod
    def _percent(value: Decimal) -> str:
        whole, _, fraction = f"{value}".partition(".")
        loc = formatting.locale()
        return (loc.toString(int(whole)) if whole.lstrip("-").isdigit() else whole) + \
            (loc.decimalPoint() + fraction if fraction else "") + " %"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = section >= self.offset
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None


class DeleteCampaign(QUndoCommand):
    def __init__(self, app: AppContext, campaign_id: str, text: str) -> None:
        super().__init__(text)
        self.app, self.ident = app, campaign_id

    def _run(self, delete: bool) -> None:
        campaigns, ident = marketing(self.app.crm).campaigns, self.ident
        self.app.worker.submit(
            lambda: campaigns.delete(ident) if delete else campaigns.restore(ident),
            lambda _: self.app.coordinator.data_changed.emit("campaign"))

    def redo(self) -> None:
        self._run(True)

    def undo(self) -> None:
        self._run(False)


def _table(model: QAbstractTableModel, first_width: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()  # the figures as wide as their titles and values
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    table.setMinimumWidth(first_width)
    return table
