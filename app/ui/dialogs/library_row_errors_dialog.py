"""Why a price book was refused: each row problem (row, column, problem, how to fix)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from app.library.errors import RowError
from app.library.pricebook_columns import COLUMNS
from app.ui.models.library_records_model import LibraryRecordsModel
from app.ui.translations import current_language
from app.ui.widgets.edit_table import setup_edit_table


def split_fix(message: str) -> tuple[str, str]:
    """``"must be a number: type 1200"`` -> (problem, how to fix); the library's messages say
    what is wrong, then after the last ``": "`` (``"："`` in Chinese) what to do."""
    problem, sep, fix = message.rpartition("：" if "：" in message else ": ")
    return (problem, fix) if sep else (message, "")


def how_to_fix(error: RowError, language: str = "en") -> str:
    """The fix the message names, else what the column expects (from the template's help)."""
    fix = split_fix(error.text(language))[1]
    if fix:
        return fix
    column = next((c for c in COLUMNS if c.name == error.column), None)
    if column is None:
        return ""
    return column.help_zh if language.startswith("zh") else column.help_en


class LibraryRowErrorsDialog(QDialog):
    """A table of :class:`RowError` s of ``source`` and a Close button; the problems are
    worded in ``language`` (default: the interface language)."""

    def __init__(self, source: Path, errors: Sequence[RowError],
                 parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        language = language or current_language()
        self.setObjectName("library_row_errors_dialog")
        self.setWindowTitle(self.tr("Price book refused"))
        heading = QLabel(self.tr("{file} was not imported: %n problem(s) to fix. Nothing was "
                                 "written to the library; correct the file and import it again.",
                                 "", len(errors)).format(file=source.name), self)
        heading.setObjectName("row_errors_heading")
        heading.setWordWrap(True)
        self._model = LibraryRecordsModel([
            (self.tr("Sheet"), lambda e: e.sheet),
            (self.tr("Row"), lambda e: e.row),
            (self.tr("Column"), lambda e: e.column),
            (self.tr("Problem"), lambda e: split_fix(e.text(language))[0]),
            (self.tr("How to fix"), lambda e: how_to_fix(e, language)),
        ], self, right_aligned=(1,), tooltip=lambda e: e.describe(language))
        self._model.set_records(errors)
        table = QTableView(self)
        table.setObjectName("row_errors_table")
        table.setModel(self._model)
        setup_edit_table(table, 4)
        table.setColumnHidden(0, not any(e.sheet for e in errors))
        header = table.horizontalHeader()
        for column, width in ((1, 50), (2, 110), (3, 260)):
            header.resizeSection(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def model(self) -> LibraryRecordsModel:
        return self._model
