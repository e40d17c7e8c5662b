"""One safe way to write a file: a temporary file beside the target, renamed over it when done.

A crash, a kill, Ctrl+C or a full disk while writing leaves the previous file byte for byte
as it was. The temporary file sits in the target's folder (a rename is atomic only within
one file system) and is named ``.<target name>.qdadesk-tmp-<host>-<pid>-<token><suffix>`` so a
temporary left behind by a killed process is recognised and removed the next time anything
is written to that folder (:func:`remove_stale_temporaries`). The suffix stays the target's,
so writers that pick a format from the name (Qt's image writer) still do.

Use :func:`atomic_path` when a library writes to a path (openpyxl, python-docx, zipfile,
SQLite, ``QImage.save``), :func:`atomic_open` for a file object, or the two one-liners.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

MARKER = ".qdadesk-tmp-"
"""Part of every temporary file name this module makes (and only of those)."""

STALE_AFTER_SECONDS = 24 * 3600
"""A temporary of a process that may still exist is removed only once this old."""

_NAME = re.compile(r"^\..*" + re.escape(MARKER) + r"([0-9a-f]{6})-(\d+)-[0-9a-f]+")


def _host_tag() -> str:
    """Six hex digits naming this computer: on a shared network folder, another computer's
    temporaries are judged by their age only (its process ids mean nothing here)."""
    import hashlib
    import socket

    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


_HOST = _host_tag()


def temporary_name(target: Path) -> Path:
    """A fresh temporary path beside ``target``, recognisable by :data:`MARKER`."""
    token = secrets.token_hex(4)
    return target.with_name(f".{target.name}{MARKER}{_HOST}-{os.getpid()}-{token}{target.suffix}")


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path to write; on success it is synced and renamed over ``target``.

    On any exception (``KeyboardInterrupt`` too) the temporary file (and an SQLite journal
    beside it) is removed and ``target`` is untouched. ``OSError`` passes through for the
    caller to word."""
    target = Path(target)
    if target.is_symlink():
        target = target.resolve()  # write where the link points, keep the link
    remove_stale_temporaries(target.parent)
    temporary = temporary_name(target)
    try:
        yield temporary
        _fsync_file(temporary)
        _keep_mode(target, temporary)
        os.replace(temporary, target)
    except BaseException as error:
        _release_abandoned_writers(error)
        _remove(temporary)
        translated = _as_os_error(error)
        if translated is not None:
            raise translated from error
        raise
    finally:
        _remove(Path(str(temporary) + "-journal"))
    _fsync_folder(target.parent)


def _release_abandoned_writers(error: BaseException) -> None:
    """Close what a failed writer left open (openpyxl leaves its zip file and a generator):
    Windows cannot remove a file that is still open, and their complaints while closing
    on a full disk are not the user's business (the caller reports the failure once)."""
    import gc
    import traceback

    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        # The finished frames of the failed write still hold the open objects.
        traceback.clear_frames(error.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = hook


_LXML_IO_ERRORS = {"IO_ENOSPC": errno.ENOSPC, "IO_EFBIG": errno.EFBIG, "IO_EIO": errno.EIO}


def _as_os_error(error: BaseException) -> OSError | None:
    """An ``OSError`` for a write failure a library reported its own way (lxml raises
    ``SerialisationError('IO_ENOSPC')`` on a full disk), else None."""
    if isinstance(error, OSError) or type(error).__name__ != "SerialisationError":
        return None
    code = _LXML_IO_ERRORS.get(str(error).strip(), errno.EIO if "IO_" in str(error) else None)
    if code is None:
        return None
    return OSError(code, os.strerror(code))


@contextlib.contextmanager
def atomic_open(
    target: str | os.PathLike[str],
    mode: str = "wb",
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Yield an open file (``"w"`` or ``"wb"``) that replaces ``target`` once closed
    without an error."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes a new file; mode {mode!r} is not 'w' or 'wb'")
    with (
        atomic_path(target) as temporary,
        open(temporary, mode, encoding=encoding, newline=newline) as handle,
    ):
        yield handle


def write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``target`` with ``data``, all or nothing."""
    with atomic_open(target, "wb") as handle:
        handle.write(data)


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Replace ``target`` with ``text`` (line ends as given), all or nothing."""
    with atomic_open(target, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def remove_stale_temporaries(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove our temporary files in ``folder`` that no running writer owns; return them.

    A temporary belongs to the process whose computer and id are in its name: it is stale
    once that process is gone, or after :data:`STALE_AFTER_SECONDS` (a reused process id,
    another computer's). Never raises."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if MARKER not in entry.name:
            continue
        match = _NAME.match(entry.name)
        if match is None:
            continue
        host, pid = match.group(1), int(match.group(2))
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if not entry.is_file(follow_symlinks=False):
                continue
        except OSError:
            continue
        if age < STALE_AFTER_SECONDS and (
            host != _HOST or pid == os.getpid() or _process_alive(pid)
        ):
            continue  # another computer's, this process's (another thread), or a live one's
        path = Path(entry.path)
        if _remove(path):
            removed.append(path)
    return removed


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        synchronize = 0x00100000
        handle = ctypes.windll.kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            still_active = 0x102  # WAIT_TIMEOUT: not signalled, so running
            return ctypes.windll.kernel32.WaitForSingleObject(handle, 0) == still_active
        finally:
            ctypes.windll.kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


def _keep_mode(target: Path, temporary: Path) -> None:
    """Give the new file the permissions the old one had (a shared, group-writable export)."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return  # no previous file
    with contextlib.suppress(OSError):
        os.chmod(temporary, stat.S_IMODE(mode))


def _fsync_file(path: Path) -> None:
    """Push the file's bytes to the disk before the rename makes them the target's."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise
    except OSError:
        return  # some platforms cannot open a file for syncing; the rename still protects
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # a file system without fsync (some network shares): nothing more we can do
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles)."""
    if sys.platform == "win32":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
