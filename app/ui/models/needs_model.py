"""The deal's needs as an editable table: priority chip, text, role, stakeholder, status, coverage.

The "covered by" column comes from the engine's coverage results (the quote
lines whose modules cover the need), so it follows the configurator live.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.ui.labels import function_label, need_status_label, priority_label
from app.ui.models.deal_list_model import DealListModel
from app.ui.models.roles import PRIORITY_COLOUR_ROLE
from app.ui.theme import error_colour, warning_colour

PRIORITY_COLOURS = {
    "P0": "#d32f2f",  # red
    "P1": "#ef6c00",  # orange
    "P2": "#1976d2",  # blue
    "P3": "#757575",  # grey
}
"""Chip colour of each need priority (white text is readable on all four)."""

PRIORITIES = ("P0", "P1", "P2", "P3")
FUNCTIONS = ("user_department", "technical", "finance", "executive")
STATUSES = ("draft", "confirmed", "quantified", "signed_off")
_TAG_SEPARATORS = re.compile(r"[,，、;；\n]+")

__all__ = [
    "FUNCTIONS",
    "PRIORITIES",
    "PRIORITY_COLOURS",
    "PRIORITY_COLOUR_ROLE",
    "STATUSES",
    "NeedsModel",
    "split_tags",
]


def split_tags(text: Any) -> list[str]:
    """ "a, b，c" -> ["a", "b", "c"] (lists pass through)."""
    if isinstance(text, list):
        return [str(t).strip() for t in text if str(t).strip()]
    return [part.strip() for part in _TAG_SEPARATORS.split(str(text or "")) if part.strip()]


class NeedsModel(DealListModel):
    """Editable table model over ``deal.needs``."""

    LIST_PATH = "needs"
    (
        ID_COLUMN,
        PRIORITY_COLUMN,
        TEXT_COLUMN,
        FUNCTION_COLUMN,
        STAKEHOLDER_COLUMN,
        STATUS_COLUMN,
        CAPABILITIES_COLUMN,
        COVERAGE_COLUMN,
        NOTES_COLUMN,
    ) = range(9)
    _FIELDS: ClassVar[dict[int, str]] = {
        PRIORITY_COLUMN: "priority",
        TEXT_COLUMN: "text",
        FUNCTION_COLUMN: "function",
        STAKEHOLDER_COLUMN: "stakeholder_id",
        STATUS_COLUMN: "status",
        CAPABILITIES_COLUMN: "capabilities",
        NOTES_COLUMN: "notes",
    }

    def set_document(self, document) -> None:
        if self.document() is not None:
            self.document().results_changed.disconnect(self._results_changed)
            self.document().field_changed.disconnect(self._maybe_stakeholders_changed)
            self.document().items_removed.disconnect(self._list_changed)
            self.document().items_inserted.disconnect(self._list_changed)
        super().set_document(document)
        if document is not None:
            document.results_changed.connect(self._results_changed)
            document.field_changed.connect(self._maybe_stakeholders_changed)
            document.items_removed.connect(self._list_changed)
            document.items_inserted.connect(self._list_changed)

    def _results_changed(self) -> None:
        self.column_changed(self.COVERAGE_COLUMN)

    def _maybe_stakeholders_changed(self, path: str) -> None:
        if path.startswith("stakeholders[") and path.endswith(".name"):
            self.column_changed(self.STAKEHOLDER_COLUMN)

    def _list_changed(self, path: str, _index: int) -> None:
        if path == "stakeholders":
            self.column_changed(self.STAKEHOLDER_COLUMN)

    def headers(self) -> list[str]:
        return [
            self.tr("ID"),
            self.tr("Priority"),
            self.tr("Need"),
            self.tr("Role"),
            self.tr("Stakeholder"),
            self.tr("Status"),
            self.tr("Capabilities"),
            self.tr("Covered by"),
            self.tr("Notes"),
        ]

    def column_field(self, column: int) -> str | None:
        return self._FIELDS.get(column)

    def _stakeholder_names(self) -> dict[str, str]:
        document = self.document()
        if document is None:
            return {}
        return {s.id: s.name for s in document.deal().stakeholders}

    def _coverage(self, need_id: str):
        document = self.document()
        results = document.results() if document is not None else None
        if results is None:
            return None
        for row in results.coverage.needs:
            if row.need_id == need_id:
                return row
        return None

    def coverage_text(self, need_id: str) -> str:
        """The names of the quote lines covering the need, or why it is not covered."""
        coverage = self._coverage(need_id)
        if coverage is None:
            return "…" if self.document() is not None and self.document().results() is None else ""
        if coverage.line_names:
            text = (
                "、".join(coverage.line_names)
                if _is_chinese(coverage.line_names)
                else ", ".join(coverage.line_names)
            )
            if coverage.status == "partial":
                return self.tr("partly: {modules}").format(modules=text)
            return text
        return self.tr("not covered")

    def display(self, need: Any, column: int) -> Any:
        if column == self.ID_COLUMN:
            return need.id
        if column == self.PRIORITY_COLUMN:
            return need.priority
        if column == self.TEXT_COLUMN:
            return need.text
        if column == self.FUNCTION_COLUMN:
            return function_label(need.function)
        if column == self.STAKEHOLDER_COLUMN:
            if not need.stakeholder_id:
                return ""
            return self._stakeholder_names().get(need.stakeholder_id, need.stakeholder_id)
        if column == self.STATUS_COLUMN:
            return need_status_label(need.status)
        if column == self.CAPABILITIES_COLUMN:
            return ", ".join(need.capabilities)
        if column == self.COVERAGE_COLUMN:
            return self.coverage_text(need.id)
        if column == self.NOTES_COLUMN:
            return need.notes
        return None

    def edit_value(self, need: Any, column: int) -> Any:
        if column == self.CAPABILITIES_COLUMN:
            return ", ".join(need.capabilities)
        return super().edit_value(need, column)

    def to_field(self, column: int, value: Any) -> Any:
        if column == self.CAPABILITIES_COLUMN:
            return split_tags(value)
        if column == self.STAKEHOLDER_COLUMN:
            return value or None
        return value

    def choices(self, column: int) -> list[tuple[Any, str]] | None:
        if column == self.PRIORITY_COLUMN:
            return [(p, priority_label(p)) for p in PRIORITIES]
        if column == self.FUNCTION_COLUMN:
            return [(f, function_label(f)) for f in FUNCTIONS]
        if column == self.STATUS_COLUMN:
            return [(s, need_status_label(s)) for s in STATUSES]
        if column == self.STAKEHOLDER_COLUMN:
            return [(None, self.tr("(nobody)"))] + sorted(
                ((key, name) for key, name in self._stakeholder_names().items()),
                key=lambda pair: pair[1],
            )
        return None

    def extra_data(self, need: Any, row: int, column: int, role: int) -> Any:
        if role == PRIORITY_COLOUR_ROLE and column == self.PRIORITY_COLUMN:
            colour = PRIORITY_COLOURS.get(need.priority)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PRIORITY_COLUMN:
                return priority_label(need.priority)
            if column == self.TEXT_COLUMN:
                return "\n\n".join(part for part in (need.text, need.notes) if part)
            if column == self.COVERAGE_COLUMN:
                return self._coverage_tooltip(need)
            if column in (self.NOTES_COLUMN,) and need.notes:
                return need.notes
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COVERAGE_COLUMN:
            coverage = self._coverage(need.id)
            if (
                coverage is not None
                and coverage.status != "covered"
                and need.priority in ("P0", "P1")
            ):
                return error_colour() if need.priority == "P0" else warning_colour()
        return None

    def _coverage_tooltip(self, need: Any) -> str | None:
        coverage = self._coverage(need.id)
        if coverage is None:
            return None
        parts = [
            {
                "covered": self.tr("Covered"),
                "partial": self.tr("Partly covered"),
                "uncovered": self.tr("Not covered"),
            }[coverage.status]
        ]
        if coverage.line_names:
            parts.append("\n".join(f"• {name}" for name in coverage.line_names))
        if coverage.missing_tags:
            parts.append(
                self.tr("Missing capabilities: {tags}").format(
                    tags=", ".join(coverage.missing_tags)
                )
            )
        return "\n".join(parts)

    def set_field(self, row: int, column: int, path: str, value: Any) -> None:
        """Choosing a stakeholder also sets the need's role to theirs (one undo step)."""
        document = self.document()
        assert document is not None
        if column != self.STAKEHOLDER_COLUMN or not value:
            document.set_field(path, value)
            return
        need = self.item_at(row)
        person = next((s for s in document.deal().stakeholders if s.id == value), None)
        if person is None or person.function == need.function:
            document.set_field(path, value)
            return
        with document.macro(
            self.tr("Assign need {id} to {name}").format(id=need.id, name=person.name)
        ):
            document.set_field(path, value)
            document.set_field(f"{self.row_path(row)}.function", person.function)


def _is_chinese(names: tuple[str, ...]) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for name in names for ch in name)
