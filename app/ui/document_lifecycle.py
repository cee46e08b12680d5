"""New, open, save, save as, revert, close, recover: the document's life in one window, with the questions.

The document classes do the work and raise readable errors; this class asks
the user what to do (unsaved changes, a file open elsewhere, a failed save)
and keeps the recent-files list.  One window shows one deal; opening another
deal replaces it after the unsaved-changes question.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from app.document.errors import DealError
from app.document.lock import DealLockedError
from app.document.recovery import RecoveryCopy
from app.ui import prompts
from app.ui.deal_document import DealDocument
from app.ui.deal_files import open_document, save_document, save_document_as

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.settings import AppSettings


class DocumentLifecycle(QObject):
    """The file commands of one main window."""

    def __init__(self, window: MainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings

    def _document(self) -> DealDocument | None:
        return self._window.document()

    def _start_folder(self) -> str:
        document = self._document()
        if document is not None and document.path() is not None:
            return str(document.path().parent)
        return self._settings.last_folder()

    # --- new ------------------------------------------------------------------------------

    def new_deal(self) -> bool:
        """Ask how to start (blank, sample, template) and show the new deal."""
        from app.ui.dialogs.new_deal_dialog import NewDealDialog
        from app.ui.translations import current_language

        dialog = NewDealDialog(self._settings.template_folder(), current_language(), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        kind, value = dialog.choice()
        return self.new_from(kind, value)

    def new_from(self, kind: str, value) -> bool:
        """Start a deal: ``("blank", (title, language))``, ``("sample", path)``, ``("template", path)``.

        Samples and templates are copied: the new deal has no file until it is saved.
        """
        if not self.maybe_save():
            return False
        try:
            if kind == "blank":
                from app.ui.company_defaults import blank_deal

                title, language = value
                deal, attachments = blank_deal(title, language, self._settings.company())
            else:
                from app.document.storage import get_attachment, load_deal

                path = Path(value)
                deal = load_deal(path)
                attachments = {}
                for name in (deal.meta.client.logo, deal.meta.our_company.logo):
                    found = get_attachment(path, name) if name else None
                    if found is not None and name:
                        attachments[name] = found
        except DealError as exc:
            prompts.show_error(self._window, self.tr("Cannot create the deal"), str(exc))
            return False
        document = DealDocument(deal)
        for name, (data, mime) in attachments.items():
            document.add_attachment(name, data, mime)
        self._window.set_document(document)
        return True

    # --- open -----------------------------------------------------------------------------

    def choose_and_open(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open deal"),
            self._start_folder(),
            self.tr("Deals (*.deal *.json)"),
        )
        return bool(name) and self.open_path(Path(name))

    def open_path(self, path: Path, *, ask_first: bool = True) -> bool:
        """Open ``path`` in this window, asking about unsaved changes and locks; False if not opened."""
        if ask_first and not self.maybe_save():
            return False
        document = self.load(path)
        if document is None:
            return False
        self._window.set_document(document)
        self._settings.add_recent_file(path)
        self._settings.set_last_folder(str(Path(path).parent))
        return True

    def load(self, path: Path) -> DealDocument | None:
        """Read ``path`` into a document (asking what to do if it is locked); None on failure."""
        try:
            return open_document(path)
        except DealLockedError as exc:
            answer = prompts.ask_locked(self._window, exc)
            if answer == "cancel":
                return None
            try:
                return open_document(
                    path, read_only=answer == "read_only", force_lock=answer == "force"
                )
            except DealError as again:
                prompts.show_error(self._window, self.tr("Cannot open the deal"), str(again))
                return None
        except DealError as exc:
            prompts.show_error(self._window, self.tr("Cannot open the deal"), str(exc))
            return None

    # --- save -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Save in place, or ask where (a deal without a ``.deal`` file, or read-only)."""
        document = self._document()
        if document is None:
            return False
        if not document.can_save_in_place():
            return self.save_as()
        try:
            save_document(document)
        except DealError as exc:
            prompts.show_error(self._window, self.tr("Cannot save the deal"), str(exc))
            return False
        self._window.statusBar().showMessage(
            self.tr("Saved {file}").format(file=document.display_name()), 4000
        )
        return True

    def save_as(self) -> bool:
        document = self._document()
        if document is None:
            return False
        suggested = (
            document.path().with_suffix(".deal")
            if document.path()
            else Path(self._start_folder() or ".")
            / f"{_safe_stem(document.deal().meta.title)}.deal"
        )
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save deal as"), str(suggested), self.tr("Deal files (*.deal)")
        )
        if not name:
            return False
        target = Path(name)
        if target.suffix.lower() != ".deal":
            target = target.with_name(target.name + ".deal")
        return self.save_to(target)

    def save_to(self, target: Path) -> bool:
        """Save as ``target`` (a ``.deal`` file) and continue editing there."""
        document = self._document()
        if document is None:
            return False
        try:
            save_document_as(document, target)
        except DealLockedError as exc:
            prompts.show_error(
                self._window,
                self.tr("Cannot save the deal"),
                self.tr(
                    "“{name}” is open in another window or by another "
                    "Presales Studio; choose another name."
                ).format(name=exc.path.name),
            )
            return False
        except (DealError, OSError) as exc:
            prompts.show_error(self._window, self.tr("Cannot save the deal"), str(exc))
            return False
        self._settings.add_recent_file(target)
        self._settings.set_last_folder(str(target.parent))
        self._window.statusBar().showMessage(self.tr("Saved {file}").format(file=target.name), 4000)
        return True

    def revert(self) -> bool:
        """Throw the changes away and reload the saved file (asks first)."""
        document = self._document()
        if document is None or document.path() is None or not document.is_modified():
            return False
        if not prompts.confirm(
            self._window,
            self.tr("Revert to saved"),
            self.tr("Discard every change since “{name}” was saved?").format(
                name=document.display_name()
            ),
            ok_text=self.tr("Revert"),
        ):
            return False
        from app.document.storage import load_deal

        try:
            deal = load_deal(document.path())  # type: ignore[arg-type]
        except DealError as exc:
            prompts.show_error(self._window, self.tr("Cannot revert"), str(exc))
            return False
        document.reset(deal)
        return True

    # --- close ----------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when the window may drop its deal: saved, or the user said so."""
        document = self._document()
        if document is None or not document.is_modified():
            return True
        answer = prompts.ask_unsaved(self._window, document.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def close_document(self) -> bool:
        """Close the deal (asking about unsaved changes); the window stays, empty."""
        if not self.maybe_save():
            return False
        self._window.set_document(None)
        return True

    # --- recovery -------------------------------------------------------------------------

    def offer_recovery(self) -> int:
        """Offer the work a crash left behind; returns how many deals were restored."""
        from app.document.session_registry import orphaned_recoveries
        from app.ui.dialogs.recovery_dialog import RecoveryDialog

        copies = orphaned_recoveries()
        if not copies:
            return 0
        dialog = RecoveryDialog(copies, self._window)
        dialog.exec()
        action, chosen = dialog.decision()
        if action == "discard":
            for copy in chosen:
                copy.discard()
            return 0
        if action != "restore":
            return 0
        restored = 0
        for copy in chosen:
            if self.restore_recovery(copy):
                restored += 1
        return restored

    def restore_recovery(self, copy: RecoveryCopy) -> bool:
        """Show the recovered deal: over its file when that still exists (undo goes back to the
        saved version), else as an unsaved deal.  The copy is removed once it is shown."""
        try:
            deal = copy.load()
        except (DealError, OSError, ValueError) as exc:
            prompts.show_error(self._window, self.tr("Cannot recover the deal"), str(exc))
            return False
        document = None
        current = self._window.document()
        if (
            copy.original is not None
            and current is not None
            and current.path() is not None
            and current.path().resolve() == copy.original.resolve()
        ):
            document = current
        elif copy.original is not None and copy.original.exists():
            document = self.load(copy.original)
        if document is not None and not document.is_read_only():
            document.replace_deal(deal, self.tr("Recover unsaved changes"))
        else:
            document = DealDocument(deal)
            document.mark_unsaved()
        target = self._window
        if document is not current:
            if current is not None and (current.is_modified() or current.path() is not None):
                target = self._window.open_new_window()
            target.set_document(document)
        copy.discard()
        target.autosaver_write_now()
        return True


def dropped_deal(mime) -> Path | None:
    """The first ``.deal`` or ``.json`` file in dragged data (a ``QMimeData``), or None."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in (".deal", ".json"):
            return Path(url.toLocalFile())
    return None


def _safe_stem(title: str) -> str:
    cleaned = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in title).strip(" .")
    return cleaned[:80] or "deal"
