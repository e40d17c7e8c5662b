"""Merging another project into this one (teamwork: each coder works in a copy, then merge).

The other file (a ``.qdadesk``, or a REFI-QDA ``.qdpx``/``.qde``) is only read: it is copied
through SQLite's backup API from a read-only connection (a ``.qdpx`` is imported into a
temporary project), and the copy is migrated and read. The merge is one transaction and one
undo step. The rules, which the report repeats:

* documents: matched by GUID, then by identical text (an empty text also needs the same
  name). The same GUID over a different text is never merged: the other's document comes in
  as a new document (new GUID, name suffixed with the other file's name), with its codings.
* codes: matched by GUID, then by path (``Parent\\Child``). A code whose name or place
  differs keeps this project's; the other's path goes into a memo on the code.
* codings: the same coding is the same document, code, range (a region: page and box)
  and coder (codings of
  different coders are never joined); it is never doubled, so merging twice changes
  nothing. Overlapping codings are not joined either: joining would make the second merge
  add the other's ranges again.
* memos, summaries, paraphrases, logbook entries, variables and their values, groups,
  document sets and cases are brought in, matched by GUID (then by name or content).
* conflicts (a value in both files that differs: a variable's value, a memo or summary
  edited in both, a coding's comment or weight, a paraphrase): this project's value is
  kept, the other's is kept as a memo on the same object, never silently lost. Those memos
  have GUIDs derived from what they hold, so merging again does not add them twice.
* saved analyses and elements kept from exchange files (graphs, links) stay as they are.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from qdadesk.core.changes import Operation
from qdadesk.core.errors import QdaError
from qdadesk.core.exchange.merge_report import (
    EXCHANGE_SUFFIXES,
    MergeReport,
    read_only_copy,
)
from qdadesk.core.exchange.merge_support import MergerBase
from qdadesk.core.exchange.qde_reader import derived_guid
from qdadesk.core.i18n import tr
from qdadesk.core.ops.ordering import next_position
from qdadesk.core.store import audit
from qdadesk.core.store.database import Database, inserted_id

if TYPE_CHECKING:
    from qdadesk.core.project import Project

__all__ = ["EXCHANGE_SUFFIXES", "MergeReport", "merge_project"]


def merge_project(project: Project, other: str | os.PathLike[str]) -> Operation:
    """Merge the project file ``other`` into ``project`` (one undoable operation);
    result: a ``MergeReport``. ``other`` is never written."""
    other = Path(other)
    if other.exists() and Path(project.path).exists() and other.samefile(project.path):
        raise QdaError(tr("A project cannot be merged into itself"))
    with read_only_copy(other) as source:
        report = MergeReport(other.name)
        with project.transaction(tr("Merge project '{name}'").format(name=other.name)) as w:
            _Merger(project, source, report, other.stem).run()
            audit.record(
                project,
                audit.PROJECT_MERGED,
                other.name,
                tr("{d} documents, {c} codes, {s} codings added; {n} conflicts").format(
                    d=report.documents.added,
                    c=report.codes.added,
                    s=report.codings.added,
                    n=len(report.conflicts),
                ),
            )
            w.result = report
    return w.operation


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _document_key(db: Database, document_id: int, kind: str, text: str | None) -> str:
    """What makes two documents the same: the text; for a PDF or picture shown as pages
    also its file (two scanned PDFs both have no text)."""
    key = _text_key(text or "")
    if kind in ("pdf", "picture"):
        row = db.execute(
            "SELECT data FROM document_files WHERE document_id = ?", [document_id]
        ).fetchone()
        if row is not None:
            key = _text_key(f"{kind}:{key}:{hashlib.sha256(row[0]).hexdigest()}")
    return key


class _Merger(MergerBase):
    def run(self) -> None:
        self.merge_groups()
        self.merge_documents()
        self.merge_codes()
        self.merge_variables()
        self.merge_cases()
        self.merge_sets()
        self.merge_codings()
        self.merge_memos()
        self.merge_summaries()
        self.merge_paraphrases()
        self.merge_logbook()

    def merge_groups(self) -> None:
        rows = self.s(
            "SELECT id, guid, name, parent_id, color, created FROM document_groups "
            "ORDER BY parent_id IS NOT NULL, position, id"
        )
        pending = list(rows)
        while pending:
            progress = False
            for row in list(pending):
                other_id, guid, name, parent, color, created = row
                if parent is not None and parent not in self.groups:
                    continue
                pending.remove(row)
                progress = True
                mapped_parent = self.groups.get(parent) if parent is not None else None
                found = self.q("SELECT id FROM document_groups WHERE guid = ?", [guid]) or self.q(
                    "SELECT id FROM document_groups WHERE parent_id IS ? AND name = ?",
                    [mapped_parent, name],
                )
                if found:
                    self.groups[other_id] = found[0][0]
                    self.report.groups.matched += 1
                    continue
                cursor = self.db.execute(
                    "INSERT INTO document_groups (guid, name, parent_id, position, color, created) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        self.guid_free("document_groups", guid),
                        name,
                        mapped_parent,
                        next_position(self.db, "document_groups", "parent_id", mapped_parent),
                        color,
                        created,
                    ],
                )
                self.groups[other_id] = inserted_id(cursor)
                self.report.groups.added += 1
            if not progress:  # a cycle in the other file: leave the rest at the top level
                for row in pending:
                    self.groups.setdefault(row[3], None)
                pending = [r for r in pending if r[3] in self.groups]

    def merge_documents(self) -> None:
        ours_by_guid: dict[str, tuple[int, str]] = {}
        ours_by_text: dict[str, list[tuple[int, str]]] = {}
        for doc_id, guid, name, text, kind in self.q(
            "SELECT d.id, d.guid, d.name, t.text, d.kind FROM documents d LEFT JOIN "
            "document_texts t ON t.document_id = d.id ORDER BY d.id"
        ):
            key = _document_key(self.db, doc_id, kind, text)
            ours_by_guid[guid] = (doc_id, key)
            ours_by_text.setdefault(key, []).append((doc_id, name))
        for other_id, guid, name, text, kind in self.s(
            "SELECT d.id, d.guid, d.name, t.text, d.kind FROM documents d LEFT JOIN "
            "document_texts t ON t.document_id = d.id "
            "ORDER BY d.group_id IS NOT NULL, d.position, d.id"
        ):
            key = _document_key(self.src, other_id, kind, text)
            if guid in ours_by_guid:
                doc_id, our_key = ours_by_guid[guid]
                if our_key == key:
                    self.documents[other_id] = doc_id
                    self.report.documents.matched += 1
                    continue
                # The copy's GUID comes from the original's and the text, so merging the
                # same file again finds the copy instead of adding another.
                copy_guid = derived_guid("merge-document", guid, key)
                if copy_guid in ours_by_guid:
                    self.documents[other_id] = ours_by_guid[copy_guid][0]
                    self.report.documents.matched += 1
                    self.conflict(
                        "document",
                        name,
                        tr("the same GUID holds a different text"),
                        tr("not merged: brought in as a new document before"),
                    )
                    continue
                new_name = self.from_other(name)
                self.conflict(
                    "document",
                    name,
                    tr("the same GUID holds a different text"),
                    tr("not merged: brought in as a new document '{name}'").format(name=new_name),
                )
                self.documents[other_id] = self.add_document(other_id, new_name, copy_guid)
                ours_by_guid[copy_guid] = (self.documents[other_id], key)
                continue
            candidates = ours_by_text.get(key, [])
            if not text:
                candidates = [c for c in candidates if c[1] == name]
            if candidates:
                same_name = [c for c in candidates if c[1] == name]
                self.documents[other_id] = (same_name or candidates)[0][0]
                self.report.documents.matched += 1
                continue
            self.documents[other_id] = self.add_document(other_id, name, guid)

    def add_document(self, other_id: int, name: str, guid: str) -> int:
        row = self.src.execute(
            "SELECT group_id, kind, length, color, creator_id, created, modified FROM documents "
            "WHERE id = ?",
            [other_id],
        ).fetchone()
        group_id, kind, length, color, creator, created, modified = row
        group = self.groups.get(group_id) if group_id is not None else None
        cursor = self.db.execute(
            "INSERT INTO documents (guid, name, group_id, position, kind, length, color, "
            "creator_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                self.guid_free("documents", guid),
                self.project.free_document_name(name),
                group,
                next_position(self.db, "documents", "group_id", group),
                kind,
                length,
                color,
                self.user(creator),
                created,
                modified,
            ],
        )
        doc_id = inserted_id(cursor)
        for table, columns in (
            ("document_texts", "text, formatting"),
            ("document_files", "file_name, file_type, data"),
            ("document_imports", "file_name, notes"),
            ("document_pages", "page, width, height, text_start, text_end"),
        ):
            for values in self.s(
                f"SELECT {columns} FROM {table} WHERE document_id = ?", [other_id]
            ):
                marks = ", ".join("?" for _ in values)
                self.db.execute(
                    f"INSERT INTO {table} (document_id, {columns}) VALUES (?, {marks})",
                    [doc_id, *values],
                )
        self.report.documents.added += 1
        return doc_id

    def merge_codes(self) -> None:
        ours = self.project.code_paths()
        rows = self.s(
            "SELECT id, guid, parent_id, name, color, description, codable, creator_id, "
            "created, modified FROM codes ORDER BY id"
        )
        by_id = {r[0]: r for r in rows}

        def other_path(code_id: int) -> str:
            names, seen = [], set()
            current: int | None = code_id
            while current is not None and current in by_id and current not in seen:
                seen.add(current)
                names.append(by_id[current][3])
                current = by_id[current][2]
            return "\\".join(reversed(names))

        ordered = sorted(rows, key=lambda r: (other_path(r[0]).count("\\"), r[0]))
        for (
            other_id,
            guid,
            parent,
            name,
            color,
            description,
            codable,
            creator,
            created,
            modified,
        ) in ordered:
            path = other_path(other_id)
            mapped_parent = self.codes.get(parent) if parent is not None else None
            found = self.q("SELECT id, description FROM codes WHERE guid = ?", [guid])
            if found:
                code_id, our_description = found[0]
                if ours.get(code_id) != path:
                    resolution = self.keep_as_memo(
                        "code",
                        self.from_other(tr("Code path")),
                        tr("In {other} this code is '{path}'.").format(
                            other=self.other_name, path=path
                        ),
                        code_id=code_id,
                    )
                    self.conflict(
                        "code",
                        ours.get(code_id, name),
                        tr("named or placed '{path}' in the other file").format(path=path),
                        resolution,
                    )
            else:
                found = self.q(
                    "SELECT id, description FROM codes WHERE parent_id IS ? AND name = ?",
                    [mapped_parent, name],
                )
                code_id, our_description = found[0] if found else (None, "")
            if code_id is not None:
                self.codes[other_id] = code_id
                self.report.codes.matched += 1
                self.merge_description(code_id, our_description, description, path)
                continue
            clash = self.q(
                "SELECT 1 FROM codes WHERE parent_id IS ? AND name = ?", [mapped_parent, name]
            )
            new_name = self.from_other(name) if clash else name
            cursor = self.db.execute(
                "INSERT INTO codes (guid, parent_id, name, color, position, description, "
                "codable, creator_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    self.guid_free("codes", guid),
                    mapped_parent,
                    new_name,
                    color,
                    next_position(self.db, "codes", "parent_id", mapped_parent),
                    description,
                    codable,
                    self.user(creator),
                    created,
                    modified,
                ],
            )
            self.codes[other_id] = inserted_id(cursor)
            self.report.codes.added += 1

    def merge_description(self, code_id: int, ours: str, theirs: str, path: str) -> None:
        if not theirs or theirs == ours:
            return
        if not ours:
            self.db.execute("UPDATE codes SET description = ? WHERE id = ?", [theirs, code_id])
            return
        resolution = self.keep_as_memo(
            "code", self.from_other(tr("Code description")), theirs, code_id=code_id
        )
        self.conflict("code", path, tr("the description differs"), resolution)

    def merge_codings(self) -> None:
        for row in self.s(
            'SELECT id, guid, document_id, code_id, start, "end", weight, comment, coder_id, '
            "selection_guid, created, modified, page, x1, y1, x2, y2 FROM codings ORDER BY id"
        ):
            (
                other_id,
                guid,
                doc_o,
                code_o,
                start,
                end,
                weight,
                comment,
                coder_o,
                selection,
                created,
                modified,
            ) = row[:12]
            region = row[12:]  # page and box of a region coding (all None for text)
            doc_id, code_id = self.documents.get(doc_o), self.codes.get(code_o)
            if doc_id is None or code_id is None:
                continue
            coder = self.user(coder_o)
            if region[1] is not None:  # the same region: the same page and box
                found = self.q(
                    "SELECT id, weight, comment FROM codings WHERE document_id = ? AND "
                    "code_id = ? AND page IS ? AND x1 = ? AND y1 = ? AND x2 = ? AND y2 = ? "
                    "AND coder_id IS ?",
                    [doc_id, code_id, *region, coder],
                )
            else:
                found = self.q(
                    "SELECT id, weight, comment FROM codings WHERE document_id = ? AND "
                    'code_id = ? AND start = ? AND "end" = ? AND coder_id IS ? AND x1 IS NULL',
                    [doc_id, code_id, start, end, coder],
                )
            if found:
                coding_id, our_weight, our_comment = found[0]
                self.codings[other_id] = coding_id
                self.report.codings.matched += 1
                self.merge_coding_details(
                    coding_id, doc_id, our_weight, our_comment, weight, comment
                )
                continue
            self.codings[other_id] = inserted_id(
                self.db.execute(
                    'INSERT INTO codings (guid, document_id, code_id, start, "end", weight, '
                    "comment, coder_id, selection_guid, created, modified, page, x1, y1, x2, "
                    "y2) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        self.guid_free("codings", guid),
                        doc_id,
                        code_id,
                        start,
                        end,
                        weight,
                        comment,
                        coder,
                        selection,
                        created,
                        modified,
                        *region,
                    ],
                )
            )
            self.report.codings.added += 1

    def merge_coding_details(
        self,
        coding_id: int,
        doc_id: int,
        our_weight: int,
        our_comment: str,
        weight: int,
        comment: str,
    ) -> None:
        if comment and not our_comment:
            self.db.execute("UPDATE codings SET comment = ? WHERE id = ?", [comment, coding_id])
            our_comment = comment
        if (not comment or comment == our_comment) and weight == our_weight:
            return
        details = []
        if comment and comment != our_comment:
            details.append(tr("comment: {comment}").format(comment=comment))
        if weight != our_weight:
            details.append(tr("weight: {weight}").format(weight=weight))
        resolution = self.keep_as_memo(
            "coding",
            self.from_other(tr("Coding")),
            "\n".join(details),
            document_id=doc_id,
            coding_id=coding_id,
        )
        code = self.db.execute(
            "SELECT c.name, d.name FROM codings s JOIN codes c ON c.id = s.code_id "
            "JOIN documents d ON d.id = s.document_id WHERE s.id = ?",
            [coding_id],
        ).fetchone()
        self.conflict("coding", f"{code[1]}: {code[0]}", "; ".join(details), resolution)

    def merge_memos(self) -> None:
        for row in self.s(
            "SELECT guid, title, body, plain, kind, document_id, group_id, code_id, coding_id, "
            'start, "end", author_id, created, modified FROM memos ORDER BY id'
        ):
            (
                guid,
                title,
                body,
                plain,
                kind,
                doc_o,
                group_o,
                code_o,
                coding_o,
                start,
                end,
                author,
                created,
                modified,
            ) = row
            targets = {
                "document_id": self.documents.get(doc_o) if doc_o is not None else None,
                "group_id": self.groups.get(group_o) if group_o is not None else None,
                "code_id": self.codes.get(code_o) if code_o is not None else None,
                "coding_id": self.codings.get(coding_o) if coding_o is not None else None,
            }
            lost = [
                k
                for k, o in zip(targets, (doc_o, group_o, code_o, coding_o), strict=True)
                if o is not None and targets[k] is None
            ]
            if lost:
                continue
            found = self.q(
                "SELECT id, body, kind, document_id, code_id, coding_id, start, "
                '"end" FROM memos WHERE guid = ?',
                [guid],
            )
            if found:
                self.report.memos.matched += 1
                memo_id, our_body, our_kind, m_doc, m_code, m_coding, m_start, m_end = found[0]
                if our_body != body:
                    resolution = self.keep_as_memo(
                        our_kind,
                        self.from_other(title),
                        plain,
                        document_id=m_doc,
                        code_id=m_code,
                        coding_id=m_coding,
                        start=m_start,
                        end=m_end,
                    )
                    self.conflict("memo", title, tr("edited in both files"), resolution)
                continue
            same = self.q(
                "SELECT 1 FROM memos WHERE kind = ? AND document_id IS ? AND group_id IS ? AND "
                'code_id IS ? AND coding_id IS ? AND start IS ? AND "end" IS ? AND title = ? '
                "AND body = ?",
                [
                    kind,
                    targets["document_id"],
                    targets["group_id"],
                    targets["code_id"],
                    targets["coding_id"],
                    start,
                    end,
                    title,
                    body,
                ],
            )
            if same:
                self.report.memos.matched += 1
                continue
            self.db.execute(
                "INSERT INTO memos (guid, title, body, plain, kind, document_id, group_id, "
                'code_id, coding_id, start, "end", author_id, created, modified) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    guid,
                    title,
                    body,
                    plain,
                    kind,
                    targets["document_id"],
                    targets["group_id"],
                    targets["code_id"],
                    targets["coding_id"],
                    start,
                    end,
                    self.user(author),
                    created,
                    modified,
                ],
            )
            self.report.memos.added += 1

    def merge_summaries(self) -> None:
        for guid, code_o, doc_o, case_o, text, rating, author, created, modified in self.s(
            "SELECT guid, code_id, document_id, case_id, text, rating, author_id, created, "
            "modified FROM summaries ORDER BY id"
        ):
            code_id = self.codes.get(code_o)
            doc_id = self.documents.get(doc_o) if doc_o is not None else None
            case_id = self.cases.get(case_o) if case_o is not None else None
            if code_id is None or (doc_id is None and case_id is None):
                continue
            found = self.q(
                "SELECT id, text FROM summaries WHERE code_id = ? AND document_id IS ? AND "
                "case_id IS ?",
                [code_id, doc_id, case_id],
            )
            if not found:
                self.db.execute(
                    "INSERT INTO summaries (guid, code_id, document_id, case_id, text, rating, "
                    "author_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        self.guid_free("summaries", guid),
                        code_id,
                        doc_id,
                        case_id,
                        text,
                        rating,
                        self.user(author),
                        created,
                        modified,
                    ],
                )
                self.report.summaries.added += 1
                continue
            self.report.summaries.matched += 1
            summary_id, ours = found[0]
            if not text or text == ours:
                continue
            if not ours:
                self.db.execute("UPDATE summaries SET text = ? WHERE id = ?", [text, summary_id])
                continue
            where = self.db.execute(
                "SELECT name FROM documents WHERE id = ?"
                if doc_id is not None
                else "SELECT name FROM cases WHERE id = ?",
                [doc_id if doc_id is not None else case_id],
            ).fetchone()[0]
            title = self.from_other(tr("Summary for {where}").format(where=where))
            resolution = self.keep_as_memo("code", title, text, code_id=code_id)
            path = self.project.code_path(code_id)
            self.conflict("summary", f"{path} / {where}", tr("edited in both files"), resolution)

    def merge_paraphrases(self) -> None:
        for guid, doc_o, start, end, text, author, created, modified in self.s(
            'SELECT guid, document_id, start, "end", text, author_id, created, modified '
            "FROM paraphrases ORDER BY id"
        ):
            doc_id = self.documents.get(doc_o)
            if doc_id is None:
                continue
            found = self.q(
                "SELECT id, text FROM paraphrases WHERE guid = ? OR (document_id = ? AND "
                'start = ? AND "end" = ?)',
                [guid, doc_id, start, end],
            )
            overlapping = self.q(
                'SELECT 1 FROM paraphrases WHERE document_id = ? AND start < ? AND "end" > ?',
                [doc_id, end, start],
            )
            if found:
                self.report.paraphrases.matched += 1
                if found[0][1] == text:
                    continue
                detail = tr("edited in both files")
            elif overlapping:
                detail = tr("overlaps a paraphrase here")
            else:
                self.db.execute(
                    'INSERT INTO paraphrases (guid, document_id, start, "end", text, author_id, '
                    "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        self.guid_free("paraphrases", guid),
                        doc_id,
                        start,
                        end,
                        text,
                        self.user(author),
                        created,
                        modified,
                    ],
                )
                self.report.paraphrases.added += 1
                continue
            resolution = self.keep_as_memo(
                "position",
                self.from_other(tr("Paraphrase")),
                text,
                document_id=doc_id,
                start=start,
                end=end,
            )
            name = self.db.execute("SELECT name FROM documents WHERE id = ?", [doc_id]).fetchone()
            self.conflict("paraphrase", f"{name[0]} {start}-{end}", detail, resolution)

    def merge_logbook(self) -> None:
        for guid, date, text, author, created in self.s(
            "SELECT guid, date, text, author_id, created FROM logbook ORDER BY id"
        ):
            found = self.q("SELECT text FROM logbook WHERE guid = ?", [guid]) or self.q(
                "SELECT text FROM logbook WHERE date = ? AND text = ?", [date, text]
            )
            if found:
                self.report.logbook.matched += 1
                if found[0][0] != text:
                    title = self.from_other(tr("Logbook {date}").format(date=date))
                    resolution = self.keep_as_memo("free", title, text)
                    self.conflict("logbook", date, tr("edited in both files"), resolution)
                continue
            self.db.execute(
                "INSERT INTO logbook (guid, date, text, author_id, created) VALUES (?, ?, ?, ?, ?)",
                [self.guid_free("logbook", guid), date, text, self.user(author), created],
            )
            self.report.logbook.added += 1
