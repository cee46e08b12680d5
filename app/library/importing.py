"""Price-book import in two steps: a dry-run :class:`ImportPlan`, then applying it, all or nothing.

:meth:`Library.plan_import <app.library.store.Library.plan_import>` reads and
validates every row and compares the file with the library: which SKUs of
the file's currencies are added, changed (and which fields), unchanged, and
no longer in the file ("removed").  Removed SKUs stay in the library unless
the plan was made with ``replace=True``.  Nothing is written until
:func:`apply_plan`, which refuses a plan with errors, or one made before the
library last changed, and writes everything in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from app.library.errors import LibraryError, RowError
from app.library.pricebook_read import ReadResult
from app.library.products import ProductRecord
from app.library.schema import BULK_ROWS, meta, pricebooks, products, resume_fts, rules, suspend_fts


@dataclass(frozen=True)
class SkuChange:
    """A SKU of the file that is already in the library with other values."""

    currency: str
    sku: str
    fields: tuple[str, ...]
    before: ProductRecord
    after: ProductRecord


@dataclass
class ImportPlan:
    """What importing a price book would do; nothing has been written yet."""

    source: Path
    replace: bool
    revision: int
    records: list[ProductRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    added: list[ProductRecord] = field(default_factory=list)
    changed: list[SkuChange] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0
    rules: list[dict[str, Any]] | None = None
    rules_before: int = 0
    applied: bool = False

    @property
    def ok(self) -> bool:
        """True when every row is valid, so the plan can be applied."""
        return not self.errors

    @property
    def currencies(self) -> list[str]:
        """The price books (currencies) the file holds."""
        return sorted({r.currency for r in self.records})

    @property
    def has_changes(self) -> bool:
        """True when applying would change the library."""
        return bool(self.added or self.changed or (self.replace and self.removed)
                    or self.rules is not None)

    def summary(self) -> str:
        """One line: ``CNY: 3 added, 2 changed, 1 removed (kept), 40 unchanged``."""
        removed = f"{len(self.removed)} removed" + (
            "" if not self.removed else " (deleted)" if self.replace else " (kept)")
        text = (f"{', '.join(self.currencies) or 'no rows'}: {len(self.added)} added, "
                f"{len(self.changed)} changed, {removed}, {self.unchanged} unchanged")
        if self.rules is not None:
            text += f"; rules: {len(self.rules)} replace {self.rules_before}"
        return text

    def detail_lines(self, limit: int = 20) -> list[str]:
        """The SKUs added, changed (with the fields) and removed, ``limit`` of each at most."""
        lines: list[str] = []

        def block(title: str, items: list[str]) -> None:
            if not items:
                return
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items[:limit])
            if len(items) > limit:
                lines.append(f"  ... and {len(items) - limit} more")

        block("added", [f"{r.currency} {r.sku}  {r.name('zh_CN')}" for r in self.added])
        block("changed", [f"{c.currency} {c.sku}: {', '.join(c.fields)}" for c in self.changed])
        how = "deleted by --replace" if self.replace else "kept; import with --replace to delete"
        block(f"removed from the file, {how}", [f"{cur} {sku}" for cur, sku in self.removed])
        return lines


def read_revision(conn: sa.Connection) -> int:
    """The library's change counter, raised by every applied import."""
    value = conn.execute(sa.select(meta.c.value).where(meta.c.key == "revision")).scalar()
    return int(value or 0)


def make_plan(conn: sa.Connection, source: Path, read: ReadResult, replace: bool) -> ImportPlan:
    """Compare what was read with the library; the plan lists every difference."""
    plan = ImportPlan(source=source, replace=replace, revision=read_revision(conn),
                      records=read.records, errors=read.errors, rules=read.rules)
    if plan.errors:
        plan.rules = None
        return plan
    currencies = plan.currencies
    existing: dict[tuple[str, str], ProductRecord] = {}
    if currencies:
        rows = conn.execute(sa.select(products).where(products.c.currency.in_(currencies)))
        existing = {(r.currency, r.sku): ProductRecord.from_row(r) for r in rows}
    seen: set[tuple[str, str]] = set()
    for record in read.records:
        seen.add(record.key)
        before = existing.get(record.key)
        if before is None:
            plan.added.append(record)
            continue
        changed = before.changed_fields(record)
        if changed:
            plan.changed.append(SkuChange(record.currency, record.sku, changed, before, record))
        else:
            plan.unchanged += 1
    plan.removed = sorted(set(existing) - seen)
    if plan.rules is not None:
        plan.rules_before = conn.execute(sa.select(sa.func.count()).select_from(rules).where(
            rules.c.book.in_(currencies))).scalar() or 0
    return plan


