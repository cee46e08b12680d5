"""The Qt desktop interface: the only package that imports PySide6.

Start it with :func:`app.ui.application.run_gui`.  Everything here edits the
deal document (:mod:`app.document`) through :class:`app.ui.deal_document.DealDocument`
and shows the engine's results; nothing here computes figures on its own.

Importing any interface module first protects ``True`` and ``False`` from a
reference-counting bug in PySide6 6.12.0 (see :mod:`app.ui.bool_refcount_guard`).
"""

from app.ui.bool_refcount_guard import guard_bool_refcounts

guard_bool_refcounts()
