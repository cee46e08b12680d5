"""After a crash: offer the unsaved work found in recovery copies (restore, discard, or later)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.document.recovery import RecoveryCopy


class RecoveryDialog(QDialog):
    """Lists the copies with check boxes; :meth:`decision` is ``(action, copies)`` after it closes."""

    def __init__(self, copies: list[RecoveryCopy], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self._copies = list(copies)
        self._action = "later"
        intro = QLabel(
            self.tr(
                "Presales Studio did not close properly last time. "
                "These deals had changes that were not saved:"
            ),
            self,
        )
        intro.setWordWrap(True)
        self._list = QListWidget(self)
        self._list.setObjectName("recovery_list")
        for index, copy in enumerate(self._copies):
            where = str(copy.original) if copy.original else self.tr("never saved")
            when = copy.saved_at.replace("T", " ")[:16]
            item = QListWidgetItem(
                self.tr("{title} — {where} (autosaved {when} UTC)").format(
                    title=copy.title, where=where, when=when
                ),
                self._list,
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, index)
        buttons = QDialogButtonBox(self)
        restore = QPushButton(self.tr("&Restore"), self)
        restore.setObjectName("recovery_restore")
        restore.setDefault(True)
        discard = QPushButton(self.tr("&Discard"), self)
        discard.setObjectName("recovery_discard")
        later = QPushButton(self.tr("Decide &later"), self)
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        restore.clicked.connect(lambda: self._finish("restore"))
        discard.clicked.connect(lambda: self._finish("discard"))
        later.clicked.connect(lambda: self._finish("later"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._list)
        layout.addWidget(buttons)
        self.resize(640, 300)

    def _finish(self, action: str) -> None:
        self._action = action
        if action == "later":
            self.reject()
        else:
            self.accept()

    def checked_copies(self) -> list[RecoveryCopy]:
        found = []
        for row in range(self._list.count()):
            item = self._list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(self._copies[int(item.data(Qt.ItemDataRole.UserRole))])
        return found

    def decision(self) -> tuple[str, list[RecoveryCopy]]:
        """``("restore" | "discard" | "later", the checked copies)``."""
        return self._action, self.checked_copies()
