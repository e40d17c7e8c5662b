"""Real project files with one page overwritten by garbage, for the damaged-file tests."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from qdadesk.paths import sample_project_path


def current_sample(folder: Path, name: str = "study.qdadesk") -> Path:
    """A copy of the bundled sample project, migrated to this version's schema."""
    from qdadesk.core import Project

    path = folder / name
    shutil.copyfile(sample_project_path(), path)
    Project.open(path).close()
    return path


def page_of(path: Path, table: str, page_type: str | None = None) -> int:
    """A page of ``table`` (or index), the first of ``page_type`` (leaf, internal, overflow)."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT pageno, pagetype FROM dbstat WHERE name = ? ORDER BY pageno", [table]
        ).fetchall()
    conn.close()
    for page, kind in rows:
        if page_type is None or kind == page_type:
            return page
    raise AssertionError(f"no {page_type} page of {table}")


def overwrite_page(path: Path, page: int, seed: int = 7) -> None:
    with sqlite3.connect(path) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(random.Random(seed).randbytes(size))


# Where a page is overwritten: (label, table or index, page type).
DAMAGE_POSITIONS = [
    ("text overflow page", "document_texts", "overflow"),
    ("text leaf page", "document_texts", "leaf"),
    ("codings leaf page", "codings", "leaf"),
    ("index page", "codings_document", "leaf"),
    ("text interior page", "document_texts", "internal"),
]


def damaged_sample(folder: Path, table: str, page_type: str | None) -> Path:
    path = current_sample(folder, "damaged.qdadesk")
    overwrite_page(path, page_of(path, table, page_type))
    return path
