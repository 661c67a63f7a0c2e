"""Funnel analytics: tables beside their charts, a chosen period, drill-down from any row to
the deals behind it, and export of each table to .xlsx.

The figures load when the view is first shown (nothing at window start), again whenever the
pipeline or the period changes, and after deals change (at once if the view is on screen,
else when it is next shown)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.money import Money
from crm_desktop.services.dto import PipelineDTO
from crm_desktop.services.funnel.analytics import Period
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import today_of

Index = QModelIndex | QPersistentModelIndex


# Entities whose change can move a figure.
AFFECTING = {"deal", "stage", "pipeline", "plan", "synced", "import", "company"}
RELOAD_DELAY_MS = 300  # several changes in a row (a drag, an import) reload once


def shown(value: Any) -> str:
    """Numbers in the user's locale: digit groups, the local decimal mark."""
    loc = formatting.locale()
    if isinstance(value, Money):
        return formatting.money(value.minor, value.currency)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return loc.toString(value)
    if isinstance(value, Decimal):
        whole, _, fraction = f"{value}".partition(".")
        text = loc.toString(int(whole)) if whole.lstrip("-").isdigit() else whole
        if whole == "-0":
            text = "-0"
        return text + (loc.decimalPoint() + fraction if fraction else "")
    if value is None:
        return "—"
    return str(value)


