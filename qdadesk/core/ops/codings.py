"""Coded segments: add, remove, recode, weight and comment them, and read them back."""

from __future__ import annotations

from collections.abc import Iterable

from qdadesk.core.base import new_guid, now
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, OffsetError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import Coding
from qdadesk.core.names import nfc
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store.database import inserted_id

_CODING_SELECT = (
    'SELECT c.id, c.guid, c.document_id, c.code_id, c.start, c."end", c.weight, c.comment, '
    "u.name, c.created, c.modified, c.page, c.x1, c.y1, c.x2, c.y2 "
    "FROM codings c LEFT JOIN users u ON u.id = c.coder_id"
)


class CodingOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def codings(
        self,
        document_ids: Iterable[int] | None = None,
        code_ids: Iterable[int] | None = None,
    ) -> list[Coding]:
        """Coded segments, filtered to some documents and/or codes, in document order."""
        where, args = [], []
        for column, ids in (("c.document_id", document_ids), ("c.code_id", code_ids)):
            if ids is not None:
                ids = list(ids)
                where.append(f"{column} IN ({','.join('?' * len(ids))})" if ids else "0")
                args.extend(ids)
        sql = _CODING_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        sql += ' ORDER BY c.document_id, c.start, c."end", c.id'
        return [Coding(*row) for row in self.db.execute(sql, args)]

    def coding(self, coding_id: int) -> Coding:
        row = self.db.execute(_CODING_SELECT + " WHERE c.id = ?", [coding_id]).fetchone()
        if row is None:
            raise NotFoundError(tr("No coded segment with id {id}").format(id=coding_id))
        return Coding(*row)

    def users(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM users ORDER BY name")]

    # -- writing ---------------------------------------------------------------------------
    def add_coding(
        self,
        document_id: int,
        code_id: int,
        start: int,
        end: int,
        weight: int | None = None,
        comment: str = "",
        coder: str | None = None,
    ) -> Operation:
        """Code ``text[start:end]`` (code points, end exclusive) with a code; result: the
        coding's id. Where the code already covers overlapping text in that document, the
        two segments are joined into one, as in MAXQDA, but only when they are the same
        coder's: different coders' segments are never joined."""
        document = self.document(document_id)
        code = self.code(code_id)
        _check_range(start, end, document.length, document.name)
        weight = _check_weight(0 if weight is None else weight)
        if not code.codable:
            raise QdaError(tr("Code '{name}' is not for coding").format(name=code.name))
        with self._writing(tr("Code with '{name}'").format(name=code.name)) as w:
            w.result = self.insert_coding(document_id, code_id, start, end, weight, comment, coder)
        return w.operation

    def insert_coding(
        self,
        document_id: int,
        code_id: int,
        start: int,
        end: int,
        weight: int,
        comment: str,
        coder: str | None,
        guid: str | None = None,
        created: str | None = None,
        join_overlaps: bool = True,
    ) -> int:
        """Insert one text coding and return its id, joining it with the same coder's
        overlapping segments of the code unless ``join_overlaps`` is False. A row writer
        for bulk writers (autocoding, imports): call it inside ``project.transaction()``;
        it checks neither the range nor the code (``add_coding`` does)."""
        coder_id = self.user_id(nfc(coder) if coder else None)
        # Joining is one coder's rule: another coder's overlapping segment stays their own.
        overlapping = (
            self.db.execute(
                'SELECT id, start, "end", comment FROM codings WHERE document_id = ? AND '
                'code_id = ? AND coder_id IS ? AND x1 IS NULL AND start < ? AND "end" > ? '
                "ORDER BY start, id",
                [document_id, code_id, coder_id, end, start],
            ).fetchall()
            if join_overlaps
            else []
        )
        stamp = now()
        if overlapping:
            keep = int(overlapping[0][0])
            new_start = min([start] + [r[1] for r in overlapping])
            new_end = max([end] + [r[2] for r in overlapping])
            comments = [r[3] for r in overlapping if r[3]] + ([comment] if comment else [])
            for other in overlapping[1:]:
                self.db.execute(
                    "UPDATE memos SET coding_id = ? WHERE coding_id = ?", [keep, other[0]]
                )
                self.db.execute("DELETE FROM codings WHERE id = ?", [other[0]])
            self.db.execute(
                'UPDATE codings SET start = ?, "end" = ?, comment = ?, modified = ? WHERE id = ?',
                [new_start, new_end, "\n".join(dict.fromkeys(comments)), stamp, keep],
            )
            return keep
        cursor = self.db.execute(
            'INSERT INTO codings (guid, document_id, code_id, start, "end", weight, comment, '
            "coder_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                guid or new_guid(),
                document_id,
                code_id,
                start,
                end,
                weight,
                comment,
                coder_id,
                created or stamp,
                stamp,
            ],
        )
        return inserted_id(cursor)

    def remove_codings(self, coding_ids: Iterable[int]) -> Operation:
        """Remove coded segments (with the memos attached to them)."""
        ids = list(dict.fromkeys(coding_ids))
        for coding_id in ids:
            self.coding(coding_id)
        description = (
            tr("Remove coded segment")
            if len(ids) == 1
            else tr("Remove {n} coded segments").format(n=len(ids))
        )
        with self._writing(description) as w:
            self.db.conn.executemany("DELETE FROM codings WHERE id = ?", [[i] for i in ids])
            w.result = len(ids)
        return w.operation

    def remove_coding(self, coding_id: int) -> Operation:
        return self.remove_codings([coding_id])

    def set_coding_weight(self, coding_id: int, weight: int) -> Operation:
        weight = _check_weight(weight)
        self.coding(coding_id)
        with self._writing(tr("Set weight to {weight}").format(weight=weight)) as w:
            self.db.execute(
                "UPDATE codings SET weight = ?, modified = ? WHERE id = ?",
                [weight, now(), coding_id],
            )
        return w.operation

    def set_coding_comment(self, coding_id: int, comment: str) -> Operation:
        self.coding(coding_id)
        with self._writing(tr("Edit comment")) as w:
            self.db.execute(
                "UPDATE codings SET comment = ?, modified = ? WHERE id = ?",
                [comment, now(), coding_id],
            )
        return w.operation

    def recode_codings(self, coding_ids: Iterable[int], code_id: int) -> Operation:
        """Move segments to another code (joining overlaps there); result: how many moved."""
        ids = list(dict.fromkeys(coding_ids))
        code = self.code(code_id)
        with self._writing(tr("Move segments to '{name}'").format(name=code.name)) as w:
            self.db.conn.executemany(
                "UPDATE codings SET code_id = ?, modified = ? WHERE id = ?",
                [[code_id, now(), i] for i in ids],
            )
            self._join_overlapping_codings(code_id)
            w.result = len(ids)
        return w.operation

    def code_with_new_code(
        self,
        document_id: int,
        start: int,
        end: int,
        name: str,
        color: str | None = None,
        parent_id: int | None = None,
        description: str | None = None,
        code_description: str = "",
    ) -> Operation:
        """Create a code (or reuse the one of that name under ``parent_id``) and code the range
        with it, as ONE undoable operation (in-vivo coding, highlighters, new code from the
        selection); result: ``(code_id, coding_id)``. ``description`` names the undo step;
        ``code_description`` is the new code's own description."""
        from qdadesk.core.ops.codes import check_color
        from qdadesk.core.ops.documents import clean_name

        name = clean_name(name, tr("code"))
        document = self.document(document_id)
        _check_range(start, end, document.length, document.name)
        if color is not None:
            color = check_color(color)
        text = description or tr("Code with new code '{name}'").format(name=name)
        with self._writing(text) as w:
            code_id = self._codable_code_named(name, parent_id, color, code_description)
            coding_id = self.insert_coding(document_id, code_id, start, end, 0, "", None)
            w.result = (code_id, coding_id)
        return w.operation

    def _codable_code_named(
        self, name: str, parent_id: int | None, color: str | None, code_description: str
    ) -> int:
        """The code called ``name`` under ``parent_id``, made when there is none, for coding
        with a new code (text or region); refuses a code that is not for coding. Runs in the
        caller's transaction."""
        row = self.db.execute(
            "SELECT id FROM codes WHERE parent_id IS ? AND name = ?", [parent_id, name]
        ).fetchone()
        code_id: int = (
            row[0] if row else self.insert_code(name, parent_id, color, code_description.strip())
        )
        if not self.code(code_id).codable:
            raise QdaError(tr("Code '{name}' is not for coding").format(name=name))
        return code_id


def _check_range(start: int, end: int, length: int, name: str) -> None:
    if not (isinstance(start, int) and isinstance(end, int)):
        raise OffsetError(tr("Positions must be whole numbers"))
    if not 0 <= start < end <= length:
        raise OffsetError(
            tr(
                "{start}-{end} does not fit document '{name}' ({length} characters): "
                "start must be at least 0 and below end, end at most the length"
            ).format(start=start, end=end, name=name, length=length)
        )


def _check_weight(weight: int) -> int:
    if not isinstance(weight, int) or not 0 <= weight <= 100:
        raise QdaError(tr("A weight is a whole number from 0 to 100"))
    return weight
