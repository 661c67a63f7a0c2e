"""The product catalogue: a searchable table (name, SKU, unit, price, VAT), new and edit in a
dialog, archive and return (with undo). Archived products leave the deal card's pick list;
deals that already use them keep their lines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.dto import ProductDTO
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.deal_items import DISABLED_BUTTONS
from crm_desktop.ui.messages import describe
from crm_desktop.ui.products.dialog import ProductDialog, unit_label

Index = QModelIndex | QPersistentModelIndex
NAME, SKU, UNIT, PRICE, VAT, STATUS = range(6)


class ProductModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.products: list[ProductDTO] = []
        self.headers = [self.tr("Name"), self.tr("SKU"), self.tr("Unit"), self.tr("Price"),
                        self.tr("VAT %"), self.tr("Status")]

    def set_products(self, products: list[ProductDTO]) -> None:
        self.beginResetModel()
        self.products = products
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.products):
            return None
        product, column = self.products[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [product.name, product.sku or "", unit_label(product.unit),
                    formatting.money(product.price_minor, product.currency),
                    f"{product.vat_percent.normalize():f}",
                    self.tr("in the catalogue") if product.is_active else self.tr("archived")
                    ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PRICE, VAT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not product.is_active:
            return QBrush(QColor("#64748b"))
        if role == Qt.ItemDataRole.UserRole:
            return product.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                right = section in (PRICE, VAT)
                return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                           | Qt.AlignmentFlag.AlignVCenter)
        return None


class ArchiveCommand(QUndoCommand):
    def __init__(self, app: AppContext, product: ProductDTO, archived: bool, text: str) -> None:
        super().__init__(text)
        self.app, self.product_id, self.archived = app, product.id, archived

    def _apply(self, archived: bool) -> None:
        crm, ident = self.app.crm, self.product_id
        self.app.worker.submit(lambda: crm.products.archive(ident, archived),
                               lambda _: self.app.coordinator.data_changed.emit("product"),
                               lambda exc: self.app.coordinator.status_message.emit(describe(exc)))

    def redo(self) -> None:
        self._apply(self.archived)

    def undo(self) -> None:
        self._apply(not self.archived)


class ProductsView(QWidget):
    loaded = Signal()

    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self.model = ProductModel()
        self.new_button = QPushButton(self.tr("+ Product"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("New product or service (Ctrl+Shift+P)"))
        self.new_button.clicked.connect(lambda: self.edit(None))
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, lambda: self.edit(None)).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search = QLineEdit(placeholderText=self.tr("Find by name or SKU…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(lambda _: self.reload())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Archive or return to the catalogue (Del)"))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SKU, 130), (UNIT, 80), (PRICE, 140), (VAT, 80), (STATUS, 130)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _: self.edit(self.current()))
        self.table.activated.connect(lambda _: self.edit(self.current()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.toggle_archive).setContext(
            Qt.ShortcutContext.WidgetShortcut)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.archived)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.archive_button)
        self.setStyleSheet(DISABLED_BUTTONS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)
        app.coordinator.data_changed.connect(
            lambda entity: self.reload() if entity == "product" else None)
        self._buttons()
        self.reload()

    def reload(self) -> None:
        query, archived, crm = self.search.text(), self.archived.isChecked(), self.app.crm
        self.app.worker.submit(lambda: crm.products.catalogue(query, include_archived=archived),
                               self._show)

    def _show(self, products: list[ProductDTO]) -> None:
        current = self.current()
        self.model.set_products(products)
        if current is not None:
            for row, product in enumerate(products):
                if product.id == current.id:
                    self.table.selectRow(row)
        if products:
            self.stack.setCurrentWidget(self.table)
        elif self.search.text().strip():
            self.empty.setText(self.tr("No products match “%1”.").replace(
                "%1", self.search.text().strip()))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(self.tr("The catalogue is empty. Add the products and services "
                                       "you sell with “+ Product”: deals then take their name, "
                                       "price, unit and VAT from here."))
            self.stack.setCurrentWidget(self.empty)
        self.count.setText(self.tr("Products: %1").replace(
            "%1", formatting.locale().toString(len(products))))
        self._buttons()
        self.loaded.emit()

    def current(self) -> ProductDTO | None:
        row = self.table.currentIndex().row()
        return self.model.products[row] if 0 <= row < len(self.model.products) else None

    def _buttons(self) -> None:
        product = self.current()
        self.edit_button.setEnabled(product is not None)
        self.archive_button.setEnabled(product is not None)
        self.archive_button.setText(self.tr("Return to the catalogue")
                                    if product is not None and not product.is_active
                                    else self.tr("Archive"))

    def edit(self, product: ProductDTO | None) -> ProductDialog:
        dialog = ProductDialog(self.app, product, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def toggle_archive(self) -> None:
        product = self.current()
        if product is None:
            return
        archive = product.is_active
        text = (self.tr("Archive “%1”") if archive else self.tr("Return “%1”")).replace(
            "%1", product.name)
        self.app.undo_stack.push(ArchiveCommand(self.app, product, archive, text))
