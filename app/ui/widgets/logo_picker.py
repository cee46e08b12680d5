"""A logo field: a thumbnail with Choose… and Remove; the image is kept as a deal attachment."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.document.errors import DealError
from app.ui.deal_document import DealDocument

MAX_LOGO_BYTES = 2 * 1024 * 1024
_MIME = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
    ".bmp": "image/bmp",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
THUMBNAIL = QSize(112, 44)


class LogoPicker(QWidget):
    """Shows and changes the attachment named by the field at ``path`` (``meta.client.logo``)."""

    rejected = Signal(str)
    """A file could not be used as a logo (the sentence to show)."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._document: DealDocument | None = None
        self._preview = QLabel(self)
        self._preview.setObjectName("logo_preview")
        self._preview.setFixedSize(THUMBNAIL)
        self._preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._preview.setFrameShape(QLabel.Shape.StyledPanel)
        self._choose = QPushButton(self.tr("Choose…"), self)
        self._choose.setObjectName("logo_choose")
        self._remove = QPushButton(self.tr("Remove"), self)
        self._remove.setObjectName("logo_remove")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._preview)
        layout.addWidget(self._choose)
        layout.addWidget(self._remove)
        layout.addStretch(1)
        self.setFocusProxy(self._choose)
        self._choose.clicked.connect(self._choose_file)
        self._remove.clicked.connect(self.remove_logo)
        self.refresh()

    def set_document(self, document: DealDocument | None) -> None:
        if self._document is not None:
            self._document.field_changed.disconnect(self._field_changed)
            self._document.deal_replaced.disconnect(self.refresh)
            self._document.read_only_changed.disconnect(self.refresh)
        self._document = document
        if document is not None:
            document.field_changed.connect(self._field_changed)
            document.deal_replaced.connect(self.refresh)
            document.read_only_changed.connect(self.refresh)
        self.refresh()

    def _field_changed(self, path: str) -> None:
        if path == self._path:
            self.refresh()

    def logo_name(self) -> str | None:
        return self._document.value(self._path) if self._document is not None else None

    def refresh(self) -> None:
        name = self.logo_name()
        writable = self._document is not None and not self._document.is_read_only()
        self._choose.setEnabled(writable)
        self._remove.setEnabled(writable and bool(name))
        self._preview.clear()
        if not name:
            self._preview.setText(self.tr("No logo"))
            return
        data = self._document.attachment(name) if self._document is not None else None
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self._preview.setText(self.tr("Missing"))
            self._preview.setToolTip(
                self.tr("The image {name} is not in this file.").format(name=name)
            )
            return
        pixmap = QPixmap.fromImage(image).scaled(
            THUMBNAIL * self.devicePixelRatioF(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self._preview.setPixmap(pixmap)
        self._preview.setToolTip(name)

    def has_picture(self) -> bool:
        pixmap = self._preview.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)"),
        )
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, file: Path) -> bool:
        """Use the image in ``file`` as the logo (one undo step); False with :attr:`rejected` if unusable."""
        if self._document is None:
            return False
        try:
            data = file.read_bytes()
        except OSError as exc:
            self.rejected.emit(
                self.tr("Cannot read {file}: {reason}").format(file=file.name, reason=exc.strerror)
            )
            return False
        if len(data) > MAX_LOGO_BYTES:
            self.rejected.emit(
                self.tr("{file} is too large for a logo (at most 2 MB).").format(file=file.name)
            )
            return False
        if QImage.fromData(data).isNull():
            self.rejected.emit(
                self.tr("{file} is not an image this app can read.").format(file=file.name)
            )
            return False
        suffix = file.suffix.lower() if file.suffix.lower() in _MIME else ".png"
        name = f"logo-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
        try:
            self._document.add_attachment(name, data, _MIME[suffix])
            self._document.set_field(self._path, name)
        except DealError as exc:
            self.rejected.emit(str(exc))
            return False
        return True

    def remove_logo(self) -> None:
        if self._document is not None and self.logo_name():
            self._document.set_field(self._path, None)
