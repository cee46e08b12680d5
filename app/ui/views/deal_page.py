"""The Deal page: who the deal is for and by whom, its language, money and quote data, and the people.

Every field is an editor bound to the deal (:class:`FieldBinding`), so each
change is validated and undoable; a refused value is explained under the
form, with the range the field accepts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.deal_document import DealDocument
from app.ui.labels import language_label, tax_mode_label
from app.ui.views.stakeholders_editor import StakeholdersEditor
from app.ui.widgets.field_binding import FieldBinding
from app.ui.widgets.inline_message import InlineMessage
from app.ui.widgets.logo_picker import LogoPicker
from app.ui.widgets.optional_date_edit import OptionalDateEdit

CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD")

FIELD_PATHS = {
    "title": "meta.title",
    "quote_number": "meta.quote_number",
    "validity_date": "meta.validity_date",
    "validity_days": "terms.validity_days",
    "language": "meta.language",
    "currency": "meta.currency",
    "tax_mode": "meta.tax_mode",
    "client": "meta.client.name",
    "industry": "meta.client.industry",
    "client_logo": "meta.client.logo",
    "our_company": "meta.our_company.name",
    "our_logo": "meta.our_company.logo",
    "engineer": "meta.engineer.name",
    "engineer_title": "meta.engineer.title",
    "engineer_email": "meta.engineer.email",
    "engineer_phone": "meta.engineer.phone",
}
"""The page's fields by key, with the deal path each one edits."""


