"""Product search: Chinese and English substrings, case-insensitive, within a screen frame.

The query is split on whitespace; every word must match (AND) in the SKU,
a name, a description or a capability tag.  On SQLite, words of three or
more characters go through the FTS5 trigram index (which matches any
substring, so ``高级排程`` finds ``APS 高级排程``); shorter words (``排程``, a
two-letter SKU prefix) cannot use trigrams and fall back to ``LIKE`` over
the same columns, on the rows the index already narrowed down.  Results
come in this order: exact SKU, SKU prefix, then relevance (bm25), then SKU.
On other databases every word uses ``LIKE`` (``ILIKE`` on PostgreSQL).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.library.schema import FTS_COLUMNS, products

TRIGRAM = 3
_LIKE_COLUMNS = tuple(sa.type_coerce(products.c[name], sa.Text) for name in FTS_COLUMNS)


def like_pattern(word: str) -> str:
    """``%word%`` with LIKE's wildcards escaped (escape character ``\\``)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_query(words: list[str]) -> str:
    """An FTS5 MATCH expression requiring every word as a quoted phrase."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _like_any(word: str, dialect: str) -> Any:
    pattern = like_pattern(word)
    if dialect == "postgresql":
        return sa.or_(*(c.ilike(pattern, escape="\\") for c in _LIKE_COLUMNS))
    return sa.or_(*(c.like(pattern, escape="\\") for c in _LIKE_COLUMNS))


def search_statement(text: str, dialect: str, *, currency: str | None = None,
                     limit: int = 50) -> sa.Select[Any] | None:
    """The SELECT over ``products`` answering ``text``; None for a blank query."""
    words = text.split()
    if not words:
        return None
    lowered = text.strip().lower()
    long_words = [w for w in words if len(w) >= TRIGRAM] if dialect == "sqlite" else []
    short_words = [w for w in words if w not in long_words]
    exact = sa.case((sa.func.lower(products.c.sku) == lowered, 0),
                    (sa.func.lower(products.c.sku).like(like_pattern(lowered)[1:], escape="\\"), 1),
                    else_=2)
    conditions: list[Any] = [_like_any(w, dialect) for w in short_words]
    if currency:
        conditions.append(products.c.currency == currency)
    if long_words:
        fts = sa.table("products_fts", sa.column("rowid"), sa.column("rank"))
        match = sa.text("products_fts MATCH :query").bindparams(query=fts_query(long_words))
        statement = (sa.select(products).join(fts, fts.c.rowid == products.c.id)
                     .where(match, *conditions)
                     .order_by(exact, fts.c.rank, products.c.sku, products.c.currency))
    else:
        statement = (sa.select(products).where(*conditions)
                     .order_by(exact, products.c.sku, products.c.currency))
    return statement.limit(limit)
