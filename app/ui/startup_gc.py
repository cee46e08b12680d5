"""The cyclic garbage collector rests while the desktop application's modules load.

Loading them creates a few hundred thousand objects that live as long as the
process (the modules, the deal schema, PySide6's type tables) and next to no
garbage, yet the collector would walk them again and again: about 4% of the
start-up time.  Importing this module pauses it; :func:`resume` moves what was
loaded out of later collections (``gc.freeze()``) and lets it run again.
:mod:`app.ui.application` imports this module before anything else and
resumes the collector once its own imports are done.
"""

from __future__ import annotations

import gc

_was_enabled = gc.isenabled()
gc.disable()


def resume() -> None:
    """Keep everything loaded so far out of later collections and collect again as before."""
    gc.freeze()
    if _was_enabled:
        gc.enable()
