"""Product search: Chinese and English substrings, any case, answered within a screen frame.

The query is split on whitespace and every word must match (AND).  Results
come in tiers until ``limit`` rows are found (SKU order in the first two and
in a short-word scan, price-book order in the index tiers):

1. a product whose SKU is the query (one word; typed case or upper case);
2. SKUs starting with the query (one word);
3. products matching in the SKU, a name or a capability tag;
4. products matching anywhere, descriptions included (a query mixing long and
   short words goes straight to this tier, in one pass).

On SQLite, words of three or more characters go through the FTS5 trigram
index (any substring, so ``高级排程`` finds ``APS 高级排程``).  Shorter words
(``排程``, ``QM``) cannot use trigrams and fall back to ``LIKE`` over SKUs,
names and capability tags, never descriptions: a two-character word is rarely
meant for a description, and the scan stays on a narrow covering index
(``ix_products_search``).  Every tier stops at ``limit`` rows, so a word that
matches thousands of products costs no more than one that matches fifty.  On
other databases (PostgreSQL later) every word uses ``ILIKE``.

The configurator's catalog browser adds :func:`category_counts` (one grouped
query) and :func:`browse_products`: the same tiers plus a :class:`CatalogFilter`
(category, pricing model, one-time / recurring, list-price range) as SQL
conditions, so filtering never loads the whole book into Python.

The worst case is a word found in nearly every product combined with short
words found in none: one full pass over the index and the rows (tens of
milliseconds for 20,000 products on a slow machine; see
``tests/benchmarks/bench_library.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from app.library.products import ProductRecord
from app.library.schema import FTS_COLUMNS, products

TRIGRAM = 3
NAME_COLUMNS = ("sku", "name_zh", "name_en", "capabilities")
_FTS = sa.table("products_fts", sa.column("rowid"))
_LAST = chr(0x10FFFF)


def like_pattern(word: str) -> str:
    """``%word%`` with LIKE's wildcards escaped (escape character ``\\``)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_query(words: list[str], columns: tuple[str, ...] = ()) -> str:
    """An FTS5 MATCH expression requiring every word as a phrase (in ``columns`` if given)."""
    scope = "{" + " ".join(columns) + "} : " if columns else ""
    return " AND ".join(scope + '"' + w.replace('"', '""') + '"' for w in words)


def _like_any(word: str, columns: tuple[str, ...], dialect: str) -> Any:
    pattern = like_pattern(word)
    targets = [sa.type_coerce(products.c[name], sa.Text) for name in columns]
    if dialect == "postgresql":
        return sa.or_(*(c.ilike(pattern, escape="\\") for c in targets))
    return sa.or_(*(c.like(pattern, escape="\\") for c in targets))


def _tiers(words: list[str], dialect: str) -> list[tuple[Any, list[Any]]]:
    """(FTS query or None, LIKE conditions) of tiers 3 and 4."""
    long_words = [w for w in words if len(w) >= TRIGRAM] if dialect == "sqlite" else []
    short = [_like_any(w, NAME_COLUMNS, dialect) for w in words if w not in long_words]
    if dialect != "sqlite":
        return [(None, short), (None, [_like_any(w, FTS_COLUMNS, dialect) for w in words])]
    if not long_words:
        return [(None, short)]
    if short:  # one pass: a common long word with a rare short one would cost two full passes
        return [(fts_query(long_words), short)]
    return [(fts_query(long_words, NAME_COLUMNS), []), (fts_query(long_words), [])]


def search_ids(conn: sa.Connection, words: list[str], *, currency: str | None = None,
               limit: int = 50, where: Sequence[Any] = ()) -> list[int]:
    """Ids of the products matching every word (and ``where``), best tier first, at most ``limit``."""
    found: dict[int, None] = {}
    base = sa.select(products.c.id)
    if currency:
        base = base.where(products.c.currency == currency)
    if where:
        base = base.where(*where)

    def take(statement: Any) -> bool:
        if found:
            statement = statement.where(products.c.id.not_in(list(found)))
        found.update(dict.fromkeys(conn.execute(statement.limit(limit - len(found))).scalars()))
        return len(found) >= limit

    if len(words) == 1:
        typed = {words[0], words[0].upper()}
        if take(base.where(products.c.sku.in_(typed)).order_by(products.c.currency)):
            return list(found)
        prefix = sa.or_(*(sa.and_(products.c.sku > w, products.c.sku < w + _LAST) for w in typed))
        if take(base.where(prefix).order_by(products.c.sku, products.c.currency)):
            return list(found)
    for query, conditions in _tiers(words, conn.dialect.name):
        if query is None:
            statement = base.where(*conditions)
        else:
            match = sa.text("products_fts MATCH :query").bindparams(query=query)
            statement = (base.join(_FTS, _FTS.c.rowid == products.c.id).where(match, *conditions)
                         .order_by(_FTS.c.rowid))
        if take(statement):
            break
    return list(found)


def search_rows(conn: sa.Connection, text: str, *, currency: str | None = None,
                limit: int = 50, where: Sequence[Any] = ()) -> list[Any] | None:
    """Rows of ``products`` answering ``text``, best tier first; None for a blank query."""
    words = text.split()
    if not words:
        return None
    ids = search_ids(conn, words, currency=currency, limit=limit, where=where)
    if not ids:
        return []
    rows = {row.id: row for row in conn.execute(sa.select(products).where(products.c.id.in_(ids)))}
    return [rows[i] for i in ids]


