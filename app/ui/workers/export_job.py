"""The export of documents as a background task: one document at a time, cancellable in between."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.document.deal import Deal

KIND_ORDER = ("docx", "xlsx", "pdf", "pptx")


def export_task(deal: Deal, results: Any, targets: dict[str, Path], options: Any) -> Callable:
    """A :data:`~app.ui.workers.background_task.TaskFunction` writing ``targets`` via
    :func:`app.export.jobs.export_documents`; returns the written paths.

    ``deal`` must be a copy the interface no longer edits (``results`` are frozen).
    """
    kinds = [kind for kind in KIND_ORDER if kind in targets]

    def run(report: Callable[[int, str], None], cancelled: Callable[[], bool]) -> list[Path]:
        from app.export.jobs import export_documents

        written: list[Path] = []
        for step, kind in enumerate(kinds):
            if cancelled():
                break
            report(
                int(100 * step / max(len(kinds), 1)),
                QCoreApplication.translate("Export", "Writing {file}…").format(
                    file=targets[kind].name
                ),
            )
            written += export_documents(deal, results, {kind: targets[kind]}, options)
        report(100, "")
        return written

    return run
