"""What an import said about each document, kept with the document so the window can show
it later (Document Properties): the original file name and the importer's notes (comments
appended at the end, footnotes, text boxes, an empty file, NUL characters replaced ...)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from qdadesk.core.i18n import tr
from qdadesk.core.ops.parts import ProjectParts


@dataclass(frozen=True)
class DocumentProperties:
    """A document's catalogue entry with where it came from."""

    id: int
    name: str
    kind: str  # "text"
    file_type: str  # original format: "docx", "txt" ... ("" when made in the program)
    file_name: str  # the imported file's name ("" when unknown)
    file_size: int  # bytes of the original file kept in the project (0 when none)
    characters: int
    created: str  # when it was imported or made
    group: str  # the document group's path ("" at the top level)
    notes: tuple[str, ...] = field(default_factory=tuple)


def file_name_of(path: str | os.PathLike[str]) -> str:
    """The file's name as storable text (bytes that are not UTF-8 show as U+FFFD)."""
    name = os.path.basename(os.fspath(path))
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def empty_document_note() -> str:
    return tr("the file has no text: it was imported as an empty document")


class ImportNotesOps(ProjectParts):
    def _store_import_notes(self, document_id: int, file_name: str, notes: list[str]) -> None:
        """Record the import of one document (inside the importing transaction)."""
        self.db.execute(
            "INSERT OR REPLACE INTO document_imports (document_id, file_name, notes) "
            "VALUES (?, ?, ?)",
            [document_id, file_name, json.dumps(list(notes), ensure_ascii=False)],
        )

    def import_notes(self, document_id: int) -> list[str]:
        """The notes the import of ``document_id`` made (empty when none or not imported)."""
        row = self.db.execute(
            "SELECT notes FROM document_imports WHERE document_id = ?", [document_id]
        ).fetchone()
        if row is None:
            return []
        try:
            notes = json.loads(row[0])
        except ValueError:
            return []
        return [str(n) for n in notes] if isinstance(notes, list) else []

    def document_properties(self, document_id: int) -> DocumentProperties:
        """Name, type, size, import date, original file name and import notes."""
        document = self.document(document_id)
        original = self.db.execute(
            "SELECT file_name, file_type, length(data) FROM document_files WHERE document_id = ?",
            [document_id],
        ).fetchone()
        imported = self.db.execute(
            "SELECT file_name FROM document_imports WHERE document_id = ?", [document_id]
        ).fetchone()
        file_name = (imported[0] if imported else "") or (original[0] if original else "")
        group = ""
        if document.group_id is not None:
            group = self.group_path(document.group_id)
        return DocumentProperties(
            id=document.id,
            name=document.name,
            kind=document.kind,
            file_type=original[1] if original else "",
            file_name=file_name,
            file_size=int(original[2] or 0) if original else 0,
            characters=document.length,
            created=document.created,
            group=group,
            notes=tuple(self.import_notes(document_id)),
        )
