"""Slow work off the interface thread: exports, engine warm-up; progress and Cancel."""