def apply_plan(conn: sa.Connection, plan: ImportPlan) -> None:
    """Write the plan inside the caller's transaction; refuses invalid or outdated plans.

    The caller marks the plan ``applied`` once the transaction has committed.
    """
    if plan.errors:
        raise LibraryError(f"{plan.source}: {len(plan.errors)} row(s) have problems; nothing was "
                           "imported: fix them and import again",
                           zh=f"{plan.source.name}：有 {len(plan.errors)} 行存在问题，未导入任何内容："
                              "请修正后重新导入")
    if plan.applied:
        raise LibraryError(f"{plan.source}: this import was already applied: plan it again",
                           zh=f"{plan.source.name}：此次导入已经执行过：如需再次导入，请重新选择文件")
    if read_revision(conn) != plan.revision:
        raise LibraryError(f"{plan.source}: the library changed after this import was planned: "
                           "plan the import again to see the current differences",
                           zh=f"{plan.source.name}：检查导入内容之后资料库已有改动："
                              "请重新导入，以查看最新差异")
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    source = plan.source.name
    removing = plan.removed if plan.replace else []
    bulk = len(plan.added) + len(plan.changed) + len(removing) >= BULK_ROWS \
        and suspend_fts(conn)
    if plan.added:
        conn.execute(products.insert(), [{**r.to_row(), "source": source, "updated_at": now}
                                         for r in plan.added])
    if plan.changed:
        update = (products.update()
                  .where(products.c.currency == sa.bindparam("key_currency"),
                         products.c.sku == sa.bindparam("key_sku"))
                  .values({name: sa.bindparam(name) for name in _UPDATED}))
        conn.execute(update, [{**_update_values(c.after), "key_currency": c.currency,
                               "key_sku": c.sku, "source": source, "updated_at": now}
                              for c in plan.changed])
    if removing:
        for currency in {cur for cur, _ in removing}:
            skus = [sku for cur, sku in removing if cur == currency]
            for start in range(0, len(skus), 500):
                conn.execute(products.delete().where(products.c.currency == currency,
                                                     products.c.sku.in_(skus[start:start + 500])))
    if bulk:
        resume_fts(conn)
    for currency in plan.currencies:
        conn.execute(pricebooks.delete().where(pricebooks.c.currency == currency))
        conn.execute(pricebooks.insert().values(currency=currency, source=source,
                                                imported_at=now))
    if plan.rules is not None:
        for currency in plan.currencies:
            store_rules(conn, plan.rules, book=currency)
    conn.execute(meta.update().where(meta.c.key == "revision")
                 .values(value=str(plan.revision + 1)))


_UPDATED = ("name_zh", "name_en", "description_zh", "description_en", "category", "unit",
            "list_price", "unit_cost", "vat_rate", "pricing", "recurrence", "capabilities",
            "source", "updated_at")


def _update_values(record: ProductRecord) -> dict[str, Any]:
    row = record.to_row()
    return {name: row[name] for name in _UPDATED if name in row}


def store_rules(conn: sa.Connection, rows: list[dict[str, Any]], book: str = "") -> None:
    """Replace the rules of ``book`` (a currency; "" for rules of no book) with ``rows``.

    Columns kind, sku and target are stored as such, every other column in ``params``.
    """
    conn.execute(rules.delete().where(rules.c.book == book))
    if rows:
        conn.execute(rules.insert(), [
            {"book": book, "position": i, "kind": str(r.get("kind", "")),
             "sku": str(r.get("sku", "")),
             "target": str(r.get("target", "")),
             "params": {k: _json_safe(v) for k, v in r.items()
                        if k not in ("kind", "sku", "target")}}
            for i, r in enumerate(rows)])


def _json_safe(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # Decimal, dates: as text, which rules_from_rows reads back


def load_rules(conn: sa.Connection, currency: str | None = None, *,
               bookless: bool = True) -> list[dict[str, Any]]:
    """The stored rules as the rows they were given as: those of no book, then each book's.

    With ``currency``, only the rules of that currency's book, plus (``bookless``)
    those of no book.
    """
    statement = sa.select(rules).order_by(rules.c.book, rules.c.position)
    if currency is not None:
        statement = statement.where(rules.c.book.in_(["", currency] if bookless else [currency]))
    found: list[dict[str, Any]] = []
    for row in conn.execute(statement):
        named = (("kind", row.kind), ("sku", row.sku), ("target", row.target))
        data = {k: v for k, v in named if v}
        data.update(row.params)
        found.append(data)
    return found
