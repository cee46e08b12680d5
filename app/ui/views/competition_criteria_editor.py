"""The comparison's criteria: add, remove, rename, reorder, weigh, choose the score source,
say what 1, 5 and 10 mean, and save or apply criteria templates from the library.

Every action is one undo step through the document: removing a criterion
also drops its scores, applying a template replaces the criteria keeping the
scores of the criteria it keeps (:mod:`app.ui.views.competition_edits`).
The library (:class:`app.library.store.Library`) is opened when a template is
first needed, unless one is given.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMenu, QToolButton, QVBoxLayout, QWidget

from app.library.errors import LibraryError
from app.ui.models.criteria_model import CriteriaModel
from app.ui.translations import current_language
from app.ui.views import competition_edits
from app.ui.views.deal_list_editor import DealListEditor
from app.ui.widgets.criterion_anchors_panel import CriterionAnchorsPanel


class CompetitionCriteriaEditor(QWidget):
    """``CompetitionCriteriaEditor(model, parent=None, *, library=None)``."""

    message = Signal(str)
    """A refusal or failure to show the user (empty: clear)."""

    def __init__(self, model: CriteriaModel, parent: QWidget | None = None, *, library=None) -> None:
        super().__init__(parent)
        self._model = model
        self._library = library
        self._list = DealListEditor(model, self._new_criterion, add_text=self.tr("Add criterion"),
                                    remove_text=self.tr("Remove criterion"),
                                    stretch_column=CriteriaModel.NAME_COLUMN, name="criteria_table",
                                    parent=self)
        table = self._list.table_view()
        table.horizontalHeader().setSectionResizeMode(CriteriaModel.SOURCE_COLUMN,
                                                      QHeaderView.ResizeMode.ResizeToContents)
        bar = self._list.edit_bar()
        for action in (bar.up_action, bar.down_action):  # room for the templates button
            bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.remove_action.triggered.disconnect(self._list.remove_selected)
        bar.remove_action.triggered.connect(self.remove_selected)
        self.save_template_action = QAction(self.tr("Save as template…"), self)
        self.save_template_action.setObjectName("action_save_criteria_template")
        self.save_template_action.setToolTip(self.tr("Save these criteria in the library as a template"))
        self.save_template_action.triggered.connect(self._save_template_asked)
        self.apply_template_action = QAction(self.tr("Apply template…"), self)
        self.apply_template_action.setObjectName("action_apply_criteria_template")
        self.apply_template_action.setToolTip(self.tr("Replace the criteria with a template from the "
                                                      "library (scores of matching criteria are kept)"))
        self.apply_template_action.triggered.connect(self._apply_template_asked)
        templates = QToolButton(self)
        templates.setObjectName("criteria_templates")
        templates.setText(self.tr("Templates"))
        templates.setToolTip(self.tr("Save the criteria as a template, or apply one from the library"))
        templates.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(templates)
        menu.addAction(self.save_template_action)
        menu.addAction(self.apply_template_action)
        templates.setMenu(menu)
        bar.addSeparator()
        bar.addWidget(templates)

        self._anchors = CriterionAnchorsPanel(self)
        self._anchors.anchors_edited.connect(self._anchors_edited)
        table.selectionModel().currentRowChanged.connect(self._show_anchors)
        for signal in (model.dataChanged, model.modelReset, model.rowsRemoved, model.rowsMoved,
                       model.rowsInserted):
            signal.connect(self._show_anchors)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._anchors)
        self._list.select_row(0)

    # --- parts --------------------------------------------------------------------------------

    def list_editor(self) -> DealListEditor:
        return self._list

    def anchors_panel(self) -> CriterionAnchorsPanel:
        return self._anchors

    def _document(self):
        return self._model.document()

    def _writable(self) -> bool:
        document = self._document()
        return document is not None and not document.is_read_only()

    # --- criteria ---------------------------------------------------------------------------

    def _new_criterion(self):
        return competition_edits.new_criterion(self._document())

    def remove_selected(self) -> None:
        """Remove the selected criterion and its scores: one undo step."""
        row = self._list.current_row()
        if not self._writable() or not 0 <= row < self._model.rowCount():
            return
        competition_edits.remove_criterion(self._document(), row)
        self._list.select_row(min(row, self._model.rowCount() - 1))

    def _show_anchors(self, *_args) -> None:
        row = self._list.current_row()
        criterion = self._model.item_at(row) if 0 <= row < self._model.rowCount() else None
        self._anchors.show_criterion(criterion, read_only=not self._writable())
        writable = self._writable()
        self.save_template_action.setEnabled(self._model.rowCount() > 0)
        self.apply_template_action.setEnabled(writable)

    def _anchors_edited(self, anchors: dict) -> None:
        row = self._list.current_row()
        if self._writable() and 0 <= row < self._model.rowCount():
            competition_edits.set_anchors(self._document(), row, anchors)

    # --- templates ------------------------------------------------------------------------------

    def library(self):
        if self._library is None:
            from app.library.store import Library

            self._library = Library.open()
        return self._library

    def templates(self) -> list:
        """The library's criteria templates of the deal's language (saved, then bundled)."""
        return self.library().criteria_sets(self._document().deal().meta.language)

    def save_template(self, name: str) -> bool:
        """Save the deal's criteria in the library as the template ``name``."""
        deal = self._document().deal()
        try:
            self.library().save_criteria_set(name, deal.comparison.criteria, deal.meta.language)
        except LibraryError as exc:
            self.message.emit(self.tr("The template was not saved: {reason}").format(
                reason=exc.message(current_language())))
            return False
        self.message.emit("")
        return True

    def apply_template(self, template) -> None:
        """Replace the criteria with the template's (one undo step)."""
        if not self._writable():
            return
        competition_edits.apply_criteria(self._document(), template.criteria, template.name)
        self._list.select_row(0)
        self.message.emit("")

    def ask_template_name(self) -> str | None:
        """Ask the name to save the criteria under (tests replace this)."""
        text, ok = QInputDialog.getText(self, self.tr("Save criteria as template"),
                                        self.tr("Template name:"))
        return text if ok else None

    def ask_template(self, templates: list):
        """Ask which template to apply (tests replace this); None: cancelled."""
        labels = [t.name + (self.tr(" (bundled)") if t.bundled else "") for t in templates]
        label, ok = QInputDialog.getItem(self, self.tr("Apply criteria template"),
                                         self.tr("Replace the criteria with:"), labels, 0, False)
        return templates[labels.index(label)] if ok and label in labels else None

    def _save_template_asked(self) -> None:
        name = self.ask_template_name()
        if name is not None:
            self.save_template(name)

    def _apply_template_asked(self) -> None:
        try:
            templates = self.templates()
        except LibraryError as exc:
            self.message.emit(exc.message(current_language()))
            return
        template = self.ask_template(templates)
        if template is not None:
            self.apply_template(template)
            self._list.table_view().setFocus(Qt.FocusReason.OtherFocusReason)
