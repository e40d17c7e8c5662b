"""Dated backups of a project, copies (Save As), and restoring a backup.

Every copy goes through SQLite's backup API in one step, so it is a consistent snapshot even
while the window or ``qdadesk-cli`` writes to the project (it is never a file copy). The copy
is built under a temporary name in the target folder and renamed when complete, so a crash
or a full disk leaves no half backup under a real name.

Backups are named ``<project> YYYY-MM-DD HH-MM-SS.qdadesk`` (local time): they sort by date
and a user can tell what they are. They go to a ``Backups`` folder beside the project unless
the backup settings name another folder; the last ``keep`` (default 10) are kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from qdadesk.core.errors import ProjectError
from qdadesk.core.i18n import tr

BACKUP_FOLDER_NAME = "Backups"
DEFAULT_KEEP = 10
SETTINGS_FILE_NAME = "backup-settings.json"
_STAMP_FORMAT = "%Y-%m-%d %H-%M-%S"
_STAMP_PATTERN = r"(\d{4}-\d\d-\d\d \d\d-\d\d-\d\d)(?: \((\d+)\))?"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was made (local ISO time), its size."""

    path: Path
    created: str
    size_bytes: int

    def to_json(self) -> dict[str, object]:
        return {"path": str(self.path), "created": self.created, "size_bytes": self.size_bytes}


@dataclass
class BackupSettings:
    """Where backups go ('' = a Backups folder beside each project) and how many are kept.

    Kept per user in ``backup-settings.json`` in the user data folder (on the stick in
    portable mode), so the window and ``qdadesk-cli`` agree. A relative folder is taken
    relative to that data folder, so it travels with the stick whatever its drive letter."""

    folder: str = ""
    keep: int = DEFAULT_KEEP

    @classmethod
    def load(cls, data_dir: Path | None) -> BackupSettings:
        if data_dir is None:
            return cls()
        try:
            data = json.loads((data_dir / SETTINGS_FILE_NAME).read_text(encoding="utf-8"))
            return cls(folder=str(data.get("folder") or ""), keep=max(1, int(data["keep"])))
        except (OSError, ValueError, KeyError, TypeError):
            return cls()

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        target = data_dir / SETTINGS_FILE_NAME
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(partial, target)

    def folder_for(self, project: Path, data_dir: Path | None = None) -> Path:
        """The backup folder of ``project`` under these settings."""
        if not self.folder:
            return default_backup_folder(project)
        folder = Path(self.folder)
        if not folder.is_absolute() and data_dir is not None:
            folder = data_dir / folder
        return folder


def default_backup_folder(project: Path) -> Path:
    return Path(project).resolve().parent / BACKUP_FOLDER_NAME


