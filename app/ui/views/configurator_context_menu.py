"""The quote tree's context menu: rule fixes, waterfall, optional, alternative group, moves, display.

Built for one row of the configurator's tree; every action calls a method of
:class:`~app.ui.views.configurator_page.ConfiguratorPage` (one undo step each).
"""

from __future__ import annotations

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.ui import quote_edits
from app.ui.configurator_labels import SECTION_DISPLAYS, section_display_label


class ConfiguratorContextMenu(QMenu):
    """``ConfiguratorContextMenu(page, index)``: the actions for the section or line at ``index``."""

    def __init__(self, page, index, parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.setObjectName("configurator_context_menu")
        self._page = page
        model = page.model()
        path = model.path(index)
        if model.kind(index) == "line":
            self._line_actions(path, model.item_id(index))
        else:
            self._section_actions(path)
        if page.document().is_read_only():
            for action in self.actions():
                action.setEnabled(action.objectName() == "action_waterfall")

    def _line_actions(self, path: str, line_id: str) -> None:
        page = self._page
        for problem in page.problems_panel().problems():
            if line_id in problem.line_ids:
                for fix in problem.fixes:
                    action = self.addAction(fix.label)
                    action.setEnabled(quote_edits.fix_available(fix, page.product_lookup))
                    action.triggered.connect(lambda _c=False, f=fix: page.apply_fix(f))
        if not self.isEmpty():
            self.addSeparator()
        line = page.document().value(path)
        dialogs = page.line_dialogs()
        waterfall = self.addAction(self.tr("Price waterfall…"), lambda: dialogs.show_waterfall(line_id))
        waterfall.setObjectName("action_waterfall")
        optional = self.addAction(self.tr("Optional (not in the total)"))
        optional.setObjectName("action_optional")
        optional.setCheckable(True)
        optional.setChecked(line.optional)
        optional.toggled.connect(lambda checked: page.editor().set_line_optional(line_id, checked))
        self.addAction(self.tr("Alternative group…"), lambda: dialogs.edit_alternative_group(line_id))
        move = self.addMenu(self.tr("Move to section"))
        move.setObjectName("menu_move_to_section")
        current = path.rsplit(".lines[", 1)[0]
        for section_path, title in page.editor().section_choices():
            action = move.addAction(title)
            action.setEnabled(section_path != current)
            action.triggered.connect(lambda _c=False, s=section_path: page.move_line_to_section(line_id, s))
        if line_id in page.model().line_drift():
            self.addAction(self.tr("Update prices from the price book"), page.update_prices)
        self.addSeparator()
        self.addAction(self.tr("Remove line"), page.remove_selected)

    def _section_actions(self, path: str) -> None:
        page = self._page
        section = page.document().value(path)
        self.addAction(self.tr("Rename"), page.rename_selected)
        self.addAction(self.tr("Add sub-section"), lambda: page.add_section(path))
        self.addAction(self.tr("Custom component…"), page.add_custom_component)
        display = self.addMenu(self.tr("Show to the client"))
        display.setObjectName("menu_section_display")
        group = QActionGroup(display)
        for code in SECTION_DISPLAYS:
            action = display.addAction(section_display_label(code))
            action.setCheckable(True)
            action.setChecked(section.display == code)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, d=code: page.editor().set_section_display(path, d))
        self.addSeparator()
        self.addAction(self.tr("Move up"), lambda: page.move_selected(-1))
        self.addAction(self.tr("Move down"), lambda: page.move_selected(1))
        move = self.addMenu(self.tr("Move to section"))
        move.setObjectName("menu_move_section")
        for parent, title, enabled in page.editor().section_move_choices(path):
            action = move.addAction(title)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _c=False, p=parent: page.move_section_into(path, p))
        self.addSeparator()
        self.addAction(self.tr("Remove section"), page.remove_selected)
