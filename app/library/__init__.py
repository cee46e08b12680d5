"""The local library: price books, configuration rules, competitors, case studies and clauses.

Qt-free; see :mod:`app.library.store` for the entry point (:class:`~app.library.store.Library`).
"""
