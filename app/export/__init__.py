"""Exporters: charts, xlsx, docx and the context they share; no Qt here."""
