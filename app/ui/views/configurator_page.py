"""The configurator: catalog search, the quote by sections, rule fixes, totals and the internal panel.

Every edit goes through the document (one undo step per user action; a rule
fix is one macro).  Rule problems with their fixes come from
:func:`app.ui.quote_edits.rule_problems`, computed after each results change.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.document.quote_model import Section
from app.ui import quote_edits
from app.ui.models.quote_table_model import QuoteTableModel
from app.ui.widgets.catalog_search_panel import CatalogSearchPanel
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
        self._tree = QTreeView(self)
        self._tree.setObjectName("quote_tree")
        self._tree.setModel(self._model)
        self._tree.setAlternatingRowColors(True)
        self._tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._tree.customContextMenuRequested.connect(self._context_menu)
        header = self._tree.header()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(34)
        for column, width in ((0, 250), (2, 70), (3, 92), (4, 80), (6, 58), (7, 40), (8, 112),
                              (9, 34), (10, 80)):
            header.resizeSection(column, width)
        for column in (QuoteTableModel.SKU_COLUMN, QuoteTableModel.REASON_COLUMN):
            self._tree.setColumnHidden(column, True)  # in the tooltips; the reason is asked for
        self._problems = RuleProblemsPanel(self)
        self._totals = QuoteTotalsPanel(document, self)
        self._internal = InternalPanel(document, self)
        self._internal.setVisible(False)
        self._message = QLabel(self)
        self._message.setObjectName("configurator_message")
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: #c62828")

        self._internal_toggle = self._tool(self.tr("Internal"), None, checkable=True)
        self._internal_toggle.setObjectName("internal_toggle")
        self._internal_toggle.setToolTip(self.tr("Show cost, margin and discount approvals "
                                                 "(never in presentation mode)"))
        self._internal_toggle.toggled.connect(self.set_internal_visible)
        bar = QHBoxLayout()
        bar.addWidget(self._tool(self.tr("Add section"), self.add_section))
        bar.addWidget(self._tool(self.tr("Remove"), self.remove_selected))
        bar.addWidget(self._tool(self.tr("Move up"), lambda: self.move_selected(-1)))
        bar.addWidget(self._tool(self.tr("Move down"), lambda: self.move_selected(1)))
        bar.addStretch(1)
        bar.addWidget(self._internal_toggle)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(bar)
        centre_layout.addWidget(self._tree, 1)
        centre_layout.addWidget(self._problems)
        centre_layout.addWidget(self._message)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._totals)
        side_layout.addWidget(self._internal)
        side_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._catalog)
        splitter.addWidget(centre)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 6)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([200, 830, 250])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        self._catalog.product_chosen.connect(self.add_product)
        self._totals.display_changed.connect(self._display_changed)
        self._problems.fix_requested.connect(self.apply_fix)
        self._model.edit_rejected.connect(self._message.setText)
        self._model.override_reason_needed.connect(self._override_needs_reason)
        self._model.modelReset.connect(self._tree.expandAll)
        document.results_changed.connect(self._results_changed)
        document.deal_changed.connect(lambda: self._message.setText(""))
        self._display_changed()
        self._tree.expandAll()
        if document.results() is not None:
            self._results_changed()

    def _tool(self, text: str, slot, *, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(checkable)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

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

    def message(self) -> str:
        return self._message.text()

    def library(self):
        if self._library is None:
            from app.library.store import Library

            self._library = Library.open()
            self._catalog.set_library(self._library)
        return self._library

    def showEvent(self, event) -> None:
        if self._library is None:
            self.library()
        super().showEvent(event)

    # --- internal panel and presentation ----------------------------------------------------

    def set_internal_visible(self, visible: bool) -> None:
        """Show the internal panel (refused in presentation mode)."""
        visible = visible and not self._presentation
        self._internal_toggle.setChecked(visible)
        self._internal.setVisible(visible)

    def internal_visible(self) -> bool:
        return not self._internal.isHidden()

    def set_presentation_mode(self, on: bool) -> None:
        """In presentation mode the internal panel is hidden and cannot be opened."""
        self._presentation = on
        self._internal_toggle.setEnabled(not on)
        if on:
            self.set_internal_visible(False)

    # --- editing ------------------------------------------------------------------------------

    def _selected(self) -> QModelIndex:
        return self._tree.currentIndex()

    def _product_lookup(self, sku: str):
        library = self._library
        if library is None:
            return None
        return library.get_product(sku, self._document.deal().meta.currency)

    def add_product(self, record) -> None:
        """Add a line for ``record`` to the selected section (or the last one): one undo step."""
        lines_path = self._model.lines_path_for(self._selected())
        name = record.name(self._document.deal().meta.language)
        path = quote_edits.add_product(self._document, record, lines_path,
                                       text=self.tr("Add {name}").format(name=name))
        index = self._model.index_of_path(path)
        if index.isValid():
            self._tree.setCurrentIndex(index)

    def add_section(self) -> None:
        deal = self._document.deal()
        section = Section(id=quote_edits.new_section_id(deal), title=self.tr("New section"))
        self._document.insert_item("quote.sections", len(deal.quote.sections), section,
                                   text=self.tr("Add section"))
        index = self._model.index_of_path(f"quote.sections[{section.id}]")
        self._tree.setCurrentIndex(index)
        self._tree.edit(index)

    def _list_and_position(self, index: QModelIndex) -> tuple[str, int] | None:
        if not index.isValid():
            return None
        path = self._model.path(index)
        list_path, _selector = path.rsplit("[", 1)
        item_id = _selector.rstrip("]")
        for position, item in enumerate(self._document.items(list_path)):
            if item.id == item_id:
                return list_path, position
        return None

    def remove_selected(self) -> None:
        found = self._list_and_position(self._selected())
        if found is not None:
            self._document.remove_item(*found)

    def move_selected(self, step: int) -> None:
        found = self._list_and_position(self._selected())
        if found is None:
            return
        list_path, position = found
        path = self._model.path(self._selected())
        if self._document.move_item(list_path, position, position + step):
            self._tree.setCurrentIndex(self._model.index_of_path(path))

    def apply_fix(self, fix) -> None:
        try:
            quote_edits.apply_fix(self._document, fix, self._product_lookup)
        except LookupError as exc:
            self._message.setText(str(exc))

    def ask_override_reason(self, line_name: str) -> str | None:
        """Ask why the price is overridden (tests replace this)."""
        text, ok = QInputDialog.getText(self, self.tr("Price override"),
                                        self.tr("Why is the price of “{name}” overridden?")
                                        .format(name=line_name))
        return text.strip() if ok and text.strip() else None

    def set_price_override(self, line_path: str, price, reason: str) -> None:
        """Override a line's unit price with its reason: one undo step."""
        with self._document.macro(self.tr("Override price")):
            self._document.set_field(f"{line_path}.override_reason", reason)
            self._document.set_field(f"{line_path}.price_override", price)

    def _override_needs_reason(self, line_path: str, price) -> None:
        reason = self.ask_override_reason(self._document.value(f"{line_path}.name"))
        if reason:
            self.set_price_override(line_path, price, reason)
        else:
            self._message.setText(self.tr("A price override needs a reason."))

    def _context_menu(self, position) -> None:
        index = self._tree.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        line_id = self._model.path(index).rsplit("[", 1)[-1].rstrip("]")
        for problem in self._problems.problems():
            if line_id in problem.line_ids:
                for fix in problem.fixes:
                    action = menu.addAction(fix.label)
                    action.setEnabled(quote_edits.fix_available(fix, self._product_lookup))
                    action.triggered.connect(lambda _c=False, f=fix: self.apply_fix(f))
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(self.tr("Remove"), self.remove_selected)
        menu.exec(self._tree.viewport().mapToGlobal(position))

    # --- following the document ---------------------------------------------------------------

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
            fix, self._product_lookup))
