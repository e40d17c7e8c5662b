"""Noticing another program's writes to the project file, and owning undo trash rows.

``PRAGMA data_version`` on a connection changes when another connection (another program,
or another connection of this one) has committed to the file since the last look; it does
not change for the connection's own commits. The file's change counter (bytes 24-27 of the
header, read under a shared lock) numbers commits for everyone, so an operation one
connection made can be recognised by another (a window adopting its worker's import).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import sys
import uuid
from pathlib import Path

from qdadesk.core.store import file_bytes


def look(conn: sqlite3.Connection, path: Path, wait_ms: int | None = None) -> tuple[int, int]:
    """``(data_version, change counter)`` read together under a shared lock, so that no
    commit can come between them. The caller must not be inside a transaction. With
    ``wait_ms``, wait at most that long for another program's commit to finish (a window's
    periodic look must not freeze it), else raise ``sqlite3.OperationalError``."""
    if wait_ms is not None:
        previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
    try:
        conn.execute("BEGIN")
        try:
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            counter = file_change_counter(path)
        finally:
            conn.execute("COMMIT")
    finally:
        if wait_ms is not None:
            conn.execute(f"PRAGMA busy_timeout={int(previous)}")
    return version, counter


def file_change_counter(path: Path) -> int:
    """The header's change counter; valid while the caller holds a lock on the file (read
    without closing a descriptor of it, which would drop that lock: see file_bytes)."""
    return int.from_bytes(file_bytes.read_start(path, 28)[24:28], "big")


def data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def new_trash_owner() -> str:
    """A name for one open project's trash rows: host, process and a random part."""
    return f"{socket.gethostname()}|{os.getpid()}|{uuid.uuid4().hex}"


def owner_is_gone(owner: str) -> bool:
    """True when ``owner`` was a process on this computer that no longer runs (a crash left
    its trash). Owners on other computers are never judged gone."""
    host, _, rest = owner.partition("|")
    pid_text = rest.partition("|")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    return pid != os.getpid() and not _process_alive(pid)


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
