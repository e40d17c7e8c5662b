"""The audit trail: a dated, per-user history of the code system, of imports and merges,
and of coding counts per code over time (for the verification step and a methods section).

Entries are written inside the transaction of the operation they describe, so a failed
operation leaves none. The ``audit_log`` table is not covered by undo: undoing an operation
keeps its entry and adds an ``undo`` entry (redo adds ``redo``), so the trail shows what
happened, as MAXQDA's logbook of changes does, rather than only what is left.

Coding counts: the first write of each day (by any program) first records the number of
segments per code as they stand (``coding counts``), i.e. the state the previous working
session left; ``coding_counts_over_time`` reads those snapshots back.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qdadesk.core.base import ProjectBase

# Actions written by the core (the ``action`` column).
CODE_CREATED = "code created"
CODE_RENAMED = "code renamed"
CODE_MOVED = "code moved"
CODE_RECOLOURED = "code recoloured"
CODES_MERGED = "codes merged"
CODE_DELETED = "code deleted"
DOCUMENTS_IMPORTED = "documents imported"
PROJECT_IMPORTED = "project imported"
CODEBOOK_IMPORTED = "codebook imported"
PROJECT_MERGED = "project merged"
UNDO = "undo"
REDO = "redo"
CODING_COUNTS = "coding counts"


def record(project: ProjectBase, action: str, what: str, detail: str = "") -> None:
    """Add an audit entry; call inside the operation's ``transaction`` block."""
    project.db.execute(
        "INSERT INTO audit_log (at, user, action, what, detail) VALUES (?, ?, ?, ?, ?)",
        [now(), project.user_name, action, what, detail],
    )
    project._audited += 1


def record_replay(project: ProjectBase, description: str, event: str) -> None:
    """An ``undo``/``redo`` entry for an operation that had written audit entries."""
    project.db.execute(
        "INSERT INTO audit_log (at, user, action, what, detail) VALUES (?, ?, ?, ?, ?)",
        [now(), project.user_name, UNDO if event == "undo" else REDO, description, ""],
    )


def snapshot_counts_once_a_day(project: ProjectBase) -> None:
    """At the first write of a UTC day, record the segments per code (inside that write)."""
    today = datetime.now(UTC).date().isoformat()
    if project._counts_day == today:
        return
    db = project.db
    try:
        done = db.execute(
            "SELECT 1 FROM audit_log WHERE action = ? AND at >= ? LIMIT 1", [CODING_COUNTS, today]
        ).fetchone()
    except sqlite3.OperationalError:  # a file without the table (not migrated): no trail
        return
    if not done:
        counts = _counts_by_path(project)
        if not counts:
            return  # no codes yet: look again at the next write
        db.execute(
            "INSERT INTO audit_log (at, user, action, what, detail) VALUES (?, ?, ?, ?, ?)",
            [
                now(),
                project.user_name,
                CODING_COUNTS,
                f"{sum(counts.values())} segments",
                json.dumps(counts, ensure_ascii=False, sort_keys=True),
            ],
        )
    project._counts_day = today


def _counts_by_path(project: ProjectBase) -> dict[str, int]:
    rows = project.db.execute("SELECT id, parent_id, name FROM codes").fetchall()
    if not rows:
        return {}
    parents = {r[0]: (r[1], r[2]) for r in rows}

    def path(code_id: int) -> str:
        names = []
        seen = set()
        current: int | None = code_id
        while current is not None and current in parents and current not in seen:
            seen.add(current)
            parent, name = parents[current]
            names.append(name)
            current = parent
        return "\\".join(reversed(names))

    counts = dict(
        project.db.execute("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id").fetchall()
    )
    return {path(code_id): counts.get(code_id, 0) for code_id in parents}


def now() -> str:
    """The current time as stored in the project (as ``qdadesk.core.base.now``)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
