"""Add or edit one configuration rule row (requires, excludes, auto_add, ...), checked first.

The row has the columns of a price book's ``rules`` sheet; the caller passes
``check(row)``, which returns the problem of the book's rules with this row
in place (or ""), so the form refuses what the configurator could not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.ui.dialogs.form_dialog_buttons import accept_when_valid, lay_out_form_dialog
from app.ui.widgets.inline_message import InlineMessage
from calculators.rules import RULE_KINDS

RULE_FIELDS = ("id", "sku", "target", "skus", "quantity", "min", "max", "factor", "per", "note")


class LibraryRuleForm(QDialog):
    """``row`` None: a new rule; :meth:`row` is the edited rule row (only filled columns)."""

    def __init__(self, row: dict[str, Any] | None, check: Callable[[dict[str, Any]], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_rule_form")
        self.setWindowTitle(self.tr("Edit rule") if row else self.tr("Add rule"))
        self._check = check
        self._original = dict(row or {})
        self._result: dict[str, Any] | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("rule_kind")
        self.kind.addItems(list(RULE_KINDS))
        self.kind.setCurrentText(str(self._original.get("kind", "requires")))
        hints = {"id": self.tr("e.g. R-APS (blank: numbered automatically)"),
                 "sku": self.tr("the SKU the rule is about"),
                 "target": self.tr("the SKU it needs, excludes or adds"),
                 "skus": self.tr("alternatives: SKUs separated by commas"),
                 "quantity": self.tr("a number, or 'same'"),
                 "per": self.tr("ratio: one target per this many")}
        labels = {"id": self.tr("ID"), "sku": self.tr("SKU"), "target": self.tr("Target SKU"),
                  "skus": self.tr("SKUs"), "quantity": self.tr("Quantity"),
                  "min": self.tr("Minimum"), "max": self.tr("Maximum"),
                  "factor": self.tr("Factor"), "per": self.tr("Per"), "note": self.tr("Note")}
        self._editors: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        for name in RULE_FIELDS:
            value = self._original.get(name, "")
            text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            editor = QLineEdit("" if value is None else text, self)
            editor.setObjectName(f"rule_{name}")
            editor.setPlaceholderText(hints.get(name, ""))
            self._editors[name] = editor
            form.addRow(labels[name], editor)
        self._message = InlineMessage(self)
        lay_out_form_dialog(self, form, self._message, save=True)
        self.resize(480, 0)

    def set_value(self, name: str, value: str) -> None:
        if name == "kind":
            self.kind.setCurrentText(value)
        else:
            self._editors[name].setText(value)

    def message(self) -> str:
        return self._message.message()

    def row(self) -> dict[str, Any] | None:
        return self._result

    def accept(self) -> None:
        row: dict[str, Any] = {"kind": self.kind.currentText()}
        for name, editor in self._editors.items():
            if editor.text().strip():
                row[name] = editor.text().strip()
        # columns this form does not show (comments, _private) survive an edit
        row.update({k: v for k, v in self._original.items()
                    if k not in row and k != "kind" and k not in RULE_FIELDS})
        accept_when_valid(self, self._message, self._check(row), row, keep=self._keep)

    def _keep(self, row: dict[str, Any]) -> None:
        self._result = row
