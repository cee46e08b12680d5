"""Typed undo commands over :class:`~app.ui.deal_document.DealDocument`.

Each command captures what it needs to undo in ``__init__`` and changes the
deal only through the document's ``apply_*`` methods; none opens a dialog or
computes results.
"""
