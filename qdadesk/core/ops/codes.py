"""The code system: a tree of codes of any depth, and the operations on it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from qdadesk.core.base import new_guid, now
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import CODE_PATH_SEPARATOR, Code
from qdadesk.core.names import nfc
from qdadesk.core.ops.documents import clean_name, split_path
from qdadesk.core.ops.ordering import next_position, place
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store import audit
from qdadesk.core.store.database import inserted_id

_CODE_COLUMNS = (
    "id, guid, parent_id, name, color, position, description, codable, shortcut, created, modified"
)
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
# MAXQDA's highlighter colours first (red, green, yellow, blue, magenta), then a palette
# that stays readable on light and dark backgrounds.
PALETTE = (
    "#e6194b",
    "#3cb44b",
    "#ffe119",
    "#4363d8",
    "#f032e6",
    "#f58231",
    "#911eb4",
    "#46f0f0",
    "#bcf60c",
    "#fabebe",
    "#008080",
    "#e6beff",
    "#9a6324",
    "#800000",
    "#aaffc3",
    "#808000",
)


def check_color(color: str) -> str:
    """``#RRGGBB`` in lower case, or a QdaError."""
    if not _COLOR.match(color or ""):
        raise QdaError(tr("'{color}' is not a colour of the form #RRGGBB").format(color=color))
    return color.lower()


class CodeOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def codes(self) -> list[Code]:
        """Every code, parents before children, siblings in their order."""
        rows = self.db.execute(
            f"WITH RECURSIVE tree(id, sort) AS ("
            f"  SELECT id, printf('%08d', position) FROM codes WHERE parent_id IS NULL"
            f"  UNION ALL SELECT c.id, tree.sort || '.' || printf('%08d', c.position)"
            f"  FROM codes c JOIN tree ON c.parent_id = tree.id)"
            f" SELECT {', '.join('c.' + col for col in _CODE_COLUMNS.split(', '))}"
            f" FROM codes c JOIN tree ON tree.id = c.id ORDER BY tree.sort, c.id"
        ).fetchall()
        return [_code(row) for row in rows]

    def code(self, code_id: int) -> Code:
        row = self.db.execute(
            f"SELECT {_CODE_COLUMNS} FROM codes WHERE id = ?", [code_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No code with id {id}").format(id=code_id))
        return _code(row)

    def code_paths(self) -> dict[int, str]:
        """``Parent\\Child`` path of every code, by id."""
        rows = self.db.execute("SELECT id, parent_id, name FROM codes").fetchall()
        by_id = {row[0]: row for row in rows}
        paths: dict[int, str] = {}

        def path(code_id: int) -> str:
            if code_id not in paths:
                _, parent, name = by_id[code_id]
                paths[code_id] = (
                    name if parent is None else path(parent) + CODE_PATH_SEPARATOR + name
                )
            return paths[code_id]

        for code_id in by_id:
            path(code_id)
        return paths

    def code_path(self, code_id: int) -> str:
        names: list[str] = []
        current: int | None = code_id
        while current is not None:
            code = self.code(current)
            names.append(code.name)
            current = code.parent_id
        return CODE_PATH_SEPARATOR.join(reversed(names))

    def find_code(self, path: str) -> Code:
        """The code at ``Parent\\Child`` (or with that GUID)."""
        row = self.db.execute(
            f"SELECT {_CODE_COLUMNS} FROM codes WHERE guid = ?", [path.strip().upper()]
        ).fetchone()
        if row:
            return _code(row)
        parent: int | None = None
        for name in split_path(path):
            row = self.db.execute(
                f"SELECT {_CODE_COLUMNS} FROM codes WHERE parent_id IS ? AND name = ?",
                [parent, name],
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("No code called '{path}'").format(path=path))
            parent = row[0]
        return _code(row)

    def code_subtree(self, code_id: int) -> list[int]:
        """``code_id`` and the ids of all its descendants."""
        return [
            r[0]
            for r in self.db.execute(
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM codes c "
                "JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub",
                [code_id],
            )
        ]

    def code_coding_counts(self, code_ids: Iterable[int] | None = None) -> dict[int, int]:
        """Number of coded segments per code id (the code's own, without subcodes); with
        ``code_ids``, only those codes are counted (a code without segments is left out)."""
        if code_ids is None:
            return dict(self.db.execute("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id"))
        ids = list(code_ids)
        marks = ",".join("?" * len(ids))
        return dict(
            self.db.execute(
                f"SELECT code_id, COUNT(*) FROM codings WHERE code_id IN ({marks}) "
                "GROUP BY code_id",
                ids,
            )
        )

    def code_deletion_loss(self, code_id: int) -> dict[str, int]:
        """What deleting a code would remove: subcodes, coded segments, memos."""
        subtree = self.code_subtree(code_id)
        marks = ",".join("?" * len(subtree))
        segments = self.db.execute(
            f"SELECT COUNT(*) FROM codings WHERE code_id IN ({marks})", subtree
        ).fetchone()[0]
        memos = self.db.execute(
            f"SELECT COUNT(*) FROM memos WHERE code_id IN ({marks}) OR coding_id IN "
            f"(SELECT id FROM codings WHERE code_id IN ({marks}))",
            subtree + subtree,
        ).fetchone()[0]
        return {"subcodes": len(subtree) - 1, "segments": segments, "memos": memos}

    # -- writing ---------------------------------------------------------------------------
    def add_code(
        self,
        name: str,
        parent_id: int | None = None,
        color: str | None = None,
        description: str = "",
        position: int | None = None,
    ) -> Operation:
        """A new code under ``parent_id`` (None: top level); result: its id."""
        name = clean_name(name, tr("code"))
        with self._writing(tr("New code '{name}'").format(name=name)) as w:
            w.result = self.insert_code(name, parent_id, color, description)
            audit.record(self, audit.CODE_CREATED, self.code_path(w.result))
            if position is not None:
                place(self.db, "codes", "parent_id", w.result, parent_id, position)
        return w.operation

    def add_code_path(self, path: str, color: str | None = None) -> Operation:
        """Create the code at ``Parent\\Child``, with any missing parents; result: its id.
        An existing code at that path is kept (its colour set when one is given)."""
        names = split_path(path)
        with self._writing(tr("New code '{name}'").format(name=path)) as w:
            parent: int | None = None
            for depth, name in enumerate(names):
                row = self.db.execute(
                    "SELECT id FROM codes WHERE parent_id IS ? AND name = ?", [parent, name]
                ).fetchone()
                last = depth == len(names) - 1
                if row is None:
                    parent = self.insert_code(name, parent, color if last else None, "")
                    audit.record(self, audit.CODE_CREATED, self.code_path(parent))
                else:
                    parent = row[0]
                    if last and color is not None:
                        self.db.execute(
                            "UPDATE codes SET color = ? WHERE id = ?", [check_color(color), parent]
                        )
            w.result = parent
        return w.operation

    def insert_code(
        self,
        name: str,
        parent_id: int | None,
        color: str | None,
        description: str,
        guid: str | None = None,
    ) -> int:
        """Insert one code (its name checked free under ``parent_id``; the parent's colour,
        or the palette's next, when ``color`` is None) and return its id. A row writer for
        bulk writers (a codebook import): call it inside ``project.transaction()``."""
        name = nfc(name)
        if parent_id is not None:
            self.code(parent_id)
        self._check_code_name_free(name, parent_id)
        if color is None:
            color = (
                self.code(parent_id).color if parent_id is not None else self.next_palette_color()
            )
        stamp = now()
        cursor = self.db.execute(
            "INSERT INTO codes (guid, parent_id, name, color, position, description, creator_id, "
            "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                guid or new_guid(),
                parent_id,
                name,
                check_color(color),
                next_position(self.db, "codes", "parent_id", parent_id),
                description,
                self.user_id(),
                stamp,
                stamp,
            ],
        )
        return inserted_id(cursor)

    def next_palette_color(self) -> str:
        """The colour a new top-level code gets: the next one of the palette."""
        count = self.db.execute("SELECT COUNT(*) FROM codes WHERE parent_id IS NULL").fetchone()[0]
        return PALETTE[count % len(PALETTE)]

    def _check_code_name_free(
        self, name: str, parent_id: int | None, own_id: int | None = None
    ) -> None:
        if CODE_PATH_SEPARATOR in name:
            raise QdaError(tr("A code name cannot contain '\\'"))
        clash = self.db.execute(
            "SELECT 1 FROM codes WHERE parent_id IS ? AND name = ? AND id IS NOT ?",
            [parent_id, name, own_id],
        ).fetchone()
        if clash:
            raise QdaError(tr("A code called '{name}' already exists there").format(name=name))

    def rename_code(self, code_id: int, name: str) -> Operation:
        name = clean_name(name, tr("code"))
        code = self.code(code_id)
        with self._writing(
            tr("Rename code '{old}' to '{new}'").format(old=code.name, new=name)
        ) as w:
            self._check_code_name_free(name, code.parent_id, code_id)
            old_path = self.code_path(code_id)
            self.db.execute(
                "UPDATE codes SET name = ?, modified = ? WHERE id = ?", [name, now(), code_id]
            )
            audit.record(self, audit.CODE_RENAMED, old_path, self.code_path(code_id))
        return w.operation

    def recolor_code(self, code_id: int, color: str, subcodes: bool = False) -> Operation:
        """Give a code (and, with ``subcodes``, its whole subtree) a new colour."""
        color = check_color(color)
        code = self.code(code_id)
        ids = self.code_subtree(code_id) if subcodes else [code_id]
        with self._writing(tr("Colour code '{name}'").format(name=code.name)) as w:
            self.db.conn.executemany(
                "UPDATE codes SET color = ? WHERE id = ?", [[color, i] for i in ids]
            )
            detail = f"{code.color} -> {color}" + (" (with subcodes)" if subcodes else "")
            audit.record(self, audit.CODE_RECOLOURED, self.code_path(code_id), detail)
        return w.operation

    def set_code_description(self, code_id: int, description: str) -> Operation:
        code = self.code(code_id)
        with self._writing(tr("Describe code '{name}'").format(name=code.name)) as w:
            self.db.execute(
                "UPDATE codes SET description = ?, modified = ? WHERE id = ?",
                [description, now(), code_id],
            )
        return w.operation

    def set_code_shortcut(self, code_id: int, shortcut: int | None) -> Operation:
        """Put a code on favourite number key 1-9 (taking it from any other code)."""
        if shortcut is not None and not 1 <= shortcut <= 9:
            raise QdaError(tr("A code shortcut is a number from 1 to 9"))
        code = self.code(code_id)
        with self._writing(tr("Shortcut for code '{name}'").format(name=code.name)) as w:
            if shortcut is not None:
                self.db.execute("UPDATE codes SET shortcut = NULL WHERE shortcut = ?", [shortcut])
            self.db.execute("UPDATE codes SET shortcut = ? WHERE id = ?", [shortcut, code_id])
        return w.operation

    def set_code_codable(self, code_id: int, codable: bool) -> Operation:
        code = self.code(code_id)
        with self._writing(tr("Change code '{name}'").format(name=code.name)) as w:
            self.db.execute("UPDATE codes SET codable = ? WHERE id = ?", [int(codable), code_id])
        return w.operation

    def move_code(
        self, code_id: int, parent_id: int | None, position: int | None = None
    ) -> Operation:
        """Re-parent and/or reorder a code (``position`` among its new siblings)."""
        code = self.code(code_id)
        if parent_id is not None and parent_id in self.code_subtree(code_id):
            raise QdaError(tr("A code cannot be moved into itself or its subcodes"))
        with self._writing(tr("Move code '{name}'").format(name=code.name)) as w:
            if parent_id != code.parent_id:
                self._check_code_name_free(code.name, parent_id, code_id)
            old_path = self.code_path(code_id)
            place(self.db, "codes", "parent_id", code_id, parent_id, position)
            new_path = self.code_path(code_id)
            if new_path != old_path:  # reordering among siblings is not worth a line
                audit.record(self, audit.CODE_MOVED, old_path, new_path)
        return w.operation

    def merge_codes(self, source_ids: Iterable[int], target_id: int) -> Operation:
        """Merge codes into ``target_id``: their segments, memos and subcodes move to it and
        they are deleted. Overlapping segments of the target are joined, as one code never
        covers the same text twice. Result: the number of segments moved."""
        sources = [i for i in dict.fromkeys(source_ids) if i != target_id]
        target = self.code(target_id)
        for source in sources:
            if target_id in self.code_subtree(source):
                raise QdaError(tr("A code cannot be merged into one of its own subcodes"))
        names = ", ".join(self.code(i).name for i in sources)
        with self._writing(
            tr("Merge '{names}' into '{target}'").format(names=names, target=target.name)
        ) as w:
            moved = 0
            target_path = self.code_path(target_id)
            for source in sources:
                audit.record(self, audit.CODES_MERGED, self.code_path(source), target_path)
                moved += self.db.execute(
                    "UPDATE codings SET code_id = ? WHERE code_id = ?", [target_id, source]
                ).rowcount
                self.db.execute(
                    "UPDATE memos SET code_id = ? WHERE code_id = ?", [target_id, source]
                )
                self._move_summaries(source, target_id)
                for child in [
                    r[0]
                    for r in self.db.execute(
                        "SELECT id FROM codes WHERE parent_id = ? ORDER BY position", [source]
                    )
                ]:
                    child_name = self.code(child).name
                    clash = self.db.execute(
                        "SELECT id FROM codes WHERE parent_id = ? AND name = ?",
                        [target_id, child_name],
                    ).fetchone()
                    if clash:
                        self.merge_codes([child], clash[0])
                    else:
                        place(self.db, "codes", "parent_id", child, target_id, None)
                self.db.execute("DELETE FROM codes WHERE id = ?", [source])
            self._join_overlapping_codings(target_id)
            w.result = moved
        return w.operation

    def delete_code(self, code_id: int) -> Operation:
        """Delete a code with its subcodes and their segments; result: what went (counts,
        as ``code_deletion_loss`` said beforehand)."""
        code = self.code(code_id)
        loss = self.code_deletion_loss(code_id)
        with self._writing(tr("Delete code '{name}'").format(name=code.name)) as w:
            detail = tr("{segments} segments, {subcodes} subcodes").format(**loss)
            audit.record(self, audit.CODE_DELETED, self.code_path(code_id), detail)
            self.db.execute("DELETE FROM codes WHERE id = ?", [code_id])
            w.result = loss
        return w.operation

    def _move_summaries(self, source_id: int, target_id: int) -> None:
        """Give the source's summaries to the target; where both summarised the same
        document or case, the source's text is appended so no summary is lost."""
        self.db.execute(
            "UPDATE OR IGNORE summaries SET code_id = ? WHERE code_id = ?", [target_id, source_id]
        )
        self.db.execute(
            "UPDATE summaries SET text = text || char(10) || char(10) || (SELECT s.text FROM "
            "summaries s WHERE s.code_id = ? AND s.document_id IS summaries.document_id AND "
            "s.case_id IS summaries.case_id) WHERE code_id = ? AND EXISTS (SELECT 1 FROM "
            "summaries s WHERE s.code_id = ? AND s.document_id IS summaries.document_id AND "
            "s.case_id IS summaries.case_id)",
            [source_id, target_id, source_id],
        )

    def _join_overlapping_codings(self, code_id: int) -> None:
        """Join each document's overlapping segments of ``code_id`` into one, per coder:
        different coders' segments are never joined."""
        rows = self.db.execute(
            # Regions are never joined: two boxes are two quotations.
            'SELECT id, document_id, coder_id, start, "end" FROM codings WHERE code_id = ? '
            "AND x1 IS NULL ORDER BY document_id, coder_id, start, id",
            [code_id],
        ).fetchall()
        keep: tuple[int, int, int | None, int, int] | None = None
        for row in rows:
            if keep and row[1:3] == keep[1:3] and row[3] < keep[4]:
                if row[4] > keep[4]:
                    keep = (*keep[:4], row[4])
                    self.db.execute('UPDATE codings SET "end" = ? WHERE id = ?', [row[4], keep[0]])
                self.db.execute(
                    "UPDATE memos SET coding_id = ? WHERE coding_id = ?", [keep[0], row[0]]
                )
                self.db.execute("DELETE FROM codings WHERE id = ?", [row[0]])
            else:
                keep = row


def _code(row: tuple[Any, ...]) -> Code:
    values = list(row)
    values[7] = bool(values[7])
    return Code(*values)
