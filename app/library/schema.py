"""The tables of the local library, in SQLAlchemy Core (no ORM).

The same definitions create an SQLite file today and could create a
PostgreSQL schema later: money and rates are stored as exact decimal text
(:class:`DecimalText`), lists and pricing models as JSON.  Only the
full-text index (:data:`FTS_DDL`, SQLite FTS5 with the trigram tokenizer,
which finds Chinese substrings) is SQLite-specific; it is created only on
SQLite, and :mod:`app.library.search` falls back to ``LIKE`` elsewhere.

A product is stored once per currency: the price book of a currency is the
set of its products, and the same SKU may appear in several books with its
own price, VAT rate, tiers and texts (``UNIQUE (currency, sku)``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

SCHEMA_VERSION = 1
"""The library schema this build writes; a newer file is refused, not damaged."""


class DecimalText(TypeDecorator[Decimal]):
    """An exact Decimal stored as plain text (``"1200.00"``); SQLite has no decimal type."""

    impl = sa.String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: sa.Dialect) -> str | None:
        return None if value is None else format(value, "f")

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


metadata = sa.MetaData()

meta = sa.Table(
    "meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

products = sa.Table(
    "products", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("currency", sa.String(3), nullable=False),
    sa.Column("sku", sa.String(64), nullable=False),
    sa.Column("name_zh", sa.String(200), nullable=False, default=""),
    sa.Column("name_en", sa.String(200), nullable=False, default=""),
    sa.Column("description_zh", sa.Text, nullable=False, default=""),
    sa.Column("description_en", sa.Text, nullable=False, default=""),
    sa.Column("category", sa.String(20), nullable=False),
    sa.Column("unit", sa.String(20), nullable=False, default=""),
    sa.Column("list_price", DecimalText, nullable=False),
    sa.Column("unit_cost", DecimalText, nullable=True),
    sa.Column("vat_rate", DecimalText, nullable=False),
    sa.Column("pricing", sa.JSON, nullable=False),
    sa.Column("recurrence", sa.JSON, nullable=True),
    sa.Column("capabilities", sa.JSON, nullable=False),
    sa.Column("source", sa.String(260), nullable=False, default=""),
    sa.Column("updated_at", sa.String(32), nullable=False, default=""),
    sa.UniqueConstraint("currency", "sku", name="uq_products_currency_sku"),
    sa.Index("ix_products_sku", "sku"),
    # covers the LIKE scan of short search words: a narrow index instead of the wide rows
    sa.Index("ix_products_search", "currency", "sku", "name_zh", "name_en", "capabilities"),
)

pricebooks = sa.Table(
    "pricebooks", metadata,
    sa.Column("currency", sa.String(3), primary_key=True),
    sa.Column("source", sa.String(260), nullable=False, default=""),
    sa.Column("imported_at", sa.String(32), nullable=False, default=""),
)

rules = sa.Table(
    "rules", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("book", sa.String(3), nullable=False, default=""),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(32), nullable=False, default=""),
    sa.Column("sku", sa.String(64), nullable=False, default=""),
    sa.Column("target", sa.String(64), nullable=False, default=""),
    sa.Column("params", sa.JSON, nullable=False),
)

competitors = sa.Table(
    "competitors", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("description", sa.Text, nullable=False, default=""),
    sa.Column("strengths", sa.JSON, nullable=False),
    sa.Column("weaknesses", sa.JSON, nullable=False),
    sa.Column("notes", sa.Text, nullable=False, default=""),
)

case_studies = sa.Table(
    "case_studies", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("industry", sa.String(200), nullable=False, default=""),
    sa.Column("language", sa.String(8), nullable=False, default=""),
    sa.Column("metrics", sa.JSON, nullable=False),
    sa.Column("text", sa.Text, nullable=False, default=""),
    sa.Column("capabilities", sa.JSON, nullable=False),
)

clauses = sa.Table(
    "clauses", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("language", sa.String(8), nullable=False, default=""),
    sa.Column("text", sa.Text, nullable=False, default=""),
    sa.Column("tags", sa.JSON, nullable=False),
)

criteria_sets = sa.Table(
    "criteria_sets", metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("language", sa.String(8), nullable=False, default=""),
    sa.Column("criteria", sa.JSON, nullable=False),
    sa.Column("saved_at", sa.String(32), nullable=False, default=""),
)
"""Comparison criteria saved as templates (name -> the criteria as Deal ``Criterion`` dicts).

Added after the first library files were written: :func:`add_missing_tables`
creates it in those files when they are opened (no version change: an added
table does not stop an older build from reading the file)."""

ADDED_TABLES = (criteria_sets,)
"""Tables added to schema version 1 after its first release, created when missing."""


def add_missing_tables(conn: sa.Connection) -> None:
    """Create the :data:`ADDED_TABLES` missing from an existing library file."""
    for table in ADDED_TABLES:
        table.create(conn, checkfirst=True)


FTS_COLUMNS = ("sku", "name_zh", "name_en", "description_zh", "description_en", "capabilities")

FTS_DDL = (
    "CREATE VIRTUAL TABLE products_fts USING fts5("
    + ", ".join(FTS_COLUMNS)
    + ", content='products', content_rowid='id', tokenize='trigram')",
    ("CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN "
    "INSERT INTO products_fts(rowid, {cols}) VALUES (new.id, {new}); END"),
    ("CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN "
    "INSERT INTO products_fts(products_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END"),
    ("CREATE TRIGGER products_fts_au AFTER UPDATE ON products BEGIN "
    "INSERT INTO products_fts(products_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
    "INSERT INTO products_fts(rowid, {cols}) VALUES (new.id, {new}); END"),
)
"""The SQLite full-text index over products, kept in step by triggers."""


def fts_statements() -> list[str]:
    """The DDL of the full-text index, with the column lists filled in."""
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    return [s.format(cols=cols, new=new, old=old) for s in FTS_DDL]


FTS_TRIGGERS = ("products_fts_ai", "products_fts_ad", "products_fts_au")
BULK_ROWS = 1000
"""From this many changed rows on, an import rebuilds the index once instead of row by row."""


def suspend_fts(conn: sa.Connection) -> bool:
    """Drop the index triggers for a bulk change (inside its transaction); True when done.

    Per-row triggers cost about four times a single rebuild of the index; the
    caller must call :func:`resume_fts` in the same transaction, so a failure
    rolls the triggers back too.
    """
    if conn.dialect.name != "sqlite":
        return False
    for name in FTS_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    return True


def resume_fts(conn: sa.Connection) -> None:
    """Rebuild the full-text index from the products table and restore its triggers."""
    conn.exec_driver_sql("INSERT INTO products_fts(products_fts) VALUES ('rebuild')")
    for statement in fts_statements()[1:]:
        conn.exec_driver_sql(statement)


def create_schema(conn: sa.Connection) -> None:
    """Create every table (and, on SQLite, the full-text index) in an empty database."""
    metadata.create_all(conn)
    if conn.dialect.name == "sqlite":
        for statement in fts_statements():
            conn.exec_driver_sql(statement)
    conn.execute(meta.insert(), [{"key": "schema_version", "value": str(SCHEMA_VERSION)},
                                 {"key": "revision", "value": "0"}])
