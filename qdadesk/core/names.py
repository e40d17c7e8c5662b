"""Names compared as people read them: Unicode NFC.

``Café`` typed on Windows is precomposed (NFC, ``é`` one character); the same name from a
macOS file name or some PDFs is decomposed (NFD, ``e`` + U+0301). They look identical and
must be one code, one document, one variable. Every name is stored in NFC, every name looked
up is normalised first, and names an older version stored otherwise are normalised once by a
migration (``normalise_stored_names``).
"""

from __future__ import annotations

import unicodedata
from typing import Any


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C (cheap for the common ASCII case)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


# Tables with a user-given name, and the columns that scope its uniqueness.
NAMED_TABLES: dict[str, tuple[str, ...]] = {
    "documents": (),
    "codes": ("parent_id",),
    "document_groups": ("parent_id",),
    "variables": ("scope",),
    "document_sets": (),
    "cases": (),
    "users": (),
}


def normalise_stored_names(db: Any) -> int:
    """Store every name of :data:`NAMED_TABLES` in NFC; returns how many changed.

    A name whose NFC form its scope already holds is left as it is (changing it would make
    two of one name); lookups still find it by its exact spelling. ``db`` is a sqlite-utils
    ``Database`` or a ``sqlite3`` connection, inside the caller's transaction."""
    execute = db.execute
    changed = 0
    for table, scope in NAMED_TABLES.items():
        if not execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone():
            continue
        columns = ", ".join(("id", "name", *scope))
        # Only names with a non-ASCII character can change.
        rows = execute(f"SELECT {columns} FROM {table} WHERE name GLOB '*[^ -~]*'").fetchall()
        for row in rows:
            row_id, name, scope_values = row[0], row[1], list(row[2:])
            normal = unicodedata.normalize("NFC", name)
            if normal == name:
                continue
            where = " AND ".join(f"{column} IS ?" for column in scope) or "1"
            if execute(
                f"SELECT 1 FROM {table} WHERE {where} AND name = ?", [*scope_values, normal]
            ).fetchone():
                continue
            execute(f"UPDATE {table} SET name = ? WHERE id = ?", [normal, row_id])
            changed += 1
    return changed
