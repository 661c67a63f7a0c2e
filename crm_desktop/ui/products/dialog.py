"""A product or service of the catalogue (forms/product_dialog.ui): every problem beside its
field, as you type and on saving; Esc with changes asks first."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money, validate_currency
from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.services.dto import ProductDTO
from crm_desktop.services.funnel.deal_items import MAX_MINOR
from crm_desktop.ui.clients.edit_dialog import FieldErrors
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.forms_generated.ui_product_dialog import Ui_ProductDialog
from crm_desktop.ui.funnel.deal_form import CURRENCIES, amount_for_service, amount_text
from crm_desktop.ui.messages import describe

UNITS = [QT_TRANSLATE_NOOP("Units", "pcs"), QT_TRANSLATE_NOOP("Units", "service"),
         QT_TRANSLATE_NOOP("Units", "h"), QT_TRANSLATE_NOOP("Units", "kg"),
         QT_TRANSLATE_NOOP("Units", "m"), QT_TRANSLATE_NOOP("Units", "m²"),
         QT_TRANSLATE_NOOP("Units", "l"), QT_TRANSLATE_NOOP("Units", "set"),
         QT_TRANSLATE_NOOP("Units", "pack"), QT_TRANSLATE_NOOP("Units", "licence")]
VAT_RATES = ["20", "10", "0"]
MESSAGES = {
    "name": QT_TRANSLATE_NOOP("ProductDialog", "Enter the name (up to 300 characters)"),
    "sku": QT_TRANSLATE_NOOP("ProductDialog", "At most 100 characters"),
    "unit": QT_TRANSLATE_NOOP("ProductDialog", "At most 20 characters"),
    "price": QT_TRANSLATE_NOOP("ProductDialog", "Enter a price such as 1 500,00 (not negative)"),
    "currency": QT_TRANSLATE_NOOP("ProductDialog", "A three-letter currency code such as RUB"),
    "vat_percent": QT_TRANSLATE_NOOP("ProductDialog", "A percent from 0 to 100"),
}


def unit_label(unit: str) -> str:
    """A unit as shown: the stored text, the built-in English codes translated."""
    return QCoreApplication.translate("Units", unit) if unit in UNITS else unit


def message(field: str, reason: str) -> str:
    from crm_desktop.ui.reasons import translated

    text = MESSAGES.get(field)
    return QCoreApplication.translate("ProductDialog", text) if text else translated(reason)


class ProductDialog(QDialog):
    saved = Signal(str)

    def __init__(self, app: AppContext, product: ProductDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.product = app, product
        self.form = form = Ui_ProductDialog()
        form.setupUi(self)
        self.setWindowTitle(self.tr("Edit product") if product else self.tr("New product"))
        self.errors = FieldErrors(form.form, {
            "name": form.name, "sku": form.sku, "unit": form.unit, "price": form.price,
            "currency": form.currency, "vat_percent": form.vat_percent})
        form.unit.addItems([unit_label(u) for u in UNITS])
        form.currency.addItems(CURRENCIES)
        form.vat_percent.addItems(VAT_RATES)
        self.touched: set[str] = set()
        self.dirty = False
        if product is not None:
            form.name.setText(product.name)
            form.sku.setText(product.sku or "")
            form.unit.setCurrentText(unit_label(product.unit))
            form.price.setText(amount_text(product.price_minor, product.currency))
            form.currency.setCurrentText(product.currency)
            form.vat_percent.setCurrentText(f"{product.vat_percent.normalize():f}")
            form.description.setPlainText(product.description or "")
            form.is_active.setChecked(product.is_active)
        else:
            form.price.setText("0")
        for name, signal in (("name", form.name.textEdited), ("sku", form.sku.textEdited),
                             ("unit", form.unit.editTextChanged),
                             ("price", form.price.textEdited),
                             ("currency", form.currency.currentTextChanged),
                             ("vat_percent", form.vat_percent.editTextChanged)):
            signal.connect(lambda _=None, n=name: self._edited(n))
        form.description.textChanged.connect(lambda: self._edited("description"))
        form.is_active.toggled.connect(lambda _: self._edited("is_active"))
        form.buttons.accepted.connect(self.save)
        form.buttons.rejected.connect(self.reject)

    def values(self) -> dict[str, Any]:
        form = self.form
        return {"name": form.name.text(), "sku": form.sku.text(),
                "unit": form.unit.currentText(), "price": amount_for_service(form.price.text()),
                "currency": form.currency.currentText(),
                "vat_percent": form.vat_percent.currentText().replace(",", ".").strip(),
                "description": form.description.toPlainText(),
                "is_active": form.is_active.isChecked()}

    def problems(self) -> dict[str, str]:
        values, found = self.values(), {}
        if not values["name"].strip() or len(values["name"].strip()) > 300:
            found["name"] = message("name", "")
        if len(values["unit"].strip()) > 20:
            found["unit"] = message("unit", "")
        try:
            validate_currency(values["currency"])
        except ValidationError:
            found["currency"] = message("currency", "")
        try:
            if Money.parse(values["price"], "RUB").minor >= MAX_MINOR:
                found["price"] = message("price", "")
        except (ValidationError, ArithmeticError):
            found["price"] = message("price", "")
        try:
            if not 0 <= Decimal(values["vat_percent"] or "x") <= 100:
                found["vat_percent"] = message("vat_percent", "")
        except InvalidOperation:
            found["vat_percent"] = message("vat_percent", "")
        return found

    def _show(self, problems: dict[str, str], keep_focus: bool) -> None:
        from crm_desktop.ui.funnel.deal_form import show_problems

        show_problems(self.errors, problems, keep_focus)

    def _edited(self, field: str) -> None:
        self.dirty = True
        self.touched.add(field)
        self._show({k: v for k, v in self.problems().items() if k in self.touched}, True)

    def save(self) -> None:
        problems = self.problems()
        if problems:
            self.touched.update(problems)
            self._show(problems, keep_focus=False)
            return
        values, product, crm = self.values(), self.product, self.app.crm
        self.form.buttons.setEnabled(False)

        def write() -> ProductDTO:
            return crm.products.update(product.id, **values) if product \
                else crm.products.create(**values)

        def done(result: ProductDTO) -> None:
            self.form.buttons.setEnabled(True)
            self.dirty = False
            self.app.coordinator.data_changed.emit("product")
            self.saved.emit(result.id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.form.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.errors.show(exc.field, message(exc.field, exc.reason))
            else:
                self.errors.show("name", describe(exc))

        self.app.worker.submit(write, done, failed)

    def reject(self) -> None:
        if self.dirty and QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("The product has unsaved changes. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()
