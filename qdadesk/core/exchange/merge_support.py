"""The merge's shared state and helpers, and the parts that match by name: variables and
their values, cases and document sets (see ``qdadesk.core.exchange.merge`` for the rules)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from qdadesk.core.base import new_guid, now
from qdadesk.core.exchange.merge_report import MergeConflict, MergeReport
from qdadesk.core.exchange.qde_reader import derived_guid
from qdadesk.core.i18n import tr
from qdadesk.core.ops.ordering import next_position
from qdadesk.core.store.database import inserted_id

if TYPE_CHECKING:
    from qdadesk.core.project import Project


class MergerBase:
    """Maps the other file's row ids to this project's, and reports as it goes."""

    def __init__(self, project: Project, source: Any, report: MergeReport, other_name: str) -> None:
        self.project = project
        self.db = project.db
        self.src = source.db
        self.report = report
        self.other_name = other_name
        self.users: dict[int, int | None] = {}
        self.groups: dict[int, int | None] = {}  # None: at the top level
        self.documents: dict[int, int] = {}
        self.codes: dict[int, int] = {}
        self.variables: dict[int, int] = {}
        self.cases: dict[int, int] = {}
        self.codings: dict[int, int] = {}
        self.stamp = now()

    # -- helpers ---------------------------------------------------------------------------
    def q(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """Rows of a query on this project."""
        return self.db.execute(sql, list(params)).fetchall()

    def s(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """Rows of a query on the other project (the source)."""
        rows: list[tuple[Any, ...]] = self.src.execute(sql, list(params)).fetchall()
        return rows

    def guid_free(self, table: str, guid: str) -> str:
        taken = self.db.execute(f"SELECT 1 FROM {table} WHERE guid = ?", [guid]).fetchone()
        return new_guid() if taken else guid

    def last_position(self, table: str) -> int:
        row = self.db.execute(f"SELECT MAX(position) FROM {table}").fetchone()
        return 0 if row[0] is None else row[0] + 1

    def user(self, other_id: int | None) -> int | None:
        if other_id is None:
            return None
        if other_id not in self.users:
            row = self.src.execute("SELECT name FROM users WHERE id = ?", [other_id]).fetchone()
            self.users[other_id] = self.project.user_id(row[0]) if row else None
        return self.users[other_id]

    def conflict(self, kind: str, what: str, detail: str, resolution: str) -> None:
        self.report.conflicts.append(MergeConflict(kind, what, detail, resolution))

    def keep_as_memo(
        self,
        kind: str,
        title: str,
        text: str,
        *,
        document_id: int | None = None,
        code_id: int | None = None,
        coding_id: int | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> str:
        """The other file's value as a memo on the object; the resolution to report. Its
        GUID comes from what it holds, so a second merge finds it instead of adding it."""
        guid = derived_guid(
            "merge-conflict",
            kind,
            str(document_id),
            str(code_id),
            str(coding_id),
            str(start),
            title,
            text,
        )
        if self.db.execute("SELECT 1 FROM memos WHERE guid = ?", [guid]).fetchone():
            return tr("kept this project's value; the other's is already in a memo")
        body = html.escape(text) if "<" in text or "&" in text else text
        self.db.execute(
            "INSERT INTO memos (guid, title, body, plain, kind, document_id, code_id, coding_id, "
            'start, "end", author_id, created, modified) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                guid,
                title,
                body,
                text,
                kind,
                document_id,
                code_id,
                coding_id,
                start,
                end,
                self.project.user_id(),
                self.stamp,
                self.stamp,
            ],
        )
        self.report.memos.added += 1
        return tr("kept this project's value; the other's kept as a memo")

    def from_other(self, title: str) -> str:
        return tr("{title} (from {other})").format(title=title, other=self.other_name)

    # -- the merge -------------------------------------------------------------------------
    def merge_variables(self) -> None:
        for other_id, guid, name, scope, type_, description in self.s(
            "SELECT id, guid, name, scope, type, description FROM variables ORDER BY id"
        ):
            found = self.q("SELECT id, type FROM variables WHERE guid = ?", [guid]) or self.q(
                "SELECT id, type FROM variables WHERE scope = ? AND name = ?", [scope, name]
            )
            if found:
                var_id, our_type = found[0]
                self.report.variables.matched += 1
                if our_type != type_:
                    self.conflict(
                        "variable",
                        name,
                        tr("type {theirs} in the other file, {ours} here").format(
                            theirs=type_, ours=our_type
                        ),
                        tr("kept this project's type; differing values kept as memos"),
                    )
            else:
                clash = self.q(
                    "SELECT 1 FROM variables WHERE scope = ? AND name = ?", [scope, name]
                )
                cursor = self.db.execute(
                    "INSERT INTO variables (guid, name, scope, type, description, position) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        self.guid_free("variables", guid),
                        self.from_other(name) if clash else name,
                        scope,
                        type_,
                        description,
                        next_position(self.db, "variables", "scope", scope),
                    ],
                )
                var_id = inserted_id(cursor)
                self.report.variables.added += 1
            self.variables[other_id] = var_id
        for doc_other, var_other, value in self.s(
            "SELECT document_id, variable_id, value FROM document_values"
        ):
            doc_id = self.documents.get(doc_other)
            var_id = self.variables.get(var_other)
            if doc_id is None or var_id is None:
                continue
            self.merge_value("document_values", "document_id", doc_id, var_id, value)

    def merge_value(self, table: str, column: str, owner: int, var_id: int, value: Any) -> None:
        row = self.db.execute(
            f"SELECT value FROM {table} WHERE {column} = ? AND variable_id = ?", [owner, var_id]
        ).fetchone()
        if value is None or value == "":
            return
        if row is not None and row[0] == value:
            self.report.values.matched += 1
            return
        if row is None or row[0] is None or row[0] == "":
            self.db.execute(
                f"INSERT INTO {table} ({column}, variable_id, value) VALUES (?, ?, ?) "
                f"ON CONFLICT({column}, variable_id) DO UPDATE SET value = excluded.value",
                [owner, var_id, value],
            )
            self.report.values.added += 1
            return
        name = self.db.execute("SELECT name FROM variables WHERE id = ?", [var_id]).fetchone()[0]
        text = tr("{variable} = {value} in {other} (here: {ours})").format(
            variable=name, value=value, other=self.other_name, ours=row[0]
        )
        if table == "document_values":
            what = self.db.execute("SELECT name FROM documents WHERE id = ?", [owner]).fetchone()[0]
            resolution = self.keep_as_memo(
                "document", self.from_other(name), text, document_id=owner
            )
        else:  # a case: memos cannot point at cases, so a free memo names it
            what = self.db.execute("SELECT name FROM cases WHERE id = ?", [owner]).fetchone()[0]
            resolution = self.keep_as_memo("free", self.from_other(f"{what}: {name}"), text)
        self.conflict(
            "variable",
            f"{what}: {name}",
            tr("'{theirs}' in the other file, '{ours}' here").format(theirs=value, ours=row[0]),
            resolution,
        )

    def merge_cases(self) -> None:
        for other_id, guid, name, description in self.s(
            "SELECT id, guid, name, description FROM cases ORDER BY position, id"
        ):
            found = self.q("SELECT id FROM cases WHERE guid = ?", [guid]) or self.q(
                "SELECT id FROM cases WHERE name = ?", [name]
            )
            if found:
                case_id = found[0][0]
                self.report.cases.matched += 1
            else:
                case_id = inserted_id(
                    self.db.execute(
                        "INSERT INTO cases (guid, name, description, position) VALUES (?, ?, ?, ?)",
                        [
                            self.guid_free("cases", guid),
                            name,
                            description,
                            self.last_position("cases"),
                        ],
                    )
                )
                self.report.cases.added += 1
            self.cases[other_id] = case_id
        for case_other, doc_other, start, end in self.s(
            'SELECT case_id, document_id, start, "end" FROM case_members ORDER BY id'
        ):
            case_id, doc_id = self.cases.get(case_other), self.documents.get(doc_other)
            if case_id is None or doc_id is None:
                continue
            if not self.q(
                "SELECT 1 FROM case_members WHERE case_id = ? AND document_id = ? AND start IS ? "
                'AND "end" IS ?',
                [case_id, doc_id, start, end],
            ):
                self.db.execute(
                    'INSERT INTO case_members (case_id, document_id, start, "end") '
                    "VALUES (?, ?, ?, ?)",
                    [case_id, doc_id, start, end],
                )
        for case_other, var_other, value in self.s(
            "SELECT case_id, variable_id, value FROM case_values"
        ):
            case_id, var_id = self.cases.get(case_other), self.variables.get(var_other)
            if case_id is not None and var_id is not None:
                self.merge_value("case_values", "case_id", case_id, var_id, value)

    def merge_sets(self) -> None:
        sets: dict[int, int] = {}
        for other_id, guid, name, description in self.s(
            "SELECT id, guid, name, description FROM document_sets ORDER BY position, id"
        ):
            found = self.q("SELECT id FROM document_sets WHERE guid = ?", [guid]) or self.q(
                "SELECT id FROM document_sets WHERE name = ?", [name]
            )
            if found:
                sets[other_id] = found[0][0]
                self.report.sets.matched += 1
                continue
            sets[other_id] = inserted_id(
                self.db.execute(
                    "INSERT INTO document_sets (guid, name, description, position) "
                    "VALUES (?, ?, ?, ?)",
                    [
                        self.guid_free("document_sets", guid),
                        name,
                        description,
                        self.last_position("document_sets"),
                    ],
                )
            )
            self.report.sets.added += 1
        for set_other, doc_other in self.s("SELECT set_id, document_id FROM document_set_members"):
            set_id, doc_id = sets.get(set_other), self.documents.get(doc_other)
            if set_id is not None and doc_id is not None:
                self.db.execute(
                    "INSERT OR IGNORE INTO document_set_members (set_id, document_id) "
                    "VALUES (?, ?)",
                    [set_id, doc_id],
                )
