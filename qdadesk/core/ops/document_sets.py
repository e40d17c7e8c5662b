"""Document sets: named collections of documents that cut across the groups (MAXQDA's
"Sets" at the bottom of the Document System). A document may be in any number of sets;
a set holds references, so removing a document from a set never deletes the document.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from qdadesk.core.base import new_guid
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import DocumentSet
from qdadesk.core.ops.documents import clean_name
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store.database import inserted_id

_SET_COLUMNS = "id, guid, name, description, position"


def normalised_name(name: str, what: str) -> str:
    """``name`` with its spaces collapsed, in NFC (as every name is compared)."""
    return unicodedata.normalize("NFC", clean_name(name, what))


class DocumentSetOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def document_sets(self) -> list[DocumentSet]:
        rows = self.db.execute(
            f"SELECT {_SET_COLUMNS} FROM document_sets ORDER BY position, id"
        ).fetchall()
        return [DocumentSet(*row) for row in rows]

    def document_set(self, set_id: int) -> DocumentSet:
        row = self.db.execute(
            f"SELECT {_SET_COLUMNS} FROM document_sets WHERE id = ?", [set_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No document set with id {id}").format(id=set_id))
        return DocumentSet(*row)

    def find_document_set(self, name: str) -> DocumentSet:
        """The set called ``name`` (NFC-compared) or with that GUID."""
        key = unicodedata.normalize("NFC", " ".join(name.split()))
        row = self.db.execute(
            f"SELECT {_SET_COLUMNS} FROM document_sets WHERE name = ? OR guid = ? "
            "ORDER BY name = ? DESC LIMIT 1",
            [key, key.upper(), key],
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No document set called '{name}'").format(name=name))
        return DocumentSet(*row)

    def set_documents(self, set_id: int) -> list[int]:
        """Ids of the documents in a set, in the order they were added."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT document_id FROM document_set_members WHERE set_id = ? ORDER BY rowid",
                [set_id],
            )
        ]

    def set_memberships(self) -> dict[int, list[int]]:
        """Every set's document ids (sets without documents included, empty)."""
        members: dict[int, list[int]] = {s.id: [] for s in self.document_sets()}
        for set_id, document_id in self.db.execute(
            "SELECT set_id, document_id FROM document_set_members ORDER BY rowid"
        ):
            members.setdefault(set_id, []).append(document_id)
        return members

    def free_set_name(self, stem: str | None = None) -> str:
        """A name no set has yet: ``Set 1``, ``Set 2`` ... (or ``stem``, ``stem (2)``)."""
        taken = {s.name for s in self.document_sets()}
        if stem:
            stem = normalised_name(stem, tr("document set"))
            if stem not in taken:
                return stem
            number = 2
            while f"{stem} ({number})" in taken:
                number += 1
            return f"{stem} ({number})"
        number = 1
        while tr("Set {n}").format(n=number) in taken:
            number += 1
        return tr("Set {n}").format(n=number)

    # -- writing ---------------------------------------------------------------------------
    def add_document_set(
        self, name: str, document_ids: Iterable[int] = (), description: str = ""
    ) -> Operation:
        """A new set at the end, holding ``document_ids``; result: its id."""
        name = normalised_name(name, tr("document set"))
        ids = self._existing_documents(document_ids)
        with self._writing(tr("New document set '{name}'").format(name=name)) as w:
            self._check_set_name_free(name)
            position = self.db.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM document_sets"
            ).fetchone()[0]
            cursor = self.db.execute(
                "INSERT INTO document_sets (guid, name, description, position) VALUES (?, ?, ?, ?)",
                [new_guid(), name, description, position],
            )
            set_id = inserted_id(cursor)
            self._insert_members(set_id, ids)
            w.result = set_id
        return w.operation

    def rename_document_set(self, set_id: int, name: str) -> Operation:
        name = normalised_name(name, tr("document set"))
        old = self.document_set(set_id).name
        with self._writing(
            tr("Rename document set '{old}' to '{new}'").format(old=old, new=name)
        ) as w:
            self._check_set_name_free(name, set_id)
            self.db.execute("UPDATE document_sets SET name = ? WHERE id = ?", [name, set_id])
        return w.operation

    def delete_document_set(self, set_id: int) -> Operation:
        """Delete a set; its documents stay where they are."""
        name = self.document_set(set_id).name
        with self._writing(tr("Delete document set '{name}'").format(name=name)) as w:
            self.db.execute("DELETE FROM document_sets WHERE id = ?", [set_id])
        return w.operation

    def add_documents_to_set(self, set_id: int, document_ids: Iterable[int]) -> Operation:
        """Put documents into a set (those already in it stay once); result: how many
        were added."""
        name = self.document_set(set_id).name
        ids = self._existing_documents(document_ids)
        with self._writing(tr("Add documents to set '{name}'").format(name=name)) as w:
            w.result = self._insert_members(set_id, ids)
        return w.operation

    def remove_documents_from_set(self, set_id: int, document_ids: Iterable[int]) -> Operation:
        """Take documents out of a set (the documents themselves stay); result: how many."""
        name = self.document_set(set_id).name
        ids = list(dict.fromkeys(document_ids))
        with self._writing(tr("Remove documents from set '{name}'").format(name=name)) as w:
            removed = 0
            for document_id in ids:
                removed += self.db.execute(
                    "DELETE FROM document_set_members WHERE set_id = ? AND document_id = ?",
                    [set_id, document_id],
                ).rowcount
            w.result = removed
        return w.operation

    # -- helpers ---------------------------------------------------------------------------
    def _existing_documents(self, document_ids: Iterable[int]) -> list[int]:
        ids = list(dict.fromkeys(int(i) for i in document_ids))
        for document_id in ids:
            self.document(document_id)  # raises NotFoundError
        return ids

    def _insert_members(self, set_id: int, document_ids: list[int]) -> int:
        added = 0
        for document_id in document_ids:
            added += self.db.execute(
                "INSERT OR IGNORE INTO document_set_members (set_id, document_id) VALUES (?, ?)",
                [set_id, document_id],
            ).rowcount
        return added

    def _check_set_name_free(self, name: str, own_id: int | None = None) -> None:
        for other_id, other in self.db.execute("SELECT id, name FROM document_sets"):
            if other_id != own_id and unicodedata.normalize("NFC", other) == name:
                raise QdaError(
                    tr("A document set called '{name}' already exists").format(name=name)
                )
