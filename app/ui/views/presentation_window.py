"""Presentation mode (F5): the deal's headline on a clean full screen for the client meeting.

A first version with three slides (title, key figures, needs coverage); the
presentation issue adds charts and live what-if controls.  Internal data
(margins, approvals, internal problems) never appears here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.ui.deal_document import DealDocument


class PresentationWindow(QWidget):
    """Full-screen slides; arrows, Space and Page Up/Down move, Esc or F5 leaves."""

    closed = Signal()

    def __init__(self, document: DealDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation_window")
        self.setWindowTitle(self.tr("Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._document = document
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#101820"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#f5f7fa"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._stack = QStackedWidget(self)
        self._footer = QLabel(self)
        self._footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 24)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._footer)
        self._build()
        self.setMinimumSize(640, 400)  # fixed constraints: slides come and go without resizing
        document.results_changed.connect(self._build)

    def _label(self, text: str, scale: float, bold: bool = False) -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF(), 9) * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _build(self) -> None:
        current = self._stack.currentIndex()
        while self._stack.count():
            widget = self._stack.widget(0)
            self._stack.removeWidget(widget)
            widget.deleteLater()
        deal = self._document.deal()
        title = QWidget()
        column = QVBoxLayout(title)
        column.addStretch(1)
        column.addWidget(self._label(deal.meta.title, 3.0, bold=True))
        column.addWidget(self._label(deal.meta.client.name, 1.8))
        column.addWidget(self._label(deal.meta.our_company.name, 1.3))
        column.addStretch(1)
        self._stack.addWidget(title)
        self._stack.addWidget(self._figures_slide())
        self._stack.addWidget(self._coverage_slide())
        self._stack.setCurrentIndex(max(0, min(current, self._stack.count() - 1)))
        self._update_footer()

    def _figures_slide(self) -> QWidget:
        slide = QWidget()
        grid = QGridLayout(slide)
        results = self._document.results()
        if results is None:
            grid.addWidget(self._label("…", 3), 0, 0)
            return slide
        from app.key_figures import key_figures

        shown = ("total_incl_tax", "one_time", "recurring", "npv", "roi", "payback")
        figures = [f for f in key_figures(self._document.deal(), results) if f.key in shown]
        for position, figure in enumerate(figures):
            caption = self._label(figure.label, 1.3)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            value = self._label(figure.text, 2.6, bold=True)
            value.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            row, column = 2 * (position // 3), position % 3
            grid.addWidget(caption, row, column)
            grid.addWidget(value, row + 1, column)
        grid.setVerticalSpacing(6)
        return slide

    def _coverage_slide(self) -> QWidget:
        slide = QWidget()
        column = QVBoxLayout(slide)
        column.addWidget(self._label(self.tr("Your needs, covered"), 2.4, bold=True))
        results = self._document.results()
        if results is not None:
            for row in results.coverage.summary.by_priority:
                if row.total:
                    column.addWidget(
                        self._label(
                            self.tr("{priority}: {covered} of {total} covered").format(
                                priority=row.priority, covered=row.covered, total=row.total
                            ),
                            1.8,
                        )
                    )
        column.addStretch(1)
        return slide

    def slide_count(self) -> int:
        return self._stack.count()

    def current_slide(self) -> int:
        return self._stack.currentIndex()

    def go_to(self, index: int) -> None:
        self._stack.setCurrentIndex(max(0, min(index, self._stack.count() - 1)))
        self._update_footer()

    def _update_footer(self) -> None:
        self._footer.setText(
            self.tr("{current} / {count} · Esc to leave").format(
                current=self._stack.currentIndex() + 1, count=self._stack.count()
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.go_to(self.current_slide() + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.go_to(self.current_slide() - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self._document.results_changed.disconnect(self._build)
        self.closed.emit()
        super().closeEvent(event)
