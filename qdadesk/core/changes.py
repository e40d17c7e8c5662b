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
    # True: anything may have changed (another program wrote the file); reload everything.
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        """Changes that name everything: what a pane hears after another program wrote."""
        return cls(everything=True)

    @classmethod
    def from_log(cls, log: list[LoggedChange]) -> Changes:
        rows: dict[str, set[int]] = {}
        documents: set[int] = set()
        codes: set[int] = set()
        for change in log:
            rows.setdefault(change.table, set()).add(change.row_id)
            documents.update(
                i for i in (change.document_id, change.new_document_id) if i is not None
            )
            codes.update(i for i in (change.code_id, change.new_code_id) if i is not None)
        return cls(
            {t: frozenset(ids) for t, ids in rows.items()}, frozenset(documents), frozenset(codes)
        )

    def touched(self, *tables: str) -> bool:
        """True when any of ``tables`` had a row added, changed or removed."""
        return self.everything or any(self.rows.get(table) for table in tables)

    def ids(self, table: str) -> frozenset[int]:
        return self.rows.get(table, frozenset())

    def __bool__(self) -> bool:
        return self.everything or bool(self.rows)


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
    # Which undo history it belongs to (the project starts a new one whenever it notices
    # another program's write), and the file's change counter around it, so that a window
    # can take over an operation a worker's connection made (``Project.adopt``).
    epoch: int = field(default=0, repr=False)
    file_counter_before: int | None = field(default=None, repr=False)
    file_counter_after: int | None = field(default=None, repr=False)
    # True when it wrote audit-trail entries: undoing or redoing it is then logged too.
    audited: bool = field(default=False, repr=False)
