"""The configurator's questions about one line: alternative group, price override reason, waterfall.

Each ``ask_*`` method opens a small dialog (tests replace it); the edits are
one undo step each and go through the page's
:class:`~app.ui.views.configurator_quote_editor.ConfiguratorQuoteEditor` or the document.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from app.ui.dialogs.configurator_waterfall_dialog import ConfiguratorWaterfallDialog


class ConfiguratorLineDialogs(QObject):
    """``ConfiguratorLineDialogs(page)``: dialogs parented to the configurator ``page``."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self._page = page
        self._document = page.document()

    def ask_alternative_group(self, current: str) -> str | None:
        """Ask for the line's alternative group ("" for none; None: cancelled)."""
        groups = self._page.editor().alternative_groups()
        items = [current] + [group for group in groups if group != current] if current else [""] + groups
        text, ok = QInputDialog.getItem(
            self._page, self.tr("Alternative group"),
            self.tr("Group (empty: not an alternative); the client chooses one line of a group:"),
            items, 0, True)
        return text.strip() if ok else None

    def edit_alternative_group(self, line_id: str) -> None:
        editor = self._page.editor()
        current = self._document.value(f"{editor.line_path(line_id)}.alternative_group") or ""
        group = self.ask_alternative_group(current)
        if group is not None:
            editor.set_alternative_group(line_id, group)

    def waterfall_dialog(self, line_id: str) -> ConfiguratorWaterfallDialog | None:
        """The waterfall popup of a line from the current results (None before the engine ran)."""
        results = self._document.results()
        if results is None or results.quote is None:
            self._page.show_message(self.tr("The prices are still being computed: try again in a moment."))
            return None
        try:
            line_result = results.quote.line(line_id)
        except KeyError:
            return None
        meta = self._document.deal().meta
        return ConfiguratorWaterfallDialog(line_result, meta.currency, meta.language, self._page)

    def show_waterfall(self, line_id: str) -> None:
        dialog = self.waterfall_dialog(line_id)
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def ask_override_reason(self, line_name: str) -> str | None:
        """Ask why the price is overridden."""
        text, ok = QInputDialog.getText(self._page, self.tr("Price override"),
                                        self.tr("Why is the price of “{name}” overridden?")
                                        .format(name=line_name))
        return text.strip() if ok and text.strip() else None

    def set_price_override(self, line_path: str, price, reason: str) -> None:
        """Override a line's unit price with its reason: one undo step."""
        with self._document.macro(self.tr("Override price")):
            self._document.set_field(f"{line_path}.override_reason", reason)
            self._document.set_field(f"{line_path}.price_override", price)

    def override_needs_reason(self, line_path: str, price) -> None:
        """A price was typed without a reason: ask for one, then override (or say why not)."""
        reason = self.ask_override_reason(self._document.value(f"{line_path}.name"))
        if reason:
            self.set_price_override(line_path, price, reason)
        else:
            self._page.show_message(self.tr("A price override needs a reason."))
