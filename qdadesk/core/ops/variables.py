"""Typed variables of documents (and of cases: ``qdadesk.core.ops.cases``)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from qdadesk.core.base import new_guid
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import VARIABLE_TYPES, Variable
from qdadesk.core.names import nfc
from qdadesk.core.ops.documents import clean_name
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store.database import inserted_id

_VARIABLE_COLUMNS = "id, guid, name, scope, type, description, position"
_TRUE = {"true", "yes", "1", "y", "t", "ja", "oui", "ya"}
_FALSE = {"false", "no", "0", "n", "f", "nein", "non", "tidak"}


INTEGER_MIN, INTEGER_MAX = -(2**63), 2**63 - 1
"""What SQLite (and so an integer variable) can hold."""


def _short(value: Any, limit: int = 40) -> str:
    text = str(value).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_value(value: Any, type_: str) -> Any:
    """``value`` as stored for a variable of ``type_``; '' or None means no value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if type_ == "text":
            return str(value)
        if type_ == "integer":
            if isinstance(value, float) and value.is_integer():
                number = int(value)
            else:
                number = int(str(value).strip())
            if not INTEGER_MIN <= number <= INTEGER_MAX:
                raise QdaError(
                    tr("{value} is too large for an integer variable (at most {limit})").format(
                        value=_short(value), limit=f"±{INTEGER_MAX:,}"
                    )
                )
            return number
        if type_ == "float":
            real = (
                float(str(value).strip().replace(",", "."))
                if isinstance(value, str)
                else float(value)
            )
            # SQLite stores NaN as no value and JSON has neither NaN nor infinity.
            if not math.isfinite(real):
                raise ValueError(value)
            return real
        if type_ == "boolean":
            if isinstance(value, bool):
                return int(value)
            text = str(value).strip().lower()
            if text in _TRUE:
                return 1
            if text in _FALSE:
                return 0
            raise ValueError(text)
        if type_ == "date":
            if isinstance(value, dt.datetime):
                return value.date().isoformat()
            if isinstance(value, dt.date):
                return value.isoformat()
            text = str(value).strip()
            # A time may follow ("2021-03-01T10:00", "2021-03-01 00:00:00"); other text not.
            if len(text) > 10 and text[10] not in "T ":
                raise ValueError(text)
            return dt.date.fromisoformat(text[:10]).isoformat()
    except (TypeError, ValueError) as error:
        raise QdaError(
            tr("'{value}' is not a valid {type} value").format(value=value, type=type_)
        ) from error
    raise QdaError(tr("Unknown variable type '{type}'").format(type=type_))


def display_value(value: Any, type_: str) -> Any:
    """A stored value as a user sees it (booleans as true/false)."""
    if value is None:
        return None
    if type_ == "boolean":
        return bool(value)
    return value


class VariableOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def variables(self, scope: str = "document") -> list[Variable]:
        rows = self.db.execute(
            f"SELECT {_VARIABLE_COLUMNS} FROM variables WHERE scope = ? ORDER BY position, id",
            [scope],
        )
        return [Variable(*row) for row in rows]

    def find_variable(self, name: str, scope: str = "document") -> Variable:
        row = self.db.execute(
            f"SELECT {_VARIABLE_COLUMNS} FROM variables WHERE scope = ? AND name = ?",
            [scope, nfc(name)],
        ).fetchone()
        if row is None:
            raise NotFoundError(tr("No variable called '{name}'").format(name=name))
        return Variable(*row)

    def document_values(self) -> dict[int, dict[str, Any]]:
        """Every document's variable values, by document id then variable name."""
        values: dict[int, dict[str, Any]] = {}
        rows = self.db.execute(
            "SELECT dv.document_id, v.name, v.type, dv.value FROM document_values dv "
            "JOIN variables v ON v.id = dv.variable_id"
        )
        for document_id, name, type_, value in rows:
            values.setdefault(document_id, {})[name] = display_value(value, type_)
        return values

    # -- writing ---------------------------------------------------------------------------
    def add_variable(
        self, name: str, type_: str = "text", scope: str = "document", description: str = ""
    ) -> Operation:
        """A new variable; result: its id."""
        name = clean_name(name, tr("variable"))
        if type_ not in VARIABLE_TYPES:
            raise QdaError(tr("Unknown variable type '{type}'").format(type=type_))
        with self._writing(tr("New variable '{name}'").format(name=name)) as w:
            w.result = self._insert_variable(name, type_, scope, description)
        return w.operation

    def _insert_variable(
        self, name: str, type_: str, scope: str, description: str = "", guid: str | None = None
    ) -> int:
        name = nfc(name)
        if self.db.execute(
            "SELECT 1 FROM variables WHERE scope = ? AND name = ?", [scope, name]
        ).fetchone():
            raise QdaError(tr("A variable called '{name}' already exists").format(name=name))
        position = self.db.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM variables WHERE scope = ?", [scope]
        ).fetchone()[0]
        cursor = self.db.execute(
            "INSERT INTO variables (guid, name, scope, type, description, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [guid or new_guid(), name, scope, type_, description, position],
        )
        return inserted_id(cursor)

    def set_document_value(
        self, document_id: int, name: str, value: Any, type_: str | None = None
    ) -> Operation:
        """Set a document's value of variable ``name``, creating the variable (of ``type_``,
        default text) if it is new. An empty value clears it."""
        document = self.document(document_id)
        with self._writing(
            tr("Set {name} of '{document}'").format(name=name, document=document.name)
        ) as w:
            variable_id, stored = self._variable_for_value("document", name, value, type_)
            self._store_value("document_values", "document_id", document_id, variable_id, stored)
        return w.operation

    def _variable_for_value(
        self, scope: str, name: str, value: Any, type_: str | None
    ) -> tuple[int, Any]:
        try:
            variable = self.find_variable(name, scope)
        except NotFoundError:
            created = self._insert_variable(
                clean_name(name, tr("variable")), type_ or "text", scope
            )
            variable = Variable(created, "", name, scope, type_ or "text", "", 0)
        if type_ is not None and type_ != variable.type:
            raise QdaError(
                tr("Variable '{name}' is of type {type}").format(name=name, type=variable.type)
            )
        return variable.id, parse_value(value, variable.type)

    def _store_value(
        self, table: str, owner_column: str, owner_id: int, variable_id: int, stored: Any
    ) -> None:
        if stored is None:
            self.db.execute(
                f"DELETE FROM {table} WHERE {owner_column} = ? AND variable_id = ?",
                [owner_id, variable_id],
            )
        else:
            self.db.execute(
                f"INSERT INTO {table} ({owner_column}, variable_id, value) VALUES (?, ?, ?) "
                f"ON CONFLICT({owner_column}, variable_id) DO UPDATE SET value = excluded.value",
                [owner_id, variable_id, stored],
            )

    def delete_variable(self, variable_id: int) -> Operation:
        with self._writing(tr("Delete variable")) as w:
            self.db.execute("DELETE FROM variables WHERE id = ?", [variable_id])
        return w.operation
