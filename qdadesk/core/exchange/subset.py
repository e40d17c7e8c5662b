"""A part of the project for a team member: some documents with their codings, memos,
variables, paraphrases and summaries, the code system, written as a ``.qdadesk`` file (or a
REFI-QDA ``.qdpx`` for a team member on another program). Brought back with merge.

The ``.qdadesk`` subset is a copy of the whole file (SQLite's backup API) from which the
other documents are then deleted: every GUID stays, so merging it back matches everything
it still holds. The code system is kept whole (the team member codes with the same codes;
``used_codes_only`` keeps only the codes the chosen documents use, and their parents).
Free and project memos, the logbook, variables and saved analyses come along.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.project import Project


@dataclass(frozen=True)
class SubsetReport:
    """What the subset file holds."""

    path: str
    documents: int
    codes: int
    codings: int
    memos: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "documents": self.documents,
            "codes": self.codes,
            "codings": self.codings,
            "memos": self.memos,
        }

    def as_text(self) -> str:
        return tr(
            "Wrote {file}: {documents} documents, {codes} codes, {codings} codings, {memos} memos"
        ).format(
            file=Path(self.path).name,
            documents=self.documents,
            codes=self.codes,
            codings=self.codings,
            memos=self.memos,
        )


def export_subset(
    project: Project,
    path: str | os.PathLike[str],
    document_ids: Iterable[int],
    used_codes_only: bool = False,
) -> SubsetReport:
    """Write the chosen documents (and what belongs to them) to ``path``: a ``.qdpx`` when
    its name ends so, else a ``.qdadesk`` project."""
    path = Path(path)
    keep = sorted(set(document_ids))
    if not keep:
        raise QdaError(tr("Choose at least one document for the team member"))
    for document_id in keep:
        project.document(document_id)  # refuses an unknown id
    if not path.parent.is_dir():
        raise QdaError(tr("{path}: the folder does not exist").format(path=path.parent))
    if path.suffix.lower() == ".qdpx":
        from qdadesk.core.exchange.export_project import export_qdpx

        with tempfile.TemporaryDirectory(prefix="qdadesk-subset-") as folder:
            subset = Path(folder) / f"{path.stem}.qdadesk"
            report = _write_subset(project, subset, keep, used_codes_only)
            from qdadesk.core import Project

            with Project.open(subset) as part:
                export_qdpx(part, path)
        return SubsetReport(str(path), report.documents, report.codes, report.codings, report.memos)
    temporary = path.with_name(f".{path.name}.writing-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        report = _write_subset(project, temporary, keep, used_codes_only)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return SubsetReport(str(path), report.documents, report.codes, report.codings, report.memos)


def _write_subset(
    project: Project, target: Path, keep: list[int], used_codes_only: bool
) -> SubsetReport:
    destination = sqlite3.connect(target)
    try:
        project.db.conn.backup(destination)
        conn = destination
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TEMP TABLE keep_documents (id INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO keep_documents VALUES (?)", [[i] for i in keep])
        conn.execute("DELETE FROM documents WHERE id NOT IN (SELECT id FROM keep_documents)")
        _keep_groups_in_use(conn)
        conn.execute("DELETE FROM cases WHERE id NOT IN (SELECT case_id FROM case_members)")
        if used_codes_only:
            _keep_codes_in_use(conn)
        conn.execute("DELETE FROM undo_trash")
        conn.execute("DROP TABLE temp.keep_documents")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        counts = [
            conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("documents", "codes", "codings", "memos")
        ]
    finally:
        destination.close()
    return SubsetReport(str(target), *counts)


def _keep_groups_in_use(conn: sqlite3.Connection) -> None:
    """Delete the document groups that hold none of the kept documents."""
    parents = dict(conn.execute("SELECT id, parent_id FROM document_groups").fetchall())
    used: set[int] = set()
    for (group_id,) in conn.execute(
        "SELECT DISTINCT group_id FROM documents WHERE group_id IS NOT NULL"
    ).fetchall():
        while group_id is not None and group_id not in used:
            used.add(group_id)
            group_id = parents.get(group_id)
    conn.executemany(
        "DELETE FROM document_groups WHERE id = ?", [[g] for g in parents if g not in used]
    )


def _keep_codes_in_use(conn: sqlite3.Connection) -> None:
    """Delete the codes neither the kept codings, summaries nor memos use (parents stay)."""
    parents = dict(conn.execute("SELECT id, parent_id FROM codes").fetchall())
    used: set[int] = set()
    for (code_id,) in conn.execute(
        "SELECT code_id FROM codings UNION SELECT code_id FROM summaries "
        "UNION SELECT code_id FROM memos WHERE code_id IS NOT NULL"
    ).fetchall():
        while code_id is not None and code_id not in used:
            used.add(code_id)
            code_id = parents.get(code_id)
    conn.executemany("DELETE FROM codes WHERE id = ?", [[c] for c in parents if c not in used])
