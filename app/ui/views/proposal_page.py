"""Proposal: choose the audience, language and template, preview the outline, export the documents.

The page puts together the document choices
(:class:`~app.ui.widgets.proposal_document_options.ProposalDocumentOptions`), the files to write
(:class:`~app.ui.widgets.proposal_files_form.ProposalFilesForm`) and the outline preview
(:class:`~app.ui.widgets.proposal_outline.ProposalOutline`, whose checked parts are
``ExportOptions.sections``; choosing another audience resets them).  The export runs in a
:class:`~app.ui.workers.background_task.BackgroundTask` with the shell's
:func:`~app.ui.workers.export_job.export_task`; afterwards the page offers to
open the folder and, for a ``.deal`` file, to freeze the draft as a sent revision
(through the window's :class:`~app.ui.revision_controller.RevisionController`)
recording the SHA-256 of the written files.  With "freeze after export" ticked
the documents print the coming revision number and the freeze follows the
export without asking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QSplitter, QTreeWidgetItem, QVBoxLayout, QWidget

from app.document.errors import DealError
from app.ui import prompts
from app.ui.widgets.proposal_document_options import ProposalDocumentOptions
from app.ui.widgets.proposal_files_form import ProposalFilesForm
from app.ui.widgets.proposal_outline import ProposalOutline
from app.ui.workers.background_task import BackgroundTask


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

        self._choices = ProposalDocumentOptions(
            document, lambda: self._files.folder_text(), self)
        folder = document.path().parent if document.path() else Path.home()
        self._files = ProposalFilesForm(folder, deal.meta.quote_number or deal.meta.title, self)
        self._outline = ProposalOutline(document, self)
        self._outline.reset_sections(self.audience())
        self._choices.audience_changed.connect(self._audience_changed)
        self._choices.language_changed.connect(self.refresh_outline)
        self._choices.failed.connect(self._files.set_status)
        self._files.kinds_changed.connect(self._update_buttons)
        self._files.export_requested.connect(self.export)
        self._files.cancel_requested.connect(self.cancel)
        self._files.open_folder_requested.connect(self.open_folder)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._choices)
        left_layout.addWidget(self._files)
        left_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._outline)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        document.results_changed.connect(self.refresh_outline)
        document.deal_changed.connect(self._sync_inputs)
        document.read_only_changed.connect(self._sync_inputs)
        self._sync_inputs()
        self._update_buttons()

    # --- state ----------------------------------------------------------------------------

    def audience(self) -> str:
        return self._choices.audience()

    def set_audience(self, audience: str) -> None:
        self._choices.set_audience(audience)

    def language(self) -> str:
        return self._choices.language()

    def set_language(self, language: str) -> None:
        self._choices.set_language(language)

    def set_template(self, path: Path | None) -> None:
        self._choices.set_template(path)

    def set_internal(self, on: bool) -> None:
        self._choices.set_internal(on)

    def sections(self) -> frozenset[str]:
        """The parts the user chose to include (``show.<part>``; the cover is always there)."""
        return self._outline.sections()

    def set_sections(self, parts) -> None:
        self._outline.set_sections(parts)
        self.refresh_outline()

    def set_freeze_after_export(self, on: bool) -> None:
        self._choices.set_freeze_after_export(on)

    def set_kinds(self, kinds: set[str]) -> None:
        self._files.set_kinds(kinds)

    def set_folder(self, folder: Path) -> None:
        self._files.set_folder(folder)

    def is_running(self) -> bool:
        return self._task is not None

    def targets(self) -> dict[str, Path]:
        """The file to write per chosen kind."""
        return self._files.targets()

    def options(self):
        """The :class:`~app.export.jobs.ExportOptions` of the current choices."""
        from app.export.jobs import ExportOptions

        path = self._document.path()
        freeze = self._choices.freeze_after_export() and self._can_freeze()
        return ExportOptions(
            audience=self.audience(),
            language=self.language(),
            template=self._choices.template(),
            include_internal=self._choices.include_internal(),
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
        self._choices.sync_to_document()
        self.refresh_outline()

    def _update_buttons(self) -> None:
        self._files.update_buttons(self._task is not None, bool(self.last_written))

    # --- outline --------------------------------------------------------------------------

    def _audience_changed(self) -> None:
        self._outline.reset_sections(self.audience())
        self.refresh_outline()

    def refresh_outline(self) -> None:
        """Rebuild the outline preview: every part, checked when it is included."""
        self._outline.refresh(self.audience(), self.language())

    def outline_item(self, part: str) -> QTreeWidgetItem | None:
        """The outline entry of ``part`` (``cover`` or a ``show.<part>`` name)."""
        return self._outline.item(part)

    def outline_parts(self) -> list[str]:
        """The parts the document will contain, in order (``cover`` first)."""
        return self._outline.parts()

    def outline_texts(self) -> list[str]:
        return self._outline.texts()

    # --- export ---------------------------------------------------------------------------

    def export(self) -> bool:
        """Start the export of the chosen documents in a worker thread; False if nothing started."""
        from app.ui.workers.export_job import export_task

        if self._task is not None:
            return False
        targets = self.targets()
        if not targets:
            self._files.set_status(self.tr("Choose at least one document."))
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
        self._files.set_progress(0)
        self._files.set_status(self.tr("Exporting documents…"))
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
        self._files.set_progress(percent)
        if message:
            self._files.set_status(message)

    def _finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        self._update_buttons()

    def _succeeded(self, written: list[Path]) -> None:
        self.last_written = list(written)
        self._files.set_progress(100)
        self._files.set_status(
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
        self._files.set_progress(0)
        if isinstance(error, DealError):
            text = str(error)
        elif isinstance(error, ImportError):
            text = self.tr("This exporter is not part of this version yet ({detail}).").format(
                detail=str(error)
            )
        else:
            text = f"{type(error).__name__}: {error}"
        self._files.set_status(self.tr("Export failed: {error}").format(error=text))
        if self.isVisible():
            prompts.show_warning(self, self.tr("Export failed"), text)

    def _cancelled(self) -> None:
        self._files.set_status(self.tr("Export cancelled"))

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
        status = self._files.status()
        if not self.freeze_revision():
            self._files.set_status(status + "\n" + self.tr(
                "Not frozen: the documents say revision {number}, which does not exist yet."
            ).format(number=revision))
        elif self.frozen_revision != revision:
            self._files.set_status(status + "\n" + self.tr(
                "Frozen as revision {frozen}, but the documents say revision {number}."
            ).format(frozen=self.frozen_revision, number=revision))
        else:
            self._files.set_status(status + "\n" + self.tr("Frozen as revision {number} (sent).")
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
