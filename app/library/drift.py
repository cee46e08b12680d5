"""Price drift: quote lines whose snapshot differs from the current price book.

A quote line keeps the price it was quoted at, so updating a price book
never changes an existing quote silently.  :func:`price_drift` lists the
lines whose list price, VAT rate or pricing model (tiers, percent, role)
differ from the book of the deal's currency; the user reviews them and
:func:`update_prices` returns a new deal with the chosen rows applied, in
one step (one undo command in the GUI).  Lines without a SKU, and SKUs the
book does not have, are not drift: :func:`skus_not_in_book` lists the latter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from app.document.deal import Deal
from app.document.quote_model import QuoteLine
from app.library.errors import LibraryError
from app.library.products import ProductRecord, pricing_adapter


class ProductSource(Protocol):
    """What drift needs from a library: products of one currency by SKU."""

    def get_products(self, skus: Iterable[str], currency: str) -> dict[str, ProductRecord]: ...


@dataclass(frozen=True)
class DriftRow:
    """One quote line whose quoted values differ from the current book."""

    line_id: str
    sku: str
    name: str
    quoted_price: Decimal
    current_price: Decimal
    quoted_vat: Decimal
    current_vat: Decimal
    quoted_pricing: dict[str, Any]
    current_pricing: dict[str, Any]

    @property
    def changes(self) -> tuple[str, ...]:
        """Which of ``list_price``, ``vat_rate``, ``pricing`` differ."""
        found = []
        if self.quoted_price != self.current_price:
            found.append("list_price")
        if self.quoted_vat != self.current_vat:
            found.append("vat_rate")
        if _pricing(self.quoted_pricing) != _pricing(self.current_pricing):
            found.append("pricing")
        return tuple(found)


def _pricing(data: dict[str, Any]) -> Any:
    return pricing_adapter().validate_python(data)


def _sku_lines(deal: Deal) -> list[QuoteLine]:
    return [line for line in deal.quote.all_lines() if line.sku]


def price_drift(deal: Deal, library: ProductSource) -> list[DriftRow]:
    """Lines of ``deal`` whose price, VAT rate or pricing differ from the book, in quote order."""
    lines = _sku_lines(deal)
    book = library.get_products({line.sku for line in lines}, deal.meta.currency)
    rows: list[DriftRow] = []
    for line in lines:
        product = book.get(line.sku)
        if product is None:
            continue
        current = product.pricing_model()
        if (line.list_price == product.list_price and line.vat_rate == product.vat_rate
                and line.pricing == current):
            continue
        rows.append(DriftRow(
            line_id=line.id, sku=line.sku, name=line.name,
            quoted_price=line.list_price, current_price=product.list_price,
            quoted_vat=line.vat_rate, current_vat=product.vat_rate,
            quoted_pricing=line.pricing.model_dump(mode="json"),
            current_pricing=current.model_dump(mode="json")))
    return rows


def skus_not_in_book(deal: Deal, library: ProductSource) -> list[str]:
    """SKUs quoted in ``deal`` that the book of its currency does not have, sorted."""
    skus = {line.sku for line in _sku_lines(deal)}
    return sorted(skus - set(library.get_products(skus, deal.meta.currency)))


def update_prices(deal: Deal, rows: Iterable[DriftRow]) -> Deal:
    """A new deal with each row's line set to the current price, VAT rate and pricing.

    ``deal`` itself is not changed.  Price overrides, discounts and quantities
    are kept: only the snapshot of the book is refreshed.
    """
    chosen = {row.line_id: row for row in rows}
    if not chosen:
        return deal
    data = deal.model_dump()
    found: set[str] = set()

    def walk(sections: list[dict[str, Any]]) -> None:
        for section in sections:
            for line in section["lines"]:
                row = chosen.get(line["id"])
                if row is None:
                    continue
                if line["sku"] != row.sku:
                    raise LibraryError(f"quote line {row.line_id}: its SKU is now {line['sku']!r}, "
                                       f"not {row.sku!r}: check the price drift again",
                                       zh=f"报价行 {row.line_id}：物料编码已变为 {line['sku']!r}，"
                                          f"不再是 {row.sku!r}：请重新检查价格变动")
                line.update(list_price=row.current_price, vat_rate=row.current_vat,
                            pricing=row.current_pricing)
                found.add(row.line_id)
            walk(section["sections"])

    walk(data["quote"]["sections"])
    missing = sorted(set(chosen) - found)
    if missing:
        raise LibraryError(f"quote line(s) {', '.join(missing)} are no longer in the deal: "
                           "check the price drift again",
                           zh=f"报价行 {'、'.join(missing)} 已不在项目中：请重新检查价格变动")
    return Deal.model_validate(data)
