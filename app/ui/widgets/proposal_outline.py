"""The outline preview of the proposal: every part of the document, checkable to include it.

The outline is what :func:`app.export.context.build_context` will show (its ``show.<part>``
switches, from the chosen sections and the deal's data), so the preview and the document never
disagree.  Checked parts are included (``ExportOptions.sections``); they start as the audience's
(``AUDIENCE_PARTS``) and :meth:`ProposalOutline.reset_sections` sets them back.  The strings keep
the ``ProposalPage`` translation context of the page this panel belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

PART_ROLE = Qt.ItemDataRole.UserRole
"""The outline items carry their part name (``show.<part>``; ``cover`` for the cover)."""


def part_titles() -> dict[str, str]:
    """The title of every outline entry, by part name."""
    return {
        "cover": QCoreApplication.translate(
            "ProposalPage", "Cover: client, title, quote number, revision, date"),
        "toc": QCoreApplication.translate("ProposalPage", "Table of contents"),
        "summary": QCoreApplication.translate("ProposalPage", "Executive summary"),
        "money": QCoreApplication.translate(
            "ProposalPage", "Headline figures: investment, NPV, ROI, payback"),
        "key_table": QCoreApplication.translate("ProposalPage", "Key figures table"),
        "needs": QCoreApplication.translate(
            "ProposalPage", "Understanding of your needs (P0–P3 coverage)"),
        "solution": QCoreApplication.translate("ProposalPage", "Solution design"),
        "architecture": QCoreApplication.translate("ProposalPage", "Architecture and compatibility"),
        "plan": QCoreApplication.translate("ProposalPage", "Implementation plan and Gantt chart"),
        "investment_summary": QCoreApplication.translate("ProposalPage", "Investment summary"),
        "price_list": QCoreApplication.translate("ProposalPage", "Itemised price list"),
        "payment": QCoreApplication.translate("ProposalPage", "Payment terms"),
        "case": QCoreApplication.translate("ProposalPage", "Business case: cash flow and payback"),
        "case_detail": QCoreApplication.translate(
            "ProposalPage", "Assumptions, scenarios and sensitivity"),
        "tco": QCoreApplication.translate("ProposalPage", "Total cost of ownership comparison"),
        "comparison": QCoreApplication.translate("ProposalPage", "Competitive comparison"),
        "cases": QCoreApplication.translate("ProposalPage", "Case studies"),
        "service": QCoreApplication.translate("ProposalPage", "Service and warranty"),
        "terms": QCoreApplication.translate("ProposalPage", "Commercial terms"),
        "signature": QCoreApplication.translate("ProposalPage", "Signature and company seal"),
    }


class ProposalOutline(QGroupBox):
    """``ProposalOutline(document, parent)``: the checkable outline of the document to export."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ProposalPage", "Outline of the document"),
                         parent)
        self._document = document
        self._sections: set[str] = set()
        self._tree = QTreeWidget(self)
        self._tree.setObjectName("outline")
        self._tree.setHeaderHidden(True)
        self._tree.setRootIsDecorated(False)
        self._tree.setToolTip(QCoreApplication.translate(
            "ProposalPage", "Check the parts to include in the Word and PDF proposal."))
        self._tree.itemChanged.connect(self._item_changed)
        self._note = QLabel(self)
        self._note.setObjectName("outline_note")
        self._note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tree, 1)
        layout.addWidget(self._note)

    # --- sections -------------------------------------------------------------------------

    def sections(self) -> frozenset[str]:
        """The parts the user chose to include (``show.<part>``; the cover is always there)."""
        return frozenset(self._sections)

    def set_sections(self, parts) -> None:
        """Include exactly ``parts`` (unknown names are ignored); does not refresh the tree."""
        from app.export.context import PARTS

        self._sections = set(parts) & set(PARTS)

    def reset_sections(self, audience: str) -> None:
        """Include the default parts of ``audience``; does not refresh the tree."""
        from app.export.context import AUDIENCE_PARTS

        self._sections = set(AUDIENCE_PARTS[audience])

    # --- preview --------------------------------------------------------------------------

    def _available_parts(self, audience: str, language: str) -> tuple[dict[str, bool], str]:
        """Which parts the deal has data for, and a note when that is a guess."""
        from app.export.context import PARTS, build_context

        document = self._document
        results = document.results()
        if results is not None and getattr(results, "quote", None) is not None:
            try:
                context = build_context(document.deal(), results, audience=audience,
                                        language=language, sections=PARTS)
                return dict(context["show"]), ""
            except Exception:  # noqa: BLE001, S110 - the preview falls back to every part
                pass
        return (
            {part: True for part in PARTS},
            QCoreApplication.translate(
                "ProposalPage",
                "The quote cannot be priced yet (see the problems list): this is the "
                "outline of a complete deal."),
        )

    def refresh(self, audience: str, language: str) -> None:
        """Rebuild the outline preview: every part, checked when it is included."""
        from app.export.context import PARTS

        available, note = self._available_parts(audience, language)
        titles = part_titles()
        named = self._document.deal().comparison.name_competitors
        blocked = self._tree.blockSignals(True)
        try:
            self._tree.clear()
            missing = 0
            for part in ("cover", *PARTS):
                title = titles[part]
                if part == "comparison":
                    title += " " + (
                        QCoreApplication.translate("ProposalPage", "(competitors named)")
                        if named
                        else QCoreApplication.translate("ProposalPage", "(as Vendor A/B)")
                    )
                item = QTreeWidgetItem([title])
                item.setData(0, PART_ROLE, part)
                if part != "cover":
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    if available.get(part, False):
                        item.setCheckState(0, Qt.CheckState.Checked if part in self._sections
                                           else Qt.CheckState.Unchecked)
                    else:
                        item.setCheckState(0, Qt.CheckState.Unchecked)
                        item.setText(0, QCoreApplication.translate(
                            "ProposalPage", "{title} (no data in this deal, left out)"
                        ).format(title=titles[part]))
                        item.setDisabled(True)
                        missing += part in self._sections
                self._tree.addTopLevelItem(item)
        finally:
            self._tree.blockSignals(blocked)
        notes = [note] if note else []
        if missing:
            notes.append(QCoreApplication.translate(
                "ProposalPage", "Greyed parts have no data in this deal and are left out."))
        self._note.setText("\n".join(notes))
        self._note.setVisible(bool(notes))

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        part = item.data(0, PART_ROLE)
        if part == "cover" or item.isDisabled():
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            self._sections.add(part)
        else:
            self._sections.discard(part)

    def item(self, part: str) -> QTreeWidgetItem | None:
        """The outline entry of ``part`` (``cover`` or a ``show.<part>`` name)."""
        for index in range(self._tree.topLevelItemCount()):
            item = self._tree.topLevelItem(index)
            if item.data(0, PART_ROLE) == part:
                return item
        return None

    def parts(self) -> list[str]:
        """The parts the document will contain, in order (``cover`` first)."""
        parts = []
        for index in range(self._tree.topLevelItemCount()):
            item = self._tree.topLevelItem(index)
            part = item.data(0, PART_ROLE)
            if part == "cover" or (not item.isDisabled()
                                   and item.checkState(0) == Qt.CheckState.Checked):
                parts.append(part)
        return parts

    def texts(self) -> list[str]:
        """The text of every entry, in order."""
        return [self._tree.topLevelItem(index).text(0)
                for index in range(self._tree.topLevelItemCount())]
