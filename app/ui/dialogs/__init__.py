"""Dialogs of the main window: new deal, preferences, revisions, compare, export, recovery."""
