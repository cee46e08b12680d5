"""Revisions from the window: freeze the draft, list, open one read-only, restore, compare."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from app.document.errors import DealError
from app.ui import prompts
from app.ui.deal_document import DealDocument

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class RevisionController(QObject):
    """Acts on the revisions of the window's ``.deal`` file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.last_dialog: QDialog | None = None

    def _deal_file_document(self) -> DealDocument | None:
        document = self._window.document()
        if document is None:
            return None
        if not document.is_deal_file():
            prompts.show_info(
                self._window,
                self.tr("Revisions"),
                self.tr(
                    "Revisions are kept in .deal files. Save the deal as a .deal "
                    "file first (File › Save As)."
                ),
            )
            return None
        return document

    def show_revisions(self) -> None:
        from app.ui.dialogs.revisions_dialog import RevisionsDialog

        document = self._deal_file_document()
        if document is None:
            return
        dialog = RevisionsDialog(
            document.path(), can_edit=not document.is_read_only(), parent=self._window
        )
        dialog.freeze_requested.connect(lambda: self.freeze() and dialog.refresh())
        dialog.open_requested.connect(self.open_read_only)
        dialog.restore_requested.connect(lambda number: self.restore(number) and dialog.accept())
        dialog.compare_requested.connect(lambda number: self.compare(number))
        self.last_dialog = dialog
        dialog.exec()
        self.last_dialog = None

    def freeze(self, label: str | None = None, sent: bool | None = None, *,
               sent_file_hash: str | None = None) -> bool:
        """Freeze the saved draft (saving first if asked); ``label``/``sent`` skip the dialog.

        ``sent_file_hash`` records the hashes of the documents sent with the revision
        (``name:sha256,...``, see :func:`app.export.jobs.sent_file_hashes`).
        """
        from app.document.storage import freeze, list_revisions

        document = self._deal_file_document()
        if document is None or document.is_read_only():
            return False
        if document.is_modified():
            if not prompts.confirm(
                self._window,
                self.tr("Freeze revision"),
                self.tr("Freezing keeps the saved draft. Save your changes first?"),
                ok_text=self.tr("Save and Freeze"),
            ):
                return False
            if not self._window.lifecycle().save():
                return False
        if label is None:
            from app.ui.dialogs.freeze_dialog import FreezeDialog

            number = len(list_revisions(document.path())) + 1
            dialog = FreezeDialog(self.tr("Revision {number}").format(number=number), self._window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            label, sent = dialog.label(), dialog.is_sent()
        try:
            info = freeze(document.path(), label or "", status="sent" if sent else "draft",
                          sent_file_hash=sent_file_hash)
        except DealError as exc:
            prompts.show_error(self._window, self.tr("Cannot freeze the revision"), str(exc))
            return False
        self._window.statusBar().showMessage(
            self.tr("Froze revision {number}: {label}").format(
                number=info.number, label=info.label
            ),
            5000,
        )
        return True

    def open_read_only(self, number: int) -> bool:
        """Show revision ``number`` in a new window, read-only."""
        from app.document.storage import load_revision

        document = self._window.document()
        if document is None or document.path() is None:
            return False
        try:
            deal = load_revision(document.path(), number)
        except DealError as exc:
            prompts.show_error(self._window, self.tr("Cannot open the revision"), str(exc))
            return False
        label = self.tr("revision {number} of {file}").format(
            number=number, file=document.path().name
        )
        window = self._window.open_new_window()
        window.set_document(DealDocument(deal, None, read_only=True, label=label))
        return True

    def restore(self, number: int) -> bool:
        """Make revision ``number`` the draft as one undoable step (saving is up to the user)."""
        from app.document.storage import load_revision

        document = self._window.document()
        if document is None or document.path() is None or document.is_read_only():
            return False
        try:
            deal = load_revision(document.path(), number)
        except DealError as exc:
            prompts.show_error(self._window, self.tr("Cannot restore the revision"), str(exc))
            return False
        document.replace_deal(deal, self.tr("Restore revision {number}").format(number=number))
        return True

    def compare(self, before: int | None = None) -> QDialog | None:
        """Open the comparison; ``before`` preselects a revision number as the old side."""
        from app.document.storage import list_revisions, load_deal, load_revision
        from app.ui.dialogs.deal_diff_dialog import DealDiffDialog, DiffSource

        document = self._window.document()
        if document is None:
            return None
        sources: list[DiffSource] = []
        start = 0
        if document.is_deal_file():
            path = document.path()
            try:
                revisions = list_revisions(path)
            except DealError:
                revisions = []
            for info in revisions:
                if info.number == before:
                    start = len(sources)
                sources.append(
                    DiffSource(
                        self.tr("Revision {number}: {label}").format(
                            number=info.number, label=info.label
                        ),
                        lambda n=info.number: load_revision(path, n),
                    )
                )
            if before is None:
                start = max(len(sources) - 1, 0)
            sources.append(DiffSource(self.tr("Saved draft"), lambda: load_deal(path)))
        current = document.deal().model_copy(deep=True)
        sources.append(
            DiffSource(
                self.tr("Current (with unsaved changes)")
                if document.is_modified()
                else self.tr("Current"),
                lambda: current,
            )
        )
        if len(sources) < 2:
            prompts.show_info(
                self._window,
                self.tr("Compare versions"),
                self.tr(
                    "There is nothing to compare yet: save the deal as a .deal "
                    "file and freeze a revision."
                ),
            )
            return None
        dialog = DealDiffDialog(sources, start, len(sources) - 1, self._window)
        self.last_dialog = dialog
        dialog.exec()
        return dialog
