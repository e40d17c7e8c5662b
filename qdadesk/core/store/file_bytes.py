"""Reading a project file's first bytes beside SQLite without dropping SQLite's locks.

On POSIX, closing *any* descriptor of a file releases every lock this process holds on it,
SQLite's included (https://www.sqlite.org/howtocorrupt.html, section 2.2; SQLite's own
unix layer delays its closes for this reason). A plain ``open(path).read()`` of the header
during a write therefore took the write lock away from the write in progress: another
program then wrote at the same time, or judged the journal abandoned and removed it, and one
of the two writes failed with "disk I/O error".

So bytes are read through one descriptor per file (per inode), kept open while a project on
that file is open in this process (``hold``/``release``) and closed only when the last
holder lets go. Windows locks belong to a handle, so there a plain open and close is safe.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

_KEEP = sys.platform != "win32"
_guard = threading.Lock()
# (device, inode) -> [descriptor, holders]
_kept: dict[tuple[int, int], list[int]] = {}


def _key(stat: os.stat_result) -> tuple[int, int]:
    return stat.st_dev, stat.st_ino


def hold(path: Path) -> tuple[int, int] | None:
    """Keep a descriptor of ``path`` open until ``release``; None when nothing is kept
    (Windows, or the file cannot be opened: reads then open it themselves)."""
    if not _KEEP:
        return None
    with _guard:
        try:
            key = _key(os.stat(path))
        except OSError:
            return None
        entry = _kept.get(key)
        if entry is not None:
            entry[1] += 1
            return key
        try:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return None
        key = _key(os.fstat(descriptor))  # the file itself, should the name have moved on
        entry = _kept.get(key)
        if entry is not None:
            # Another holder opened this very file meanwhile: keep both descriptors open
            # (closing one would drop the locks); the extra one goes with this hold.
            entry[1] += 1
            entry.append(descriptor)
            return key
        _kept[key] = [descriptor, 1]
        return key


def release(key: tuple[int, int] | None) -> None:
    """Let go of a ``hold``; the descriptor closes when nobody in this process holds it."""
    if key is None:
        return
    with _guard:
        entry = _kept.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _kept[key]
        descriptors = [entry[0], *entry[2:]]
    for descriptor in descriptors:
        os.close(descriptor)


def read_start(path: Path, count: int) -> bytes:
    """The first ``count`` bytes of ``path`` (fewer when it is shorter)."""
    key = hold(path)
    try:
        if key is None:
            with path.open("rb") as handle:
                return handle.read(count)
        with _guard:
            descriptor = _kept[key][0]
            return os.pread(descriptor, count, 0)
    finally:
        release(key)
