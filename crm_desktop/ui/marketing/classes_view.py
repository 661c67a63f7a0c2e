"""ABC/XYZ: the 3×3 matrix (clients and revenue per cell, totals, and a column for histories
too short for XYZ), drill-down from any cell to its clients (Enter opens a card), the
thresholds in a dialog, and export to Excel.

The classes are computed on the database worker when the view is first shown and whenever
they are stale (other settings, a new month, deals changed since)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from crm_desktop.services.marketing import marketing
from crm_desktop.services.marketing.class_types import ABC, XYZ, ClassedClient, Matrix
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
COLUMNS: list[str | None] = [*XYZ, None, "*"]  # None: history too short; "*": total
ROWS = [*ABC, "*"]
AFFECTING = {"deal", "company", "contact", "synced", "import", "stage"}
RELOAD_DELAY_MS = 500
# Cell colours: A-X (the best) green to C-Z amber; totals grey.
TINT = {"A": 0, "B": 1, "C": 2}
COLOURS = ["#dcfce7", "#ecfccb", "#fef9c3", "#fef3c7", "#ffedd5"]


def cell_colour(abc: str, xyz: str | None) -> QColor:
    if abc == "*" or xyz == "*":
        return QColor("#f1f5f9")
    if xyz is None:
        return QColor("#f8fafc")
    return QColor(COLOURS[TINT[abc] + XYZ.index(xyz)])


class MatrixModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.matrix: Matrix | None = None
        self.currency = "RUB"

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        if matrix.run is not None:
            self.currency = matrix.run.settings.currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def cell_at(self, row: int, column: int) -> Any:
        matrix = self.matrix
        if matrix is None:
            return None
        abc, xyz = ROWS[row], COLUMNS[column]
        if abc == "*" and xyz == "*":
            return matrix.total
        if xyz == "*":
            return matrix.row_total(abc)
        if abc == "*":
            return matrix.column_total(xyz)
        return matrix.cell(abc, xyz)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        abc, xyz = ROWS[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            cell = self.cell_at(index.row(), index.column())
            if cell is None:
                return ""
            return self.tr("%1 clients\n%2").replace(
                "%1", formatting.locale().toString(cell.clients)).replace(
                "%2", formatting.money(cell.revenue_minor, self.currency))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(cell_colour(abc, xyz))
        if role == Qt.ItemDataRole.FontRole and (abc == "*" or xyz == "*"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return (abc, xyz)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            value = COLUMNS[section]
            return (self.tr("Short history") if value is None else self.tr("Total")
                    if value == "*" else value)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(ROWS):
            return self.tr("Total") if ROWS[section] == "*" else ROWS[section]
        return None


class ClientsModel(QAbstractTableModel):
    """The clients of the chosen cell, largest revenue first."""

    def __init__(self) -> None:
        super().__init__()
        self.clients: list[ClassedClient] = []
        self.currency = "RUB"
        self.headers = [self.tr("Client"), "ABC", "XYZ", self.tr("Revenue"), self.tr("Share"),
                        self.tr("Months"), self.tr("Variation"), self.tr("Responsible")]

    def set_clients(self, clients: list[ClassedClient], currency: str) -> None:
        self.beginResetModel()
        self.clients, self.currency = clients, currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.clients)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.clients):
            return None
        c, column = self.clients[index.row()], index.column()
        loc = formatting.locale()
        if role == Qt.ItemDataRole.DisplayRole:
            return [c.name, c.abc, c.xyz or "—",
                    formatting.money(c.revenue_minor, self.currency),
                    loc.toString(c.share, "f", 2) + " %", loc.toString(c.months),
                    "—" if c.variation is None else loc.toString(c.variation, "f", 1) + " %",
                    c.responsible or ""][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3 and column != 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return (c.kind, c.id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None


EXPORT_LABELS = {
    "matrix": QT_TRANSLATE_NOOP("ClassesExport", "ABC-XYZ"),
    "clients_sheet": QT_TRANSLATE_NOOP("ClassesExport", "Clients"),
    "class": QT_TRANSLATE_NOOP("ClassesExport", "Class"),
    "clients": QT_TRANSLATE_NOOP("ClassesExport", "clients"),
    "revenue": QT_TRANSLATE_NOOP("ClassesExport", "Revenue"),
    "too_short": QT_TRANSLATE_NOOP("ClassesExport", "Short history"),
    "total": QT_TRANSLATE_NOOP("ClassesExport", "Total"),
    "period": QT_TRANSLATE_NOOP("ClassesExport", "Period"),
    "without_purchases": QT_TRANSLATE_NOOP("ClassesExport", "Companies without purchases"),
    "company": QT_TRANSLATE_NOOP("ClassesExport", "company"),
    "contact": QT_TRANSLATE_NOOP("ClassesExport", "person"),
    "name": QT_TRANSLATE_NOOP("ClassesExport", "Client"),
    "kind": QT_TRANSLATE_NOOP("ClassesExport", "Kind"),
    "share": QT_TRANSLATE_NOOP("ClassesExport", "Share, %"),
    "months": QT_TRANSLATE_NOOP("ClassesExport", "Months"),
    "variation": QT_TRANSLATE_NOOP("ClassesExport", "Variation, %"),
    "responsible": QT_TRANSLATE_NOOP("ClassesExport", "Responsible"),
}


def export_labels() -> dict[str, str]:
    """The export's titles in the window's language."""
    return {k: QCoreApplication.translate("ClassesExport", v) for k, v in EXPORT_LABELS.items()}


class ClassesView(QWidget):
    """The ABC/XYZ tab of the marketing view."""

    loaded = Signal()
    drilled = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.m = marketing(app.crm)
        self.stale = True  # computed on first show
        self.cell: tuple[str, str | None] = ("*", "*")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Thresholds…"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.recompute_button = QPushButton(self.tr("Recompute"))
        self.recompute_button.setToolTip(self.tr("Compute every client's class again (F5)"))
        self.recompute_button.setShortcut("F5")
        self.recompute_button.clicked.connect(lambda: self.reload(force=True))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.model = MatrixModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMinimumWidth(56)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setMinimumHeight(230)
        self.table.selectionModel().currentChanged.connect(lambda index, _: self.drill(index))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setObjectName("countLabel")
        self.clients = ClientsModel()
        self.list = QTableView()
        self.list.setModel(self.clients)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setTabKeyNavigation(False)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 50), (2, 50), (3, 150), (4, 80), (5, 85), (6, 90), (7, 190)):
            self.list.setColumnWidth(column, width)
        self.list.activated.connect(self.open_client)
        self.list.doubleClicked.connect(self.open_client)
        self.list_title = QLabel()
        self.list_title.setObjectName("countLabel")
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.settings_button)
        bar.addWidget(self.recompute_button)
        bar.addWidget(self.export_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.legend)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.list_title)
        bottom_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([330, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._later = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._later.timeout.connect(lambda: self.reload() if self.stale else None)
        app.coordinator.data_changed.connect(self._changed)

    def _changed(self, entity: str) -> None:
        if entity in AFFECTING:
            self.stale = True
            if self.isVisible():
                self._later.start()  # several changes in a row recompute once
        elif entity == "marketing.classes":
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale or self.model.matrix is None:
            self.reload()

    def reload(self, force: bool = False) -> None:
        classes, recompute = self.m.classes, force or self.stale
        self.stale = False
        self.recompute_button.setEnabled(False)
        self.summary.setText(self.tr("Computing the classes…"))

        def work() -> Matrix:
            if recompute:
                classes.recompute()
            else:
                classes.ensure_fresh()
            return classes.matrix()

        self.app.worker.submit(work, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from crm_desktop.ui.messages import describe

        self.recompute_button.setEnabled(True)
        self.summary.setText(describe(exc))

    def _show(self, matrix: Matrix) -> None:
        self.recompute_button.setEnabled(True)
        self.model.set_matrix(matrix)
        run = matrix.run
        if run is None:
            self.summary.setText(self.tr("No classes computed yet."))
            return
        s = run.settings
        period = f"{formatting.day(run.start)} – {formatting.day(run.end)}"
        text = self.tr("Won deals of %1 in %2 · computed %3").replace("%1", period).replace(
            "%2", s.currency).replace("%3", formatting.when(run.computed_at))
        if run.left_out_deals:
            text += " · " + self.tr("%n deal(s) in other currencies left out", "",
                                    run.left_out_deals)
        self.summary.setText(text)
        loc = formatting.locale()
        self.legend.setText(self.tr(
            "A: the clients that bring the first %1 % of revenue, B: the next %2 %, C: the "
            "rest. X: monthly purchases vary by at most %3 %, Y: at most %4 %, Z: more. "
            "Short history: fewer than %5 months. Companies without purchases in the period: "
            "%6.").replace("%1", loc.toString(float(s.a_share))).replace(
            "%2", loc.toString(float(s.b_share))).replace(
            "%3", loc.toString(float(s.x_limit))).replace(
            "%4", loc.toString(float(s.y_limit))).replace(
            "%5", loc.toString(s.min_months)).replace(
            "%6", loc.toString(matrix.without_purchases)))
        row, column = ROWS.index(self.cell[0]), COLUMNS.index(self.cell[1])
        self.table.setCurrentIndex(self.model.index(row, column))
        self.drill(self.model.index(row, column))
        self.loaded.emit()

    def drill(self, index: QModelIndex) -> None:
        if not index.isValid() or self.model.matrix is None:
            return
        abc, xyz = index.data(Qt.ItemDataRole.UserRole)
        self.cell = (abc, xyz)
        classes, currency = self.m.classes, self.model.currency
        self.app.worker.submit(
            lambda: classes.clients(None if abc == "*" else abc, xyz),
            lambda clients: self._show_clients(clients, currency))

    def cell_name(self) -> str:
        abc, xyz = self.cell
        if abc == "*" and xyz == "*":
            return self.tr("all classes")
        xyz_name = self.tr("short history") if xyz is None else xyz
        if abc == "*":
            return str(xyz_name)
        return abc if xyz == "*" else f"{abc}-{xyz_name}" if xyz else f"{abc}, {xyz_name}"

    def _show_clients(self, clients: list[ClassedClient], currency: str) -> None:
        self.clients.set_clients(clients, currency)
        self.list_title.setText(self.tr("Clients of %1: %2").replace(
            "%1", self.cell_name()).replace("%2", formatting.locale().toString(len(clients))))
        self.drilled.emit()

    def open_client(self, index: QModelIndex) -> None:
        kind, ident = index.data(Qt.ItemDataRole.UserRole)
        self.app.coordinator.open_client.emit(kind, ident)

    def edit_settings(self) -> None:
        from crm_desktop.ui.marketing.classes_dialog import ClassSettingsDialog

        dialog = ClassSettingsDialog(self.app, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda: self.reload(force=True))
        self.dialog = dialog
        dialog.open()

    def export(self, path: str | None = None) -> Path | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                                  str(Path.home() / "abc-xyz.xlsx"),
                                                  "Excel (*.xlsx)")
            if not path:
                return None
        target, labels, classes = Path(path), export_labels(), self.m.classes
        abc, xyz = self.cell
        self.app.worker.submit(
            lambda: classes.export(target, labels, None if abc == "*" else abc, xyz),
            lambda p: self.app.coordinator.status_message.emit(
                self.tr("Exported to %1").replace("%1", str(p))),
            lambda exc: self._failed(exc))
        return target
