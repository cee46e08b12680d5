"""The Price books tab: the books in the library; import (checked, previewed, applied), export.

Importing runs :meth:`Library.plan_import` in a worker; a refused file
shows its row problems (nothing written), a valid one a preview of what is
added, changed and removed, and only Apply writes it (in a worker too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QWidget

from app.formatting import format_money, format_number, format_rate_label
from app.library.importing import ImportPlan
from app.library.pricebook_columns import COLUMNS
from app.ui.dialogs.library_changes_dialog import ChangeRow, LibraryChangesDialog
from app.ui.dialogs.library_row_errors_dialog import LibraryRowErrorsDialog
from app.ui.dialogs.library_tab import LibraryTab
from app.ui.dialogs.library_tasks import error_text, start_library_task
from app.ui.models.library_records_model import LibraryRecordsModel

_MONEY = ("list_price", "unit_cost")
_FIELD_COLUMNS = {"pricing": "pricing_model", "recurrence": "recurrence_period"}


def field_label(name: str, language: str) -> str:
    """A product field as the price book's column title: ``list_price`` -> 目录价 / list price."""
    column = _FIELD_COLUMNS.get(name, name)
    for spec in COLUMNS:
        if spec.name == column:
            return spec.zh if language.startswith("zh") else spec.en
    return name


def plan_rows(plan: ImportPlan, language: str) -> list[ChangeRow]:
    """The preview rows of a price-book plan: added, changed (old -> new), removed (replace)."""
    def money(value, currency: str) -> str:
        return "—" if value is None else format_money(value, currency, language)

    rows = [ChangeRow("added", r.currency, r.sku, r.name(language), money(r.list_price, r.currency))
            for r in plan.added]
    for change in plan.changed:
        parts = []
        for name in change.fields:
            before, after = getattr(change.before, name), getattr(change.after, name)
            label = field_label(name, language)
            if name in _MONEY:
                parts.append(f"{label}: {money(before, change.currency)} → "
                             f"{money(after, change.currency)}")
            elif name == "vat_rate":
                parts.append(f"{label}: {format_rate_label(before)} → {format_rate_label(after)}")
            else:
                parts.append(label)
        rows.append(ChangeRow("changed", change.currency, change.sku,
                              change.after.name(language), "; ".join(parts)))
    if plan.replace:
        rows += [ChangeRow("removed", currency, sku) for currency, sku in plan.removed]
    return rows


