"""The service report: for a period, by person, department or client — requests, open,
overdue, resolved, resolved in time, average hours to resolve. A double click on a figure
lists the requests behind it; Export writes both to an Excel file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.service_desk import desk
from crm_desktop.services.service_desk.dto import ReportLine, ServiceReport
from crm_desktop.services.service_desk.report import (
    MEASURES,
    drill_down,
    export_report,
    service_report,
)
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.date_field import python_date
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.model import RequestsModel

Index = QModelIndex | QPersistentModelIndex
# Column -> the measure a double click lists (name and average: every request of the line).
COLUMN_MEASURE = ("total", "total", "open", "overdue", "resolved", "in_time", "resolved")
EXCEL = {
    "person": QT_TRANSLATE_NOOP("ServiceReport", "Person"),
    "department": QT_TRANSLATE_NOOP("ServiceReport", "Department"),
    "client": QT_TRANSLATE_NOOP("ServiceReport", "Client"),
    "Report": QT_TRANSLATE_NOOP("ServiceReport", "Report"),
    "Requests": QT_TRANSLATE_NOOP("ServiceReport", "Requests"),
    "Open": QT_TRANSLATE_NOOP("ServiceReport", "Open"),
    "Overdue": QT_TRANSLATE_NOOP("ServiceReport", "Overdue"),
    "Resolved": QT_TRANSLATE_NOOP("ServiceReport", "Resolved"),
    "Resolved in time": QT_TRANSLATE_NOOP("ServiceReport", "Resolved in time"),
    "Average hours to resolve": QT_TRANSLATE_NOOP("ServiceReport", "Average hours to resolve"),
    "Total": QT_TRANSLATE_NOOP("ServiceReport", "Total"),
    "Number": QT_TRANSLATE_NOOP("ServiceReport", "Number"),
    "Subject": QT_TRANSLATE_NOOP("ServiceReport", "Subject"),
    "Responsible": QT_TRANSLATE_NOOP("ServiceReport", "Responsible"),
    "Priority": QT_TRANSLATE_NOOP("ServiceReport", "Priority"),
    "Status": QT_TRANSLATE_NOOP("ServiceReport", "Status"),
    "Opened": QT_TRANSLATE_NOOP("ServiceReport", "Opened"),
    "Due": QT_TRANSLATE_NOOP("ServiceReport", "Due"),
    "yes": QT_TRANSLATE_NOOP("ServiceReport", "yes"),
}


def excel_label(key: str) -> str:
    """Column names and values of the Excel file, in the window's language."""
    if key.startswith("status_"):
        return labels.status(key[len("status_"):])
    if key.startswith("priority_"):
        return labels.priority(key[len("priority_"):])
    text = EXCEL.get(key)
    return QCoreApplication.translate("ServiceReport", text) if text else key


class ReportModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.report: ServiceReport | None = None
        self.lines: list[ReportLine] = []
        self.headers = ["", self.tr("Requests"), self.tr("Open"), self.tr("Overdue"),
                        self.tr("Resolved"), self.tr("In time"), self.tr("Avg. hours")]

    def set_report(self, report: ServiceReport, first_header: str) -> None:
        self.beginResetModel()
        self.report = report
        self.lines = [*report.lines, report.total] if report.lines and report.total else []
        self.headers[0] = first_header
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def is_total(self, row: int) -> bool:
        return row == len(self.lines) - 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Total") if self.is_total(index.row()) else (line.name or "—")
            values = (line.total, line.open, line.overdue, line.resolved,
                      line.resolved_in_time, line.avg_hours)
            value = values[column - 1]
            if value is None:
                return "—"
            return formatting.locale().toString(value, "f", 1) if column == 6 else \
                formatting.locale().toString(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            return self.tr("Double-click to list these requests")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ServiceReportDialog(QDialog):
    loaded = Signal()
    drilled = Signal()
    exported = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Service report"))
        self.resize(1100, 650)
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _: self.reload())
        self.group = QComboBox()
        self.group.addItem(self.tr("By person"), "person")
        self.group.addItem(self.tr("By department"), "department")
        self.group.addItem(self.tr("By client"), "client")
        self.group.currentIndexChanged.connect(lambda _: self.reload())
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.ask_export)
        self.model = ReportModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.drill)
        self.table.activated.connect(self.drill)
        self.detail_title = QLabel(self.tr("Double-click a figure to see its requests."))
        self.detail_title.setObjectName("sectionTitle")
        self.detail = RequestsModel()
        self.detail_table = QTableView()
        self.detail_table.setModel(self.detail)
        self.detail_table.verticalHeader().hide()
        self.detail_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.detail_table.setWordWrap(False)
        detail_header = self.detail_table.horizontalHeader()
        detail_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        detail_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail_table.doubleClicked.connect(self._open_client)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        bar.addWidget(self.group)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(self.detail_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.reload()

    def period(self) -> tuple[date, date]:
        return python_date(self.start.date()), python_date(self.end.date())

    def reload(self) -> None:
        start, end = self.period()
        group, service = self.group.currentData(), desk(self.app.crm)
        self.app.worker.submit(lambda: service_report(service, start, end, group),
                               self._show, self._fail)

    def _show(self, report: ServiceReport) -> None:
        self.model.set_report(report, excel_label(report.group))
        self.status.setText("" if report.lines else self.tr("No requests in this period."))
        self.detail.set_rows([])
        self.loaded.emit()

    def _fail(self, exc: BaseException) -> None:
        self.status.setText(labels.describe(exc))
        self.model.beginResetModel()
        self.model.lines = []
        self.model.endResetModel()
        self.loaded.emit()

    def drill(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        line = self.model.lines[index.row()]
        key = None if self.model.is_total(index.row()) else line.key
        measure = COLUMN_MEASURE[index.column()]
        assert measure in MEASURES
        start, end = self.period()
        group, service = self.group.currentData(), desk(self.app.crm)
        name = self.tr("Total") if key is None else (line.name or "—")
        header = self.model.headers[index.column()] if index.column() not in (0, 6) \
            else self.tr("Requests")

        def shown(rows: list[Any]) -> None:
            self.detail.set_rows(rows)
            self.detail_title.setText(f"{name} — {header}: {len(rows)}")
            self.drilled.emit()

        self.app.worker.submit(lambda: drill_down(service, start, end, group, key, measure),
                               shown, self._fail)

    def _open_client(self, index: QModelIndex) -> None:
        row = self.detail.rows[index.row()] if index.isValid() else None
        if row is not None and row.company_id:
            self.app.coordinator.open_client.emit("company", row.company_id)
        elif row is not None and row.contact_id:
            self.app.coordinator.open_client.emit("contact", row.contact_id)

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the service report"),
                                              self.tr("service-report.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        start, end = self.period()
        group, service = self.group.currentData(), desk(self.app.crm)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.export_button.setEnabled(False)

        def done(target: Path) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
            self.exported.emit(str(target))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(labels.describe(exc))
            self.exported.emit("")

        # The labels are read here, on the GUI thread, then handed to the worker.
        keys = [*EXCEL, *(f"status_{s}" for s in labels.STATUS),
                *(f"priority_{p}" for p in labels.PRIORITY)]
        names = {k: excel_label(k) for k in keys}
        self.app.worker.submit(
            lambda: export_report(service, path, start, end, group,
                                  labels=lambda k: names.get(k, k)), done, failed)
