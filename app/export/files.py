"""Writing exported documents safely: a temporary file beside the target, then a rename.

A failed export never leaves a half-written document, and the previous file
(if any) stays as it was.  Problems a user can fix become :class:`ExportError`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.export.jobs import ExportError


def write_atomically(path: Path, data: bytes, *, example_name: str = "proposal.docx") -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"{folder}: no such folder")
    if path.is_dir():
        raise ExportError(f"{path} is a folder: give a file name such as {example_name}")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(f"{folder}: cannot write here ({exc.strerror or exc})") from exc
    try:
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide the document from other users
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        if isinstance(exc, PermissionError):
            raise ExportError(f"{path}: cannot replace the file; is it open in another program? "
                              "Close it and export again") from exc
        if isinstance(exc, OSError):
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc}); the previous "
                              "file, if any, is unchanged") from exc
        raise