class DealPage(QWidget):
    """Editable header of the deal and its stakeholders."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deal_page")
        self._document: DealDocument | None = None
        self._bindings: dict[str, FieldBinding] = {}
        self._editors: dict[str, QWidget] = {}
        self._message = InlineMessage(self)

        title_box = self._group("", [("title", self.tr("Deal &title"), QLineEdit())])
        title_box.setFlat(True)
        title_font = QFont(self.font())
        title_font.setBold(True)
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self._editors["title"].setFont(title_font)
        deal_box = self._group(
            self.tr("Quote"),
            [
                ("quote_number", self.tr("&Quote number"), QLineEdit()),
                ("validity_date", self.tr("&Valid until"), OptionalDateEdit()),
                ("validity_days", self.tr("Validity (&days)"), self._days_spin()),
            ],
        )
        money_box = self._group(
            self.tr("Language and money"),
            [
                (
                    "language",
                    self.tr("Document &language"),
                    self._combo([("zh_CN", language_label("zh_CN")), ("en", language_label("en"))]),
                ),
                (
                    "currency",
                    self.tr("C&urrency"),
                    self._combo([(c, c) for c in CURRENCIES], editable=True),
                ),
                (
                    "tax_mode",
                    self.tr("Ta&x mode"),
                    self._combo(
                        [("incl", tax_mode_label("incl")), ("excl", tax_mode_label("excl"))]
                    ),
                ),
            ],
        )
        client_box = self._group(
            self.tr("Client"),
            [
                ("client", self.tr("&Client"), QLineEdit()),
                ("industry", self.tr("&Industry"), QLineEdit()),
                ("client_logo", self.tr("Client lo&go"), LogoPicker(FIELD_PATHS["client_logo"])),
            ],
        )
        ours_box = self._group(
            self.tr("Our company"),
            [
                ("our_company", self.tr("&Our company"), QLineEdit()),
                ("our_logo", self.tr("Our &logo"), LogoPicker(FIELD_PATHS["our_logo"])),
            ],
        )
        engineer_box = self._group(
            self.tr("Presales engineer"),
            [
                ("engineer", self.tr("&Name"), QLineEdit()),
                ("engineer_title", self.tr("Titl&e"), QLineEdit()),
                ("engineer_email", self.tr("E-&mail"), QLineEdit()),
                ("engineer_phone", self.tr("&Phone"), QLineEdit()),
            ],
        )
        self._editors["validity_date"].set_check_tooltip(self.tr("Set a validity date"))

        people = QGroupBox(self.tr("Stakeholders"), self)
        self._stakeholders = StakeholdersEditor(people)
        self._stakeholders.edit_rejected.connect(self._message.show_message)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self._stakeholders)

        columns = QHBoxLayout()
        columns.setSpacing(10)
        for boxes in ((deal_box, money_box), (client_box, ours_box), (engineer_box,)):
            column = QVBoxLayout()
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
            columns.addLayout(column, 1)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(title_box)
        layout.addLayout(columns)
        layout.addWidget(self._message)
        layout.addWidget(people, 1)
        people.setMinimumHeight(220)
        scroll = QScrollArea(self)
        scroll.setObjectName("deal_page_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.set_document(None)

    # --- construction -----------------------------------------------------------------------

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption, editor in rows:
            editor.setParent(box)
            editor.setObjectName(f"deal_field_{key}")
            form.addRow(caption, editor)
            self._editors[key] = editor
            if isinstance(editor, LogoPicker):
                editor.rejected.connect(self._message.show_message)
                continue
            binding = FieldBinding(editor, FIELD_PATHS[key], **self._conversions(key), parent=self)
            binding.rejected.connect(self._message.show_message)
            binding.accepted.connect(self._message.clear_message)
            self._bindings[key] = binding
        return box

    def _conversions(self, key: str) -> dict:
        if key == "currency":
            return {
                "from_editor": lambda value: str(value or "").strip().upper(),
                "tooltip": self.tr("ISO 4217 code, e.g. CNY, USD or EUR."),
            }
        if key == "validity_days":
            return {"tooltip": self.tr("How many days the quote stays valid.")}
        return {}

    def _days_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setSuffix(self.tr(" days"))
        spin.setAccelerated(True)
        return spin

    def _combo(self, items: list[tuple[str, str]], *, editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        if editable:
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.lineEdit().editingFinished.connect(
                lambda c=combo: self._bindings_by_editor(c).commit()
            )
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _bindings_by_editor(self, editor: QWidget) -> FieldBinding:
        return next(b for b in self._bindings.values() if b.editor() is editor)

    # --- the document -----------------------------------------------------------------------

    def set_document(self, document: DealDocument | None) -> None:
        """Edit this document (None: an empty, disabled page)."""
        self._document = document
        for binding in self._bindings.values():
            binding.set_document(document)
        for key in ("client_logo", "our_logo"):
            picker = self._editors[key]
            assert isinstance(picker, LogoPicker)
            picker.set_document(document)
        self._stakeholders.set_document(document)
        self._message.clear_message()

    def editor(self, key: str) -> QWidget:
        """The editor of a field (a key of :data:`FIELD_PATHS`)."""
        return self._editors[key]

    def binding(self, key: str) -> FieldBinding:
        return self._bindings[key]

    def field_text(self, key: str) -> str:
        """The text a field shows now."""
        editor = self._editors[key]
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QComboBox):
            return editor.currentText()
        if isinstance(editor, QSpinBox):
            return editor.text()
        if isinstance(editor, OptionalDateEdit):
            value = editor.value()
            return value.isoformat() if value else ""
        return ""

    def message(self) -> str:
        """The inline message shown now ("" when none)."""
        return self._message.message()

    def stakeholders_editor(self) -> StakeholdersEditor:
        return self._stakeholders

    def stakeholders_model(self):
        return self._stakeholders.model()

    def focus_path(self, path: str) -> bool:
        """Put the focus on the editor of ``path`` (a field or a stakeholder); False if not here."""
        for key, field in FIELD_PATHS.items():
            if path == field or path.startswith(field + "."):
                editor = self._editors[key]
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                self.findChild(QScrollArea).ensureWidgetVisible(editor)
                return True
        if path.startswith("stakeholders["):
            return self._stakeholders.focus_item(path[len("stakeholders[") :].split("]", 1)[0])
        if path.startswith(("meta", "stakeholders")):
            self._editors["title"].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