def count_axis(top: float) -> tuple[float, float]:
    """(maximum, tick interval) of a count axis: whole numbers only, a 1-2-5 step, at most
    six intervals."""
    top = max(int(-(-top // 1)), 1)
    magnitude = 1
    while True:
        for multiple in (1, 2, 5):
            step = multiple * magnitude
            if top / step <= 6:
                return float(-(-top // step) * step), float(step)
        magnitude *= 10


class FigureModel(QAbstractTableModel):
    """A read-only table of (key, cells) rows; the key drills down to the deals."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.headers = headers
        self.rows: list[tuple[tuple[Any, ...], list[Any]]] = []

    def set_rows(self, rows: list[tuple[tuple[Any, ...], list[Any]]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        value = self.rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and (value is None or isinstance(
                value, Money | Decimal | int)) and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()][0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class AnalyticsView(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.pipeline = QComboBox()
        # the last year up to the program's today (a fixed clock in tests and screenshots);
        # addYears keeps 29 February valid
        today = today_of(app)
        end = QDate(today.year, today.month, today.day)
        self.start = QDateEdit(end.addYears(-1))
        self.end = QDateEdit(end)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        refresh = QPushButton(self.tr("Show"))
        refresh.setObjectName("primary")
        refresh.clicked.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Pipeline")))
        bar.addWidget(self.pipeline)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        bar.addWidget(refresh)
        bar.addStretch(1)
        self.tabs = QTabWidget()
        self.tables: dict[str, tuple[FigureModel, QTableView]] = {}
        self.charts: dict[str, QChartView] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.data: dict[str, list[Any]] | None = None
        self._dirty = True  # nothing loaded yet
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.start.dateChanged.connect(self._changed)
        self.end.dateChanged.connect(self._changed)
        self.pipeline.currentIndexChanged.connect(self._changed)
        app.coordinator.data_changed.connect(self._on_data_changed)
        app.worker.submit(app.crm.pipelines.list, self._pipelines)  # a few rows: cheap

    def _build_pages(self) -> None:
        """The tables and charts, made when first needed (nothing of it at window start)."""
        if self.tables:
            return
        specs = {
            "conversion": (self.tr("Conversion"), [self.tr("Stage"), self.tr("Reached"),
                                                   self.tr("Went on"), self.tr("Conversion %"),
                                                   self.tr("Of all deals %")]),
            "time_in_stage": (self.tr("Time in stage"), [self.tr("Stage"),
                                                         self.tr("Average days"),
                                                         self.tr("Deals")]),
            "losses": (self.tr("Losses"), [self.tr("Lost at stage"), self.tr("Reason"),
                                           self.tr("Deals"), self.tr("Amount")]),
            "source": (self.tr("By source"), [self.tr("Lead source"), self.tr("Won"),
                                              self.tr("Won amount"), self.tr("Lost"),
                                              self.tr("Win rate %")]),
            "manager": (self.tr("By manager"), [self.tr("Manager"), self.tr("Won"),
                                                self.tr("Won amount"), self.tr("Lost"),
                                                self.tr("Win rate %")]),
            "forecast": (self.tr("Forecast"), [self.tr("Month"), self.tr("Open deals"),
                                               self.tr("Amount"), self.tr("Weighted")]),
            "plan": (self.tr("Plan vs fact"), [self.tr("Manager"), self.tr("Period"),
                                               self.tr("Plan"), self.tr("Fact"),
                                               self.tr("Done %")]),
        }
        for key, (title, headers) in specs.items():
            model = FigureModel(headers)
            table = QTableView()
            table.setModel(model)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
            table.setAlternatingRowColors(True)
            table.doubleClicked.connect(lambda index, k=key: self.drill(k, index))
            export = QPushButton(self.tr("Export to Excel…"))
            export.clicked.connect(lambda _=False, k=key: self.export(k))
            page = QWidget()
            page_layout = QVBoxLayout(page)
            if key in ("conversion", "forecast", "source"):
                chart = QChartView()
                chart.setRenderHint(QPainter.RenderHint.Antialiasing)
                chart.setMinimumHeight(220)
                self.charts[key] = chart
                splitter = QSplitter(Qt.Orientation.Horizontal)
                splitter.addWidget(table)
                splitter.addWidget(chart)
                splitter.setSizes([560, 480])
                page_layout.addWidget(splitter, 1)
            else:
                page_layout.addWidget(table, 1)
            hint = QLabel(self.tr("Double-click a row to see its deals."))
            hint.setObjectName("countLabel")
            row = QHBoxLayout()
            row.addWidget(hint)
            row.addStretch(1)
            row.addWidget(export)
            page_layout.addLayout(row)
            self.tabs.addTab(page, title)
            self.tables[key] = (model, table)

    def showEvent(self, event: QShowEvent) -> None:
        self._build_pages()
        super().showEvent(event)
        if self._dirty and self.pipeline.count():
            self.reload()

    def _pipelines(self, pipelines: list[PipelineDTO]) -> None:
        self.pipeline.blockSignals(True)
        for pipeline in pipelines:
            self.pipeline.addItem(pipeline.name, pipeline.id)
            if pipeline.is_default:
                self.pipeline.setCurrentIndex(self.pipeline.count() - 1)
        self.pipeline.blockSignals(False)
        if self.isVisible():
            self.reload()

    def _changed(self) -> None:
        self._dirty = True
        if self.isVisible() and self.pipeline.count():
            self._reload_timer.start()

    def _on_data_changed(self, entity: str) -> None:
        if entity in AFFECTING:
            self._changed()

    def period(self) -> Period:
        start, end = self.start.date(), self.end.date()
        return Period(date(start.year(), start.month(), start.day()),
                      date(end.year(), end.month(), end.day()))

    def reload(self) -> None:
        self._reload_timer.stop()
        pipeline_id, period = self.pipeline.currentData(), self.period()
        if pipeline_id:
            self._dirty = False
            self.app.worker.submit(
                lambda: self.app.crm.analytics.overview(pipeline_id, period), self._show)

    def _show(self, data: dict[str, list[Any]]) -> None:
        self._build_pages()
        self.data = data
        self.tables["conversion"][0].set_rows(
            [((r.stage_id,), [r.stage, r.reached, r.moved_on, r.rate, r.share])
             for r in data["conversion"]])
        for key in ("time_in_stage", "losses", "source", "manager", "forecast", "plan"):
            self.tables[key][0].set_rows([(r.key, [*r.label, *r.values]) for r in data[key]])
        for _, table in self.tables.values():
            table.resizeColumnsToContents()
        self._chart("conversion", [r.stage for r in data["conversion"]],
                    {self.tr("Reached"): [r.reached for r in data["conversion"]]}, counts=True)
        self._chart("forecast", [r.label[0] for r in data["forecast"]][-12:],
                    {self.tr("Weighted"): [float(r.values[2].amount)
                                           for r in data["forecast"]][-12:]})
        self._chart("source", [r.label[0] or "—" for r in data["source"]],
                    {self.tr("Won"): [r.values[0] for r in data["source"]],
                     self.tr("Lost"): [r.values[2] for r in data["source"]]}, counts=True)
        self.loaded.emit()

    def _chart(self, key: str, categories: list[str], series: dict[str, list[float]],
               counts: bool = False) -> None:
        chart = QChart()
        bars = QBarSeries()
        for name, values in series.items():
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])  # drawing only: the table is exact
            bars.append(bar_set)
        chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_y)  # (attaching sets the range from the data: adjust after)
        if counts:  # whole numbers only: "0 1 2", never "0 0 1 1 1"
            top, step = count_axis(max((v for values in series.values() for v in values),
                                       default=0))
            axis_y.setRange(0, top)
            axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
            axis_y.setTickAnchor(0)
            axis_y.setTickInterval(step)
        else:
            axis_y.applyNiceNumbers()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.charts[key].setChart(chart)

    def drill(self, key: str, index: QModelIndex) -> None:
        row_key = index.data(Qt.ItemDataRole.UserRole)
        figure = key if key != "plan" else "plan"
        pipeline_id, period = self.pipeline.currentData(), self.period()
        crm = self.app.crm

        def deals() -> list[Any]:
            ids = crm.analytics.drill(figure, pipeline_id, period, row_key)
            return [crm.deals.get(i, include_deleted=True) for i in ids[:500]] + \
                [len(ids)]

        self.app.worker.submit(deals, self._show_deals)

    def _show_deals(self, result: list[Any]) -> None:
        *deals, total = result
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("%1 deals").replace("%1", str(total)))
        listing = QListWidget()
        for deal in deals:
            amount = formatting.money(deal.amount_minor, deal.currency)
            item = QListWidgetItem(f"{deal.title} · {amount}")
            item.setData(Qt.ItemDataRole.UserRole, deal.id)
            listing.addItem(item)
        listing.itemActivated.connect(lambda item: self.app.coordinator.open_deal.emit(
            item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(dialog)
        layout.addWidget(listing)
        dialog.resize(520, 420)
        self.drill_dialog = dialog
        dialog.open()

    def export(self, key: str, path: str | None = None) -> Path | None:
        self._build_pages()
        model = self.tables[key][0]
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                                  str(Path.home() / f"{key}.xlsx"),
                                                  "Excel (*.xlsx)")
            if not path:
                return None
        rows = [cells for _, cells in model.rows]
        target, headers, analytics = Path(path), list(model.headers), self.app.crm.analytics

        def job() -> Path:
            return analytics.export(target, headers, rows, key)

        self.app.worker.submit(job, lambda p: self.app.coordinator.status_message.emit(
            self.tr("Exported to %1").replace("%1", str(p))), self._export_failed)
        return target

    def _export_failed(self, exc: BaseException) -> None:
        from crm_desktop.ui.messages import describe

        self.app.coordinator.status_message.emit(describe(exc))


