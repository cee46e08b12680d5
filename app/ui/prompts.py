"""The questions the window asks: unsaved changes, a deal open elsewhere, confirmations, errors.

Each is one message box with standard buttons (relabelled where the standard
text would be vague), so tests answer them by patching ``QMessageBox.exec``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.document.lock import DealLockedError

Button = QMessageBox.StandardButton


def ask_unsaved(parent: QWidget | None, name: str) -> str:
    """ "save", "discard" or "cancel" for a deal with unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Prompts", "Unsaved changes"),
        QCoreApplication.translate(
            "Prompts", "Save the changes to “{name}” before closing it?"
        ).format(name=name),
        Button.Save | Button.Discard | Button.Cancel,
        parent,
    )
    box.setObjectName("prompt_unsaved")
    box.setInformativeText(
        QCoreApplication.translate("Prompts", "If you don't save, your changes will be lost.")
    )
    box.button(Button.Discard).setText(QCoreApplication.translate("Prompts", "Do&n't Save"))
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    answer = box.exec()
    return {Button.Save: "save", Button.Discard: "discard"}.get(Button(answer), "cancel")


def ask_locked(parent: QWidget | None, error: DealLockedError) -> str:
    """ "read_only", "force" or "cancel" for a deal file that is open elsewhere."""
    holder = error.holder
    name = error.path.name
    if holder is not None and holder.same_process:
        text = QCoreApplication.translate(
            "Prompts", "“{name}” is already open in another window."
        ).format(name=name)
    elif holder is not None:
        text = QCoreApplication.translate(
            "Prompts", "“{name}” is open in Presales Studio by {user} on {host} since {time}."
        ).format(
            name=name,
            user=holder.user or "?",
            host=holder.host or "?",
            time=holder.opened_at.replace("T", " ")[:16],
        )
    else:
        text = QCoreApplication.translate(
            "Prompts", "“{name}” is locked by another Presales Studio."
        ).format(name=name)
    buttons = Button.Open | Button.Cancel
    can_force = holder is None or not holder.same_process
    if can_force:
        buttons |= Button.Ignore
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Prompts", "Deal already open"),
        text,
        buttons,
        parent,
    )
    box.setObjectName("prompt_locked")
    box.setInformativeText(
        QCoreApplication.translate(
            "Prompts",
            "Open it read-only to look at it, or close it there first so that "
            "two windows never overwrite each other's changes.",
        )
    )
    box.button(Button.Open).setText(QCoreApplication.translate("Prompts", "Open &Read-Only"))
    if can_force:
        box.button(Button.Ignore).setText(QCoreApplication.translate("Prompts", "Open &Anyway"))
        box.button(Button.Ignore).setToolTip(
            QCoreApplication.translate(
                "Prompts",
                "Only if the other computer or window is gone: "
                "its unsaved changes would be overwritten.",
            )
        )
    box.setDefaultButton(Button.Open)
    answer = Button(box.exec())
    if answer == Button.Open:
        return "read_only"
    if answer == Button.Ignore and can_force:
        return "force"
    return "cancel"


def confirm(parent: QWidget | None, title: str, text: str, *, ok_text: str = "") -> bool:
    """A yes/no question; True for yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.Yes | Button.No, parent)
    box.setObjectName("prompt_confirm")
    if ok_text:
        box.button(Button.Yes).setText(ok_text)
    box.setDefaultButton(Button.No)
    return Button(box.exec()) == Button.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
