"""The configurator's tool bar: add, remove and move rows; the section's display, prices, internal.

Buttons only emit; the page does the edits.  The "Show to the client"
combo shows the display setting of the selected row's section (a line's
own section) and is disabled when nothing is selected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.ui.configurator_labels import SECTION_DISPLAYS, section_display_label
from app.ui.icons import icon
from app.ui.widgets.configurator_update_prices_button import ConfiguratorUpdatePricesButton


class ConfiguratorToolbar(QWidget):
    """``ConfiguratorToolbar(parent=None)``: the row above the quote tree."""

    add_section_requested = Signal()
    custom_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)
    """-1: up, +1: down."""
    display_chosen = Signal(str)
    """A section display code chosen in the combo by the user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("configurator_toolbar")
        add = self._tool(self.tr("Add section"), self.add_section_requested.emit, "add")
        add.setToolTip(self.tr("A new section at the end of the quote"))
        custom = self._tool(self.tr("Custom component…"), self.custom_requested.emit)
        custom.setToolTip(self.tr("A line of your own: person-days x day rate, or a fixed price (Insert)"))
        remove = self._tool(self.tr("Remove"), self.remove_requested.emit, "remove")
        remove.setToolTip(self.tr("Remove the selected line or section (Delete)"))
        up = self._tool(self.tr("Move up"), lambda: self.move_requested.emit(-1), "up")
        up.setToolTip(self.tr("Move the selected line or section up (Ctrl+Up)"))
        down = self._tool(self.tr("Move down"), lambda: self.move_requested.emit(1), "down")
        down.setToolTip(self.tr("Move the selected line or section down (Ctrl+Down)"))
        self._edit_buttons = [add, custom, remove, up, down]
        self._display_label = QLabel(self.tr("Show to the client:"), self)
        self._display = QComboBox(self)
        self._display.setObjectName("section_display_combo")
        self._display.setToolTip(self.tr("How the selected section appears in the proposal and exports"))
        self._display.setPlaceholderText(self.tr("(select a section)"))
        for code in SECTION_DISPLAYS:
            self._display.addItem(section_display_label(code), code)
        self._display_label.setBuddy(self._display)
        self._display.activated.connect(lambda row: self.display_chosen.emit(self._display.itemData(row)))
        self._update_prices = ConfiguratorUpdatePricesButton(self)
        self._internal = self._tool(self.tr("Internal"), None)
        self._internal.setObjectName("internal_toggle")
        self._internal.setCheckable(True)
        self._internal.setToolTip(self.tr("Show cost, margin and discount approvals "
                                          "(never in presentation mode)"))
        edits = QHBoxLayout()  # two rows: the centre pane stays narrow enough at 1280 x 800
        for button in self._edit_buttons:
            edits.addWidget(button)
        edits.addStretch(1)
        settings = QHBoxLayout()
        settings.addWidget(self._display_label)
        settings.addWidget(self._display)
        settings.addStretch(1)
        settings.addWidget(self._update_prices)
        settings.addWidget(self._internal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(edits)
        layout.addLayout(settings)
        self._writable = True
        self.show_section_display(None)

    def _tool(self, text: str, slot, icon_name: str = "") -> QToolButton:
        """A button; with an icon only the icon shows (the text is its accessible name)."""
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(text)
        if icon_name:
            button.setIcon(icon(icon_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly
                                      if icon_name != "add" else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

    def edit_buttons(self) -> list[QToolButton]:
        return list(self._edit_buttons)

    def update_prices_button(self) -> ConfiguratorUpdatePricesButton:
        return self._update_prices

    def internal_toggle(self) -> QToolButton:
        return self._internal

    def display_combo(self) -> QComboBox:
        return self._display

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        for button in self._edit_buttons:
            button.setEnabled(writable)
        self._display.setEnabled(writable and self._display.currentIndex() >= 0)

    def show_section_display(self, code: str | None) -> None:
        """Show the selected section's display setting (None: no section selected)."""
        self._display.setCurrentIndex(self._display.findData(code) if code else -1)
        self._display.setEnabled(self._writable and code is not None)
        self._display_label.setEnabled(code is not None)
