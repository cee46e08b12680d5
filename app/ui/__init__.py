"""The Qt desktop interface: the only package that imports PySide6.

Start it with :func:`app.ui.application.run_gui`.  Everything here reads the
deal document (:mod:`app.document`) and, later, the engine's results; nothing
here computes or formats figures on its own.
"""
