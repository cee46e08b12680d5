"""Freeze the saved draft as a revision: a label, and whether it is what was sent to the client."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class FreezeDialog(QDialog):
    """Asks for the revision's label and its status (frozen, or sent to the client)."""

    def __init__(self, suggested_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freeze_dialog")
        self.setWindowTitle(self.tr("Freeze revision"))
        intro = QLabel(
            self.tr("A frozen revision never changes; you keep working on the draft."), self
        )
        intro.setWordWrap(True)
        self._label = QLineEdit(suggested_label, self)
        self._label.setObjectName("freeze_label")
        self._label.setMaxLength(200)
        self._sent = QCheckBox(self.tr("This is the version sent to the client"), self)
        self._sent.setObjectName("freeze_sent")
        form = QFormLayout()
        form.addRow(self.tr("&Label"), self._label)
        form.addRow("", self._sent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Freeze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._label.selectAll()

    def label(self) -> str:
        return self._label.text().strip()

    def is_sent(self) -> bool:
        return self._sent.isChecked()

    def set_values(self, label: str, sent: bool) -> None:
        self._label.setText(label)
        self._sent.setChecked(sent)
