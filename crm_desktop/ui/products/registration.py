"""Adds the product catalogue to the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.context import AppContext
from crm_desktop.ui.views import ViewSpec, register_view


def _products(app: AppContext) -> QWidget:
    from crm_desktop.ui.products.view import ProductsView

    return ProductsView(app)


def register() -> None:
    register_view(ViewSpec(key="products", title=lambda: QCoreApplication.translate(
        "Views", "Products"), icon="products.svg", factory=_products, order=35,
        lazy=True))
