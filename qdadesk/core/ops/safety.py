"""Copies of the open project: Save As and dated backups, from the project's own connection
(a consistent snapshot even between two of its writes)."""

from __future__ import annotations

from pathlib import Path

from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store import backup


class SafetyOps(ProjectParts):
    def save_copy(self, path: str | Path) -> Path:
        """Write a copy of the whole project to the new file ``path`` (Save As)."""
        target = Path(path)
        backup.copy_database(self.db.conn, target)
        return target

    def make_backup(self, folder: str | Path, keep: int = backup.DEFAULT_KEEP) -> backup.BackupInfo:
        """A dated backup in ``folder``, keeping the newest ``keep`` there."""
        return backup.make_backup(self.path, Path(folder), keep, source=self.db.conn)
