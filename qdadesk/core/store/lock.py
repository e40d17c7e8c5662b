"""One window per project: a small JSON lock file beside the project.

``study.qdadesk.lock`` says who has the project open in a window (user, host, pid, since).
It is advisory: SQLite keeps every writer safe on its own, and the command line never takes
it (a script beside the window is fine). A second window reads it to tell the user who has
the project and to offer a read-only view. A lock whose process is gone (same host, pid not
running) is stale: it is taken over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from qdadesk.core.errors import ProjectError
from qdadesk.core.i18n import tr

LOCK_SUFFIX = ".lock"
# Seconds an unreadable lock file may be one being written right now.
_UNREADABLE_GRACE = 10.0


@dataclass(frozen=True)
class LockOwner:
    """Who holds a project's lock: login name, computer, process id, ISO time it was taken."""

    user: str
    host: str
    pid: int
    since: str
    token: str = ""
    unreadable_for: float | None = None  # seconds the lock file has been unreadable

    def to_json(self) -> dict[str, object]:
        """The public fields (``user``, ``host``, ``pid``, ``since``)."""
        record = asdict(self)
        record.pop("token")
        record.pop("unreadable_for")
        return record

    def describe(self) -> str:
        return tr("{user} on {host} since {since}").format(
            user=self.user, host=self.host, since=self.since_text()
        )

    def since_text(self) -> str:
        """``since`` as a person reads it: ``2026-12-04 17:05``."""
        return self.since[:16].replace("T", " ")


class ProjectLockedError(ProjectError):
    """The project is open in another window; ``owner`` says whose."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        super().__init__(
            tr("{name} is open in another window ({owner})").format(
                name=path.name, owner=owner.describe()
            )
        )
        self.owner = owner


def lock_path(project: str | os.PathLike[str]) -> Path:
    """``study.qdadesk`` -> ``study.qdadesk.lock`` beside it."""
    path = Path(project)
    return path.with_name(path.name + LOCK_SUFFIX)


def read_lock(project: str | os.PathLike[str]) -> LockOwner | None:
    """The lock's owner as written, stale or not; None when there is no (readable) lock."""
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        return LockOwner(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            token=str(data.get("token", "")),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Being written this very moment (held), or garbage left by a crash between
        # creating and filling it (stale once it is a few seconds old).
        try:
            age = time.time() - lock_path(project).stat().st_mtime
        except OSError:
            age = 0.0
        return LockOwner(user="?", host="?", pid=0, since="?", unreadable_for=age)


def current_owner(project: str | os.PathLike[str]) -> LockOwner | None:
    """Who holds the project open in a window now; None when nobody (or a stale lock)."""
    owner = read_lock(project)
    if owner is None or is_stale(owner):
        return None
    return owner


def held_elsewhere(project: str | os.PathLike[str]) -> bool:
    """True when a live window of another process (or computer) holds the project."""
    owner = current_owner(project)
    return owner is not None and (owner.host, owner.pid) != (_host(), os.getpid())


def is_this_computer(owner: LockOwner) -> bool:
    return owner.host == _host()


def is_stale(owner: LockOwner) -> bool:
    """True when the lock was left by a process of this computer that is no longer running."""
    if owner.unreadable_for is not None:
        return owner.unreadable_for > _UNREADABLE_GRACE
    if owner.host != _host() or owner.pid <= 0:
        return False  # another computer's process cannot be checked from here
    return not _process_alive(owner.pid)


class ProjectLock:
    """The lock a window holds on its project; ``release()`` (or ``with``) removes it."""

    def __init__(self, project: Path, owner: LockOwner, took_over: LockOwner | None) -> None:
        self.project = project
        self.owner = owner
        self.took_over = took_over  # the stale lock this one replaced, if any

    @classmethod
    def acquire(cls, project: str | os.PathLike[str], take_over: bool = False) -> ProjectLock:
        """Take the lock; ``ProjectLockedError`` when a live process holds it.

        ``take_over`` replaces whatever lock is there: for a lock from another computer
        that the user knows is gone (a stick moved after a crash), which cannot be checked."""
        path = Path(project)
        owner = LockOwner(
            user=_user(),
            host=_host(),
            pid=os.getpid(),
            since=_now(),
            token=uuid.uuid4().hex,
        )
        took_over = None
        for _attempt in range(3):
            if _create_exclusive(lock_path(path), owner):
                return cls(path, owner, took_over)
            existing = read_lock(path)
            if existing is None:
                continue  # released meanwhile: try again
            if not take_over and not is_stale(existing):
                raise ProjectLockedError(path, existing)
            took_over = existing
            with contextlib.suppress(FileNotFoundError):
                lock_path(path).unlink()
        existing = read_lock(path) or owner
        raise ProjectLockedError(path, existing)

    def held(self) -> bool:
        """True while the lock file is still this lock's."""
        found = read_lock(self.project)
        return found is not None and found.token == self.owner.token

    def release(self) -> None:
        """Remove the lock file if it is still ours (a takeover may have replaced it)."""
        if self.held():
            with contextlib.suppress(OSError):
                lock_path(self.project).unlink()

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _create_exclusive(path: Path, owner: LockOwner) -> bool:
    """Write the lock file only if none exists (atomic create); False when one does."""
    payload = json.dumps({**owner.to_json(), "token": owner.token}, indent=2).encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    except OSError as error:
        raise ProjectError(
            tr("{path}: cannot create the lock file ({error})").format(
                path=path, error=error.strerror or error
            )
        ) from error
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        synchronize = 0x00100000
        handle = ctypes.windll.kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        wait_timeout = 0x102
        alive: bool = ctypes.windll.kernel32.WaitForSingleObject(handle, 0) == wait_timeout
        ctypes.windll.kernel32.CloseHandle(handle)
        return alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _user() -> str:
    import getpass

    try:
        return getpass.getuser() or "user"
    except Exception:  # no login name known (some sandboxes)
        return "user"


def _host() -> str:
    return socket.gethostname() or "localhost"


def _now() -> str:
    from datetime import datetime

    return datetime.now().astimezone().replace(microsecond=0).isoformat()
