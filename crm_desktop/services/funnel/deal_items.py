"""The product catalogue and a deal's line items: money and percents checked, the items table
saved whole in one transaction, line totals and VAT exact (Decimal, rounded half-up)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money, validate_currency
from crm_desktop.services.base import (
    EntityService,
    model_fields,
    optional_text,
    require_row,
    require_text,
)
from crm_desktop.services.dto import DealItemDTO, ProductDTO
from crm_desktop.storage.models import Deal, DealItem, Product

# Amounts stay far below the 64-bit integers of SQLite and PostgreSQL (a quadrillion roubles),
# so sums over many deals and quantity × price cannot overflow either.
MAX_MINOR = 10 ** 17


def clean_money(values: dict[str, Any], name: str, minor_name: str) -> None:
    """Accepts `name` as Money, Decimal, int or text (with `currency`); stores minor units."""
    if name in values:
        raw = values.pop(name)
        currency = values.get("currency") or "RUB"
        try:
            money = raw if isinstance(raw, Money) else Money.parse(raw, currency, field=name)
        except ArithmeticError as exc:  # Money.parse lets Decimal's overflow through
            raise ValidationError(name, "is too large") from exc
        values[minor_name] = money.minor
        values["currency"] = money.currency
    elif minor_name in values:
        if not isinstance(values[minor_name], int) or values[minor_name] < 0:
            raise ValidationError(name, "amount must not be negative")
    if minor_name in values and values[minor_name] >= MAX_MINOR:
        raise ValidationError(name, "is too large")
    if "currency" in values:
        values["currency"] = validate_currency(values["currency"])


def _decimal(values: dict[str, Any], name: str, low: Decimal, high: Decimal,
             low_inclusive: bool = True) -> None:
    """A percent or quantity typed with a comma or a dot; out of range names the field."""
    if values.get(name) is None:
        return
    try:
        number = Decimal(str(values[name]).replace("\u00a0", "").replace(" ", "")
                         .replace(",", "."))
    except ArithmeticError as exc:
        raise ValidationError(name, "is not a number") from exc
    if not number.is_finite() or number > high or number < low or (
            not low_inclusive and number == low):
        raise ValidationError(name, f"must be from {low} to {high}")
    values[name] = number


class ProductService(EntityService[Product, ProductDTO]):
    model = Product
    dto = ProductDTO
    entity = "product"
    fields = model_fields(Product) | {"price"}

    def clean(self, session: Session, values: dict[str, Any],
              existing: Product | None) -> dict[str, Any]:
        if existing is None or "name" in values:
            require_text(values, "name", "product name", 300)
        optional_text(values, "sku", "description")
        if len(values.get("sku") or "") > 100:
            raise ValidationError("sku", "is longer than 100 characters")
        if "unit" in values or existing is None:
            values["unit"] = (values.get("unit") or "").strip() or "pcs"
            if len(values["unit"]) > 20:
                raise ValidationError("unit", "is longer than 20 characters")
        clean_money(values, "price", "price_minor")
        _decimal(values, "vat_percent", Decimal(0), Decimal(100))
        return values

    def order_by(self) -> tuple[Any, ...]:
        return (Product.name, Product.id)

    def catalogue(self, query: str = "", include_archived: bool = False) -> list[ProductDTO]:
        """Products by name; a query matches any part of the name or the SKU in any case
        (folded in Python: SQLite's lower() knows ASCII only, and catalogues are short)."""
        from crm_desktop.domain.text import fold

        stmt = select(Product).where(Product.deleted_at.is_(None))
        if not include_archived:
            stmt = stmt.where(Product.is_active.is_(True))
        needle = fold(query)
        with self.ctx.db.read() as session:
            rows = [self.to_dto(r) for r in session.scalars(stmt.order_by(*self.order_by()))]
        return [p for p in rows if not needle or needle in fold(p.name)
                or needle in fold(p.sku)]

    def archive(self, ident: str, archived: bool = True) -> ProductDTO:
        """Archived products leave the pick list; deals that use them keep their lines."""
        return self.update(ident, is_active=not archived)


class DealItemService(EntityService[DealItem, DealItemDTO]):
    model = DealItem
    dto = DealItemDTO
    entity = "deal item"
    fields = model_fields(DealItem) | {"price"}

    def clean(self, session: Session, values: dict[str, Any],
              existing: DealItem | None) -> dict[str, Any]:
        if existing is None:
            deal = require_row(session, Deal, values.get("deal_id"), "deal_id")
            if deal is None:
                raise ValidationError("deal_id", "an item belongs to a deal")
            product = require_row(session, Product, values.get("product_id"), "product_id")
            if product is not None:
                if product.currency != deal.currency:
                    raise ValidationError("product_id", f"the product is priced in "
                                          f"{product.currency}, the deal in {deal.currency}")
                values.setdefault("name", product.name)
                values.setdefault("unit", product.unit)
                values.setdefault("vat_percent", product.vat_percent)
                if "price" not in values:
                    values.setdefault("price_minor", product.price_minor)
        if existing is None or "name" in values:
            require_text(values, "name", "item name", 300)
        if "unit" in values:
            values["unit"] = (values["unit"] or "").strip() or "pcs"
            if len(values["unit"]) > 20:
                raise ValidationError("unit", "is longer than 20 characters")
        clean_money(values, "price", "price_minor")
        values.pop("currency", None)
        _decimal(values, "quantity", Decimal(0), Decimal("99999999999"), low_inclusive=False)
        if "quantity" in values and values["quantity"] != values["quantity"].quantize(
                Decimal("0.001")):
            raise ValidationError("quantity", "has more than three decimals")
        _decimal(values, "discount_percent", Decimal(0), Decimal(100))
        _decimal(values, "vat_percent", Decimal(0), Decimal(100))
        return values

    def order_by(self) -> tuple[Any, ...]:
        return (DealItem.position, DealItem.id)

    def of_deal(self, deal_id: str) -> list[DealItemDTO]:
        return self.list(deal_id=deal_id, limit=None)

    def save_all(self, deal_id: str, rows: list[dict[str, Any]],
                 set_amount: bool = True) -> list[DealItemDTO]:
        """The deal's whole items table in one transaction: rows with an `id` are updated,
        rows without one are created, the deal's other items are deleted; positions follow
        the order given. With items, the deal's amount becomes their total (Bitrix24's rule),
        so the card, the board and the documents agree. A bad cell raises a ValidationError
        whose field is "items.<row>.<field>" and writes nothing."""
        with self.ctx.db.write() as session:
            deal = require_row(session, Deal, deal_id, "deal_id")
            existing = {r.id: r for r in session.scalars(select(DealItem).where(
                DealItem.deal_id == deal_id, DealItem.deleted_at.is_(None)))}
            kept: list[DealItem] = []
            for number, raw in enumerate(rows):
                values = {k: v for k, v in raw.items() if k != "id"}
                values["position"] = number
                try:
                    if raw.get("id") in existing:
                        kept.append(self.update_in(session, raw["id"], **values))
                    else:
                        kept.append(self.create_in(session, deal_id=deal_id, **values))
                except ValidationError as exc:
                    raise ValidationError(f"items.{number}.{exc.field}", exc.reason) from exc
            now = self.ctx.clock.now()
            for ident in set(existing) - {r.id for r in kept}:
                existing[ident].deleted_at = existing[ident].updated_at = now
            session.flush()
            items = [self.to_dto(r) for r in kept]
            total = items_totals(items)[0]
            if total >= MAX_MINOR:
                raise ValidationError("items", "the total is too large")
            if set_amount and items and deal.amount_minor != total:
                deal.amount_minor, deal.updated_at = total, now
            return items


def line_total_minor(item: DealItemDTO) -> int:
    """quantity × price − discount, rounded half-up to the minor unit (Decimal throughout)."""
    gross = item.quantity * item.price_minor
    net = gross * (Decimal(100) - item.discount_percent) / Decimal(100)
    return int(net.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def items_totals(items: list[DealItemDTO]) -> tuple[int, int]:
    """(total, VAT included in it) in minor units; VAT is inside the prices, as the
    documents print it, and rounded once at the end."""
    total, vat = 0, Decimal(0)
    for item in items:
        line = line_total_minor(item)
        total += line
        vat += Decimal(line) * item.vat_percent / (100 + item.vat_percent)
    return total, int(vat.quantize(Decimal(1), ROUND_HALF_UP))