# --- the configurator's catalog browser: categories with counts, filters in SQL ------------------


@dataclass(frozen=True)
class CatalogFilter:
    """What the catalog browser narrows the products to (None: no restriction).

    ``billing`` is ``"one_time"`` (no recurrence) or ``"recurring"``; prices
    are list prices of the book, bounds included.
    """

    category: str | None = None
    pricing_model: str | None = None
    billing: str | None = None
    min_price: Decimal | None = None
    max_price: Decimal | None = None


def _recurrence_absent() -> Any:
    column = products.c.recurrence
    return sa.or_(column.is_(None), sa.type_coerce(column, sa.Text) == "null")


def filter_conditions(chosen: CatalogFilter) -> list[Any]:
    """SQL conditions on ``products`` for ``chosen`` (evaluated by the database, not in Python)."""
    conditions: list[Any] = []
    if chosen.category:
        conditions.append(products.c.category == chosen.category)
    if chosen.pricing_model:
        conditions.append(products.c.pricing["model"].as_string() == chosen.pricing_model)
    if chosen.billing == "one_time":
        conditions.append(_recurrence_absent())
    elif chosen.billing == "recurring":
        conditions.append(sa.not_(_recurrence_absent()))
    price = sa.cast(sa.type_coerce(products.c.list_price, sa.Text), sa.Float)
    if chosen.min_price is not None:
        conditions.append(price >= float(chosen.min_price))
    if chosen.max_price is not None:
        conditions.append(price <= float(chosen.max_price))
    return conditions


def category_counts(library: Any, currency: str) -> dict[str, dict[str, int]]:
    """Category -> pricing model -> number of products in the ``currency`` book (one grouped query)."""
    model = products.c.pricing["model"].as_string()
    statement = (sa.select(products.c.category, model, sa.func.count())
                 .where(products.c.currency == currency)
                 .group_by(products.c.category, model))
    found: dict[str, dict[str, int]] = {}
    with library.read() as conn:
        for category, pricing_model, number in conn.execute(statement):
            found.setdefault(category, {})[pricing_model or ""] = int(number)
    return found


def browse_products(library: Any, text: str, *, currency: str, chosen: CatalogFilter = CatalogFilter(),
                    limit: int = 200) -> list[ProductRecord]:
    """Products of the ``currency`` book matching ``text`` (as :func:`search_rows`) and ``chosen``.

    A blank ``text`` lists the filtered products in SKU order; every
    condition runs in SQL and each query stops at ``limit`` rows.
    """
    conditions = filter_conditions(chosen)
    with library.read() as conn:
        rows = search_rows(conn, text, currency=currency, limit=limit, where=conditions)
        if rows is None:
            statement = (sa.select(products).where(products.c.currency == currency, *conditions)
                         .order_by(products.c.sku).limit(limit))
            rows = list(conn.execute(statement))
    return [ProductRecord.from_row(row) for row in rows]


# --- the library manager's products table: any column order, in SQL, a page at a time -----------

SORT_KEYS = ("sku", "name", "currency", "category", "unit", "list_price", "vat_rate", "unit_cost")
"""What :func:`sorted_products` can order by (``name``: in the reader's language)."""
_NUMERIC = ("list_price", "vat_rate", "unit_cost")


def match_conditions(words: list[str], dialect: str) -> list[Any]:
    """SQL conditions for "every word matches somewhere" (the widest tier of :func:`search_ids`)."""
    long_words = [w for w in words if len(w) >= TRIGRAM] if dialect == "sqlite" else []
    columns = NAME_COLUMNS if dialect == "sqlite" else FTS_COLUMNS
    conditions = [_like_any(w, columns, dialect) for w in words if w not in long_words]
    if long_words:
        match = sa.text("products_fts MATCH :query").bindparams(query=fts_query(long_words))
        conditions.append(products.c.id.in_(sa.select(_FTS.c.rowid).where(match)))
    return conditions


def sort_key(key: str, language: str = "zh_CN") -> Any:
    """The SQL expression a products table column sorts by (numbers as numbers)."""
    if key not in SORT_KEYS:
        raise ValueError(f"cannot sort products by {key!r}; use one of {', '.join(SORT_KEYS)}")
    if key == "name":
        first, second = (products.c.name_zh, products.c.name_en) if language.startswith("zh") \
            else (products.c.name_en, products.c.name_zh)
        return sa.func.coalesce(sa.func.nullif(first, ""), second)
    if key in _NUMERIC:
        return sa.cast(sa.type_coerce(products.c[key], sa.Text), sa.Float)
    return products.c[key]


def sorted_products(library: Any, text: str = "", *, currency: str | None = None,
                    order_by: str = "sku", descending: bool = False, language: str = "zh_CN",
                    limit: int = 200, offset: int = 0) -> list[ProductRecord]:
    """One page of the products matching every word of ``text`` ordered by ``order_by``.

    The database sorts and pages (``limit``/``offset``), so a large book is
    never loaded whole; ties go by currency and SKU; blank costs come last.
    """
    key = sort_key(order_by, language)
    ordered = key.desc() if descending else key.asc()
    statement = sa.select(products)
    if currency:
        statement = statement.where(products.c.currency == currency)
    with library.read() as conn:
        words = text.split()
        if words:
            statement = statement.where(*match_conditions(words, conn.dialect.name))
        statement = (statement.order_by(ordered.nulls_last(), products.c.currency, products.c.sku)
                     .limit(limit).offset(offset))
        return [ProductRecord.from_row(row) for row in conn.execute(statement)]
