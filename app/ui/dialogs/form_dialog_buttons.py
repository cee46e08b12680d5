"""The bottom of a form dialog: its content, the inline problem message, then Save/OK and Cancel.

>>> self._message = InlineMessage(self)                          # doctest: +SKIP
>>> lay_out_form_dialog(self, form, self._message, save=True)   # doctest: +SKIP

The dialog's own :meth:`accept` validates and, through :func:`accept_when_valid`,
shows a problem in the message instead of closing (the buttons call
``accept`` / ``reject``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget

from app.ui.widgets.inline_message import InlineMessage


def form_dialog_buttons(dialog: QDialog, *, save: bool = False) -> QDialogButtonBox:
    """Save (or OK) and Cancel wired to the dialog's ``accept`` and ``reject``."""
    main = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(main | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def lay_out_form_dialog(dialog: QDialog, content: QLayout | QWidget, message: QWidget, *,
                        save: bool = False) -> QDialogButtonBox:
    """Stack ``content``, the problem ``message`` and the buttons in ``dialog``; the buttons."""
    layout = QVBoxLayout(dialog)
    if isinstance(content, QLayout):
        layout.addLayout(content)
    else:
        layout.addWidget(content)
    layout.addWidget(message)
    buttons = form_dialog_buttons(dialog, save=save)
    layout.addWidget(buttons)
    return buttons


def accept_when_valid(dialog: QDialog, message: InlineMessage, problem: str, value: Any,
                      keep: Callable[[Any], None]) -> bool:
    """Show ``problem`` and stay open; or ``keep(value)`` and close as accepted (then True).

    Call it from the dialog's ``accept`` override; ``keep`` runs before ``finished``
    is emitted, so a slot reading the result finds it.
    """
    if problem:
        message.show_message(problem)
        return False
    keep(value)
    QDialog.accept(dialog)
    return True
