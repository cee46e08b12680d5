"""Custom item data roles shared by the models and their delegates."""

from __future__ import annotations

from PySide6.QtCore import Qt

PRIORITY_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1
"""A QColor: paint this cell as a coloured chip (need priorities)."""

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
"""A list of ``(value, label)`` pairs: edit this cell with a drop-down."""

PATH_ROLE = Qt.ItemDataRole.UserRole + 3
"""The deal field path a cell shows (``needs[N01].priority``)."""
