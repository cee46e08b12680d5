"""The configurator's three panes: catalog, quote, totals, sized so the quote's amounts show.

Until the user drags a handle, every resize (and the totals growing when
the first results arrive) gives the totals what they need, the quote the
width of its essential columns, and the catalog the rest, at most a quarter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class ConfiguratorSplitter(QSplitter):
    """``ConfiguratorSplitter(catalog, centre, side, centre_width, parent=None)``;
    ``centre_width()`` is the width the quote needs (its essential columns)."""

    CATALOG_SHARE = 25
    """The catalog's largest share of the width, in per cent."""

    def __init__(self, catalog: QWidget, centre: QWidget, side: QWidget, centre_width: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("configurator_splitter")
        self._centre_width = centre_width
        self._moved_by_user = False
        for pane in (catalog, centre, side):
            self.addWidget(pane)
        for pane, stretch in enumerate((3, 6, 2)):
            self.setStretchFactor(pane, stretch)
        self.splitterMoved.connect(self._user_moved)
        side.installEventFilter(self)

    def _user_moved(self, *_args) -> None:
        self._moved_by_user = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.size_panes()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget(2) and event.type() == QEvent.Type.LayoutRequest:
            self.size_panes()  # the totals grow when the first results arrive
        return super().eventFilter(watched, event)

    def size_panes(self) -> None:
        """Totals their need, the quote its essential columns, the catalog the rest (≤ 25 %)."""
        if self._moved_by_user:
            return
        width = self.width() - 2 * self.handleWidth()
        side = self.widget(2).minimumSizeHint().width()
        catalog = max(min(width * self.CATALOG_SHARE // 100, width - side - self._centre_width()),
                      self.widget(0).minimumSizeHint().width())
        self.setSizes([catalog, width - catalog - side, side])
