"""A matplotlib figure from the shared builders (:mod:`app.export.charts`) on screen.

:meth:`set_figure` swaps the figure in; the context menu copies the chart
or saves it as PNG or SVG.  Pages redraw through a short timer, so typing
never waits for a chart.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMenu, QVBoxLayout, QWidget


class _FigureCanvas(FigureCanvasQTAgg):
    """Draws only while it can be seen: inside a hidden tab or slide its size is stale, and
    matplotlib's constrained layout would collapse (and warn); it draws when shown."""

    _skipped = False

    def draw(self) -> None:
        if not self.isVisibleTo(self.window()):
            self._skipped = True
            return
        self._skipped = False
        super().draw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._skipped:
            self.draw_idle()


class ChartCanvas(QWidget):
    """One chart; shows ``placeholder`` while there is no figure."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._canvas: FigureCanvasQTAgg | None = None
        self._placeholder = QLabel(placeholder, self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setStyleSheet("color: #808080")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._placeholder)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setMinimumHeight(160)

    def figure(self) -> Figure | None:
        return self._figure

    def set_figure(self, figure: Figure | None) -> None:
        """Show ``figure`` (None: the placeholder)."""
        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.setParent(None)
            self._canvas.deleteLater()
            self._canvas = None
        self._figure = figure
        self._placeholder.setVisible(figure is None)
        if figure is None:
            return
        self._canvas = _FigureCanvas(figure)
        self._canvas.setParent(self)
        self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._canvas.setMinimumHeight(120)
        self._layout.addWidget(self._canvas)
        self._canvas.draw_idle()

    def copy_to_clipboard(self) -> None:
        if self._canvas is not None:
            QApplication.clipboard().setImage(self._canvas.grab().toImage())

    def save(self, path: str) -> None:
        """Save the chart; the suffix (.png or .svg) chooses the format."""
        if self._figure is not None:  # in the figure's own background (dark on dark slides)
            fmt = "svg" if path.lower().endswith(".svg") else "png"
            self._figure.savefig(path, format=fmt, dpi=200,
                                 facecolor=self._figure.get_facecolor(),
                                 metadata={"Software": None} if fmt == "png" else {"Creator": None})

    def _menu(self, position) -> None:
        if self._figure is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Copy chart"), self.copy_to_clipboard)
        menu.addAction(self.tr("Save as PNG or SVG…"), self._save_as)
        menu.exec(self.mapToGlobal(position))

    def _save_as(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "chart.png",
                                                    self.tr("PNG image (*.png);;SVG image (*.svg)"))
        if path:
            self.save(path)
