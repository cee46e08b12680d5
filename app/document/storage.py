"""Deal files (``*.deal``): one SQLite database per deal.

Tables: ``properties`` (format, schema version, app version), ``draft`` (the
current draft as validated JSON), ``revisions`` (frozen, immutable content
with its hash) and ``attachments`` (logos, images).

Safety rules:
* every write is one SQLite transaction (rollback journal, ``synchronous=FULL``),
  so a crash leaves either the old or the new content;
* a new file is built beside its target and moved into place with
  ``os.replace``, so a half-written file never carries the target's name;
* reading never changes the file, except that SQLite rolls back a journal
  left by a crashed save (which restores the previous content).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Literal

from app.document.codec import content_hash, deal_from_json, deal_to_json
from app.document.deal import SCHEMA_VERSION, Deal
from app.document.errors import DealError, DealFileError

FILE_FORMAT = "presales-studio-deal"
APPLICATION_ID = 0x50535444  # "PSTD"
SQLITE_MAGIC = b"SQLite format 3\x00"
RevisionStatus = Literal["draft", "sent", "superseded"]

_SCHEMA = """
CREATE TABLE properties (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE draft (id INTEGER PRIMARY KEY CHECK (id = 1), content TEXT NOT NULL,
                    hash TEXT NOT NULL, saved_at TEXT NOT NULL);
CREATE TABLE revisions (number INTEGER PRIMARY KEY, label TEXT NOT NULL, status TEXT NOT NULL,
                        created_at TEXT NOT NULL, hash TEXT NOT NULL, content TEXT NOT NULL,
                        sent_file_hash TEXT);
CREATE TABLE attachments (name TEXT PRIMARY KEY, mime TEXT NOT NULL, data BLOB NOT NULL);
"""


@dataclass(frozen=True)
class RevisionInfo:
    """One frozen revision as listed (without its content)."""

    number: int
    label: str
    status: RevisionStatus
    created_at: str
    hash: str
    sent_file_hash: str | None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _check_header(path: Path) -> None:
    if not path.exists():
        raise DealFileError(f"{path}: no such file")
    if path.is_dir():
        raise DealFileError(f"{path}: is a folder, not a deal file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DealFileError(f"{path}: cannot be read ({exc.strerror})") from None
    if not header:
        raise DealFileError(f"{path}: the file is empty, not a deal file")
    if header != SQLITE_MAGIC:
        raise DealFileError(f"{path}: not a Presales Studio deal file (not an SQLite database)")


def _connect(path: Path, *, write: bool) -> sqlite3.Connection:
    journal = path.with_name(path.name + "-journal")
    if write or journal.exists():
        conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    else:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                               isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    return conn


@contextmanager
def _open(path: Path, *, write: bool = False) -> Iterator[sqlite3.Connection]:
    """An open deal database whose format is checked; SQLite errors become DealFileError."""
    _check_header(path)
    try:
        with closing(_connect(path, write=write)) as conn:
            _check_format(conn, path)
            yield conn
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        detail = str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
        if "decode" in detail:
            detail = "text that is not valid UTF-8"
        raise DealFileError(f"{path}: damaged or not a deal file ({detail})") from None


def _check_format(conn: sqlite3.Connection, path: Path) -> None:
    try:
        rows = dict(conn.execute("SELECT key, value FROM properties").fetchall())
    except sqlite3.DatabaseError:
        raise DealFileError(f"{path}: not a Presales Studio deal file "
                            "(an SQLite database without deal tables)") from None
    if rows.get("format") != FILE_FORMAT:
        raise DealFileError(f"{path}: not a Presales Studio deal file (format {rows.get('format')!r})")
    version = rows.get("schema_version", "")
    if not version.isdigit():
        raise DealFileError(f"{path}: damaged deal file (schema version {version!r})")
    if int(version) > SCHEMA_VERSION:
        raise DealFileError(
            f"{path}: was saved by a newer Presales Studio (deal schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}): update Presales Studio to open it. "
            "The file was not changed.")


def _initialise(conn: sqlite3.Connection, deal: Deal) -> None:
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.executescript(_SCHEMA)
    from app import __version__

    conn.executemany("INSERT INTO properties VALUES (?, ?)", [
        ("format", FILE_FORMAT), ("schema_version", str(SCHEMA_VERSION)),
        ("app_version", __version__)])
    conn.execute("INSERT INTO draft VALUES (1, ?, ?, ?)", (deal_to_json(deal), content_hash(deal), _now()))


def _replace_atomically(target: Path, build) -> None:
    """Build a new database in a temporary file beside ``target``, then move it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        with closing(sqlite3.connect(temp, isolation_level=None)) as conn:
            conn.execute("PRAGMA synchronous=FULL")
            build(conn)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory handles (Windows)
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def create_deal_file(path: Path | str, deal: Deal) -> None:
    """Write a new deal file holding ``deal`` as its draft (replacing any file at ``path``)."""

    _replace_atomically(Path(path), lambda conn: _initialise(conn, deal))


def save_draft(path: Path | str, deal: Deal) -> None:
    """Save ``deal`` as the draft of ``path``: in place when it is a deal file, else create it."""
    path = Path(path)
    if not path.exists():
        create_deal_file(path, deal)
        return
    text, digest = deal_to_json(deal), content_hash(deal)
    with _open(path, write=True) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE draft SET content = ?, hash = ?, saved_at = ? WHERE id = 1",
                     (text, digest, _now()))
        conn.execute("COMMIT")


