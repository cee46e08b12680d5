"""The compared options: add a competitor, remove one (never our own solution), rename, reorder,
competitor or status quo (whether client documents name the competitors is the page's check box).

Each action is one undo step through the document.  A new competitor has no
scores yet: the comparison lists them as missing until they are typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui.models.comparison_options_model import ComparisonOptionsModel
from app.ui.views import competition_edits
from app.ui.views.deal_list_editor import DealListEditor


class CompetitionOptionsEditor(DealListEditor):
    """``CompetitionOptionsEditor(model, parent=None)``: the options table with its edit bar."""

    message = Signal(str)
    """A refusal to show the user (empty: clear)."""

    def __init__(self, model: ComparisonOptionsModel, parent: QWidget | None = None) -> None:
        super().__init__(model, self._new_option, add_text=self.tr("Add competitor"),
                         remove_text=self.tr("Remove option"),
                         stretch_column=ComparisonOptionsModel.NAME_COLUMN, name="options_table",
                         parent=parent)
        model.dataChanged.connect(self._update_actions)

    def list_editor(self) -> CompetitionOptionsEditor:
        return self

    def _new_option(self):
        return competition_edits.new_option(self._document())

    def _update_actions(self, *_args) -> None:
        super()._update_actions()
        row = self.current_row()
        if 0 <= row < self._model.rowCount() and self._model.item_at(row).kind == "ours":
            self.edit_bar().remove_action.setEnabled(False)

    def remove_selected(self) -> None:
        """Remove the selected option (refused for our own solution): one undo step."""
        row = self.current_row()
        if not self._writable() or not 0 <= row < self._model.rowCount():
            return
        try:
            competition_edits.remove_option(self._document(), row)
        except competition_edits.ComparisonEditError as exc:
            self.message.emit(str(exc))
            return
        self.message.emit("")
        self.select_row(min(row, self._model.rowCount() - 1))
