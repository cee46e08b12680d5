"""Help › About: the version, what the app does, and the licence of the bundled font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def show_about(parent: QWidget | None) -> None:
    from app import __version__

    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Presales Studio"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Presales Studio {version}</h3>"
            "<p>Configure, price, build the business case, compare and export client-ready "
            "proposals, offline.</p>"
            "<p>Chinese text uses Noto Sans SC, a subset of Noto Sans CJK by Adobe and Google, "
            "licensed under the SIL Open Font License 1.1.</p>",
        ).format(version=__version__),
    )


def show_about_qt() -> None:
    QApplication.aboutQt()
