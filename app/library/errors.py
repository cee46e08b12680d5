"""Errors of the local library and price-book files.

Every problem a user can cause is a :class:`LibraryError` (a
:class:`~app.document.errors.DealError`, so the CLI and the GUI report it the
same way) whose message says what is wrong, where, and how to fix it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.document.errors import DealError


class LibraryError(DealError):
    """A problem with the library or a price-book file that the user can fix."""


class PriceBookFileError(LibraryError):
    """The file is refused as a whole: missing, too big, not a workbook, hostile, unreadable."""


@dataclass(frozen=True)
class RowError:
    """One problem in one cell of a price book: ``row 14, column list_price: must be ...``.

    ``row`` is the row number a spreadsheet application shows (the header is
    row 1); ``sheet`` is set for problems outside the ``pricebook`` sheet.
    """

    row: int
    column: str
    message: str
    sheet: str = ""

    def __str__(self) -> str:
        where = f"sheet {self.sheet}, " if self.sheet else ""
        return f"{where}row {self.row}, column {self.column}: {self.message}"
