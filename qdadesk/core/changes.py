"""What an operation changed, so a window refreshes only that, and how to revert it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qdadesk.core.store.undo_log import LoggedChange


@dataclass(frozen=True)
class Changes:
    """The rows an operation (or its undo) touched, by table, plus the documents and codes
    those rows concern (a coding names its document and code)."""

    rows: dict[str, frozenset[int]] = field(default_factory=dict)
    documents: frozenset[int] = frozenset()
    codes: frozenset[int] = frozenset()

    @classmethod
    def from_log(cls, log: list[LoggedChange]) -> Changes:
        rows: dict[str, set[int]] = {}
        documents: set[int] = set()
        codes: set[int] = set()
        for change in log:
            rows.setdefault(change.table, set()).add(change.row_id)
            if change.document_id is not None:
                documents.add(change.document_id)
            if change.code_id is not None:
                codes.add(change.code_id)
        return cls(
            {t: frozenset(ids) for t, ids in rows.items()}, frozenset(documents), frozenset(codes)
        )

    def touched(self, *tables: str) -> bool:
        """True when any of ``tables`` had a row added, changed or removed."""
        return any(self.rows.get(table) for table in tables)

    def ids(self, table: str) -> frozenset[int]:
        return self.rows.get(table, frozenset())

    def __bool__(self) -> bool:
        return bool(self.rows)


@dataclass
class Operation:
    """One applied change to a project: whole or absent, and revertible.

    ``result`` is what the operation made or found (a new id, a report, counts);
    ``changes`` says what it touched. Pass the operation to ``Project.undo`` and
    ``Project.redo``; they swap its logs so it can go back and forth any number of times.
    """

    description: str
    changes: Changes
    result: Any = None
    undo_log: list[LoggedChange] = field(default_factory=list, repr=False)
    redo_log: list[LoggedChange] = field(default_factory=list, repr=False)
    undone: bool = False
