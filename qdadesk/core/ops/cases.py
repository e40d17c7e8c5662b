"""Cases: units of analysis (a person, an organisation) that hold documents, or stretches
of them, and carry their own typed variables (REFI-QDA ``Case``). The Summary Grid and the
displays can show a case as one column."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from qdadesk.core.base import new_guid
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import Case
from qdadesk.core.ops.document_sets import normalised_name
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.ops.variables import display_value
from qdadesk.core.store.database import inserted_id

_CASE_COLUMNS = "id, guid, name, description, position"


class CaseOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def cases(self) -> list[Case]:
        rows = self.db.execute(f"SELECT {_CASE_COLUMNS} FROM cases ORDER BY position, id")
        return [Case(*row) for row in rows]

    def case(self, case_id: int) -> Case:
        row = self.db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", [case_id])
        found = row.fetchone()
        if found is None:
            raise NotFoundError(tr("No case with id {id}").format(id=case_id))
        return Case(*found)

    def find_case(self, name: str) -> Case:
        """The case called ``name`` (NFC-compared) or with that GUID."""
        key = unicodedata.normalize("NFC", " ".join(name.split()))
        row = self.db.execute(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE name = ? OR guid = ? "
            "ORDER BY name = ? DESC LIMIT 1",
            [key, key.upper(), key],
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No case called '{name}'").format(name=name))
        return Case(*row)

    def case_documents(self, case_id: int) -> list[int]:
        """Ids of the documents a case holds (wholly or in part), in the order added."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT document_id FROM case_members WHERE case_id = ? "
                "GROUP BY document_id ORDER BY MIN(id)",
                [case_id],
            )
        ]

    def case_memberships(self) -> dict[int, list[int]]:
        """Every case's document ids (cases without documents included, empty)."""
        members: dict[int, list[int]] = {c.id: [] for c in self.cases()}
        for case_id, document_id in self.db.execute(
            "SELECT case_id, document_id FROM case_members GROUP BY case_id, document_id "
            "ORDER BY MIN(id)"
        ):
            members.setdefault(case_id, []).append(document_id)
        return members

    def case_values(self) -> dict[int, dict[str, Any]]:
        """Every case's variable values, by case id then variable name."""
        values: dict[int, dict[str, Any]] = {}
        rows = self.db.execute(
            "SELECT cv.case_id, v.name, v.type, cv.value FROM case_values cv "
            "JOIN variables v ON v.id = cv.variable_id"
        )
        for case_id, name, type_, value in rows:
            values.setdefault(case_id, {})[name] = display_value(value, type_)
        return values

    def case_value(self, case_id: int, name: str) -> Any:
        """A case's value of case variable ``name`` (None when it has none)."""
        variable = self.find_variable(name, "case")
        row = self.db.execute(
            "SELECT value FROM case_values WHERE case_id = ? AND variable_id = ?",
            [case_id, variable.id],
        ).fetchone()
        return display_value(row[0], variable.type) if row else None

    # -- writing ---------------------------------------------------------------------------
    def add_case(
        self, name: str, description: str = "", document_ids: Iterable[int] = ()
    ) -> Operation:
        """A new case (unit of analysis) holding whole ``document_ids``; result: its id."""
        name = normalised_name(name, tr("case"))
        ids = self._existing_case_documents(document_ids)
        with self._writing(tr("New case '{name}'").format(name=name)) as w:
            self._check_case_name_free(name)
            cursor = self.db.execute(
                "INSERT INTO cases (guid, name, description, position) VALUES (?, ?, ?, ?)",
                [new_guid(), name, description, self._next_case_position()],
            )
            case_id = inserted_id(cursor)
            self._insert_whole_documents(case_id, ids)
            w.result = case_id
        return w.operation

    def _next_case_position(self) -> int:
        row = self.db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM cases").fetchone()
        return int(row[0])

    def rename_case(self, case_id: int, name: str) -> Operation:
        name = normalised_name(name, tr("case"))
        old = self.case(case_id).name
        with self._writing(tr("Rename case '{old}' to '{new}'").format(old=old, new=name)) as w:
            self._check_case_name_free(name, case_id)
            self.db.execute("UPDATE cases SET name = ? WHERE id = ?", [name, case_id])
        return w.operation

    def delete_case(self, case_id: int) -> Operation:
        """Delete a case with its values and summaries; its documents stay."""
        name = self.case(case_id).name
        with self._writing(tr("Delete case '{name}'").format(name=name)) as w:
            self.db.execute("DELETE FROM cases WHERE id = ?", [case_id])
        return w.operation

    def add_case_member(
        self, case_id: int, document_id: int, start: int | None = None, end: int | None = None
    ) -> Operation:
        """Put a whole document (or ``text[start:end]`` of it) into a case."""
        with self._writing(tr("Add to case")) as w:
            cursor = self.db.execute(
                'INSERT INTO case_members (case_id, document_id, start, "end") VALUES (?, ?, ?, ?)',
                [case_id, document_id, start, end],
            )
            w.result = cursor.lastrowid
        return w.operation

    def add_documents_to_case(self, case_id: int, document_ids: Iterable[int]) -> Operation:
        """Put whole documents into a case (those it holds wholly already stay once);
        result: how many were added."""
        name = self.case(case_id).name
        ids = self._existing_case_documents(document_ids)
        with self._writing(tr("Add documents to case '{name}'").format(name=name)) as w:
            w.result = self._insert_whole_documents(case_id, ids)
        return w.operation

    def remove_documents_from_case(self, case_id: int, document_ids: Iterable[int]) -> Operation:
        """Take documents (whole or the parts it held) out of a case; result: how many
        documents were in it."""
        name = self.case(case_id).name
        ids = list(dict.fromkeys(document_ids))
        with self._writing(tr("Remove documents from case '{name}'").format(name=name)) as w:
            removed = 0
            for document_id in ids:
                cursor = self.db.execute(
                    "DELETE FROM case_members WHERE case_id = ? AND document_id = ?",
                    [case_id, document_id],
                )
                removed += 1 if cursor.rowcount else 0
            w.result = removed
        return w.operation

    def set_case_value(
        self, case_id: int, name: str, value: Any, type_: str | None = None
    ) -> Operation:
        """Set a case's value of case variable ``name``, creating the variable (of ``type_``,
        default text) if it is new; the value is checked against the type. An empty value
        clears it."""
        case = self.case(case_id)
        with self._writing(
            tr("Set {name} of case '{case}'").format(name=name, case=case.name)
        ) as w:
            variable_id, stored = self._variable_for_value(
                "case", unicodedata.normalize("NFC", name), value, type_
            )
            self._store_value("case_values", "case_id", case_id, variable_id, stored)
        return w.operation

    # -- helpers ---------------------------------------------------------------------------
    def _existing_case_documents(self, document_ids: Iterable[int]) -> list[int]:
        ids = list(dict.fromkeys(int(i) for i in document_ids))
        for document_id in ids:
            self.document(document_id)  # raises NotFoundError
        return ids

    def _insert_whole_documents(self, case_id: int, document_ids: list[int]) -> int:
        added = 0
        for document_id in document_ids:
            whole = self.db.execute(
                "SELECT 1 FROM case_members WHERE case_id = ? AND document_id = ? "
                "AND start IS NULL",
                [case_id, document_id],
            ).fetchone()
            if whole:
                continue
            self.db.execute(
                "INSERT INTO case_members (case_id, document_id) VALUES (?, ?)",
                [case_id, document_id],
            )
            added += 1
        return added

    def _check_case_name_free(self, name: str, own_id: int | None = None) -> None:
        for other_id, other in self.db.execute("SELECT id, name FROM cases"):
            if other_id != own_id and unicodedata.normalize("NFC", other) == name:
                raise QdaError(tr("A case called '{name}' already exists").format(name=name))
