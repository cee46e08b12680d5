"""The library manager: price books, products, rules, competitors, case studies and clauses.

A non-modal window over one open :class:`~app.library.store.Library`.
Library edits are not deal edits (no undo); destructive actions ask first and
errors appear as one message line.  :attr:`library_changed` is emitted after
every change, so open catalogs can search again (the library's ``revision``
also rises for products and rules).  The footer exports the reference
material (competitors, case studies, clauses, rules) as one file for
colleagues and imports such a file after a preview (:mod:`app.library.exchange`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.library import exchange
from app.library.references import CaseStudyRecord, ClauseRecord, CompetitorRecord
from app.ui.dialogs.library_changes_dialog import ChangeRow, LibraryChangesDialog
from app.ui.dialogs.library_pricebooks_tab import LibraryPriceBooksTab
from app.ui.dialogs.library_products_tab import LibraryProductsTab
from app.ui.dialogs.library_references_tab import LibraryReferencesTab
from app.ui.dialogs.library_rules_tab import LibraryRulesTab
from app.ui.dialogs.library_tasks import start_library_task
from app.ui.labels import language_label
from app.ui.widgets.inline_message import InlineMessage


class LibraryManagerDialog(QDialog):
    """``LibraryManagerDialog(library, language)``; closing it does not close ``library``."""

    library_changed = Signal()

    def __init__(self, library, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_manager_dialog")
        self.setWindowTitle(self.tr("Library"))
        self.setModal(False)
        self._library = library
        self._language = language
        self._task = None
        self.preview_dialog: LibraryChangesDialog | None = None
        self.pricebooks = LibraryPriceBooksTab(library, language, self)
        self.products = LibraryProductsTab(library, language, self)
        self.rules = LibraryRulesTab(library, self)
        self.competitors = LibraryReferencesTab(
            library, CompetitorRecord, lambda text: library.competitors(text), [
                (self.tr("Key"), lambda r: r.key), (self.tr("Name"), lambda r: r.name),
                (self.tr("Strengths"), lambda r: "; ".join(r.strengths)),
                (self.tr("Weaknesses"), lambda r: "; ".join(r.weaknesses)),
                (self.tr("Description"), lambda r: r.description)], "competitors", self)
        self.case_studies = LibraryReferencesTab(
            library, CaseStudyRecord, lambda text: library.case_studies(text), [
                (self.tr("Key"), lambda r: r.key), (self.tr("Title"), lambda r: r.title),
                (self.tr("Industry"), lambda r: r.industry),
                (self.tr("Language"), lambda r: language_label(r.language)),
                (self.tr("Metrics"), lambda r: "; ".join(r.metrics))], "case_studies", self)
        self.clauses = LibraryReferencesTab(
            library, ClauseRecord, lambda text: library.clauses(text), [
                (self.tr("Key"), lambda r: r.key), (self.tr("Title"), lambda r: r.title),
                (self.tr("Language"), lambda r: language_label(r.language)),
                (self.tr("Tags"), lambda r: ", ".join(r.tags)),
                (self.tr("Text"), lambda r: r.text.replace("\n", " ")[:200])], "clauses", self)
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("library_tabs")
        for tab, label in ((self.pricebooks, self.tr("Price books")),
                           (self.products, self.tr("Products")), (self.rules, self.tr("Rules")),
                           (self.competitors, self.tr("Competitors")),
                           (self.case_studies, self.tr("Case studies")),
                           (self.clauses, self.tr("Clauses"))):
            self._tabs.addTab(tab, label)
            tab.status.connect(self.show_status)
            tab.changed.connect(self._changed)
        self._error = InlineMessage(self)
        self._info = QLabel(self)
        self._info.setObjectName("library_status")
        self._info.setWordWrap(True)
        footer = QHBoxLayout()
        for name, text, tip, slot in (
                ("export_references", self.tr("Export references…"),
                 self.tr("Competitors, case studies, clauses and rules as one file for "
                         "colleagues"), self._choose_export),
                ("import_references", self.tr("Import references…"),
                 self.tr("Add or update competitors, case studies, clauses and rules from a "
                         "colleague's file, after a preview"), self._choose_import)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            footer.addWidget(button)
        footer.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._error)
        layout.addWidget(self._info)
        layout.addLayout(footer)
        self.resize(1080, 600)
        self._info.setText(self._location_text())

    # -- parts ---------------------------------------------------------------------------------

    def library(self):
        return self._library

    def tabs(self) -> QTabWidget:
        return self._tabs

    def busy(self) -> bool:
        return self._task is not None or self.pricebooks.busy()

    def error_message(self) -> str:
        return self._error.message()

    def status_message(self) -> str:
        return self._info.text()

    def _location_text(self) -> str:
        return self.tr("Library file: {path}").format(path=self._library.path)

    def show_status(self, text: str, is_error: bool = False) -> None:
        """One line under the tabs: an error in red, or what was just done."""
        if is_error:
            self._error.show_message(text)
            self._info.setText("")
        else:
            self._error.clear_message()
            self._info.setText(text)

    def done(self, result: int) -> None:
        """Close, unless an import or export is still running (its thread needs the window)."""
        if self.busy():
            self.show_status(self.tr("Wait until the running import or export ends."), True)
            return
        super().done(result)

    def refresh(self) -> None:
        """Reload every tab from the library."""
        for tab in (self.pricebooks, self.products, self.rules, self.competitors,
                    self.case_studies, self.clauses):
            tab.refresh()

    def _changed(self) -> None:
        sender = self.sender()
        if sender is self.pricebooks:
            self.products.refresh()
            self.rules.refresh()
        elif sender is self.products:
            self.pricebooks.refresh()
        self.library_changed.emit()

    # -- references for colleagues -------------------------------------------------------------

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export references"),
                                              "library_references.json",
                                              self.tr("Library references (*.json)"))
        if path:
            self.export_references(Path(path))

    def export_references(self, path: Path) -> None:
        """Write competitors, case studies, clauses and rules to ``path`` in a worker."""
        def done(bundle: exchange.ReferenceBundle) -> None:
            self._task = None
            counts = bundle.counts()
            self.show_status(self.tr(
                "Exported to {file}: {competitors} competitors, {case_studies} case studies, "
                "{clauses} clauses, {rules} rules").format(file=path.name, **counts))

        self._run(self.tr("Exporting references…"),
                  lambda: exchange.export_references(self._library, path), done, writes=True)

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import references"), "",
                                              self.tr("Library references (*.json)"))
        if path:
            self.import_references(Path(path))

    def import_references(self, path: Path) -> None:
        """Check ``path`` in a worker, then show the preview; Apply writes it all or nothing."""
        self._run(self.tr("Checking {file}…").format(file=path.name),
                  lambda: exchange.plan_exchange(self._library, path), self._planned)

    def section_labels(self) -> dict[str, str]:
        return {"competitors": self.tr("Competitor"), "case_studies": self.tr("Case study"),
                "clauses": self.tr("Clause"), "rules": self.tr("Rules")}

    def _planned(self, plan: exchange.ExchangePlan) -> None:
        self._task = None
        sections = self.section_labels()
        no_book = self.tr("No price book")
        rows = [ChangeRow(c.status, sections[c.section],
                          (c.key or no_book) if c.section == "rules" else c.key,
                          self.tr("%n rule(s)", "", int(c.title)) if c.section == "rules"
                          else c.title, ", ".join(c.fields))
                for c in plan.changes if c.status != "unchanged"]
        summary = self.tr("{file}: {added} added, {changed} changed, {unchanged} unchanged. "
                          "Records with the same key are replaced; nothing is deleted.").format(
            file=plan.source.name, added=len(plan.added), changed=len(plan.changed),
            unchanged=len(plan.changes) - len(plan.added) - len(plan.changed))
        self.preview_dialog = LibraryChangesDialog(
            self.tr("Import {file}").format(file=plan.source.name), summary, rows, self,
            group_header=self.tr("Kind"), key_header=self.tr("Key"))
        self.preview_dialog.finished.connect(
            lambda result: self._apply(plan) if result == QDialog.DialogCode.Accepted else None)
        self.preview_dialog.open()

    def _apply(self, plan: exchange.ExchangePlan) -> None:
        def done(_plan) -> None:
            self._task = None
            self.refresh()
            self.show_status(self.tr("Imported {file}: {added} added, {changed} changed").format(
                file=plan.source.name, added=len(plan.added), changed=len(plan.changed)))
            self.library_changed.emit()

        self._run(self.tr("Importing {file}…").format(file=plan.source.name),
                  lambda: exchange.apply_exchange(self._library, plan), done, writes=True)

    def _run(self, title: str, work, on_success, *, writes: bool = False) -> None:
        def failed(message: str) -> None:
            self._task = None
            self.show_status(message, True)

        self._task = start_library_task(self, title, work, on_success, failed, writes=writes)
