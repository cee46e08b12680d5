"""Proposal: choose the audience, language and template, preview the outline, export the documents.

The outline is what :func:`app.export.context.build_context` will show (its
``show.<part>`` switches, from the chosen sections and the deal's data), so the
preview and the document never disagree.  Every part is a checkable entry:
checked parts are included (``ExportOptions.sections``); they start as the
audience's (``AUDIENCE_PARTS``) and choosing another audience resets them.  Naming the
competitors is a deal setting (``comparison.name_competitors``) changed through
the document as one undo step.  The export runs in a
:class:`~app.ui.workers.background_task.BackgroundTask` with the shell's
:func:`~app.ui.workers.export_job.export_task`; afterwards the page offers to
open the folder and, for a ``.deal`` file, to freeze the draft as a sent revision
(through the window's :class:`~app.ui.revision_controller.RevisionController`)
recording the SHA-256 of the written files.  With "freeze after export" ticked
the documents print the coming revision number and the freeze follows the
export without asking.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document.errors import DealError
from app.ui import prompts
from app.ui.labels import language_label
from app.ui.theme import warning_colour
from app.ui.workers.background_task import BackgroundTask
from app.ui.workers.export_job import KIND_ORDER

SUFFIXES = {"docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf", "pptx": ".pptx"}
PART_ROLE = Qt.ItemDataRole.UserRole
"""The outline items carry their part name (``show.<part>``; ``cover`` for the cover)."""


def _safe_name(text: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._")
    return name[:80] or "proposal"


class ProposalPage(QWidget):
    """``ProposalPage(document, parent=None)``: export settings, outline preview and export."""

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposal_page")
        self._document = document
        self._task: BackgroundTask | None = None
        self.last_written: list[Path] = []
        self._export_revision: int | None = None
        self.frozen_revision: int | None = None
        """The revision frozen after the last export (``None``: not frozen)."""
        deal = document.deal()

        self._audience = QComboBox(self)
        self._audience.setObjectName("audience")
        for audience, label in (
            ("full", self.tr("Full proposal")),
            ("executive", self.tr("Executive summary")),
            ("finance", self.tr("Finance")),
            ("technical", self.tr("Technical")),
        ):
            self._audience.addItem(label, audience)
        self._audience.currentIndexChanged.connect(self._audience_changed)
        self._sections: set[str] = set()
        self._reset_sections()

        self._language = QComboBox(self)
        self._language.setObjectName("language")
        for code in ("zh_CN", "en"):
            self._language.addItem(language_label(code), code)
        self._language.setCurrentIndex(max(0, self._language.findData(deal.meta.language)))
        self._language.currentIndexChanged.connect(self.refresh_outline)

        self._template = QLineEdit(self)
        self._template.setObjectName("template")
        self._template.setPlaceholderText(self.tr("Built-in template"))
        self._template.setClearButtonEnabled(True)
        choose_template = QPushButton(self.tr("Choose…"), self)
        choose_template.setObjectName("choose_template")
        choose_template.clicked.connect(self._choose_template)

        self._name_competitors = QCheckBox(self.tr("Name competitors in client documents"), self)
        self._name_competitors.setObjectName("name_competitors")
        self._name_competitors.setToolTip(
            self.tr("Unchecked, client-facing outputs show competitors as Vendor A, B, …")
        )
        self._name_competitors.clicked.connect(self._set_name_competitors)

        self._internal = QCheckBox(self.tr("Add the Internal sheet to the Excel model"), self)
        self._internal.setObjectName("include_internal")
        self._internal.setToolTip(
            self.tr("Unit costs, margins and approvals: never send this file to the client.")
        )
        self._internal_warning = QLabel(self.tr("The Excel file will contain internal data."), self)
        self._internal_warning.setObjectName("internal_warning")
        palette = self._internal_warning.palette()
        palette.setColor(self._internal_warning.foregroundRole(), warning_colour(palette))
        self._internal_warning.setPalette(palette)
        self._internal_warning.setVisible(False)
        self._internal.toggled.connect(self._internal_warning.setVisible)

        self._freeze_after = QCheckBox(self.tr("Freeze as a sent revision after export"), self)
        self._freeze_after.setObjectName("freeze_after_export")
        self._freeze_after.setToolTip(
            self.tr("The documents print the revision number, and the revision records "
                    "the fingerprints (SHA-256) of the files sent.")
        )

        names = {
            "docx": self.tr("Word proposal (.docx)"),
            "xlsx": self.tr("Excel model (.xlsx)"),
            "pdf": self.tr("PDF proposal (.pdf)"),
            "pptx": self.tr("Slides (.pptx)"),
        }
        self._kinds: dict[str, QCheckBox] = {}
        for kind in KIND_ORDER:
            box = QCheckBox(names[kind], self)
            box.setObjectName(f"export_{kind}")
            box.setChecked(kind in ("docx", "xlsx"))
            box.toggled.connect(self._update_buttons)
            self._kinds[kind] = box

        folder = document.path().parent if document.path() else Path.home()
        self._folder = QLineEdit(str(folder), self)
        self._folder.setObjectName("export_folder")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browse_folder")
        browse.clicked.connect(self._browse)
        self._name = QLineEdit(_safe_name(deal.meta.quote_number or deal.meta.title), self)
        self._name.setObjectName("export_name")

        self._export = QPushButton(self.tr("&Export"), self)
        self._export.setObjectName("export_button")
        self._export.setDefault(True)
        self._export.clicked.connect(self.export)
        self._cancel = QPushButton(self.tr("Cancel"), self)
        self._cancel.setObjectName("cancel_export")
        self._cancel.clicked.connect(self.cancel)
        self._open_folder = QPushButton(self.tr("Open Folder"), self)
        self._open_folder.setObjectName("open_folder")
        self._open_folder.clicked.connect(self.open_folder)
        self._progress = QProgressBar(self)
        self._progress.setObjectName("export_progress")
        self._progress.setRange(0, 100)
        self._progress.setValue(0)
        self._status = QLabel(self)
        self._status.setObjectName("export_status")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._outline = QTreeWidget(self)
        self._outline.setObjectName("outline")
        self._outline.setHeaderHidden(True)
        self._outline.setRootIsDecorated(False)
        self._outline.setToolTip(self.tr("Check the parts to include in the Word and PDF proposal."))
        self._outline.itemChanged.connect(self._outline_item_changed)
        self._outline_note = QLabel(self)
        self._outline_note.setObjectName("outline_note")
        self._outline_note.setWordWrap(True)

        self._build_layout(choose_template, browse)
        document.results_changed.connect(self.refresh_outline)
        document.deal_changed.connect(self._sync_inputs)
        document.read_only_changed.connect(self._sync_inputs)
        self._sync_inputs()
        self._update_buttons()

    def _build_layout(self, choose_template: QPushButton, browse: QPushButton) -> None:
        template_row = QHBoxLayout()
        template_row.addWidget(self._template, 1)
        template_row.addWidget(choose_template)
        content = QGroupBox(self.tr("Document"), self)
        form = QFormLayout(content)
        form.addRow(QLabel(self.tr("&Audience"), self, buddy=self._audience), self._audience)
        form.addRow(QLabel(self.tr("&Language"), self, buddy=self._language), self._language)
        form.addRow(QLabel(self.tr("&Word template"), self, buddy=self._template), template_row)
        form.addRow("", self._name_competitors)
        form.addRow("", self._internal)
        form.addRow("", self._internal_warning)
        form.addRow("", self._freeze_after)

        kinds_box = QVBoxLayout()
        for box in self._kinds.values():
            kinds_box.addWidget(box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(browse)
        output = QGroupBox(self.tr("Files"), self)
        output_form = QFormLayout(output)
        output_form.addRow(self.tr("Documents"), kinds_box)
        output_form.addRow(QLabel(self.tr("&Folder"), self, buddy=self._folder), folder_row)
        output_form.addRow(QLabel(self.tr("File &name"), self, buddy=self._name), self._name)
        buttons = QHBoxLayout()
        buttons.addWidget(self._export)
        buttons.addWidget(self._cancel)
        buttons.addStretch(1)
        buttons.addWidget(self._open_folder)
        output_form.addRow(buttons)
        output_form.addRow(self._progress)
        output_form.addRow(self._status)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(content)
        left_layout.addWidget(output)
        left_layout.addStretch(1)

        preview = QGroupBox(self.tr("Outline of the document"), self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self._outline, 1)
        preview_layout.addWidget(self._outline_note)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- state ----------------------------------------------------------------------------

    def audience(self) -> str:
        return self._audience.currentData()

    def set_audience(self, audience: str) -> None:
        self._audience.setCurrentIndex(self._audience.findData(audience))

    def language(self) -> str:
        return self._language.currentData()

    def set_language(self, language: str) -> None:
        self._language.setCurrentIndex(self._language.findData(language))

    def set_template(self, path: Path | None) -> None:
        self._template.setText(str(path) if path else "")

    def set_internal(self, on: bool) -> None:
        self._internal.setChecked(on)

    def sections(self) -> frozenset[str]:
        """The parts the user chose to include (``show.<part>``; the cover is always there)."""
        return frozenset(self._sections)

    def set_sections(self, parts) -> None:
        from app.export.context import PARTS

        self._sections = set(parts) & set(PARTS)
        self.refresh_outline()

    def set_freeze_after_export(self, on: bool) -> None:
        self._freeze_after.setChecked(on)

    def set_kinds(self, kinds: set[str]) -> None:
        for kind, box in self._kinds.items():
            box.setChecked(kind in kinds)

    def set_folder(self, folder: Path) -> None:
        self._folder.setText(str(folder))

    def is_running(self) -> bool:
        return self._task is not None

    def targets(self) -> dict[str, Path]:
        """The file to write per chosen kind."""
        folder = Path(self._folder.text().strip() or ".")
        stem = _safe_name(self._name.text())
        return {
            kind: folder / f"{stem}{SUFFIXES[kind]}"
            for kind in KIND_ORDER
            if self._kinds[kind].isChecked()
        }

    def options(self):
        """The :class:`~app.export.jobs.ExportOptions` of the current choices."""
        from app.export.jobs import ExportOptions

        template = self._template.text().strip()
        path = self._document.path()
        freeze = self._freeze_after.isChecked() and self._can_freeze()
        return ExportOptions(
            audience=self.audience(),
            language=self.language(),
            template=Path(template) if template else None,
            include_internal=self._internal.isChecked(),
            revision=self._next_revision() if freeze else None,
            deal_path=path if self._document.is_deal_file() else None,
            sections=self.sections(),
        )

    def _next_revision(self) -> int:
        from app.document.storage import list_revisions

        try:
            revisions = list_revisions(self._document.path())
        except DealError:
            revisions = []
        return max((info.number for info in revisions), default=0) + 1

    def _sync_inputs(self) -> None:
        on = self._document.deal().comparison.name_competitors
        if self._name_competitors.isChecked() != on:
            self._name_competitors.setChecked(on)
        self._name_competitors.setEnabled(not self._document.is_read_only())
        can_freeze = self._document.is_deal_file() and not self._document.is_read_only()
        self._freeze_after.setEnabled(can_freeze)
        if not can_freeze:
            self._freeze_after.setChecked(False)
        self.refresh_outline()

    def _set_name_competitors(self) -> None:
        on = self._name_competitors.isChecked()
        try:
            self._document.set_field(
                "comparison.name_competitors",
                on,
                text=self.tr("Name competitors")
                if on
                else self.tr("Show competitors as Vendor A/B"),
            )
        except DealError as exc:
            self._name_competitors.setChecked(not on)
            self._status.setText(str(exc))

    def _update_buttons(self) -> None:
        running = self._task is not None
        self._export.setEnabled(not running and any(b.isChecked() for b in self._kinds.values()))
        self._cancel.setEnabled(running)
        self._open_folder.setEnabled(bool(self.last_written) and not running)

    def _choose_template(self) -> None:
        start = self._template.text().strip() or str(Path(self._folder.text()))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word template"), start, self.tr("Word templates (*.docx)")
        )
        if name:
            self._template.setText(name)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self._folder.text()
        )
        if folder:
            self._folder.setText(folder)

    # --- outline --------------------------------------------------------------------------

    def _part_titles(self) -> dict[str, str]:
        return {
            "cover": self.tr("Cover: client, title, quote number, revision, date"),
            "toc": self.tr("Table of contents"),
            "summary": self.tr("Executive summary"),
            "money": self.tr("Headline figures: investment, NPV, ROI, payback"),
            "key_table": self.tr("Key figures table"),
            "needs": self.tr("Understanding of your needs (P0–P3 coverage)"),
            "solution": self.tr("Solution design"),
            "architecture": self.tr("Architecture and compatibility"),
            "plan": self.tr("Implementation plan and Gantt chart"),
            "investment_summary": self.tr("Investment summary"),
            "price_list": self.tr("Itemised price list"),
            "payment": self.tr("Payment terms"),
            "case": self.tr("Business case: cash flow and payback"),
            "case_detail": self.tr("Assumptions, scenarios and sensitivity"),
            "tco": self.tr("Total cost of ownership comparison"),
            "comparison": self.tr("Competitive comparison"),
            "cases": self.tr("Case studies"),
            "service": self.tr("Service and warranty"),
            "terms": self.tr("Commercial terms"),
            "signature": self.tr("Signature and company seal"),
        }

    def _audience_changed(self) -> None:
        self._reset_sections()
        self.refresh_outline()

    def _reset_sections(self) -> None:
        from app.export.context import AUDIENCE_PARTS

        self._sections = set(AUDIENCE_PARTS[self.audience()])

    def _available_parts(self) -> tuple[dict[str, bool], str]:
        """Which parts the deal has data for, and a note when that is a guess."""
        from app.export.context import PARTS, build_context

        document = self._document
        results = document.results()
        if results is not None and getattr(results, "quote", None) is not None:
            try:
                context = build_context(document.deal(), results, audience=self.audience(),
                                        language=self.language(), sections=PARTS)
                return dict(context["show"]), ""
            except Exception:  # noqa: BLE001, S110 - the preview falls back to every part
                pass
        return (
            {part: True for part in PARTS},
            self.tr("The quote cannot be priced yet (see the problems list): this is the "
                    "outline of a complete deal."),
        )

    def refresh_outline(self) -> None:
        """Rebuild the outline preview: every part, checked when it is included."""
        from app.export.context import PARTS

        available, note = self._available_parts()
        titles = self._part_titles()
        named = self._document.deal().comparison.name_competitors
        blocked = self._outline.blockSignals(True)
        try:
            self._outline.clear()
            missing = 0
            for part in ("cover", *PARTS):
                title = titles[part]
                if part == "comparison":
                    title += " " + (
                        self.tr("(competitors named)") if named else self.tr("(as Vendor A/B)")
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
                        item.setText(0, self.tr("{title} (no data in this deal, left out)")
                                     .format(title=titles[part]))
                        item.setDisabled(True)
                        missing += part in self._sections
                self._outline.addTopLevelItem(item)
        finally:
            self._outline.blockSignals(blocked)
        notes = [note] if note else []
        if missing:
            notes.append(self.tr("Greyed parts have no data in this deal and are left out."))
        self._outline_note.setText("\n".join(notes))
        self._outline_note.setVisible(bool(notes))

    def _outline_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        part = item.data(0, PART_ROLE)
        if part == "cover" or item.isDisabled():
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            self._sections.add(part)
        else:
            self._sections.discard(part)

    def outline_item(self, part: str) -> QTreeWidgetItem | None:
        """The outline entry of ``part`` (``cover`` or a ``show.<part>`` name)."""
        for index in range(self._outline.topLevelItemCount()):
            item = self._outline.topLevelItem(index)
            if item.data(0, PART_ROLE) == part:
                return item
        return None

    def outline_parts(self) -> list[str]:
        """The parts the document will contain, in order (``cover`` first)."""
        parts = []
        for index in range(self._outline.topLevelItemCount()):
            item = self._outline.topLevelItem(index)
            part = item.data(0, PART_ROLE)
            if part == "cover" or (not item.isDisabled()
                                   and item.checkState(0) == Qt.CheckState.Checked):
                parts.append(part)
        return parts

    def outline_texts(self) -> list[str]:
        return [
            self._outline.topLevelItem(index).text(0)
            for index in range(self._outline.topLevelItemCount())
        ]

    # --- export ---------------------------------------------------------------------------

    def export(self) -> bool:
        """Start the export of the chosen documents in a worker thread; False if nothing started."""
        from app.ui.workers.export_job import export_task

        if self._task is not None:
            return False
        targets = self.targets()
        if not targets:
            self._status.setText(self.tr("Choose at least one document."))
            return False
        document = self._document
        if not document.results_are_current():
            document.recompute_now()
        options = self.options()
        self._export_revision = options.revision
        self.frozen_revision = None
        task = BackgroundTask(
            export_task(document.deal().model_copy(deep=True), document.results(), targets,
                        options),
            self,
        )
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)
        self._task = task
        self.last_written = []
        self._progress.setValue(0)
        self._status.setText(self.tr("Exporting documents…"))
        self._update_buttons()
        task.start()
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def wait(self) -> None:
        """Block until a running export ends."""
        if self._task is not None:
            self._task.wait()

    def _progressed(self, percent: int, message: str) -> None:
        self._progress.setValue(max(0, min(100, percent)))
        if message:
            self._status.setText(message)

    def _finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        self._update_buttons()

    def _succeeded(self, written: list[Path]) -> None:
        self.last_written = list(written)
        self._progress.setValue(100)
        self._status.setText(
            self.tr("Exported {count} documents:\n{files}").format(
                count=len(written), files="\n".join(path.name for path in written)
            )
        )
        self._update_buttons()
        revision, self._export_revision = self._export_revision, None
        if written and revision is not None:
            self._freeze_sent(revision)
        elif written and self.isVisible():
            self._ask_after_export()

    def _failed(self, error: BaseException) -> None:
        self._progress.setValue(0)
        if isinstance(error, DealError):
            text = str(error)
        elif isinstance(error, ImportError):
            text = self.tr("This exporter is not part of this version yet ({detail}).").format(
                detail=str(error)
            )
        else:
            text = f"{type(error).__name__}: {error}"
        self._status.setText(self.tr("Export failed: {error}").format(error=text))
        if self.isVisible():
            prompts.show_warning(self, self.tr("Export failed"), text)

    def _cancelled(self) -> None:
        self._status.setText(self.tr("Export cancelled"))

    def open_folder(self) -> bool:
        """Show the folder of the last export in the file manager."""
        if not self.last_written:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_written[0].parent)))

    def _can_freeze(self) -> bool:
        window = self.window()
        return (
            self._document.is_deal_file()
            and not self._document.is_read_only()
            and callable(getattr(window, "revisions", None))
        )

    def freeze_revision(self) -> bool:
        """Freeze the draft as the revision sent with the last export's files (their SHA-256)."""
        from app.export.jobs import sent_file_hashes

        if not self._can_freeze() or not self.last_written:
            return False
        written = [path for path in self.last_written if path.exists()]
        if not written:
            return False
        expected = self._next_revision()
        frozen = bool(self.window().revisions().freeze(
            self.tr("Sent {files}").format(files=", ".join(path.name for path in written)),
            True,
            sent_file_hash=sent_file_hashes(written),
        ))
        self.frozen_revision = expected if frozen else None
        return frozen

    def _freeze_sent(self, revision: int) -> None:
        """Freeze after an export that printed ``revision``; say so when that went wrong."""
        status = self._status.text()
        if not self.freeze_revision():
            self._status.setText(status + "\n" + self.tr(
                "Not frozen: the documents say revision {number}, which does not exist yet."
            ).format(number=revision))
        elif self.frozen_revision != revision:
            self._status.setText(status + "\n" + self.tr(
                "Frozen as revision {frozen}, but the documents say revision {number}."
            ).format(frozen=self.frozen_revision, number=revision))
        else:
            self._status.setText(status + "\n" + self.tr("Frozen as revision {number} (sent).")
                                 .format(number=revision))

    def _ask_after_export(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export finished"),
            self.tr("Written:\n{files}").format(files="\n".join(str(p) for p in self.last_written)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self,
        )
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Open Folder"))
        freeze = None
        if self._can_freeze():
            box.setInformativeText(
                self.tr("Freeze the draft as a sent revision, to keep what was sent to the "
                        "client? (These documents say “Draft”.)")
            )
            freeze = box.addButton(self.tr("Freeze as Sent Revision"),
                                   QMessageBox.ButtonRole.ActionRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.button(QMessageBox.StandardButton.Open):
            self.open_folder()
        elif freeze is not None and clicked is freeze:
            self.freeze_revision()
