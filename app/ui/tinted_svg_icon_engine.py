"""A QIconEngine that paints an SVG in a colour, at whatever size and pixel ratio Qt asks for."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


class TintedSvgIconEngine(QIconEngine):
    """Renders ``svg`` (drawn with ``currentColor``) in ``colour``, or ``disabled`` when disabled.

    Nothing is rendered until Qt asks for a size, so building the menus costs
    nothing, and every size is sharp (high-DPI screens ask for 2x or 1.5x).
    """

    def __init__(self, svg: str, colour: str, disabled: str) -> None:
        super().__init__()
        self._svg = svg
        self._colour = colour
        self._disabled = disabled
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, float, bool], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        tint = self._disabled if mode == QIcon.Mode.Disabled else self._colour
        renderer = self._renderers.get(tint)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(self._svg.replace("currentColor", tint).encode()))
            self._renderers[tint] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), scale, mode == QIcon.Mode.Disabled)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(0, 0, width, height))
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return TintedSvgIconEngine(self._svg, self._colour, self._disabled)

    def key(self) -> str:
        return "presales-tinted-svg"
