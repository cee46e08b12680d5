"""The payment milestones of a deal: label, share, trigger, days after; due date and amounts.

Shares are edited in percent ("30" = 30%); the amounts per milestone
(含税 and 不含税) and the due dates come from the engine's payment schedule,
which exists only while the plan sums to 100%.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from app.document.errors import DealError
from app.formatting import format_date, format_money, format_number, format_share
from app.ui.models.deal_list_model import DealListModel

TRIGGERS = ("signing", "delivery", "initial_acceptance", "final_acceptance", "warranty_end", "custom")


class MilestonesModel(DealListModel):
    """Editable table over ``payment_terms.milestones``."""

    LIST_PATH = "payment_terms.milestones"
    (LABEL_COLUMN, PERCENT_COLUMN, TRIGGER_COLUMN, OFFSET_COLUMN, DUE_COLUMN, INCL_COLUMN,
     EXCL_COLUMN) = range(7)
    _FIELDS: ClassVar[dict[int, str]] = {LABEL_COLUMN: "label", PERCENT_COLUMN: "percent", TRIGGER_COLUMN: "trigger",
               OFFSET_COLUMN: "offset_days"}
    NUMBER_COLUMNS = (PERCENT_COLUMN, OFFSET_COLUMN, INCL_COLUMN, EXCL_COLUMN)

    def set_document(self, document) -> None:
        if self.document() is not None:
            self.document().results_changed.disconnect(self._results_changed)
        super().set_document(document)
        if document is not None:
            document.results_changed.connect(self._results_changed)

    def _results_changed(self) -> None:
        for column in (self.DUE_COLUMN, self.INCL_COLUMN, self.EXCL_COLUMN):
            self.column_changed(column)

    def trigger_label(self, trigger: str) -> str:
        return {"signing": self.tr("Contract signed"), "delivery": self.tr("Delivery"),
                "initial_acceptance": self.tr("Initial acceptance"),
                "final_acceptance": self.tr("Final acceptance"),
                "warranty_end": self.tr("End of warranty"),
                "custom": self.tr("Other")}.get(trigger, trigger)

    def headers(self) -> list[str]:
        return [self.tr("Milestone"), self.tr("Share"), self.tr("Trigger"), self.tr("Days after"),
                self.tr("Due"), self.tr("Amount incl. VAT"), self.tr("Amount excl. VAT")]


    def _row_result(self, row: int):
        document = self.document()
        results = document.results() if document is not None else None
        schedule = results.payment_schedule if results is not None else None
        if schedule is None or row >= len(schedule.rows):
            return None
        return schedule.rows[row]

    def _locale(self) -> tuple[str, str]:
        meta = self.document().deal().meta
        return meta.currency, meta.language

    def display(self, item: Any, column: int) -> Any:
        currency, language = self._locale()
        if column == self.LABEL_COLUMN:
            return item.label
        if column == self.PERCENT_COLUMN:
            return format_share(item.percent, language)
        if column == self.TRIGGER_COLUMN:
            return self.trigger_label(item.trigger)
        if column == self.OFFSET_COLUMN:
            return format_number(item.offset_days, language)
        row = self.items().index(item)
        result = self._row_result(row)
        if result is None:
            return "—"
        if column == self.DUE_COLUMN:
            return format_date(result.due_date, language) if result.due_date else "—"
        if column == self.INCL_COLUMN:
            return format_money(result.amount.incl, currency, language)
        if column == self.EXCL_COLUMN:
            return format_money(result.amount.excl, currency, language)
        return None

    def edit_value(self, item: Any, column: int) -> Any:
        if column == self.PERCENT_COLUMN:
            return f"{(item.percent * 100).normalize():f}"
        if column == self.OFFSET_COLUMN:
            return item.offset_days
        return super().edit_value(item, column)

    def to_field(self, column: int, value: Any) -> Any:
        try:
            if column == self.PERCENT_COLUMN:
                return Decimal(str(value).replace("%", "").strip() or "0") / 100
            if column == self.OFFSET_COLUMN:
                return int(value)
        except (ArithmeticError, ValueError):
            raise DealError(self.tr("Not a number: {value}").format(value=value)) from None
        return value

    def choices(self, column: int) -> list[tuple[Any, str]] | None:
        if column == self.TRIGGER_COLUMN:
            return [(trigger, self.trigger_label(trigger)) for trigger in TRIGGERS]
        return None