class LibraryPriceBooksTab(LibraryTab):
    """``changed`` after an import; ``status(text, is_error)`` for the manager's message line."""

    def __init__(self, library, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(library, "library_pricebooks_tab", parent)
        self._language = language
        self._task = None
        self.preview_dialog: LibraryChangesDialog | None = None
        self.errors_dialog: LibraryRowErrorsDialog | None = None
        self._model = LibraryRecordsModel([
            (self.tr("Currency"), lambda b: b.currency),
            (self.tr("Products"), lambda b: format_number(b.items, language)),
            (self.tr("Source file"), lambda b: b.source),
            (self.tr("Imported"), lambda b: b.imported_at.replace("T", " ")[:16]),
        ], self, right_aligned=(1,))
        self._table = self.make_table("pricebooks_table", self._model, 2,
                                      ((0, 80), (1, 90), (3, 150)))
        self._replace = QCheckBox(self.tr("Delete products the file no longer lists"), self)
        self._replace.setObjectName("replace_check")
        self._replace.setToolTip(self.tr("Off: products missing from the file are kept and "
                                         "listed. On: they are deleted from that price book."))
        buttons = self.button_row((
            ("import_button", self.tr("Import price book…"), self._choose_import),
            ("export_button", self.tr("Export price book…"), self._choose_export),
            ("template_button", self.tr("Download template…"), self._choose_template)))
        self.lay_out(self._table, self._replace, buttons, stretch=self._table)
        self.refresh()

    def model(self) -> LibraryRecordsModel:
        return self._model

    def busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        self._model.set_records(self._library.pricebooks())

    def selected_currency(self) -> str | None:
        index = self._table.currentIndex()
        return self._model.record(index.row()).currency if index.isValid() else None

    # -- import --------------------------------------------------------------------------------

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import price book"), "",
            self.tr("Price books (*.xlsx *.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, *, replace: bool | None = None) -> None:
        """Check ``path`` in a worker, then show its row problems or the preview."""
        if replace is not None:
            self._replace.setChecked(replace)
        replacing = self._replace.isChecked()
        self._run(self.tr("Checking {file}…").format(file=path.name),
                  lambda: self._library.plan_import(path, replace=replacing), self._planned)

    def _planned(self, plan: ImportPlan) -> None:
        self._task = None
        if not plan.ok:
            self.errors_dialog = LibraryRowErrorsDialog(plan.source, plan.errors, self)
            self.errors_dialog.open()
            self.status.emit(self.tr("{file}: refused, nothing imported").format(
                file=plan.source.name), True)
            return
        rows = plan_rows(plan, self._language)
        counts = self.tr("{books}: {added} added, {changed} changed, {removed} removed, "
                         "{unchanged} unchanged").format(
            books=", ".join(plan.currencies) or "—", added=len(plan.added),
            changed=len(plan.changed), removed=len(plan.removed) if plan.replace else 0,
            unchanged=plan.unchanged)
        if plan.rules is not None:
            counts += " · " + self.tr("%n rule(s) replace the book's rules", "", len(plan.rules))
        note = "" if plan.replace or not plan.removed else self.tr(
            "%n product(s) of this price book are not in the file and are kept (tick \"Delete "
            "products the file no longer lists\" to delete them).", "", len(plan.removed))
        self.preview_dialog = LibraryChangesDialog(
            self.tr("Import {file}").format(file=plan.source.name), counts, rows, self, note=note)
        self.preview_dialog.apply_button().setEnabled(plan.has_changes)
        self.preview_dialog.finished.connect(
            lambda result: self._apply(plan) if result == QDialog.DialogCode.Accepted else None)
        self.preview_dialog.open()

    def _apply(self, plan: ImportPlan) -> None:
        self._run(self.tr("Importing {file}…").format(file=plan.source.name),
                  lambda: self._library.apply(plan), self._applied, writes=True)

    def _applied(self, plan: ImportPlan) -> None:
        self._task = None
        self.refresh()
        self.status.emit(self.tr("Imported {file}: {added} added, {changed} changed").format(
            file=plan.source.name, added=len(plan.added), changed=len(plan.changed)), False)
        self.changed.emit()

    # -- export and template -------------------------------------------------------------------

    def _choose_export(self) -> None:
        currency = self.selected_currency()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export price book"), f"pricebook_{currency or 'all'}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_file(Path(path), currency)

    def export_file(self, path: Path, currency: str | None = None) -> None:
        """Write the products of ``currency`` (None: every book) to ``path`` in a worker."""
        self._run(self.tr("Exporting…"),
                  lambda: self._library.export(path, currency=currency),
                  lambda count: self._done(self.tr("Exported %n product(s) to {file}", "", count)
                                           .format(file=path.name)), writes=True)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save price-book template"),
                                              "pricebook_template.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.write_template(Path(path))

    def write_template(self, path: Path) -> None:
        try:
            self._library.write_template(path)
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a traceback
            self.status.emit(error_text(exc), True)
            return
        self.status.emit(self.tr("Template saved to {file}").format(file=path.name), False)

    def _done(self, text: str) -> None:
        self._task = None
        self.status.emit(text, False)

    def _run(self, title: str, work, on_success, *, writes: bool = False) -> None:
        def failed(message: str) -> None:
            self._task = None
            self.status.emit(message, True)

        self._task = start_library_task(self, title, work, on_success, failed, writes=writes)
