"""Sibling positions in the ordered trees (document groups, documents, codes)."""

from __future__ import annotations

from qdadesk.core.store.database import Database


def next_position(db: Database, table: str, parent_column: str, parent_id: int | None) -> int:
    row = db.execute(
        f'SELECT MAX(position) FROM "{table}" WHERE {parent_column} IS ?', [parent_id]
    ).fetchone()
    return 0 if row[0] is None else row[0] + 1


def place(
    db: Database,
    table: str,
    parent_column: str,
    row_id: int,
    parent_id: int | None,
    position: int | None,
) -> None:
    """Move row ``row_id`` under ``parent_id`` at index ``position`` (None: at the end),
    renumbering its new siblings 0..n-1 so positions stay dense."""
    siblings = [
        r[0]
        for r in db.execute(
            f'SELECT id FROM "{table}" WHERE {parent_column} IS ? AND id != ? '
            "ORDER BY position, id",
            [parent_id, row_id],
        )
    ]
    index = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(index, row_id)
    db.execute(f'UPDATE "{table}" SET {parent_column} = ? WHERE id = ?', [parent_id, row_id])
    for number, sibling in enumerate(siblings):
        db.execute(
            f'UPDATE "{table}" SET position = ? WHERE id = ? AND position IS NOT ?',
            [number, sibling, number],
        )
