"""A page's columns side by side in a splitter, so the user can give the tables or the charts more room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


def stacked(parent: QWidget, *parts: QWidget | tuple[QWidget, int]) -> QWidget:
    """A widget stacking ``parts`` top to bottom (``(widget, stretch)`` to share the height)."""
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        widget, stretch = part if isinstance(part, tuple) else (part, 0)
        layout.addWidget(widget, stretch)
    return holder


def side_by_side(parent: QWidget, left: QWidget, right: QWidget, *, left_share: int,
                 right_share: int, name: str) -> QSplitter:
    """``left`` and ``right`` in a splitter, sharing the width ``left_share : right_share``
    at first and when the window grows; neither can be collapsed away."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, left_share)
    splitter.setStretchFactor(1, right_share)
    splitter.setSizes([left_share * 100, right_share * 100])
    return splitter