def copy_database(source: sqlite3.Connection | Path, target: Path) -> None:
    """Write a consistent copy of ``source`` (an open connection, or a project file) to
    ``target``, which must not exist yet."""
    target = Path(target)
    if target.exists():
        raise ProjectError(tr("{path}: a file of that name already exists").format(path=target))
    if not target.parent.is_dir():
        raise ProjectError(tr("{path}: the folder does not exist").format(path=target.parent))
    own = not isinstance(source, sqlite3.Connection)
    if isinstance(source, sqlite3.Connection):
        source_conn = source
    else:
        source_path = Path(source)
        if not source_path.is_file():
            raise ProjectError(tr("{path}: no such project file").format(path=source_path))
        source_conn = sqlite3.connect(source_path.resolve().as_uri() + "?mode=ro", uri=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        destination = sqlite3.connect(partial)
        try:
            source_conn.backup(destination)  # all pages in one step: one snapshot
        finally:
            destination.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except sqlite3.Error as error:
        raise ProjectError(
            tr("{path}: the copy could not be made ({error})").format(path=target, error=error)
        ) from error
    except OSError as error:
        raise ProjectError(
            tr("{path}: the copy could not be made ({error})").format(
                path=target, error=error.strerror or error
            )
        ) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if own:
            source_conn.close()


def backup_path(project: Path, folder: Path, when: datetime | None = None) -> Path:
    """A new, unused backup name in ``folder`` for ``project`` at ``when`` (default: now)."""
    stamp = (when or datetime.now()).strftime(_STAMP_FORMAT)
    stem = Path(project).stem
    # Within one second, number on from the highest made so far (a pruned first one must
    # not come back under its old name: it would sort as the oldest).
    same_second = [
        info.path.name for info in list_backups(project, folder) if info.created == _iso(stamp)
    ]
    candidate = folder / f"{stem} {stamp}.qdadesk"
    if not same_second and not candidate.exists():
        return candidate
    number = len(same_second) + 1
    numbers = [int(m.group(1)) for n in same_second if (m := re.search(r"\((\d+)\)", n))]
    number = max([number, *(n + 1 for n in numbers)])
    while candidate.exists() or number:
        candidate = folder / f"{stem} {stamp} ({number}).qdadesk"
        if not candidate.exists():
            return candidate
        number += 1
    return candidate


def _iso(stamp: str) -> str:
    return datetime.strptime(stamp, _STAMP_FORMAT).isoformat()


def list_backups(project: Path, folder: Path) -> list[BackupInfo]:
    """The backups of ``project`` in ``folder``, newest first."""
    pattern = re.compile(re.escape(Path(project).stem) + " " + _STAMP_PATTERN + r"\.qdadesk$")
    found: list[tuple[tuple[str, int], BackupInfo]] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if not match or not entry.is_file():
            continue
        created = datetime.strptime(match.group(1), _STAMP_FORMAT).isoformat()
        order = (created, int(match.group(2) or 1))
        found.append((order, BackupInfo(entry, created, entry.stat().st_size)))
    found.sort(key=lambda item: item[0], reverse=True)
    return [info for _order, info in found]


def make_backup(
    project: Path,
    folder: Path,
    keep: int = DEFAULT_KEEP,
    source: sqlite3.Connection | None = None,
) -> BackupInfo:
    """Back ``project`` up into ``folder`` now (from ``source`` when given, e.g. the window's
    own connection), then delete all but the newest ``keep`` backups."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ProjectError(
            tr("{path}: cannot make the backup folder ({error})").format(
                path=folder, error=error.strerror or error
            )
        ) from error
    target = backup_path(project, folder)
    copy_database(source if source is not None else Path(project), target)
    prune_backups(project, folder, keep)
    return BackupInfo(target, _created_of(target), target.stat().st_size)


def prune_backups(project: Path, folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns what was deleted."""
    removed = []
    for info in list_backups(project, folder)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def changed_since_last_backup(project: Path, folder: Path) -> bool:
    """False when the newest backup was written after the project last changed."""
    backups = list_backups(project, folder)
    if not backups:
        return True
    try:
        return Path(project).stat().st_mtime > backups[0].path.stat().st_mtime
    except OSError:
        return True


def restore_backup(project: Path, backup: Path, folder: Path, keep: int) -> BackupInfo | None:
    """Replace ``project``'s content with ``backup``, after backing the current state up
    (returned; None when there was no project file). The project file is rewritten in one
    SQLite transaction, in place."""
    from qdadesk.core.store.connection import APPLICATION_ID
    from qdadesk.core.store.file_check import damage_found

    project, backup = Path(project), Path(backup)
    if not backup.is_file():
        raise ProjectError(tr("{path}: no such backup").format(path=backup))
    if backup.resolve() == project.resolve():
        raise ProjectError(
            tr("{path}: a project cannot be restored from itself").format(path=backup)
        )
    try:
        source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
        application_id = source.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise ProjectError(
            tr("{path}: not a QDA Desk project or damaged").format(path=backup)
        ) from error
    try:
        if application_id != APPLICATION_ID or damage_found(backup):
            raise ProjectError(
                tr("{path}: not a QDA Desk project or damaged; nothing was restored").format(
                    path=backup
                )
            )
        # The state restored over is kept too; keep + 1 so the chosen backup is not pruned.
        saved = None
        if project.is_file():
            try:
                saved = make_backup(project, folder, keep + 1)
            except ProjectError:
                saved = _keep_unreadable_copy(project, folder)
        try:
            destination = sqlite3.connect(project, timeout=30.0)
            try:
                # In place, in one transaction: a program reading the file sees old or new.
                source.backup(destination)
            finally:
                destination.close()
        except sqlite3.DatabaseError as error:
            if "not a database" not in str(error) and "malformed" not in str(error):
                raise ProjectError(
                    tr("{path}: the backup could not be restored ({error})").format(
                        path=project, error=error
                    )
                ) from error
            # The project's first page is unreadable, so SQLite cannot write into it:
            # build the restored file beside it and rename it over.
            partial = project.with_name(f".{project.name}.{os.getpid()}.restoring")
            partial.unlink(missing_ok=True)
            copy_database(source, partial)
            os.replace(partial, project)
    finally:
        source.close()
    return saved


def _keep_unreadable_copy(project: Path, folder: Path) -> BackupInfo:
    """A byte copy of a project SQLite cannot read at all (nothing can be writing to it),
    named ``... damaged.qdadesk`` so it is neither listed nor pruned as a backup."""
    import shutil

    stamp = datetime.now().strftime(_STAMP_FORMAT)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{project.stem} {stamp} damaged.qdadesk"
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    shutil.copyfile(project, partial)
    os.replace(partial, target)
    return BackupInfo(target, _created_of(target), target.stat().st_size)


def _created_of(path: Path) -> str:
    match = re.search(_STAMP_PATTERN + r"(?: damaged)?\.qdadesk$", path.name)
    if match:
        return datetime.strptime(match.group(1), _STAMP_FORMAT).isoformat()
    return datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0).isoformat()
