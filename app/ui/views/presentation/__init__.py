"""Presentation mode's parts: the slides, the projector palettes, the presenter view and the page.

:class:`app.ui.views.presentation_window.PresentationWindow` shows a
:class:`~app.ui.views.presentation.slide_deck.SlideDeck` full screen; the main
window's presentation page previews the same deck, scaled.
"""
