"""Draws a need priority as a coloured, rounded chip ("P0" in white on red, ...)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from app.ui.models.roles import PRIORITY_COLOUR_ROLE
from app.ui.widgets.choice_delegate import ChoiceDelegate

_H_PADDING = 8
_MARGIN = 6


class PriorityChipDelegate(ChoiceDelegate):
    """Paints cells that carry a colour under ``PRIORITY_COLOUR_ROLE`` as chips.

    Cells without a colour are painted the ordinary way, so the delegate can
    sit on a whole column; editing offers the column's choices.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        colour = index.data(PRIORITY_COLOUR_ROLE)
        if not isinstance(colour, QColor):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        font = self._chip_font(opt.font)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 2 * _H_PADDING
        height = metrics.height() + 2
        cell = opt.rect
        chip = QRectF(
            cell.left() + _MARGIN, cell.top() + (cell.height() - height) / 2, width, height
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if not isinstance(index.data(PRIORITY_COLOUR_ROLE), QColor):
            return size
        metrics = QFontMetrics(self._chip_font(option.font))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = metrics.horizontalAdvance(text) + 2 * _H_PADDING + 2 * _MARGIN
        return QSize(max(size.width(), width), max(size.height(), metrics.height() + 8))

    @staticmethod
    def _chip_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setBold(True)
        return font
