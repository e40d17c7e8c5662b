"""Paraphrases (MAXQDA 2018's Paraphrase mode): a short rewording written beside a passage.

Within one document paraphrases never overlap: each passage has at most one paraphrase, as
in MAXQDA. Categorizing paraphrases (MAXQDA's way) codes each paraphrased passage with a
category code, creating the code when it is new.
"""

from __future__ import annotations

from collections.abc import Iterable

from qdadesk.core.base import new_guid, now
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, OffsetError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import Paraphrase
from qdadesk.core.ops.parts import ProjectParts

_SELECT = (
    'SELECT p.id, p.guid, p.document_id, p.start, p."end", p.text, u.name, p.created, '
    "p.modified FROM paraphrases p LEFT JOIN users u ON u.id = p.author_id"
)


class OverlapError(QdaError):
    """A new or resized paraphrase would overlap another one in the same document."""


class ParaphraseOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def paraphrases(self, document_ids: Iterable[int] | None = None) -> list[Paraphrase]:
        """Paraphrases (of some documents), in the documents' order, then by position."""
        args: list[int] = []
        where = ""
        if document_ids is not None:
            ids = list(document_ids)
            where = f" WHERE p.document_id IN ({','.join('?' * len(ids))})" if ids else " WHERE 0"
            args = ids
        sql = (
            _SELECT + " JOIN documents d ON d.id = p.document_id" + where + " ORDER BY "
            'd.group_id IS NOT NULL, d.group_id, d.position, d.id, p.start, p."end", p.id'
        )
        return [Paraphrase(*row) for row in self.db.execute(sql, args)]

    def paraphrase(self, paraphrase_id: int) -> Paraphrase:
        row = self.db.execute(_SELECT + " WHERE p.id = ?", [paraphrase_id]).fetchone()
        if row is None:
            raise NotFoundError(tr("No paraphrase with id {id}").format(id=paraphrase_id))
        return Paraphrase(*row)

    def paraphrase_categories(self) -> dict[int, list[int]]:
        """For each paraphrase: the codes whose segments cover its whole passage (its
        categories once it is categorized), by code id."""
        result: dict[int, list[int]] = {}
        for paraphrase_id, code_id in self.db.execute(
            "SELECT DISTINCT p.id, c.code_id FROM paraphrases p JOIN codings c "
            'ON c.document_id = p.document_id AND c.start <= p.start AND c."end" >= p."end" '
            "ORDER BY p.id, c.code_id"
        ):
            result.setdefault(paraphrase_id, []).append(code_id)
        return result

    # -- writing ---------------------------------------------------------------------------
    def add_paraphrase(
        self, document_id: int, start: int, end: int, text: str, author: str | None = None
    ) -> Operation:
        """Paraphrase ``text[start:end]`` of a document; result: the paraphrase's id.
        Refused (``OverlapError``) where another paraphrase of the document overlaps."""
        document = self.document(document_id)
        _check_range(start, end, document.length, document.name)
        text = _check_text(text)
        self._refuse_overlap(document_id, start, end, None)
        with self._writing(tr("Add paraphrase")) as w:
            stamp = now()
            w.result = self.db.execute(
                'INSERT INTO paraphrases (guid, document_id, start, "end", text, author_id, '
                "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [new_guid(), document_id, start, end, text, self.user_id(author), stamp, stamp],
            ).lastrowid
        return w.operation

    def edit_paraphrase(
        self,
        paraphrase_id: int,
        text: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> Operation:
        """Change a paraphrase's text and/or its passage (still without overlaps)."""
        old = self.paraphrase(paraphrase_id)
        new_start = old.start if start is None else start
        new_end = old.end if end is None else end
        document = self.document(old.document_id)
        _check_range(new_start, new_end, document.length, document.name)
        new_text = old.text if text is None else _check_text(text)
        self._refuse_overlap(old.document_id, new_start, new_end, paraphrase_id)
        with self._writing(tr("Edit paraphrase")) as w:
            self.db.execute(
                'UPDATE paraphrases SET text = ?, start = ?, "end" = ?, modified = ? WHERE id = ?',
                [new_text, new_start, new_end, now(), paraphrase_id],
            )
            w.result = paraphrase_id
        return w.operation

    def remove_paraphrases(self, paraphrase_ids: Iterable[int]) -> Operation:
        ids = list(dict.fromkeys(paraphrase_ids))
        for paraphrase_id in ids:
            self.paraphrase(paraphrase_id)
        description = (
            tr("Remove paraphrase")
            if len(ids) == 1
            else tr("Remove {n} paraphrases").format(n=len(ids))
        )
        with self._writing(description) as w:
            self.db.conn.executemany("DELETE FROM paraphrases WHERE id = ?", [[i] for i in ids])
            w.result = len(ids)
        return w.operation

    def categorize_paraphrases(
        self,
        paraphrase_ids: Iterable[int],
        code_id: int | None = None,
        new_code: str | None = None,
        parent_id: int | None = None,
        color: str | None = None,
    ) -> Operation:
        """Code each paraphrased passage with a category: the code ``code_id``, or a code
        called ``new_code`` under ``parent_id`` (reused when it exists), as ONE undoable
        operation; result: ``(code_id, [coding ids])``."""
        from qdadesk.core.ops.codes import check_color
        from qdadesk.core.ops.documents import clean_name

        paraphrases = [self.paraphrase(i) for i in dict.fromkeys(paraphrase_ids)]
        if not paraphrases:
            raise QdaError(tr("Choose the paraphrases to categorize"))
        if (code_id is None) == (new_code is None):
            raise QdaError(tr("Choose one category: an existing code or a new one"))
        if new_code is not None:
            new_code = clean_name(new_code, tr("code"))
            name = new_code
        elif code_id is not None:  # one of the two, checked just above
            code = self.code(code_id)
            if not code.codable:
                raise QdaError(tr("Code '{name}' is not for coding").format(name=code.name))
            name = code.name
        if color is not None:
            color = check_color(color)
        with self._writing(tr("Categorize paraphrases as '{name}'").format(name=name)) as w:
            if new_code is not None:
                row = self.db.execute(
                    "SELECT id FROM codes WHERE parent_id IS ? AND name = ?", [parent_id, new_code]
                ).fetchone()
                code_id = row[0] if row else self.insert_code(new_code, parent_id, color, "")
                if not self.code(code_id).codable:
                    raise QdaError(tr("Code '{name}' is not for coding").format(name=new_code))
            if code_id is None:  # cannot be: an existing code or a new one was checked above
                raise QdaError(tr("Choose one category: an existing code or a new one"))
            coding_ids = [
                self.insert_coding(p.document_id, code_id, p.start, p.end, 0, "", None)
                for p in paraphrases
            ]
            w.result = (code_id, coding_ids)
        return w.operation

    def _refuse_overlap(self, document_id: int, start: int, end: int, own_id: int | None) -> None:
        row = self.db.execute(
            'SELECT start, "end", text FROM paraphrases WHERE document_id = ? AND start < ? '
            'AND "end" > ? AND id IS NOT ? ORDER BY start LIMIT 1',
            [document_id, end, start, own_id],
        ).fetchone()
        if row is not None:
            other = " ".join(row[2].split())
            other = other if len(other) <= 40 else other[:39] + "…"
            raise OverlapError(
                tr(
                    "The passage {start}-{end} overlaps the paraphrase at {other_start}-"
                    "{other_end} (\u201c{text}\u201d): paraphrases in a document do not overlap"
                ).format(start=start, end=end, other_start=row[0], other_end=row[1], text=other)
            )


def _check_range(start: int, end: int, length: int, name: str) -> None:
    from qdadesk.core.ops.codings import _check_range as check

    if not (isinstance(start, int) and isinstance(end, int)):
        raise OffsetError(tr("Positions must be whole numbers"))
    check(start, end, length, name)


def _check_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise QdaError(tr("A paraphrase cannot be empty"))
    return text
