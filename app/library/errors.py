"""Errors of the local library and price-book files, in English and Chinese.

Every problem a user can cause is a :class:`LibraryError` (a
:class:`~app.document.errors.DealError`, so the CLI and the GUI report it the
same way) whose message says what is wrong, where, and how to fix it.

Like the rule and coverage messages of the engine, each message exists in both
product languages: ``str(error)`` is the English text (what the command line
prints), ``error.message(language)`` the wording for ``zh_CN`` or ``en`` that
the desktop passes from its current interface language.  A message only the
command line can act on (``--library``) keeps that hint in :attr:`cli_hint`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.document.errors import DealError


def is_chinese(language: str) -> bool:
    """True for ``zh_CN`` (and any ``zh`` variant)."""
    return language.startswith("zh")


def pick(language: str, en: str, zh: str) -> str:
    """``zh`` for a Chinese ``language`` when there is one, else ``en``."""
    return zh if zh and is_chinese(language) else en


class LibraryError(DealError):
    """A problem with the library or a price-book file that the user can fix.

    ``LibraryError(english, zh=chinese, cli_hint=" with --library")``.
    """

    def __init__(self, message: str = "", *, zh: str = "", cli_hint: str = "") -> None:
        super().__init__(message)
        self.zh = zh
        self.cli_hint = cli_hint

    def message(self, language: str = "en") -> str:
        """The message in ``language`` (``zh_CN`` or ``en``)."""
        return pick(language, str(self), self.zh)

    def cli_text(self) -> str:
        """The English message with the command-line hint, for the terminal."""
        text = str(self)
        return text + self.cli_hint if self.cli_hint else text


class PriceBookFileError(LibraryError):
    """The file is refused as a whole: missing, too big, not a workbook, hostile, unreadable."""


def error_message(error: BaseException, language: str) -> str:
    """The message of any error in ``language``: a :class:`LibraryError`'s own wording,
    else its text."""
    if isinstance(error, LibraryError):
        return error.message(language)
    return str(error)


@dataclass(frozen=True)
class RowError:
    """One problem in one cell of a price book: ``row 14, column list_price: must be ...``.

    ``row`` is the row number a spreadsheet application shows (the header is
    row 1); ``sheet`` is set for problems outside the ``pricebook`` sheet.
    ``message`` is English; ``zh`` the same problem in Chinese (problem, then
    after the last ``：`` how to fix it).
    """

    row: int
    column: str
    message: str
    sheet: str = ""
    zh: str = field(default="", compare=False)

    def __str__(self) -> str:
        where = f"sheet {self.sheet}, " if self.sheet else ""
        return f"{where}row {self.row}, column {self.column}: {self.message}"

    def text(self, language: str = "en") -> str:
        """The problem (without the place) in ``language``."""
        return pick(language, self.message, self.zh)

    def describe(self, language: str = "en") -> str:
        """Place and problem in ``language``: ``第 14 行，list_price 列：……``."""
        if not (self.zh and is_chinese(language)):
            return str(self)
        where = f"工作表 {self.sheet}，" if self.sheet else ""
        return f"{where}第 {self.row} 行，{self.column} 列：{self.zh}"
