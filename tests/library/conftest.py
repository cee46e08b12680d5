"""Fixtures of the library tests: a fresh library and a small price book."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from library_books import BASIC_ROWS, write_xlsx

from app.library.store import Library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """An empty library in a temporary file."""
    opened = Library.open(tmp_path / "library.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def basic_book(tmp_path: Path) -> Path:
    """The five BASIC_ROWS as an .xlsx price book."""
    return write_xlsx(tmp_path / "basic.xlsx", BASIC_ROWS)
