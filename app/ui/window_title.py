"""The main window's title: file name, deal title, the unsaved marker and the document's state.

Qt replaces ``[*]`` with ``*`` while the window is marked modified.
"""

from __future__ import annotations

APP_TITLE = "Presales Studio"


def window_title(document, read_only_text: str) -> str:
    """``"mes.deal[*] · 恒驰 MES (read-only) — Presales Studio"`` for ``document`` (or None).

    ``read_only_text`` is the translated "read-only" shown for a read-only
    document without a label of its own (a revision's label wins).
    """
    if document is None:
        return APP_TITLE
    title = document.deal().meta.title
    name = document.path().name if document.path() is not None else ""
    extra = document.label() or (read_only_text if document.is_read_only() else "")
    head = f"{name}[*] · {title}" if name else f"{title}[*]"
    if extra:
        head += f" ({extra})"
    return f"{head} — {APP_TITLE}"
