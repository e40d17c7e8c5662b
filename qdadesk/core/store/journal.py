"""The rollback journal a write leaves beside the project until it commits.

A process killed while it writes leaves ``PROJECT-journal`` behind (a "hot" journal). It
holds the original content of every page the write had changed, so the main file may hold
half-written pages: the project as last committed is the main file with the journal's pages
put back. SQLite does that on the first read-write access; a read-only connection cannot.

Before letting SQLite roll a journal back, the opener must know whose file it is: this module
reads page 1 as last committed (from the journal when the write had saved it there, else from
the main file) without writing anything, so a foreign or newer file stays untouched.
"""

from __future__ import annotations

import stat
from pathlib import Path

from qdadesk.core.store import file_bytes

_MAGIC = bytes.fromhex("d9d505f920a163d7")
_HEADER_FIELDS = 28  # magic, record count, checksum seed, original size, sector, page size
_UNKNOWN_COUNT = 0xFFFFFFFF
HEADER_BYTES = 100  # SQLite's database header at the start of page 1


def journal_path(path: Path) -> Path:
    """Where SQLite keeps ``path``'s rollback journal."""
    return Path(str(path) + "-journal")


def has_journal(path: Path) -> bool:
    """True when a non-empty journal lies beside ``path`` (a write in progress, or a crash)."""
    try:
        status = journal_path(path).stat()
    except OSError:
        return False
    return stat.S_ISREG(status.st_mode) and status.st_size > 0


def _journal_bytes(path: Path) -> bytes:
    """The journal's content; empty when there is none (another program's write may commit
    and remove it at any moment)."""
    try:
        return journal_path(path).read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return b""


def journal_is_inert(path: Path) -> bool:
    """True when ``path``'s journal starts with a zero byte: SQLite writes its header's magic
    only once the journal is synced, before the main file is touched, so such a journal (a
    process killed early in a write) holds nothing to roll back, and SQLite ignores it."""
    journal = journal_path(path)
    try:
        with journal.open("rb") as handle:
            first = handle.read(1)
    except OSError:
        return False
    return first == b"\0"


def committed_header(path: Path) -> bytes:
    """The first 100 bytes of ``path`` as last committed, read without writing anything."""
    # Not open/close: closing a descriptor of the project would drop the locks of this
    # program's other connections to it (see file_bytes).
    header = file_bytes.read_start(path, HEADER_BYTES)
    saved = _saved_page_one(_journal_bytes(path)) if has_journal(path) else None
    return header if saved is None else saved[:HEADER_BYTES]


def change_counters(path: Path) -> tuple[int, int | None]:
    """The main file's change counter now, and the one its journal saved (None when the
    journal holds no page 1 SQLite would play back): see ``rolled_back``."""
    main = int.from_bytes(file_bytes.read_start(path, 28)[24:28], "big")
    saved = _saved_page_one(_journal_bytes(path))
    return main, None if saved is None else int.from_bytes(saved[24:28], "big")


def rolled_back(path: Path, before: tuple[int, int | None]) -> bool:
    """True when the journal seen with ``before = change_counters(path)`` is gone because
    it was rolled back, not because the write that owned it committed (another program's
    journal is there while it writes). A commit moves the counter past the committed one
    (the journal's saved page 1, else the main file's); a rollback leaves it there."""
    if has_journal(path):
        return False
    main_before, saved = before
    committed = saved if saved is not None else main_before
    return int.from_bytes(file_bytes.read_start(path, 28)[24:28], "big") == committed


def _saved_page_one(journal: bytes) -> bytes | None:
    """Page 1's original content when the journal holds it in a record SQLite would play
    back (counted in its segment's header, checksum valid); else None."""
    if len(journal) < _HEADER_FIELDS or journal[:8] != _MAGIC:
        return None
    sector = int.from_bytes(journal[20:24], "big")
    page_size = int.from_bytes(journal[24:28], "big")
    if page_size == 1:  # SQLite stores 65536 as 1
        page_size = 65536
    if sector < _HEADER_FIELDS or page_size < 512:
        return None
    record_size = page_size + 8
    offset = 0
    while offset + _HEADER_FIELDS <= len(journal) and journal[offset : offset + 8] == _MAGIC:
        count = int.from_bytes(journal[offset + 8 : offset + 12], "big")
        seed = int.from_bytes(journal[offset + 12 : offset + 16], "big")
        position = offset + sector
        if count == _UNKNOWN_COUNT:
            count = max(0, (len(journal) - position) // record_size)
        if count == 0:
            return None  # nothing synced in this segment: the main file was not yet written
        for _ in range(count):
            record = journal[position : position + record_size]
            if len(record) < record_size:
                return None
            data = record[4 : 4 + page_size]
            if _checksum(seed, data) != int.from_bytes(record[-4:], "big"):
                return None  # SQLite stops playing back at the first bad record
            if int.from_bytes(record[:4], "big") == 1:
                return data
            position += record_size
        offset = -(-position // sector) * sector  # the next segment starts on a sector
    return None


def _checksum(seed: int, data: bytes) -> int:
    """SQLite's journal record checksum: the seed plus every 200th byte from the end."""
    total = seed
    index = len(data) - 200
    while index > 0:
        total += data[index]
        index -= 200
    return total & 0xFFFFFFFF
