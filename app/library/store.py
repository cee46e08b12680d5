"""The local library: price books, rules and reference material in one SQLite file.

>>> with Library.open(tmp / "library.sqlite") as library:  # doctest: +SKIP
...     plan = library.plan_import("pricebook.xlsx")        # read, validate, compare
...     print(plan.summary())                               # CNY: 3 added, 1 changed, ...
...     library.apply(plan)                                 # all or nothing
...     library.search("排程")

By default the file is ``library.sqlite`` in the user data folder
(:func:`app.paths.user_data_dir`).  Everything goes through SQLAlchemy Core,
so the same code can later run on PostgreSQL; only the full-text index is
SQLite-specific (see :mod:`app.library.search`).  The class is Qt-free: the
GUI calls it from a worker and shows the same :class:`ImportPlan` the CLI
prints.  Other library modules (search, exchange) use :meth:`Library.read`
and :meth:`Library.transaction`, never the engine itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

import sqlalchemy as sa

from app.library.errors import LibraryError
from app.library.importing import (
    ImportPlan,
    apply_plan,
    load_rules,
    make_plan,
    read_revision,
    store_rules,
)
from app.library.pricebook_read import read_pricebook
from app.library.pricebook_write import export_pricebook, write_template
from app.library.products import ProductRecord
from app.library.references import (
    CaseStudyRecord,
    ClauseRecord,
    CompetitorRecord,
    delete_reference,
    load_references,
    save_reference,
)
from app.library.schema import (
    SCHEMA_VERSION,
    add_missing_tables,
    create_schema,
    meta,
    pricebooks,
    products,
)
from app.library.search import search_rows
from app.paths import user_data_dir

LIBRARY_FILE = "library.sqlite"


@dataclass(frozen=True)
class PriceBookInfo:
    """One price book (currency) in the library: how many products, from which file, when."""

    currency: str
    items: int
    source: str
    imported_at: str


def default_library_path() -> Path:
    """``library.sqlite`` in the user data folder."""
    return user_data_dir() / LIBRARY_FILE


def _transactional_ddl(engine: sa.Engine) -> None:
    """Let SQLite transactions include DDL (the bulk import drops and restores triggers).

    Python's sqlite3 module (before 3.12) starts a transaction only before
    INSERT/UPDATE/DELETE, so a DROP TRIGGER would commit on its own; this is
    SQLAlchemy's documented recipe: autocommit in the driver, BEGIN from
    SQLAlchemy.
    """

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")


class Library:
    """An open library file. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, engine: sa.Engine, path: Path) -> None:
        self._engine = engine
        self.path = path

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None) -> Library:
        """Open (creating when missing) the library at ``path``, default the user data folder."""
        path = Path(path) if path is not None else default_library_path()
        if path.exists() and not path.is_file():
            raise LibraryError(f"{path}: is a folder, not a library file: give a file name such "
                               "as library.sqlite",
                               zh=f"{path}：这是一个文件夹，不是资料库文件：请指定文件名，如 "
                                  "library.sqlite")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{path}: cannot create its folder ({exc}): choose another "
                               "place", zh=f"{path}：无法创建所在文件夹（{exc}）：请换一个位置",
                               cli_hint=" with --library") from exc
        engine = sa.create_engine(f"sqlite:///{path}")
        _transactional_ddl(engine)
        library = cls(engine, path)
        try:
            with engine.begin() as conn:
                library._prepare(conn)
        except sa.exc.DatabaseError as exc:
            engine.dispose()
            raise LibraryError(f"{path}: is not a Presales Studio library (not an SQLite database "
                               f"or damaged: {exc.orig}): move it away or choose another file",
                               zh=f"{path}：不是 Presales Studio 资料库（不是 SQLite 数据库或已损坏："
                                  f"{exc.orig}）：请将其移走或换用其他文件",
                               cli_hint=" with --library") from exc
        except LibraryError:
            engine.dispose()
            raise
        return library

    def _prepare(self, conn: sa.Connection) -> None:
        inspector = sa.inspect(conn)
        if not inspector.has_table("meta"):
            if inspector.get_table_names():
                raise LibraryError(f"{self.path}: is an SQLite database but not a Presales Studio "
                                   "library: choose another file",
                                   zh=f"{self.path}：是 SQLite 数据库，但不是 Presales Studio "
                                      "资料库：请换用其他文件", cli_hint=" with --library")
            create_schema(conn)
            return
        version = conn.execute(sa.select(meta.c.value).where(meta.c.key == "schema_version")
                               ).scalar()
        if version is None or int(version) > SCHEMA_VERSION:
            raise LibraryError(f"{self.path}: was written by a newer Presales Studio (library "
                               f"version {version}): update the application",
                               zh=f"{self.path}：由更新版本的 Presales Studio 写入（资料库版本 "
                                  f"{version}）：请升级本应用")
        add_missing_tables(conn)

    def close(self) -> None:
        """Release the file."""
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def revision(self) -> int:
        """A counter raised by every change; an import plan is only valid for its revision."""
        with self.read() as conn:
            return read_revision(conn)

    def _bump(self, conn: sa.Connection) -> None:
        conn.execute(meta.update().where(meta.c.key == "revision")
                     .values(value=str(read_revision(conn) + 1)))

    # -- connections for the library's own modules (search, exchange, criteria sets) -----------

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A connection for reading; nothing it does is committed."""
        with self._engine.connect() as conn:
            yield conn

    @contextmanager
    def transaction(self, *, bump: bool = True,
                    retry: str = "try again",
                    retry_zh: str = "再重试") -> Iterator[sa.Connection]:
        """A connection in one transaction: committed (and the revision raised when ``bump``)
        when the block ends, rolled back with the revision unchanged when it raises.

        A file that cannot be written (locked by another window, read-only folder)
        raises :class:`LibraryError` ending with ``retry``.
        """
        try:
            with self._engine.begin() as conn:
                yield conn
                if bump:
                    self._bump(conn)
        except sa.exc.OperationalError as exc:
            raise LibraryError(f"{self.path}: cannot be written ({exc.orig}): close other "
                               "Presales Studio windows using it, or check that the folder is "
                               f"writable, then {retry}",
                               zh=f"{self.path}：无法写入（{exc.orig}）：请关闭使用该资料库的其他 "
                                  f"Presales Studio 窗口，或确认文件夹可写，然后{retry_zh}") from exc

    # -- products ------------------------------------------------------------------------------

    def get_product(self, sku: str, currency: str) -> ProductRecord | None:
        """The product ``sku`` of the ``currency`` price book, or None."""
        return self.get_products([sku], currency).get(sku)

    def get_products(self, skus: Iterable[str], currency: str) -> dict[str, ProductRecord]:
        """SKU -> product for those of ``skus`` in the ``currency`` book."""
        wanted = sorted(set(skus))
        found: dict[str, ProductRecord] = {}
        with self.read() as conn:
            for start in range(0, len(wanted), 500):
                statement = sa.select(products).where(products.c.currency == currency,
                                                      products.c.sku.in_(wanted[start:start + 500]))
                found.update((r.sku, ProductRecord.from_row(r)) for r in conn.execute(statement))
        return found

    def list_products(self, currency: str | None = None, *, limit: int | None = None,
                      offset: int = 0) -> list[ProductRecord]:
        """Products sorted by currency and SKU."""
        statement = sa.select(products).order_by(products.c.currency, products.c.sku)
        if currency:
            statement = statement.where(products.c.currency == currency)
        statement = statement.limit(limit).offset(offset)
        with self.read() as conn:
            return [ProductRecord.from_row(r) for r in conn.execute(statement)]

    def count_products(self, currency: str | None = None) -> int:
        """How many products (of ``currency``, or all)."""
        statement = sa.select(sa.func.count()).select_from(products)
        if currency:
            statement = statement.where(products.c.currency == currency)
        with self.read() as conn:
            return int(conn.execute(statement).scalar() or 0)

    def search(self, text: str, *, currency: str | None = None,
               limit: int = 50) -> list[ProductRecord]:
        """Products matching every word of ``text`` (Chinese or English substrings, any case)."""
        with self.read() as conn:
            rows = search_rows(conn, text, currency=currency, limit=limit)
        if rows is None:
            return self.list_products(currency, limit=limit)
        return [ProductRecord.from_row(r) for r in rows]

    def save_products(self, records: Sequence[ProductRecord], source: str = "") -> None:
        """Insert or replace products one by one (the GUI's editor); imports use :meth:`apply`."""
        with self.transaction() as conn:
            for record in records:
                conn.execute(products.delete().where(products.c.currency == record.currency,
                                                     products.c.sku == record.sku))
            if records:
                conn.execute(products.insert(), [{**r.to_row(), "source": source}
                                                 for r in records])

    def delete_product(self, sku: str, currency: str) -> bool:
        """Remove one product; True when it existed."""
        with self.transaction() as conn:
            gone = conn.execute(products.delete().where(products.c.currency == currency,
                                                        products.c.sku == sku)).rowcount
        return bool(gone)

    def pricebooks(self) -> list[PriceBookInfo]:
        """Every currency with products, with its item count and last import."""
        counts = (sa.select(products.c.currency, sa.func.count().label("n_items"))
                  .group_by(products.c.currency).subquery())
        statement = (sa.select(counts.c.currency, counts.c.n_items, pricebooks.c.source,
                               pricebooks.c.imported_at)
                     .join_from(counts, pricebooks, pricebooks.c.currency == counts.c.currency,
                                isouter=True)
                     .order_by(counts.c.currency))
        with self.read() as conn:
            return [PriceBookInfo(r.currency, int(r.n_items), r.source or "", r.imported_at or "")
                    for r in conn.execute(statement)]

    # -- price-book files ----------------------------------------------------------------------

    def plan_import(self, source: Path | str, *, replace: bool = False,
                    currency: str | None = None) -> ImportPlan:
        """Read and validate ``source`` and compare it with the library; writes nothing.

        ``currency`` fills rows without one; ``replace`` makes :meth:`apply` delete
        the SKUs of the file's currencies that the file no longer lists.
        """
        source = Path(source)
        read = read_pricebook(source, default_currency=currency.upper() if currency else None)
        with self.read() as conn:
            return make_plan(conn, source, read, replace)

    def apply(self, plan: ImportPlan) -> ImportPlan:
        """Write a valid plan in one transaction (all or nothing); returns the plan."""
        with self.transaction(bump=False, retry="import again", retry_zh="重新导入") as conn:  # the plan bumps
            apply_plan(conn, plan)
        plan.applied = True
        return plan

    def export(self, path: Path | str, *, currency: str | None = None) -> int:
        """Write the products (of ``currency``, or all) to .xlsx or .csv; returns the row count.

        An .xlsx also gets the rules of that price book (of the only book when
        ``currency`` is None and there is one), so exporting and importing again
        changes nothing.  Rules of no book are not exported.
        """
        books = [currency] if currency else [b.currency for b in self.pricebooks()]
        with self.read() as conn:
            rows = load_rules(conn, books[0], bookless=False) if len(books) == 1 else []
        return export_pricebook(Path(path), self.list_products(currency), rows)

    @staticmethod
    def write_template(path: Path | str) -> None:
        """Write an empty price-book template with instructions and drop-downs."""
        write_template(Path(path))

    # -- rules ---------------------------------------------------------------------------------

    def rules(self, currency: str | None = None) -> list[dict[str, Any]]:
        """Configuration rules as rows for :func:`calculators.rules.rules_from_rows`.

        Rules come with a price book (its ``rules`` sheet) or with none; with
        ``currency``, the rules of no book plus those of that currency's book.
        """
        with self.read() as conn:
            return load_rules(conn, currency)

    def replace_rules(self, rows: Sequence[dict[str, Any]], *, book: str = "") -> None:
        """Store ``rows`` (kind, sku, target, other columns) in place of the rules of ``book``."""
        with self.transaction() as conn:
            store_rules(conn, list(rows), book)

    # -- competitors, case studies, clauses ----------------------------------------------------

    def save(self, record: CompetitorRecord | CaseStudyRecord | ClauseRecord) -> None:
        """Insert a competitor, case study or clause, or replace the one with its key."""
        with self.transaction() as conn:
            save_reference(conn, record)

    def delete(self, kind: type, key: str) -> bool:
        """Delete the competitor / case study / clause ``key``; True when it existed."""
        with self.transaction() as conn:
            return delete_reference(conn, kind, key)

    def competitors(self, text: str = "") -> list[CompetitorRecord]:
        """Competitors sorted by key, optionally those mentioning ``text``."""
        with self.read() as conn:
            return load_references(conn, CompetitorRecord, text=text)

    def case_studies(self, text: str = "", *, industry: str | None = None,
                     language: str | None = None) -> list[CaseStudyRecord]:
        """Case studies sorted by key, filtered by words, industry and language."""
        with self.read() as conn:
            return load_references(conn, CaseStudyRecord, text=text, industry=industry,
                                   language=language)

    def clauses(self, text: str = "", *, language: str | None = None) -> list[ClauseRecord]:
        """Clauses sorted by key, filtered by words and language."""
        with self.read() as conn:
            return load_references(conn, ClauseRecord, text=text, language=language)

    # -- comparison criteria templates ---------------------------------------------------------

    def save_criteria_set(self, name: str, criteria: Sequence[Any], language: str = "") -> None:
        """Save ``criteria`` (Deal ``Criterion`` models or dicts) as the template ``name``,
        replacing a saved one of that name (see :mod:`app.library.criteria_sets`)."""
        from app.library.criteria_sets import save_criteria_set

        with self.transaction(bump=False) as conn:
            save_criteria_set(conn, name, criteria, language)

    def criteria_sets(self, language: str | None = None) -> list[Any]:
        """The saved criteria templates, then the bundled ones (optionally of one language)."""
        from app.library.criteria_sets import load_criteria_sets

        with self.read() as conn:
            return load_criteria_sets(conn, language)

    def delete_criteria_set(self, name: str) -> bool:
        """Delete the saved template ``name``; True when it existed (bundled ones stay)."""
        from app.library.criteria_sets import delete_criteria_set

        with self.transaction(bump=False) as conn:
            return delete_criteria_set(conn, name)
