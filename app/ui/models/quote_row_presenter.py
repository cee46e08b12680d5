"""What the quote tree shows for a section or a line: texts, icons, tooltips, colours.

Amounts come from the engine's results (never computed here) and follow the
含税/不含税 and 元/万元 settings.  Lines carry markers: rule problems (icon and
tooltip on the name), added automatically by a rule (icon and tooltip), and
price-book drift (icon and tooltip on the list price).  Texts are translated
in the ``QuoteTableModel`` context.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from app.formatting import format_money, format_number, format_percent
from app.ui.configurator_labels import section_display_label, step_name
from app.ui.icons import icon
from app.ui.models import quote_columns as col
from app.ui.theme import error_colour, muted_colour, ok_colour, warning_colour

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def quantity_text(quantity: Decimal, language: str) -> str:
    """A quantity with grouping and the decimals it has (``1,200``, ``2.5``)."""
    exponent = quantity.normalize().as_tuple().exponent
    return format_number(quantity, language, max(0, -exponent) if isinstance(exponent, int) else 0)


class QuoteRowPresenter:
    """Display state of the quote tree (document, 含税/万元, problems, drift) and the row texts."""

    def __init__(self) -> None:
        self.document = None
        self.incl = True
        self.wan = False
        self.problems: dict[str, list[Any]] = {}
        self.drift: dict[str, Any] = {}

    # --- results ------------------------------------------------------------------------------

    def line_result(self, line_id: str):
        results = self.document.results() if self.document is not None else None
        if results is None or results.quote is None:
            return None
        try:
            return results.quote.line(line_id)
        except KeyError:
            return None

    def section_result(self, section_id: str):
        results = self.document.results() if self.document is not None else None
        if results is None or results.quote is None:
            return None
        stack = list(results.quote.sections)
        while stack:
            section = stack.pop()
            if section.id == section_id:
                return section
            stack.extend(section.sections)
        return None

    def money(self, amount: Decimal, *, wan: bool | None = None) -> str:
        meta = self.document.deal().meta
        return format_money(
            amount, meta.currency, meta.language, wan=self.wan if wan is None else wan, decimals=2
        )

    def marks(self, line) -> tuple[str, ...]:
        found = []
        if self.problems.get(line.id):
            found.append("problem")
        if line.auto_added_by:
            found.append("auto_added")
        if line.id in self.drift:
            found.append("drift")
        return tuple(found)

    # --- sections -----------------------------------------------------------------------------

    def section_data(self, section, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == col.NAME_COLUMN:
                return section.title
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if column == col.AMOUNT_COLUMN:
                result = self.section_result(section.id)
                if result is not None:
                    return self.money(result.total.incl if self.incl else result.total.excl)
            if column == col.STATUS_COLUMN and section.display != "lines":
                return section_display_label(section.display)
            return None
        if role == Qt.ItemDataRole.FontRole and column != col.STATUS_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == col.STATUS_COLUMN:
            return muted_colour()
        if role == Qt.ItemDataRole.ToolTipRole and column in (col.NAME_COLUMN, col.STATUS_COLUMN):
            return translate("QuoteTableModel", "Shown to the client: {display}").format(
                display=section_display_label(section.display)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == col.AMOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- lines --------------------------------------------------------------------------------

    def line_data(self, line, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line_display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._line_edit(line, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == col.OPTIONAL_COLUMN:
            return Qt.CheckState.Checked if line.optional else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return self._line_icon(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in col.NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            problems = self.problems.get(line.id)
            if problems and column in (col.NAME_COLUMN, col.STATUS_COLUMN):
                return (
                    error_colour()
                    if any(p.severity == "error" for p in problems)
                    else warning_colour()
                )
            if column == col.LIST_PRICE_COLUMN and line.id in self.drift:
                return warning_colour()
            if line.optional:
                return QColor("#808080")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._line_tooltip(line, column)
        return None

    def _line_icon(self, line, column: int):
        if column == col.NAME_COLUMN:
            problems = self.problems.get(line.id)
            if problems:
                severe = any(p.severity == "error" for p in problems)
                return icon("problems", error_colour() if severe else warning_colour())
            if line.auto_added_by:
                return icon("add", ok_colour())
        if column == col.LIST_PRICE_COLUMN and line.id in self.drift:
            return icon("history", warning_colour())
        return None

    def _line_display(self, line, column: int):
        language = self.document.deal().meta.language
        if column == col.NAME_COLUMN:
            return line.name
        if column == col.SKU_COLUMN:
            return line.sku
        if column == col.QUANTITY_COLUMN:
            return f"{quantity_text(line.quantity, language)} {line.unit}".strip()
        if column == col.LIST_PRICE_COLUMN:
            return self.money(line.list_price)
        if column == col.OVERRIDE_COLUMN:
            return self.money(line.price_override) if line.price_override is not None else ""
        if column == col.REASON_COLUMN:
            return line.override_reason
        if column == col.DISCOUNT_COLUMN:
            return format_percent(line.discount_pct, language) if line.discount_pct else ""
        if column == col.VAT_COLUMN:
            return format_percent(line.vat_rate, language, 0)
        if column == col.AMOUNT_COLUMN:
            result = self.line_result(line.id)
            if result is None:
                return "…"
            return self.money(result.amount.incl if self.incl else result.amount.excl)
        if column == col.STATUS_COLUMN:
            return self._status_text(line)
        if column == col.ALTERNATIVE_COLUMN:
            return line.alternative_group or ""
        return None

    def _status_text(self, line) -> str:
        parts = []
        problems = self.problems.get(line.id)
        if problems:
            parts.append("⚠ " + translate("QuoteTableModel", "%n problem(s)", None, len(problems)))
        if line.auto_added_by:
            parts.append(translate("QuoteTableModel", "auto-added"))
        if line.id in self.drift:
            parts.append(translate("QuoteTableModel", "price book changed"))
        if line.recurrence is not None:
            parts.append(translate("QuoteTableModel", "recurring"))
        if line.pricing.model == "effort":
            parts.append(translate("QuoteTableModel", "effort"))
        return " · ".join(parts)

    def drift_text(self, line) -> str:
        row = self.drift[line.id]
        text = translate(
            "QuoteTableModel", "List price {book} in the book, {quoted} in this quote"
        ).format(
            book=self.money(row.current_price, wan=False),
            quoted=self.money(row.quoted_price, wan=False),
        )
        if "vat_rate" in row.changes or "pricing" in row.changes:
            text += "\n" + translate("QuoteTableModel", "The VAT rate or pricing model changed too")
        return text + "\n" + translate("QuoteTableModel", "Update prices refreshes it")

    def _line_tooltip(self, line, column: int):
        problems = self.problems.get(line.id)
        if problems and column in (col.NAME_COLUMN, col.STATUS_COLUMN):
            return "\n".join(["⚠ " + p.message for p in problems] + self._auto_added_text(line))
        if column == col.LIST_PRICE_COLUMN and line.id in self.drift:
            return self.drift_text(line)
        if column == col.AMOUNT_COLUMN:
            result = self.line_result(line.id)
            if result is not None:
                return "\n".join(
                    f"{step_name(name)}: {self.money(value)}"
                    for name, value in result.waterfall.steps()
                    if value or name in ("list", "net")
                )
        if column in (col.NAME_COLUMN, col.STATUS_COLUMN):
            parts = [
                f"{line.name} ({line.sku})" if line.sku else line.name
            ] + self._auto_added_text(line)
            if line.id in self.drift:
                parts.append(self.drift_text(line))
            return "\n".join(parts)
        if column == col.OVERRIDE_COLUMN and line.override_reason:
            return translate("QuoteTableModel", "Reason: {reason}").format(
                reason=line.override_reason
            )
        if column == col.ALTERNATIVE_COLUMN:
            return translate(
                "QuoteTableModel",
                "Lines with the same group are alternatives: the client chooses one",
            )
        return None

    @staticmethod
    def _auto_added_text(line) -> list[str]:
        if not line.auto_added_by:
            return []
        return [
            translate("QuoteTableModel", "Added automatically with line {line}").format(
                line=line.auto_added_by
            )
        ]

    @staticmethod
    def _line_edit(line, column: int):
        if column == col.NAME_COLUMN:
            return line.name
        if column == col.QUANTITY_COLUMN:
            return f"{line.quantity.normalize():f}"
        if column == col.OVERRIDE_COLUMN:
            return "" if line.price_override is None else f"{line.price_override:f}"
        if column == col.REASON_COLUMN:
            return line.override_reason
        if column == col.DISCOUNT_COLUMN:
            return f"{(line.discount_pct * 100).normalize():f}"
        if column == col.VAT_COLUMN:
            return f"{(line.vat_rate * 100).normalize():f}"
        if column == col.ALTERNATIVE_COLUMN:
            return line.alternative_group or ""
        return None
