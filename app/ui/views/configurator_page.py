"""The configurator: catalog browser, the quote by sections, rule fixes, price drift, totals, internal panel.

Every edit goes through the document, one undo step per user action with a
user-facing text (a rule fix, a drop, a move between sections and "Update
prices" are one macro or one replace each).  Rule problems with their fixes
come from :func:`app.ui.quote_edits.rule_problems` and price-book drift from
:func:`app.library.drift.price_drift`, both refreshed after each results change.

Parts: the tool bar (:class:`~app.ui.widgets.configurator_toolbar.ConfiguratorToolbar`,
with the selected section's display), the tree (keys Insert, Delete,
Ctrl+Up/Down), the edits with undo texts (:class:`ConfiguratorQuoteEditor`),
the per-line dialogs (:class:`ConfiguratorLineDialogs`) and the context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.library.errors import LibraryError
from app.ui.translations import current_language
from app.ui import quote_edits
from app.ui.dialogs.configurator_custom_line_dialog import ConfiguratorCustomLineDialog
from app.ui.models.quote_table_model import QuoteTableModel
from app.ui.theme import error_colour
from app.ui.views.configurator_context_menu import ConfiguratorContextMenu
from app.ui.views.configurator_line_dialogs import ConfiguratorLineDialogs
from app.ui.views.configurator_quote_editor import ConfiguratorQuoteEditor
from app.ui.widgets.catalog_search_panel import CatalogSearchPanel
from app.ui.widgets.configurator_quote_tree_view import ConfiguratorQuoteTreeView
from app.ui.widgets.configurator_splitter import ConfiguratorSplitter
from app.ui.widgets.configurator_toolbar import ConfiguratorToolbar
from app.ui.widgets.internal_panel import InternalPanel
from app.ui.widgets.quote_totals_panel import QuoteTotalsPanel
from app.ui.widgets.rule_problems_panel import RuleProblemsPanel


class ConfiguratorPage(QWidget):
    """``ConfiguratorPage(document, parent=None, *, library=None)``; ``library`` is a
    :class:`app.library.store.Library` (None: the default library, opened when first needed)."""

    def __init__(self, document, parent: QWidget | None = None, *, library=None) -> None:
        super().__init__(parent)
        self.setObjectName("configurator_page")
        self._document = document
        self._library = library
        self._presentation = False
        meta = document.deal().meta
        self._catalog = CatalogSearchPanel(library, currency=meta.currency, language=meta.language,
                                           parent=self)
        self._model = QuoteTableModel(document, self)
        self._model.set_product_lookup(self.product_lookup)
        self._editor = ConfiguratorQuoteEditor(document, self._model, self)
        self._toolbar = ConfiguratorToolbar(self)  # created in tab order: catalog, tool bar, tree, totals
        self._tree = ConfiguratorQuoteTreeView(self._model, self)
        self._tree.customContextMenuRequested.connect(self._context_menu)
        self._problems = RuleProblemsPanel(self)
        self._totals = QuoteTotalsPanel(document, self)
        self._internal = InternalPanel(document, self)
        self._internal.setVisible(False)
        self._message = QLabel(self)
        self._message.setObjectName("configurator_message")
        self._message.setWordWrap(True)
        self._message.setStyleSheet(f"color: {error_colour().name()}")

        self._dialogs = ConfiguratorLineDialogs(self)
        self._toolbar.add_section_requested.connect(lambda: self.add_section())
        self._toolbar.custom_requested.connect(lambda: self.add_custom_component())
        self._toolbar.remove_requested.connect(self.remove_selected)
        self._toolbar.move_requested.connect(self.move_selected)
        self._toolbar.display_chosen.connect(self.set_selected_section_display)
        self._toolbar.internal_toggle().toggled.connect(self.set_internal_visible)
        self._toolbar.update_prices_button().clicked.connect(lambda _checked=False: self.update_prices())
        self._tree.insert_requested.connect(lambda: self.add_custom_component())
        self._tree.remove_requested.connect(self.remove_selected)
        self._tree.move_requested.connect(self.move_selected)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self._toolbar)
        centre_layout.addWidget(self._tree, 1)
        centre_layout.addWidget(self._problems)
        centre_layout.addWidget(self._message)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._totals)
        side_layout.addWidget(self._internal)
        side_layout.addStretch(1)
        splitter = ConfiguratorSplitter(self._catalog, centre, side, self._tree.essential_width, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        self._catalog.product_chosen.connect(self.add_product)
        self._totals.display_changed.connect(self._display_changed)
        self._problems.fix_requested.connect(self.apply_fix)
        self._model.edit_rejected.connect(self._message.setText)
        self._model.override_reason_needed.connect(self._dialogs.override_needs_reason)
        self._model.lines_dropped.connect(self._select_paths)
        self._model.modelReset.connect(self._tree.expandAll)
        self._model.modelReset.connect(self._sync_section_display)
        self._tree.selectionModel().currentChanged.connect(self._sync_section_display)
        document.results_changed.connect(self._results_changed)
        document.deal_changed.connect(lambda: self._message.setText(""))
        document.read_only_changed.connect(self._sync_writable)
        document.field_changed.connect(self._field_changed)
        document.deal_replaced.connect(self._meta_changed)
        self._sync_writable()
        self._display_changed()
        self._tree.expandAll()
        self.refresh_drift()
        if document.results() is not None:
            self._results_changed()

    # --- parts (for the main window and tests) ----------------------------------------------

    def document(self):
        return self._document

    def model(self) -> QuoteTableModel:
        return self._model

    def tree_view(self) -> QTreeView:
        return self._tree

    def catalog(self) -> CatalogSearchPanel:
        return self._catalog

    def totals_panel(self) -> QuoteTotalsPanel:
        return self._totals

    def internal_panel(self) -> InternalPanel:
        return self._internal

    def problems_panel(self) -> RuleProblemsPanel:
        return self._problems

    def editor(self) -> ConfiguratorQuoteEditor:
        return self._editor

    def toolbar(self) -> ConfiguratorToolbar:
        return self._toolbar

    def line_dialogs(self) -> ConfiguratorLineDialogs:
        return self._dialogs

    def update_prices_button(self) -> QToolButton:
        return self._toolbar.update_prices_button()

    def message(self) -> str:
        return self._message.text()

    def show_message(self, text: str) -> None:
        self._message.setText(text)

    def library(self):
        if self._library is None:
            from app.library.store import Library

            self._library = Library.open()
            self._catalog.set_library(self._library)
            self.refresh_drift()
        return self._library

    def showEvent(self, event) -> None:
        if self._library is None:
            self.library()
        super().showEvent(event)

    # --- internal panel and presentation ----------------------------------------------------

    def set_internal_visible(self, visible: bool) -> None:
        """Show the internal panel (refused in presentation mode)."""
        visible = visible and not self._presentation
        self._toolbar.internal_toggle().setChecked(visible)
        self._internal.setVisible(visible)

    def internal_visible(self) -> bool:
        return not self._internal.isHidden()

    def set_presentation_mode(self, on: bool) -> None:
        """In presentation mode the internal panel is hidden and cannot be opened."""
        self._presentation = on
        self._toolbar.internal_toggle().setEnabled(not on)
        if on:
            self.set_internal_visible(False)

    # --- adding -------------------------------------------------------------------------------

    def _selected(self) -> QModelIndex:
        return self._tree.currentIndex()

    def focus_path(self, path: str) -> bool:
        """Select the line or section a path names (``quote.sections[S1].lines[L07].quantity``)."""
        if not path.startswith("quote"):
            return False
        index = self._model.index_for_field(path)
        if index.isValid():
            self._tree.setCurrentIndex(index)
            self._tree.scrollTo(index)
        self._tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _select_paths(self, paths: list) -> None:
        index = self._model.index_of_path(paths[0]) if paths else QModelIndex()
        if index.isValid():
            self._tree.setCurrentIndex(index)

    def product_lookup(self, sku: str):
        """The library's product ``sku`` in the deal's currency (None without a library or product)."""
        if self._library is None:
            return None
        return self._library.get_product(sku, self._document.deal().meta.currency)

    _product_lookup = product_lookup

    def writable(self) -> bool:
        return not self._document.is_read_only()

    def _sync_writable(self) -> None:
        self._toolbar.set_writable(self.writable())
        self.refresh_drift()

    def add_product(self, record) -> None:
        """Add a line for ``record`` to the selected section (or the last one): one undo step."""
        if not self.writable():
            self._message.setText(self.tr("The deal is open read-only."))
            return
        lines_path = self._model.lines_path_for(self._selected())
        text = self.tr("Add {name}").format(name=record.name(self._document.deal().meta.language))
        with self._document.macro(text):  # with what the auto_add rules bring: one step
            path = quote_edits.add_product(self._document, record, lines_path, text=text)
            quote_edits.add_auto_added_lines(self._document, [path.rsplit("[", 1)[1].rstrip("]")],
                                             self.product_lookup)
        self._select_paths([path])

    def add_custom_component(self) -> None:
        """Ask for a custom component (dialog) and add it to the selected section."""
        meta = self._document.deal().meta
        dialog = ConfiguratorCustomLineDialog(meta.currency, self, prices_incl_vat=meta.tax_mode == "incl",
                                              default_vat=self._editor.uniform_vat_rate())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_custom_line(dialog.line_values())

    def add_custom_line(self, values: dict) -> str:
        """Add a line without SKU (QuoteLine fields but ``id``) to the selected section: one undo step."""
        path = self._editor.add_custom_line(values, self._model.lines_path_for(self._selected()))
        self._select_paths([path])
        return path

    def add_section(self, parent_path: str | None = None) -> str:
        """Add a section (a sub-section of ``parent_path``), select it and start renaming it."""
        path = self._editor.add_section(parent_path)
        index = self._model.index_of_path(path)
        self._tree.setCurrentIndex(index)
        if self.isVisible():
            self._tree.edit(index)
        return path

    def rename_selected(self) -> None:
        index = self._selected()
        if index.isValid():
            self._tree.edit(index.siblingAtColumn(QuoteTableModel.NAME_COLUMN))

    def move_line_to_section(self, line_id: str, section_path: str) -> bool:
        """Move a line to the end of another section ("Move to section…"): one undo step."""
        moved = self._editor.move_line_to_section(line_id, section_path)
        if moved:
            self._select_paths([f"{section_path}.lines[{line_id}]"])
        return moved

    # --- structure of the selection ---------------------------------------------------------

    def remove_selected(self) -> None:
        if self._selected().isValid():
            self._editor.remove(self._model.path(self._selected()))

    def move_selected(self, step: int) -> None:
        """Move the selected line or section up (-1) or down (+1); it stays selected."""
        path = self._model.path(self._selected()) if self._selected().isValid() else None
        if path is not None and self._editor.move(path, step):
            self._select_paths([path])  # the old index points elsewhere after the rebuild

    def move_section_into(self, section_path: str, parent_path: str | None) -> str | None:
        """Move a section under ``parent_path`` (None: the top level), select it: one undo step."""
        path = self._editor.move_section_into(section_path, parent_path)
        if path is not None:
            self._select_paths([path])
        return path

    def selected_section(self) -> str | None:
        """The path of the selected section (a selected line's own section; None: no selection)."""
        lines_path = self._model.lines_path_for(self._selected())
        return lines_path.rsplit(".", 1)[0] if lines_path else None

    def set_selected_section_display(self, display: str) -> bool:
        """Set how the selected section is shown to the client (the tool bar's combo): one step."""
        section = self.selected_section()
        return section is not None and self.writable() and self._editor.set_section_display(section, display)

    def _sync_section_display(self, *_args) -> None:
        section = self.selected_section()
        self._toolbar.show_section_display(self._document.value(f"{section}.display") if section else None)

    # --- rules, overrides, drift --------------------------------------------------------------

    def apply_fix(self, fix) -> None:
        problem = next((p for p in self._problems.problems() if fix in p.fixes), None)
        trigger = problem.line_ids[0] if problem is not None and problem.code == "auto_add" \
            and fix.action == "add_line" and problem.line_ids else None
        try:
            quote_edits.apply_fix(self._document, fix, self.product_lookup, auto_added_by=trigger)
        except LookupError as exc:
            self._message.setText(str(exc))

    def refresh_drift(self) -> None:
        """Mark the lines whose price differs from the library's current price book."""
        rows = self._editor.drift(self._library)
        self._model.set_line_drift({row.line_id: row for row in rows})
        self._toolbar.update_prices_button().set_drift_count(len(rows), writable=self.writable())

    def update_prices(self) -> int:
        """Set every drifting line to the price book's price, VAT rate and pricing: one undo step."""
        try:
            changed = self._editor.update_prices(self._library)
        except LibraryError as exc:
            self._message.setText(exc.message(current_language()))
            return 0
        self.refresh_drift()
        return changed

    def _context_menu(self, position) -> None:
        index = self._tree.indexAt(position)
        if not index.isValid():
            return
        self._tree.setCurrentIndex(index)
        menu = ConfiguratorContextMenu(self, index)
        menu.exec(self._tree.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- following the document ---------------------------------------------------------------

    def _field_changed(self, path: str) -> None:
        if path.startswith("meta."):
            self._meta_changed()
        elif path.endswith(".display"):
            self._sync_section_display()

    def _meta_changed(self) -> None:
        """The catalog follows the deal's currency (price book) and language."""
        meta = self._document.deal().meta
        if self._catalog.currency() != meta.currency:
            self._catalog.set_currency(meta.currency)
        if self._catalog.model().language() != meta.language:
            self._catalog.model().set_language(meta.language)

    def _display_changed(self) -> None:
        self._model.set_display(incl=self._totals.incl_vat(), wan=self._totals.wan())
        self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._model.columnCount() - 1)

    def _results_changed(self) -> None:
        problems = quote_edits.rule_problems(self._document.deal())
        by_line: dict[str, list] = {}
        for problem in problems:
            for line_id in problem.line_ids:
                by_line.setdefault(line_id, []).append(problem)
        self._model.set_line_problems(by_line)
        self._problems.set_problems(problems, lambda fix: quote_edits.fix_available(
            fix, self.product_lookup))
        self.refresh_drift()
