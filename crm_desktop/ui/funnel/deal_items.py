"""The deal's items table: products from the catalogue or rows of one's own, quantity, unit,
price, discount and VAT per row, line totals and the total recomputed as you type (exact,
Decimal: the same functions the service and the documents use), saved whole in one
transaction; a bad cell is marked and named, nothing is half-saved."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.dto import DealItemDTO, ProductDTO
from crm_desktop.services.funnel.deal_items import MAX_MINOR, items_totals, line_total_minor
from crm_desktop.ui import formatting
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.deal_form import amount_for_service, amount_text
from crm_desktop.ui.messages import describe, reason_text

NAME, QTY, UNIT, PRICE, DISCOUNT, VAT, TOTAL = range(7)
FIELDS = {"name": NAME, "quantity": QTY, "unit": UNIT, "price": PRICE,
          "price_minor": PRICE, "discount_percent": DISCOUNT, "vat_percent": VAT,
          "product_id": NAME}
HEADERS = [QT_TRANSLATE_NOOP("DealItems", "Item"), QT_TRANSLATE_NOOP("DealItems", "Qty"),
           QT_TRANSLATE_NOOP("DealItems", "Unit"), QT_TRANSLATE_NOOP("DealItems", "Price"),
           QT_TRANSLATE_NOOP("DealItems", "Discount %"), QT_TRANSLATE_NOOP("DealItems", "VAT %"),
           QT_TRANSLATE_NOOP("DealItems", "Total")]
CELL_MESSAGES = {
    NAME: QT_TRANSLATE_NOOP("DealItems", "enter the item's name"),
    QTY: QT_TRANSLATE_NOOP("DealItems", "a number above zero, at most three decimals"),
    UNIT: QT_TRANSLATE_NOOP("DealItems", "at most 20 characters"),
    PRICE: QT_TRANSLATE_NOOP("DealItems", "an amount such as 1 500,00, not negative"),
    DISCOUNT: QT_TRANSLATE_NOOP("DealItems", "a percent from 0 to 100"),
    VAT: QT_TRANSLATE_NOOP("DealItems", "a percent from 0 to 100"),
}
BAD_CELL = QColor("#fef2f2")
# The app's style gives every text one colour, so a disabled button would look enabled.
DISABLED_BUTTONS = ("QPushButton:disabled { color: #94a3b8; } QPushButton#primary:disabled "
                    "{ background: #bfdbfe; border-color: #bfdbfe; color: #ffffff; }")


def tr(text: str) -> str:
    return QCoreApplication.translate("DealItems", text)


def number(text: str) -> Decimal:
    value = Decimal(text.replace("\u00a0", "").replace(" ", "").replace(",", ".") or "x")
    if not value.is_finite():
        raise InvalidOperation
    return value


class ItemsEditor(QWidget):
    """Shows a deal's items and saves the edited table through DealItemService.save_all."""

    saved = Signal()
    changed = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.deal_id: str | None = None
        self.currency = "RUB"
        self.deal_amount = 0
        self.dirty = False
        self._filling = False
        self.products: dict[str, ProductDTO] = {}
        self.empty = QLabel(self.tr("No items yet: documents bill the deal's amount as one "
                                    "line. Add a product from the catalogue or a row of your "
                                    "own; once saved, the deal's amount is their total."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("countLabel")
        self.table = QTableWidget(0, len(HEADERS))
        for column, title in enumerate(HEADERS):  # headers aligned as their cells
            heading = QTableWidgetItem(tr(title))
            heading.setTextAlignment((Qt.AlignmentFlag.AlignLeft if column == NAME
                                      else Qt.AlignmentFlag.AlignRight)
                                     | Qt.AlignmentFlag.AlignVCenter)
            self.table.setHorizontalHeaderItem(column, heading)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # each column at least as wide as its heading in the window's language (bold, with
        # the sort and padding room), so no heading is cut ("Discount %", "Скидка %")
        metrics = QFontMetrics(header.font())
        for column, width in ((QTY, 70), (UNIT, 64), (DISCOUNT, 86), (VAT, 70), (PRICE, 110),
                              (TOTAL, 120)):
            heading_text = tr(HEADERS[column])  # the header item's text (set above)
            self.table.setColumnWidth(column, max(width,
                                                  metrics.horizontalAdvance(heading_text) * 11 // 10
                                                  + 24))
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (keyboard users)
        self.table.itemChanged.connect(self._cell_changed)
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        product_edit, completer = self.product.lineEdit(), self.product.completer()
        assert product_edit is not None and completer is not None  # made by setEditable
        product_edit.setPlaceholderText(self.tr("Product from the catalogue…"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.product.setMinimumContentsLength(16)
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        add_product = QPushButton(self.tr("Add product"))
        add_product.clicked.connect(lambda: self.add_product())
        add_row = QPushButton(self.tr("Add row"))
        add_row.clicked.connect(lambda: self.add_row())
        self.remove = QPushButton(self.tr("Remove row"))
        self.remove.clicked.connect(self.remove_row)
        self.save_button = QPushButton(self.tr("Save items"))
        self.save_button.setObjectName("primary")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.totals.setObjectName("itemsTotal")
        tools = QHBoxLayout()
        tools.addWidget(self.product, 1)
        tools.addWidget(add_product)
        tools.addWidget(add_row)
        tools.addWidget(self.remove)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.totals)
        bottom.addWidget(self.save_button)
        self.setStyleSheet(DISABLED_BUTTONS)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)
        layout.addLayout(bottom)

    # -- showing ------------------------------------------------------------------------------
    def set_items(self, deal_id: str, currency: str, items: list[DealItemDTO],
                  products: list[ProductDTO], deal_amount: int = 0) -> None:
        self.deal_id, self.currency, self.deal_amount = deal_id, currency, deal_amount
        self.products = {p.id: p for p in products}
        self.product.clear()
        for product in products:
            if product.currency == currency:
                price = formatting.money(product.price_minor, product.currency)
                label = f"{product.name} · {price}" + (f" · {product.sku}" if product.sku
                                                         else "")
                self.product.addItem(label, product.id)
        self.product.setCurrentIndex(-1)
        self._filling = True
        self.table.setRowCount(0)
        for item in items:
            self._append(item.name, f"{item.quantity.normalize():f}", item.unit,
                         amount_text(item.price_minor, currency),
                         f"{item.discount_percent.normalize():f}",
                         f"{item.vat_percent.normalize():f}",
                         {"id": item.id, "product_id": item.product_id})
        self._filling = False
        self.dirty = False
        self.message.clear()
        self.recompute()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of the table: _append gives a row all its cells."""
        cell = self.table.item(row, column)
        assert cell is not None
        return cell

    def _append(self, *cells: Any) -> int:
        *texts, meta = cells
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate([*texts, ""]):
            cell = QTableWidgetItem(text)
            if column != NAME:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == TOTAL:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, cell)
        self._cell(row, NAME).setData(Qt.ItemDataRole.UserRole, meta)
        return row

    # -- editing --------------------------------------------------------------------------------
    def add_product(self, product_id: str | None = None) -> None:
        product_id = product_id or self.product.currentData()
        product = self.products.get(product_id or "")
        if product is None:
            self.message.setText(self.tr("Choose a product from the list first."))
            return
        self._filling = True
        row = self._append(product.name, "1", product.unit,
                           amount_text(product.price_minor, product.currency), "0",
                           f"{product.vat_percent.normalize():f}",
                           {"id": None, "product_id": product.id})
        self._filling = False
        self.product.setCurrentIndex(-1)
        self._edited()
        self.table.setCurrentCell(row, QTY)

    def add_row(self) -> None:
        self._filling = True
        row = self._append("", "1", self.tr("pcs"), "0", "0", "20", {"id": None,
                                                                   "product_id": None})
        self._filling = False
        self._edited()
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self._cell(row, NAME))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if not self._filling and cell.column() != TOTAL:
            self._edited()

    def _edited(self) -> None:
        self.dirty = True
        self.save_button.setEnabled(True)
        self.recompute()
        self.changed.emit()

    # -- totals ---------------------------------------------------------------------------------
    def row_item(self, row: int) -> DealItemDTO | None:
        """The row as a data object, or None when a cell cannot be read (it is marked)."""
        text = {c: (cell.text() if (cell := self.table.item(row, c)) else "")
                for c in range(TOTAL)}
        bad = set()
        values: dict[str, Any] = {}
        for column, name, low, high in ((QTY, "quantity", 0, 10 ** 11),
                                        (DISCOUNT, "discount_percent", 0, 100),
                                        (VAT, "vat_percent", 0, 100)):
            try:
                values[name] = number(text[column])
                if not low <= values[name] <= high or (column == QTY and values[name] == 0):
                    bad.add(column)
            except (InvalidOperation, ValueError):
                bad.add(column)
        try:
            values["price_minor"] = Money.parse(amount_for_service(text[PRICE]),
                                                self.currency).minor
            if values["price_minor"] >= MAX_MINOR:
                bad.add(PRICE)
        except (ValidationError, ArithmeticError):
            bad.add(PRICE)
        if not text[NAME].strip():
            bad.add(NAME)
        self._filling = True
        for column in range(TOTAL):
            cell = self.table.item(row, column)
            if cell is not None:
                cell.setBackground(QBrush(BAD_CELL) if column in bad else QBrush())
        self._filling = False
        if bad - {NAME}:
            return None
        return DealItemDTO(id="", deal_id="", name=text[NAME], **values)

    def recompute(self) -> None:
        self.empty.setVisible(self.table.rowCount() == 0)
        self.table.setVisible(self.table.rowCount() > 0)
        self.spacer.setVisible(self.table.rowCount() == 0)
        items, unreadable = [], False
        self._filling = True
        for row in range(self.table.rowCount()):
            self._filling = False
            item = self.row_item(row)
            self._filling = True
            total_cell = self._cell(row, TOTAL)
            if item is None:
                unreadable = True
                total_cell.setText("—")
            else:
                items.append(item)
                total_cell.setText(formatting.money(line_total_minor(item), self.currency))
        self._filling = False
        total, vat = items_totals(items)
        text = self.tr("Total: %1, VAT included: %2").replace(
            "%1", formatting.money(total, self.currency)).replace(
            "%2", formatting.money(vat, self.currency))
        if not self.table.rowCount():
            text = self.tr("The deal's amount: %1 (one line in documents)").replace(
                "%1", formatting.money(self.deal_amount, self.currency))
        self.totals.setText(self.tr("Total: —  (a cell is not filled in right)") if unreadable
                            else text)

    # -- saving ---------------------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        result = []
        for row in range(self.table.rowCount()):
            meta = self._cell(row, NAME).data(Qt.ItemDataRole.UserRole) or {}
            text = [self._cell(row, c).text() for c in range(TOTAL)]
            values: dict[str, Any] = {
                "name": text[NAME], "quantity": text[QTY], "unit": text[UNIT],
                "price": amount_for_service(text[PRICE]), "discount_percent": text[DISCOUNT],
                "vat_percent": text[VAT]}
            if meta.get("id"):
                values["id"] = meta["id"]
            elif meta.get("product_id"):
                values["product_id"] = meta["product_id"]
            result.append(values)
        return result

    def save(self) -> None:
        deal_id, rows, crm = self.deal_id, self.rows(), self.app.crm
        if deal_id is None:
            return
        self.save_button.setEnabled(False)
        self.message.clear()

        def done(_: object) -> None:
            self.dirty = False
            self.app.coordinator.data_changed.emit("deal")
            self.saved.emit()

        self.app.worker.submit(lambda: crm.deal_items.save_all(deal_id, rows), done,
                               self.show_error)

    def show_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field.startswith("items."):
            _, row_text, field = exc.field.split(".", 2)
            row, column = int(row_text), FIELDS.get(field, NAME)
            reason = tr(CELL_MESSAGES[column]) if column in CELL_MESSAGES and \
                field != "product_id" else reason_text(exc)
            self.message.setText(self.tr("Row %1, “%2”: %3").replace("%1", str(row + 1))
                                 .replace("%2", tr(HEADERS[column])).replace("%3", reason))
            self.table.setCurrentCell(row, column)
            self.table.setFocus()
        elif isinstance(exc, ValidationError) and exc.field == "deal_id":
            self.message.setText(self.tr("This deal no longer exists: it was deleted meanwhile "
                                         "(on another computer?)"))
        elif isinstance(exc, ValidationError) and exc.field == "items":
            self.message.setText(self.tr("The total is too large"))
        else:
            self.message.setText(describe(exc))