def save_as(source: Path | str | None, target: Path | str, deal: Deal) -> None:
    """Save ``deal`` to ``target``, carrying over the revisions and attachments of ``source``."""
    source_path = Path(source) if source else None
    if source_path is None or not source_path.exists() or source_path.suffix.lower() == ".json":
        create_deal_file(target, deal)
        return

    def build(conn: sqlite3.Connection) -> None:
        with _open(source_path) as src:
            src.backup(conn)
        conn.execute("BEGIN")
        conn.execute("UPDATE draft SET content = ?, hash = ?, saved_at = ? WHERE id = 1",
                     (deal_to_json(deal), content_hash(deal), _now()))
        conn.execute("COMMIT")

    _replace_atomically(Path(target), build)


def load_deal(path: Path | str) -> Deal:
    """Load the draft of a ``.deal`` file, or a deal ``.json`` file."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _load_json(path)
    with _open(path) as conn:
        row = conn.execute("SELECT content FROM draft WHERE id = 1").fetchone()
    if row is None:
        raise DealFileError(f"{path}: damaged deal file (no draft)")
    return deal_from_json(row[0], str(path))


def _load_json(path: Path) -> Deal:
    if not path.is_file():
        raise DealFileError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DealFileError(f"{path}: cannot be read ({exc.strerror})") from None
    return deal_from_json(data, str(path))


def freeze(path: Path | str, label: str = "", *, status: RevisionStatus = "draft",
           sent_file_hash: str | None = None) -> RevisionInfo:
    """Freeze the current draft as the next revision (immutable); work continues on the draft.

    Freezing a revision with status ``sent`` marks earlier sent revisions ``superseded``.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        raise DealError(f"{path}: revisions live in .deal files; run import-json first")
    with _open(path, write=True) as conn:
        conn.execute("BEGIN IMMEDIATE")
        content, digest = conn.execute("SELECT content, hash FROM draft WHERE id = 1").fetchone()
        number = conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions").fetchone()[0]
        created = _now()
        label = label or f"Revision {number}"
        if status == "sent":
            conn.execute("UPDATE revisions SET status = 'superseded' WHERE status = 'sent'")
        conn.execute("INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (number, label, status, created, digest, content, sent_file_hash))
        conn.execute("COMMIT")
    return RevisionInfo(number, label, status, created, digest, sent_file_hash)


def list_revisions(path: Path | str) -> list[RevisionInfo]:
    """Every frozen revision, oldest first (empty for a .json deal)."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return []
    with _open(path) as conn:
        rows = conn.execute("SELECT number, label, status, created_at, hash, sent_file_hash "
                            "FROM revisions ORDER BY number").fetchall()
    return [RevisionInfo(*row) for row in rows]


def load_revision(path: Path | str, number: int) -> Deal:
    """The content of revision ``number`` (read-only: revisions never change)."""
    path = Path(path)
    with _open(path) as conn:
        row = conn.execute("SELECT content FROM revisions WHERE number = ?", (number,)).fetchone()
    if row is None:
        known = ", ".join(str(r.number) for r in list_revisions(path)) or "none"
        raise DealError(f"{path}: no revision {number} (revisions: {known})")
    return deal_from_json(row[0], f"{path} revision {number}")


def restore_revision(path: Path | str, number: int) -> Deal:
    """Make revision ``number`` the new draft and return it."""
    deal = load_revision(path, number)
    save_draft(path, deal)
    return deal


def put_attachment(path: Path | str, name: str, data: bytes, mime: str) -> None:
    """Store (or replace) an attachment such as a logo."""
    with _open(Path(path), write=True) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO attachments VALUES (?, ?, ?)", (name, mime, data))
        conn.execute("COMMIT")


def get_attachment(path: Path | str, name: str) -> tuple[bytes, str] | None:
    """The bytes and MIME type of an attachment, or None."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return None
    with _open(path) as conn:
        row = conn.execute("SELECT data, mime FROM attachments WHERE name = ?", (name,)).fetchone()
    return (bytes(row[0]), row[1]) if row else None
