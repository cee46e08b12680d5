"""Reference material of the library besides products: competitors, case studies and clauses.

Each is a small frozen record keyed by a short ``key`` the user chooses
(``vendor-a``, ``auto-parts-2025``, ``liability-cap``); saving a record with
an existing key replaces it.  Case studies and clauses convert to the deal's
own models, so picking one from the library copies it into the deal.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

from app.document.plan_model import CaseStudy, Clause
from app.library.errors import LibraryError
from app.library.schema import case_studies, clauses, competitors
from app.library.search import like_pattern


@dataclass(frozen=True)
class CompetitorRecord:
    """A competitor we meet in deals: what they are good and weak at."""

    key: str
    name: str
    description: str = ""
    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class CaseStudyRecord:
    """A reference project: industry, headline metrics and the story."""

    key: str
    title: str
    industry: str = ""
    language: str = ""
    metrics: tuple[str, ...] = ()
    text: str = ""
    capabilities: tuple[str, ...] = ()

    def to_case_study(self) -> CaseStudy:
        """The deal's case-study model, to copy into a deal."""
        return CaseStudy(title=self.title, industry=self.industry, metrics=list(self.metrics),
                         text=self.text)


@dataclass(frozen=True)
class ClauseRecord:
    """A standard clause text (liability, confidentiality, warranty, ...)."""

    key: str
    title: str
    language: str = ""
    text: str = ""
    tags: tuple[str, ...] = ()

    def to_clause(self) -> Clause:
        """The deal's clause model, to copy into a deal's terms."""
        return Clause(title=self.title, text=self.text)


_TABLES: dict[type, sa.Table] = {CompetitorRecord: competitors, CaseStudyRecord: case_studies,
                                 ClauseRecord: clauses}


def save_reference(conn: sa.Connection, record: Any) -> None:
    """Insert ``record`` or replace the one with the same key."""
    if not record.key.strip():
        raise LibraryError(f"{type(record).__name__}: the key must not be empty: give it a short "
                           "name such as 'vendor-a'",
                           zh="key 不能为空：请填写一个简短的标识，如 vendor-a")
    table = _TABLES[type(record)]
    values = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(record).items()}
    conn.execute(table.delete().where(table.c.key == record.key))
    conn.execute(table.insert().values(values))


def delete_reference(conn: sa.Connection, kind: type, key: str) -> bool:
    """Delete the record of ``kind`` with ``key``; True when there was one."""
    table = _TABLES[kind]
    return bool(conn.execute(table.delete().where(table.c.key == key)).rowcount)


def load_references(conn: sa.Connection, kind: type, *, text: str = "",
                    **equal: str | None) -> list[Any]:
    """Records of ``kind`` by key, filtered by ``text`` (in any column) and by exact fields."""
    table = _TABLES[kind]
    statement = sa.select(table).order_by(table.c.key)
    for name, value in equal.items():
        if value is not None:
            statement = statement.where(table.c[name] == value)
    for word in text.split():
        pattern = like_pattern(word)
        statement = statement.where(sa.or_(*(
            sa.type_coerce(c, sa.Text).like(pattern, escape="\\") for c in table.columns)))
    return [_record(kind, row) for row in conn.execute(statement)]


def _record(kind: type, row: Any) -> Any:
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in row._mapping.items()}
    return kind(**values)
