"""Documents and document groups: import, rename, move, delete, and reading them."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from qdadesk.core.base import new_guid, now
from qdadesk.core.changes import Operation
from qdadesk.core.errors import ImportCancelled, ImportFailed, NotFoundError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.importers.document import FormatSpan, ImportedDocument
from qdadesk.core.model import CODE_PATH_SEPARATOR, Document, DocumentGroup
from qdadesk.core.names import nfc
from qdadesk.core.ops.import_notes import empty_document_note, file_name_of
from qdadesk.core.ops.ordering import next_position, place
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store import audit
from qdadesk.core.store.database import inserted_id

_DOCUMENT_COLUMNS = "id, guid, name, group_id, position, kind, length, color, created, modified"
_GROUP_COLUMNS = "id, guid, name, parent_id, position, color"

Progress = Callable[[int, int, str], None]  # (done, total, current file name)


@dataclass
class ImportReport:
    """What an import did: documents made, files that failed, and notes per document."""

    imported: list[int] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (document name, note)


def groups_in_tree_order(groups: Iterable[DocumentGroup]) -> list[DocumentGroup]:
    """``groups`` as the Document System shows them: each followed by its subgroups (depth
    first), siblings by position."""
    children: dict[int | None, list[DocumentGroup]] = {}
    for group in groups:
        children.setdefault(group.parent_id, []).append(group)
    ordered: list[DocumentGroup] = []

    def walk(parent: int | None) -> None:
        for group in sorted(children.get(parent, []), key=lambda g: (g.position, g.id)):
            ordered.append(group)
            walk(group.id)

    walk(None)
    return ordered


class DocumentOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def documents(self) -> list[Document]:
        """All documents, ordered by group and position (no text is read)."""
        rows = self.db.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY group_id IS NOT NULL, "
            "group_id, position, id"
        ).fetchall()
        return [Document(*row) for row in rows]

    def document(self, document_id: int) -> Document:
        row = self.db.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No document with id {id}").format(id=document_id))
        return Document(*row)

    def find_document(self, name: str) -> Document:
        """The document called ``name`` (or with that GUID)."""
        name = nfc(name)
        row = self.db.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE name = ? OR guid = ? "
            "ORDER BY name = ? DESC LIMIT 1",
            [name, name.upper(), name],
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No document called '{name}'").format(name=name))
        return Document(*row)

    def text(self, document_id: int) -> str:
        """The document's stored plain text; offsets are code points into it."""
        row = self.db.execute(
            "SELECT text FROM document_texts WHERE document_id = ?", [document_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No document with id {id}").format(id=document_id))
        return str(row[0])

    def formatting(self, document_id: int) -> list[FormatSpan]:
        row = self.db.execute(
            "SELECT formatting FROM document_texts WHERE document_id = ?", [document_id]
        ).fetchone()
        return [FormatSpan(**span) for span in json.loads(row[0])] if row else []

    def original_file(self, document_id: int) -> tuple[str, str, bytes] | None:
        """The imported file as it was: (file name, type, bytes), or None."""
        row = self.db.execute(
            "SELECT file_name, file_type, data FROM document_files WHERE document_id = ?",
            [document_id],
        ).fetchone()
        return (row[0], row[1], bytes(row[2])) if row else None

    def document_file_types(self) -> dict[int, str]:
        """The type of each document's imported file ("docx", "pdf", "txt" ...), by document
        id, without reading the files (documents made otherwise have none)."""
        rows = self.db.execute("SELECT document_id, file_type FROM document_files")
        return {document_id: (file_type or "").lower() for document_id, file_type in rows}

    def groups(self) -> list[DocumentGroup]:
        rows = self.db.execute(
            f"SELECT {_GROUP_COLUMNS} FROM document_groups ORDER BY parent_id IS NOT NULL, "
            "parent_id, position, id"
        ).fetchall()
        return [DocumentGroup(*row) for row in rows]

    def group(self, group_id: int) -> DocumentGroup:
        row = self.db.execute(
            f"SELECT {_GROUP_COLUMNS} FROM document_groups WHERE id = ?", [group_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No document group with id {id}").format(id=group_id))
        return DocumentGroup(*row)

    def group_path(self, group_id: int | None) -> str:
        """``Parent\\Child`` path of a group ('' for none)."""
        names: list[str] = []
        while group_id is not None:
            group = self.group(group_id)
            names.append(group.name)
            group_id = group.parent_id
        return CODE_PATH_SEPARATOR.join(reversed(names))

    def find_group(self, path: str) -> DocumentGroup:
        parent: int | None = None
        group: DocumentGroup | None = None
        for name in _split_path(path):
            row = self.db.execute(
                f"SELECT {_GROUP_COLUMNS} FROM document_groups WHERE parent_id IS ? AND name = ?",
                [parent, name],
            ).fetchone()
            if row is None:
                raise NotFoundError(tr("No document group called '{path}'").format(path=path))
            group = DocumentGroup(*row)
            parent = group.id
        if group is None:
            raise NotFoundError(tr("No document group called '{path}'").format(path=path))
        return group

    def document_coding_counts(self, document_ids: Iterable[int] | None = None) -> dict[int, int]:
        """Number of coded segments per document id (of all documents, or of some)."""
        if document_ids is None:
            return dict(
                self.db.execute("SELECT document_id, COUNT(*) FROM codings GROUP BY document_id")
            )
        ids = list(document_ids)
        marks = ",".join("?" * len(ids))
        return dict(
            self.db.execute(
                f"SELECT document_id, COUNT(*) FROM codings WHERE document_id IN ({marks}) "
                "GROUP BY document_id",
                ids,
            )
        )

    def documents_in_group(self, group_id: int, recursive: bool = True) -> list[int]:
        """Ids of the documents in a group (and its subgroups when ``recursive``)."""
        group_ids = self._group_subtree(group_id) if recursive else [group_id]
        marks = ",".join("?" * len(group_ids))
        return [
            r[0]
            for r in self.db.execute(
                f"SELECT id FROM documents WHERE group_id IN ({marks}) ORDER BY position",
                group_ids,
            )
        ]

    def _group_subtree(self, group_id: int) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT g.id FROM document_groups g "
                "JOIN sub ON g.parent_id = sub.id) SELECT id FROM sub",
                [group_id],
            )
        ]

    # -- groups ----------------------------------------------------------------------------
    def add_group(self, name: str, parent_id: int | None = None) -> Operation:
        """New document group at the end of ``parent_id``'s groups; result: its id."""
        name = _clean_name(name, tr("group"))
        with self._writing(tr("New document group '{name}'").format(name=name)) as w:
            self._check_group_name_free(name, parent_id)
            w.result = self._insert_group(name, parent_id)
        return w.operation

    def ensure_group(self, path: str) -> int:
        """Id of the group at ``path``, creating the missing groups (undoable as one step
        when called inside another operation; on its own it is its own operation)."""
        parent: int | None = None
        with self._writing(tr("New document group '{name}'").format(name=path)) as w:
            for name in _split_path(path):
                row = self.db.execute(
                    "SELECT id FROM document_groups WHERE parent_id IS ? AND name = ?",
                    [parent, name],
                ).fetchone()
                parent = row[0] if row else self._insert_group(name, parent)
            w.result = parent
        group_id: int = w.result
        return group_id

    def _insert_group(self, name: str, parent_id: int | None) -> int:
        cursor = self.db.execute(
            "INSERT INTO document_groups (guid, name, parent_id, position, created) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                new_guid(),
                name,
                parent_id,
                next_position(self.db, "document_groups", "parent_id", parent_id),
                now(),
            ],
        )
        return inserted_id(cursor)

    def rename_group(self, group_id: int, name: str) -> Operation:
        name = _clean_name(name, tr("group"))
        group = self.group(group_id)
        with self._writing(
            tr("Rename group '{old}' to '{new}'").format(old=group.name, new=name)
        ) as w:
            self._check_group_name_free(name, group.parent_id, group_id)
            self.db.execute("UPDATE document_groups SET name = ? WHERE id = ?", [name, group_id])
        return w.operation

    def move_group(
        self, group_id: int, parent_id: int | None, position: int | None = None
    ) -> Operation:
        """Re-parent and/or reorder a group (``position`` among its new siblings)."""
        group = self.group(group_id)
        if parent_id is not None and parent_id in self._group_subtree(group_id):
            raise QdaError(tr("A group cannot be moved into itself"))
        with self._writing(tr("Move group '{name}'").format(name=group.name)) as w:
            if parent_id != group.parent_id:
                self._check_group_name_free(group.name, parent_id, group_id)
            place(self.db, "document_groups", "parent_id", group_id, parent_id, position)
        return w.operation

    def delete_group(self, group_id: int) -> Operation:
        """Delete a group with its subgroups and documents; result: what went (counts)."""
        group = self.group(group_id)
        loss = self.group_deletion_loss(group_id)
        with self._writing(tr("Delete group '{name}'").format(name=group.name)) as w:
            self.db.execute("DELETE FROM document_groups WHERE id = ?", [group_id])
            w.result = loss
        return w.operation

    def group_deletion_loss(self, group_id: int) -> dict[str, int]:
        """What deleting a group would remove: documents, coded segments, memos."""
        documents = self.documents_in_group(group_id)
        return self.documents_deletion_loss(documents)

    def _check_group_name_free(
        self, name: str, parent_id: int | None, own_id: int | None = None
    ) -> None:
        row = self.db.execute(
            "SELECT id FROM document_groups WHERE parent_id IS ? AND name = ? AND id IS NOT ?",
            [parent_id, name, own_id],
        ).fetchone()
        if row:
            raise QdaError(tr("A group called '{name}' already exists there").format(name=name))

    # -- documents -------------------------------------------------------------------------
    def add_document(
        self, imported: ImportedDocument, group_id: int | None = None, name: str | None = None
    ) -> Operation:
        """Store an imported document at the end of ``group_id``; result: its id."""
        with self._writing(tr("Import '{name}'").format(name=name or imported.name)) as w:
            w.result = self._insert_document(imported, group_id, name)
        return w.operation

    def import_documents(
        self,
        paths: Sequence[str | os.PathLike[str]],
        group_id: int | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        group_path: str | None = None,
        join_lines: bool = False,
    ) -> Operation:
        """Import files as one operation; result: an ``ImportReport``.

        ``join_lines`` joins hard-wrapped lines inside paragraphs before the text is stored
        (``qdadesk.core.importers.line_joining`` says the rule); documents already in the
        project are never changed.

        ``group_path`` (``Parent\\Child``) names a group to import into, created in the same
        operation if missing, so a failed import leaves no empty group behind.

        Files are read first; a file that fails is named in the report and the others still
        import. When every file fails, ``ImportFailed`` is raised and nothing changes;
        when ``cancelled()`` turns true, ``ImportCancelled`` is raised and nothing changes.
        """
        from qdadesk.core.importers import import_document

        report = ImportReport()
        read: list[ImportedDocument] = []
        file_names: list[str] = []
        for number, path in enumerate(paths):
            if cancelled is not None and cancelled():
                raise ImportCancelled(tr("Import cancelled; nothing was changed"))
            if progress is not None:
                progress(number, len(paths), os.path.basename(path))
            try:
                imported = import_document(path)
                if join_lines:
                    from qdadesk.core.importers.line_joining import join_hard_wraps

                    join_hard_wraps(imported)
                read.append(imported)
                file_names.append(file_name_of(path))
            except ImportFailed as error:
                report.failed.append((error.filename or os.path.basename(path), error.reason))
        if progress is not None:
            progress(len(paths), len(paths), "")
        if not read and report.failed:
            if len(report.failed) == 1:
                file_name, reason = report.failed[0]
                raise ImportFailed(f"{file_name}: {reason}", file_name, reason)
            reasons = "\n".join(f"{name}: {reason}" for name, reason in report.failed)
            raise ImportFailed(
                tr("None of the {n} files could be imported:").format(n=len(report.failed))
                + "\n"
                + reasons
            )
        description = (
            tr("Import '{name}'").format(name=read[0].name)
            if len(read) == 1
            else tr("Import {n} documents").format(n=len(read))
        )
        with self._writing(description) as w:
            if group_path:
                group_id = self.ensure_group(group_path)
            for imported, file_name in zip(read, file_names, strict=True):
                document_id = self._insert_document(imported, group_id)
                report.imported.append(document_id)
                name = self.document(document_id).name
                if not imported.text and imported.kind == "text":  # pages say it
                    imported.report.append(empty_document_note())
                report.notes.extend((name, note) for note in imported.report)
                self._store_import_notes(document_id, file_name, imported.report)
            if file_names:
                audit.record(
                    self, audit.DOCUMENTS_IMPORTED, ", ".join(file_names), f"{len(read)} files"
                )
            w.result = report
        return w.operation

    def _insert_document(
        self, imported: ImportedDocument, group_id: int | None, name: str | None = None
    ) -> int:
        if group_id is not None:
            self.group(group_id)
        if "\r" in imported.text:
            # Offsets are fixed at import, so line ends are normalised before any exist.
            imported.text = imported.text.replace("\r\n", "\n").replace("\r", "\n")
        if "\x00" in imported.text:
            # SQLite's text functions end a text at NUL (length() would disagree with the
            # offsets); one visible character for one keeps every offset where it was.
            imported.text = imported.text.replace("\x00", "\ufffd")
            imported.report.append(
                tr("NUL characters in the text were replaced by \N{REPLACEMENT CHARACTER}")
            )
        name = self.free_document_name(_clean_name(name or imported.name, tr("document")))
        stamp = now()
        cursor = self.db.execute(
            "INSERT INTO documents (guid, name, group_id, position, kind, length, creator_id, "
            "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_guid(),
                name,
                group_id,
                next_position(self.db, "documents", "group_id", group_id),
                imported.kind,
                len(imported.text),
                self.user_id(),
                stamp,
                stamp,
            ],
        )
        document_id = inserted_id(cursor)
        spans = [span.__dict__ for span in imported.spans]
        self.db.execute(
            "INSERT INTO document_texts (document_id, text, formatting) VALUES (?, ?, ?)",
            [document_id, imported.text, json.dumps(spans, separators=(",", ":"))],
        )
        if imported.pages:
            self.db.conn.executemany(
                "INSERT INTO document_pages (document_id, page, width, height, text_start, "
                "text_end) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    [document_id, number, p.width, p.height, p.text_start, p.text_end]
                    for number, p in enumerate(imported.pages, start=1)
                ],
            )
        if imported.original:
            self.db.execute(
                "INSERT INTO document_files (document_id, file_name, file_type, data) "
                "VALUES (?, ?, ?, ?)",
                [
                    document_id,
                    f"{imported.name}.{imported.original_type}",
                    imported.original_type,
                    imported.original,
                ],
            )
        return document_id

    def free_document_name(self, name: str) -> str:
        """``name``, or ``name (2)``, ``name (3)`` ...: the first no document has yet."""
        taken = {
            r[0]
            for r in self.db.execute(
                "SELECT name FROM documents WHERE name = ? OR name LIKE ?", [name, name + " (%)"]
            )
        }
        if name not in taken:
            return name
        number = 2
        while f"{name} ({number})" in taken:
            number += 1
        return f"{name} ({number})"

    def rename_document(self, document_id: int, name: str) -> Operation:
        name = _clean_name(name, tr("document"))
        old = self.document(document_id).name
        with self._writing(tr("Rename document '{old}' to '{new}'").format(old=old, new=name)) as w:
            clash = self.db.execute(
                "SELECT 1 FROM documents WHERE name = ? AND id != ?", [name, document_id]
            ).fetchone()
            if clash:
                raise QdaError(tr("A document called '{name}' already exists").format(name=name))
            self.db.execute(
                "UPDATE documents SET name = ?, modified = ? WHERE id = ?",
                [name, now(), document_id],
            )
        return w.operation

    def move_document(
        self, document_id: int, group_id: int | None, position: int | None = None
    ) -> Operation:
        """Move a document into ``group_id`` (None: top level) at ``position``."""
        document = self.document(document_id)
        if group_id is not None:
            self.group(group_id)
        with self._writing(tr("Move document '{name}'").format(name=document.name)) as w:
            place(self.db, "documents", "group_id", document_id, group_id, position)
        return w.operation

    def delete_documents(self, document_ids: Iterable[int]) -> Operation:
        """Delete documents with their codings and memos; result: what went (counts)."""
        ids = list(dict.fromkeys(document_ids))
        names = [self.document(i).name for i in ids]
        loss = self.documents_deletion_loss(ids)
        description = (
            tr("Delete document '{name}'").format(name=names[0])
            if len(names) == 1
            else tr("Delete {n} documents").format(n=len(names))
        )
        with self._writing(description) as w:
            self.db.conn.executemany("DELETE FROM documents WHERE id = ?", [[i] for i in ids])
            w.result = loss
        return w.operation

    def documents_deletion_loss(self, document_ids: list[int]) -> dict[str, int]:
        """What deleting these documents would remove: counts of ``documents``, coded
        ``segments`` and ``memos`` (for the question a window asks first)."""
        if not document_ids:
            return {"documents": 0, "segments": 0, "memos": 0}
        marks = ",".join("?" * len(document_ids))
        segments = self.db.execute(
            f"SELECT COUNT(*) FROM codings WHERE document_id IN ({marks})", document_ids
        ).fetchone()[0]
        memos = self.db.execute(
            f"SELECT COUNT(*) FROM memos WHERE document_id IN ({marks}) OR coding_id IN "
            f"(SELECT id FROM codings WHERE document_id IN ({marks}))",
            document_ids + document_ids,
        ).fetchone()[0]
        return {"documents": len(document_ids), "segments": segments, "memos": memos}

    def set_document_color(self, document_id: int, color: str | None) -> Operation:
        name = self.document(document_id).name
        with self._writing(tr("Colour document '{name}'").format(name=name)) as w:
            self.db.execute("UPDATE documents SET color = ? WHERE id = ?", [color, document_id])
        return w.operation


def _split_path(path: str) -> list[str]:
    # A doubled backslash (as shells and JSON tend to write it) separates like a single one.
    parts = [nfc(part.strip()) for part in re.split(r"\\+", path)]
    if not path.strip() or any(not part for part in parts):
        raise QdaError(tr("'{path}' is not a valid path").format(path=path))
    return parts


def _clean_name(name: str, what: str) -> str:
    name = nfc(" ".join(name.split()))
    if not name:
        raise QdaError(tr("A {what} needs a name").format(what=what))
    return name


split_path = _split_path
clean_name = _clean_name
