"""The Deal page: the deal's header data and the client's stakeholders (read-only for now)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.document.deal import Deal
from app.formatting import MISSING, format_date
from app.ui.labels import language_label, tax_mode_label
from app.ui.models.stakeholders_model import StakeholdersModel

FIELD_KEYS = (
    "title",
    "client",
    "industry",
    "our_company",
    "engineer",
    "language",
    "currency",
    "tax_mode",
    "quote_number",
    "validity_date",
)
"""The header fields the page shows, top to bottom (keys of :meth:`DealPage.field_text`)."""


class DealPage(QWidget):
    """Who the deal is for and by whom: title, parties, language, currency, tax mode, quote data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deal_page")
        captions = self._captions()
        header = QGroupBox(self.tr("Deal"), self)
        form = QFormLayout(header)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QLabel] = {}
        for key in FIELD_KEYS:
            value = QLabel(MISSING, header)
            value.setObjectName(f"deal_field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(captions[key], value)
            self._fields[key] = value
        title_font = QFont()
        title_font.setBold(True)
        self._fields["title"].setFont(title_font)

        people = QGroupBox(self.tr("Stakeholders"), self)
        self._stakeholders = StakeholdersModel(self)
        self._table = QTableView(people)
        self._table.setObjectName("stakeholders_table")
        self._table.setModel(self._stakeholders)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(True)
        self._table.verticalHeader().setVisible(False)
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        horizontal = self._table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        horizontal.setSectionResizeMode(
            StakeholdersModel.CONCERNS_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self._table)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(people, 1)

    def _captions(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "client": self.tr("Client"),
            "industry": self.tr("Industry"),
            "our_company": self.tr("Our company"),
            "engineer": self.tr("Presales engineer"),
            "language": self.tr("Document language"),
            "currency": self.tr("Currency"),
            "tax_mode": self.tr("Tax mode"),
            "quote_number": self.tr("Quote number"),
            "validity_date": self.tr("Valid until"),
        }

    def set_deal(self, deal: Deal | None) -> None:
        """Show this deal's header and stakeholders; ``None`` clears the page."""
        values = self._values(deal) if deal is not None else {}
        for key, label in self._fields.items():
            label.setText(values.get(key) or MISSING)
        self._stakeholders.set_stakeholders(deal.stakeholders if deal is not None else [])

    @staticmethod
    def _values(deal: Deal) -> dict[str, str]:
        meta = deal.meta
        engineer = meta.engineer.name
        if meta.engineer.title:
            engineer = f"{engineer} · {meta.engineer.title}" if engineer else meta.engineer.title
        return {
            "title": meta.title,
            "client": meta.client.name,
            "industry": meta.client.industry,
            "our_company": meta.our_company.name,
            "engineer": engineer,
            "language": language_label(meta.language),
            "currency": meta.currency,
            "tax_mode": tax_mode_label(meta.tax_mode),
            "quote_number": meta.quote_number,
            "validity_date": format_date(meta.validity_date, meta.language)
            if meta.validity_date
            else "",
        }

    def field_text(self, key: str) -> str:
        """The text a header field shows now (one of :data:`FIELD_KEYS`)."""
        return self._fields[key].text()

    def stakeholders_model(self) -> StakeholdersModel:
        """The model behind the stakeholders table."""
        return self._stakeholders
