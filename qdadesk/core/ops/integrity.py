"""The project's health check: SQLite's own checks plus offsets that fit their texts."""

from __future__ import annotations

import sqlite3

from qdadesk.core.i18n import tr
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store.journal import has_journal


class IntegrityOps(ProjectParts):
    def check(self) -> list[str]:
        """Problems found, one line each; an empty list means the project is sound."""
        try:
            return self._problems()
        except sqlite3.DatabaseError as error:
            # A damaged page stops the checking queries themselves: that is the finding.
            return [tr("SQLite: the project file is damaged ({error})").format(error=error)]

    def _problems(self) -> list[str]:
        problems = []
        if has_journal(self.path):
            # Opening rolls a crash's journal back, so one still there belongs to a write in
            # progress (another program) or could not be rolled back.
            problems.append(
                tr(
                    "A journal '{name}' lies beside the project: a write is in progress or was "
                    "interrupted; it belongs to the project (copy both files, or wait)"
                ).format(name=self.path.name + "-journal")
            )
        problems += [
            tr("SQLite: {message}").format(message=row[0])
            for row in self.db.execute("PRAGMA integrity_check")
            if row[0] != "ok"
        ]
        problems += [
            tr("Broken reference in {table} (row {row})").format(table=row[0], row=row[1])
            for row in self.db.execute("PRAGMA foreign_key_check")
        ]
        for name, length, text_length in self.db.execute(
            "SELECT d.name, d.length, length(t.text) FROM documents d "
            "LEFT JOIN document_texts t ON t.document_id = d.id"
        ):
            if text_length is None:
                problems.append(tr("Document '{name}' has no text").format(name=name))
            elif length != text_length:
                problems.append(
                    tr("Document '{name}' says {length} characters but has {actual}").format(
                        name=name, length=length, actual=text_length
                    )
                )
        for coding_id, name, start, end, length in self.db.execute(
            'SELECT c.id, d.name, c.start, c."end", d.length FROM codings c '
            'JOIN documents d ON d.id = c.document_id WHERE c.start < 0 OR c."end" > d.length '
            # a region's run of text may be empty; a text segment's may not
            'OR c."end" < c.start OR (c."end" = c.start AND c.x1 IS NULL)'
        ):
            problems.append(
                tr("Coded segment {id} ({start}-{end}) does not fit '{name}' ({length})").format(
                    id=coding_id, start=start, end=end, name=name, length=length
                )
            )
        for coding_id, name, page in self.db.execute(
            "SELECT c.id, d.name, coalesce(c.page, 1) FROM codings c "
            "JOIN documents d ON d.id = c.document_id LEFT JOIN document_pages p "
            "ON p.document_id = c.document_id AND p.page = coalesce(c.page, 1) "
            "WHERE c.x1 IS NOT NULL AND (p.id IS NULL OR c.x1 < 0 OR c.y1 < 0 "
            "OR c.x2 > p.width OR c.y2 > p.height OR c.x2 <= c.x1 OR c.y2 <= c.y1)"
        ):
            problems.append(
                tr("Region {id} does not fit page {page} of '{name}'").format(
                    id=coding_id, page=page, name=name
                )
            )
        for memo_id, name, start, end, length in self.db.execute(
            'SELECT m.id, d.name, m.start, m."end", d.length FROM memos m JOIN documents d '
            "ON d.id = m.document_id WHERE m.kind = 'position' AND "
            '(m.start < 0 OR m."end" > d.length OR m."end" < m.start)'
        ):
            problems.append(
                tr("Memo {id} ({start}-{end}) does not fit '{name}' ({length})").format(
                    id=memo_id, start=start, end=end, name=name, length=length
                )
            )
        for paraphrase_id, name, start, end, length in self.db.execute(
            'SELECT p.id, d.name, p.start, p."end", d.length FROM paraphrases p '
            'JOIN documents d ON d.id = p.document_id WHERE p."end" > d.length'
        ):
            problems.append(
                tr("Paraphrase {id} ({start}-{end}) does not fit '{name}' ({length})").format(
                    id=paraphrase_id, start=start, end=end, name=name, length=length
                )
            )
        return problems
