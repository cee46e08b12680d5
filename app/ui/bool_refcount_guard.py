"""Keep ``True``, ``False`` and ``None`` alive despite PySide6 6.12.0's reference bugs.

``SignalInstance.emit()`` in PySide6 6.12.0 returns ``True`` without taking a
reference to it, so every signal emitted from Python code loses one
reference to ``True``.  On Python 3.11 (where ``True`` is an ordinary object
with a reference count) a long session, or a test suite, eventually frees
``True`` and the interpreter aborts with ``bool_dealloc: deallocating True
or False``.  ``None`` fares the same: every ``QCoreApplication.processEvents()``
call loses a reference to it, and so do some slot calls (measured: about
two per undoable edit), until ``none_dealloc`` aborts the process.  Python
3.12 made these singletons immortal, which hides the bugs.

:func:`guard_bool_refcounts` gives the three a reserve of references so
large that no session can use it up: what Python 3.12 does by design.  It
is a no-op on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
"""References added: at a thousand signals a second, enough for thirty-four years."""

_done = False


def guard_bool_refcounts() -> bool:
    """Add the reserve once per process (Python < 3.12 only); True when it was added now."""
    global _done
    if _done or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal booleans, or a debug build whose object layout differs
    for value in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt, the first field
        count.value += RESERVE
    _done = True
    return True
