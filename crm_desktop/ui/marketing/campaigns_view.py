"""Campaigns and their return: the report by campaign (cost, leads, deals, won, revenue, cost
per lead and per won deal, ROI) and by lead source for a chosen period, a chart of won
revenue by source over the last twelve months, drill-down from a figure to the clients or
deals behind it (Enter on the cell), new/edit in a dialog, delete with undo, Excel export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.campaign_report import Report
from crm_desktop.services.marketing.campaigns import CampaignDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.marketing.campaign_dialog import channel_name
from crm_desktop.ui.marketing.campaign_models import (
    AFFECTING,
    DRILLED,
    PALETTE,
    DeleteCampaign,
    ReturnModel,
    _table,
)
from crm_desktop.ui.marketing.reloading import ReloadsWhenShown

Index = QModelIndex | QPersistentModelIndex
Revenue = tuple[list[date], dict[str, list[int]], str]  # months, revenue per source, currency
class CampaignsView(ReloadsWhenShown, QWidget):
    affecting = AFFECTING
    loaded = Signal()
    drilled = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.setObjectName("campaigns")
        self.app = app
        self.m = marketing(app.crm)
        self.stale = True
        self.campaigns: list[CampaignDTO] = []
        self.report: Report | None = None
        self.new_button = QPushButton(self.tr("+ Campaign"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.period = QComboBox()
        for text, months in ((self.tr("All time"), 0), (self.tr("This year"), -1),
                             (self.tr("Last 12 months"), 12), (self.tr("Last 3 months"), 3)):
            self.period.addItem(text, months)
        self.period.currentIndexChanged.connect(lambda _: self.reload())
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.by_campaign = ReturnModel("campaign")
        self.campaign_table = _table(self.by_campaign, 240)
        self.by_source = ReturnModel("source")
        self.source_table = _table(self.by_source, 150)
        for table, by in ((self.campaign_table, "campaign"), (self.source_table, "source")):
            table.activated.connect(lambda index, b=by: self.drill(b, index))
            table.doubleClicked.connect(lambda index, b=by: self.drill(b, index))
        self.campaign_table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.campaign_table, self.delete).setContext(
            Qt.ShortcutContext.WidgetShortcut)
        self.chart = QChartView()
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(200)
        self.summary = QLabel()
        self.summary.setObjectName("countLabel")
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addWidget(self.export_button)
        bottom = QTabWidget()
        bottom.setDocumentMode(True)
        bottom.addTab(self.source_table, self.tr("By lead source"))
        bottom.addTab(self.chart, self.tr("Revenue by source, chart"))
        self.bottom = bottom
        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.campaign_table, 1)
        top_layout.addWidget(self.summary)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        app.coordinator.data_changed.connect(self._changed)
        self._buttons()

    # -- loading -----------------------------------------------------------------------
    def bounds(self) -> tuple[date | None, date | None]:
        months = self.period.currentData()
        today = self.m.classes.today()
        if not months:
            return None, None
        if months == -1:
            return today.replace(month=1, day=1), today
        start = today
        for _ in range(months):
            start = (start.replace(day=1) - timedelta(days=1)).replace(day=1)
        return start.replace(day=min(today.day, 28)), today

    def reload(self) -> None:
        self.stale = False
        campaigns, (start, end) = self.m.campaigns, self.bounds()
        self.app.worker.submit(lambda: (campaigns.list(), campaigns.report(start, end),
                                        campaigns.revenue_by_source(12)), self._show)

    def _show(self, loaded: tuple[list[CampaignDTO], Report, Revenue]) -> None:
        current = self.current()
        self.campaigns, self.report, series = loaded
        self.by_campaign.set_rows(self.report.campaigns)
        self.by_source.set_rows(self.report.sources)
        if current is not None:
            for row, item in enumerate(self.report.campaigns):
                if item.key == current.id:
                    self.campaign_table.setCurrentIndex(self.by_campaign.index(row, 0))
        rows = self.report.campaigns
        if rows:
            cost = sum(r.cost_minor for r in rows if r.currency == rows[0].currency)
            revenue = sum(r.revenue_minor for r in rows if r.currency == rows[0].currency)
            self.summary.setText(self.tr(
                "%n campaign(s): cost %1, revenue %2, leads %3, won deals %4", "",
                len(rows)).replace("%1", formatting.money(cost, rows[0].currency)).replace(
                "%2", formatting.money(revenue, rows[0].currency)).replace(
                "%3", formatting.locale().toString(sum(r.leads for r in rows))).replace(
                "%4", formatting.locale().toString(sum(r.won for r in rows))))
        else:
            self.summary.setText(self.tr(
                "No campaigns yet. Add one with “+ Campaign”; clients and deals it brings "
                "are linked on the client card (Marketing tab) or by a web form's "
                "utm_campaign."))
        self._chart(*series)
        self._buttons()
        self.loaded.emit()

    def _chart(self, months: list[date], series: dict[str, list[int]], currency: str) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Won revenue by lead source, thousands of %1").replace(
            "%1", currency))
        bars = QStackedBarSeries()
        ordered = sorted(series.items(), key=lambda item: -sum(item[1]))
        top, rest = ordered[:8], ordered[8:]
        if rest:
            top.append((self.tr("other"), [sum(v[i] for _, v in rest)
                                           for i in range(len(months))]))
        for number, (source, values) in enumerate(top):
            bar = QBarSet(source or self.tr("(no source)"))
            bar.setColor(QColor(PALETTE[number % len(PALETTE)]))
            for value in values:
                bar.append(value / 100_000)
            bars.append(bar)
        chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{m.month:02d}.{m.year % 100:02d}" for m in months])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_y)
        axis_y.applyNiceNumbers()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setChart(chart)

    # -- actions -----------------------------------------------------------------------
    def current(self) -> CampaignDTO | None:
        row = self.campaign_table.currentIndex().row()
        if not 0 <= row < len(self.by_campaign.rows):
            return None
        key = self.by_campaign.rows[row].key
        return next((c for c in self.campaigns if c.id == key), None)

    def _buttons(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def edit(self, campaign: CampaignDTO | None) -> QWidget:
        from crm_desktop.ui.marketing.campaign_dialog import CampaignDialog

        dialog = CampaignDialog(self.app, campaign, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete(self) -> None:
        campaign = self.current()
        if campaign is None:
            return
        self.app.undo_stack.push(DeleteCampaign(self.app, campaign.id, self.tr(
            "Delete campaign “%1”").replace("%1", campaign.name)))

    def drill(self, by: str, index: QModelIndex) -> None:
        model = self.by_campaign if by == "campaign" else self.by_source
        figure = DRILLED.get(model.figure(index.column()) or "")
        if figure is None:
            if by == "campaign":
                self.edit(self.current())
            return
        key = index.data(Qt.ItemDataRole.UserRole)
        start, end = self.bounds()
        crm, campaigns = self.app.crm, self.m.campaigns
        label = model.value(model.rows[index.row()], 0)

        def items() -> list[tuple[str, str, str]]:
            found = campaigns.drill(by, key, figure, start, end)
            shown = []
            for kind, ident in found[:500]:
                if kind == "deal":
                    deal = crm.deals.get(ident, include_deleted=True)
                    shown.append((kind, ident, f"{deal.title} · "
                                  f"{formatting.money(deal.amount_minor, deal.currency)}"))
                else:
                    service = crm.companies if kind == "company" else crm.contacts
                    client = service.get(ident, include_deleted=True)
                    shown.append((kind, ident, getattr(client, "name", None) or " ".join(
                        p for p in (getattr(client, "last_name", None),
                                    getattr(client, "first_name", None)) if p)))
            return shown

        self.app.worker.submit(items, lambda shown: self._show_drill(label, figure, shown))

    def _show_drill(self, label: str, figure: str, shown: list[tuple[str, str, str]]) -> None:
        names = {"leads": self.tr("Leads"), "deals": self.tr("Deals"),
                 "won": self.tr("Won deals")}
        dialog = QDialog(self)
        dialog.setWindowTitle(f"{label}: {names[figure]} ({len(shown)})")
        listing = QListWidget()
        for kind, ident, text in shown:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (kind, ident))
            listing.addItem(item)
        listing.itemActivated.connect(self._open_drilled)
        layout = QVBoxLayout(dialog)
        layout.addWidget(listing)
        dialog.resize(520, 420)
        self.drill_dialog, self.drill_list = dialog, listing
        dialog.open()
        self.drilled.emit()

    def _open_drilled(self, item: QListWidgetItem) -> None:
        kind, ident = item.data(Qt.ItemDataRole.UserRole)
        if kind == "deal":
            self.app.coordinator.open_deal.emit(ident)
        else:
            self.app.coordinator.open_client.emit(kind, ident)

    def export(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                                  str(Path.home() / "campaigns.xlsx"),
                                                  "Excel (*.xlsx)")
            if not path:
                return None
        target, campaigns, (start, end) = Path(path), self.m.campaigns, self.bounds()
        labels = {"by_campaign": self.tr("By campaign"), "by_source": self.tr("By lead source"),
                  "campaign": self.tr("Campaign"), "channel": self.tr("Channel"),
                  "source": self.tr("Lead source"), "no_source": self.tr("(no source)"),
                  "cost": self.tr("Cost"), "leads": self.tr("Leads"), "deals": self.tr("Deals"),
                  "won": self.tr("Won deals"), "revenue": self.tr("Revenue"),
                  "cost_per_lead": self.tr("Cost per lead"),
                  "cost_per_won": self.tr("Cost per won deal"), "roi": self.tr("ROI, %")}
        labels.update({f"channel_{c}": channel_name(c) for c in
                       ("mailing", "exhibition", "advertising", "calls", "web")})

        def failed(exc: BaseException) -> None:
            from crm_desktop.ui.messages import describe

            self.app.coordinator.status_message.emit(describe(exc))

        self.app.worker.submit(
            lambda: campaigns.export(target, start, end, labels),
            lambda p: self.app.coordinator.status_message.emit(
                self.tr("Exported to %1").replace("%1", str(p))), failed)
        return target

    def screenshots(self) -> list[tuple[str, QWidget]]:
        self.campaign_table.setCurrentIndex(self.by_campaign.index(0, 0))
        self.bottom.setCurrentWidget(self.chart)
        return [("chart", self.window()), ("dialog", self.edit(self.current()))]
