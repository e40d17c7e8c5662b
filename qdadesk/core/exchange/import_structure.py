"""Importing the rest of a REFI-QDA project: cases, variables and their values, sets
(document groups and sets), links and notes (memos and the logbook)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.exchange import positions
from qdadesk.core.exchange.import_parts import ImportParts
from qdadesk.core.exchange.markers import split_marker
from qdadesk.core.exchange.qde_reader import (
    child,
    child_text,
    children,
    clean_guid,
    derived_guid,
    local,
)
from qdadesk.core.exchange.report import DISCARDED, IMPORTED, KEPT, MAPPED, REPAIRED
from qdadesk.core.exchange.text_helpers import COLOR, decode_text, note_like
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from lxml.etree import _Element as Element  # what parse_xml returns


class StructureImport(ImportParts):
    """The part of ``_ProjectImporter`` that reads cases, variables, sets, links, notes."""

    db: Any
    report: Any
    archive: Any
    root: Any
    ours: bool
    stamp: str
    documents: dict[str, int]
    document_order: list[int]
    selections: dict[str, tuple[int, int, int]]
    codes: dict[str, int]
    groups: dict[str, int]
    variables: dict[str, dict[str, Any]]
    values: list[tuple[str, int, str, Any]]
    notes: dict[str, Any]
    note_targets: dict[str, list[tuple[str, Any]]]

    def _collect_value(self, scope: str, owner: int, element: Element) -> None:
        ref = child(element, "VariableRef")
        guid = clean_guid(ref.get("targetGUID")) if ref is not None else None
        if guid is None or guid not in self.variables:
            self.report.add(DISCARDED, "VariableValue", tr("value of an unknown variable"))
            return
        self.values.append((scope, owner, guid, element))

    def _cases(self, cases: Element) -> None:
        for position, element in enumerate(children(cases, "Case")):
            guid = self.guid(element, "Case")
            name = " ".join((element.get("name") or "").split()) or tr("Case {n}").format(
                n=position + 1
            )
            description = child_text(element, "Description") or ""
            case_id = self.db.execute(
                "INSERT INTO cases (guid, name, description, position) VALUES (?, ?, ?, ?)",
                [guid, name, description, position],
            ).lastrowid
            self.report.add(IMPORTED, "Case", tr("cases"))
            for value in children(element, "VariableValue"):
                self._collect_value("case", case_id, value)
            for ref in children(element, "SourceRef"):
                document_id = self.documents.get(clean_guid(ref.get("targetGUID")) or "")
                if document_id is None:
                    self.report.add(DISCARDED, "Case", tr("case member that is not a source"))
                    continue
                self.db.execute(
                    "INSERT INTO case_members (case_id, document_id) VALUES (?, ?)",
                    [case_id, document_id],
                )
            for ref in children(element, "SelectionRef"):
                found = self.selections.get(clean_guid(ref.get("targetGUID")) or "")
                if found is None:
                    self.report.add(
                        DISCARDED, "Case", tr("case member that is not a text selection")
                    )
                    continue
                self.db.execute(
                    'INSERT INTO case_members (case_id, document_id, start, "end") '
                    "VALUES (?, ?, ?, ?)",
                    [case_id, *found],
                )
            refs = list(children(element, "CodeRef"))
            if refs:
                self.report.add(
                    DISCARDED,
                    "Case",
                    tr("codes assigned to a case (no place for them yet)"),
                    name,
                    len(refs),
                )

    def _variable_values(self) -> None:
        from qdadesk.core.ops.variables import parse_value

        scopes: dict[str, set[str]] = {}
        for scope, _owner, guid, _element in self.values:
            scopes.setdefault(guid, set()).add(scope)
        names: dict[str, set[str]] = {"document": set(), "case": set()}
        positions_in: dict[str, int] = {"document": 0, "case": 0}
        for guid, variable in self.variables.items():
            used = scopes.get(guid) or {variable["scope"] or "document"}
            for scope in sorted(used, key=lambda s: s != "document"):
                name, suffix = variable["name"], 2
                while name in names[scope]:
                    name = f"{variable['name']} ({suffix})"
                    suffix += 1
                if name != variable["name"]:
                    self.report.add(
                        REPAIRED, "Variable", tr("repeated variable name made unique"), name
                    )
                names[scope].add(name)
                row_guid = (
                    guid
                    if scope == next(iter(sorted(used, key=lambda s: s != "document")))
                    else derived_guid("case-variable", guid)
                )
                variable["ids"][scope] = self.db.execute(
                    "INSERT INTO variables (guid, name, scope, type, description, position) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        row_guid,
                        name,
                        scope,
                        variable["type"],
                        variable["description"],
                        positions_in[scope],
                    ],
                ).lastrowid
                positions_in[scope] += 1
                self.report.add(IMPORTED, "Variable", tr("variables ({scope})").format(scope=scope))
        rows: dict[str, list[list[Any]]] = {"document": [], "case": []}
        for scope, owner, guid, element in self.values:
            variable = self.variables[guid]
            raw = None
            for value_element in children(element):
                if local(value_element.tag) != "VariableRef":
                    raw = value_element.text or ""
            try:
                stored = parse_value(raw, variable["type"])
                if isinstance(stored, float) and not math.isfinite(stored):
                    # "NaN" / "INF": SQLite keeps NaN as NULL, and xsd:decimal has neither
                    raise QdaError(str(raw))
            except QdaError:
                self.report.add(
                    DISCARDED,
                    "VariableValue",
                    tr("value that does not fit its variable's type"),
                    str(raw),
                )
                continue
            if stored is None:
                continue
            rows["document" if scope == "document" else "case"].append(
                [owner, variable["ids"][scope], stored]
            )
            self.report.add(IMPORTED, "VariableValue", tr("variable values"))
        # One statement per table, rows in the order read (a later value replaces an earlier).
        for scope, table, column in (
            ("document", "document_values", "document_id"),
            ("case", "case_values", "case_id"),
        ):
            if rows[scope]:
                self.db.conn.executemany(
                    f"INSERT OR REPLACE INTO {table} ({column}, variable_id, value) "
                    "VALUES (?, ?, ?)",
                    rows[scope],
                )

    def _sets(self, sets: Element) -> None:
        document_sets: list[tuple[Element, str, list[int], str, dict[str, str]]] = []
        for element in children(sets, "Set"):
            guid = self.guid(element, "Set")
            name = " ".join((element.get("name") or "").split()) or tr("Set")
            if list(children(element, "MemberCode")):
                self.keep(element, guid, name)
                self.report.add(
                    KEPT,
                    "Set",
                    tr("set of codes (code group) kept for export, not shown yet"),
                    name,
                )
                continue
            members = [
                self.documents[g]
                for ref in children(element, "MemberSource")
                if (g := clean_guid(ref.get("targetGUID"))) in self.documents
            ]
            description, marker = split_marker(child_text(element, "Description"))
            document_sets.append((element, guid, members, description, marker))
        as_groups = self._sets_are_groups(document_sets)
        for element, guid, members, description, marker in document_sets:
            name = " ".join((element.get("name") or "").split()) or tr("Set")
            if "group" in marker or (as_groups and not self.ours):
                parent = self.groups.get(clean_guid(marker.get("parent")) or "")
                color = marker.get("color") if COLOR.match(marker.get("color") or "") else None
                position = self.db.execute(
                    "SELECT COUNT(*) FROM document_groups WHERE parent_id IS ?", [parent]
                ).fetchone()[0]
                group_id = self.db.execute(
                    "INSERT INTO document_groups (guid, name, parent_id, position, color, created)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [guid, name, parent, position, color, self.stamp],
                ).lastrowid
                self.groups[guid] = group_id
                self.db.conn.executemany(
                    "UPDATE documents SET group_id = ? WHERE id = ?",
                    [[group_id, m] for m in members],
                )
                if "group" not in marker:
                    self.report.add(
                        MAPPED,
                        "Set",
                        tr("set of documents became a document group (no document is in two sets)"),
                        name,
                    )
                else:
                    self.report.add(IMPORTED, "Set", tr("document groups"))
                if description.strip():
                    key = f"description:{guid}"
                    self.notes[key] = note_like(tr("Description"), description)
                    self.note_targets.setdefault(key, []).append(("group", group_id))
                for ref in children(element, "MemberNote"):
                    note = clean_guid(ref.get("targetGUID"))
                    if note:
                        self.note_targets.setdefault(note, []).append(("group", group_id))
            else:
                set_id = self.db.execute(
                    "INSERT INTO document_sets (guid, name, description, position) "
                    "VALUES (?, ?, ?, (SELECT COUNT(*) FROM document_sets))",
                    [guid, name, description],
                ).lastrowid
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO document_set_members (set_id, document_id) "
                    "VALUES (?, ?)",
                    [[set_id, m] for m in members],
                )
                self.report.add(
                    IMPORTED if self.ours else MAPPED,
                    "Set",
                    tr("document sets")
                    if self.ours
                    else tr("set of documents became a document set"),
                    name,
                )
                if list(children(element, "MemberNote")):
                    self.report.add(
                        MAPPED, "Set", tr("notes in a document set kept as free memos"), name
                    )

    def _sets_are_groups(self, document_sets: list[Any]) -> bool:
        """Foreign sets become groups when no document is in two of them (as MAXQDA's
        document groups); otherwise they stay sets (as ATLAS.ti's overlapping groups)."""
        seen: set[int] = set()
        for _element, _guid, members, _description, marker in document_sets:
            if "group" in marker:
                continue
            if seen & set(members):
                return False
            seen.update(members)
        return bool(document_sets)

    def _document_positions(self) -> None:
        counters: dict[int | None, int] = {}
        rows = self.db.execute("SELECT id, group_id FROM documents").fetchall()
        group_of = dict(rows)
        updates = []
        for document_id in self.document_order:
            group = group_of[document_id]
            counters[group] = counters.get(group, -1) + 1
            updates.append([counters[group], document_id])
        self.db.conn.executemany("UPDATE documents SET position = ? WHERE id = ?", updates)

    def _links(self, links: Element) -> None:
        note_guids = set()
        notes = child(self.root, "Notes")
        if notes is not None:
            note_guids = {clean_guid(n.get("guid")) for n in children(notes, "Note")}
        for element in children(links, "Link"):
            origin = clean_guid(element.get("originGUID"))
            target = clean_guid(element.get("targetGUID"))
            note, other = (origin, target) if origin in note_guids else (target, origin)
            attached: tuple[str, Any] | None = None
            if note in note_guids and other:
                if other in self.documents:
                    attached = ("document", self.documents[other])
                elif other in self.codes:
                    attached = ("code", self.codes[other])
                elif other in self.selections:
                    attached = ("position", self.selections[other])
                elif other in self.groups:
                    attached = ("group", self.groups[other])
            if attached is not None and note is not None:
                self.note_targets.setdefault(note, []).append(attached)
                self.report.add(
                    MAPPED,
                    "Link",
                    tr("link between a note and what it is about became a memo attached to it"),
                )
            else:
                self.keep(element, clean_guid(element.get("guid")), element.get("name") or "")
                self.report.add(
                    KEPT,
                    "Link",
                    tr("link kept for export, not shown yet"),
                    element.get("name") or "",
                )

    def _notes(self, notes: Element | None) -> None:
        if notes is not None:
            for element in children(notes, "Note"):
                self.notes[self.guid(element, "Note")] = element
        for key, element in self.notes.items():
            self._note(key, element)

    def _paraphrase(
        self,
        guid: str,
        target: tuple[int, int, int],
        text: str,
        author: Any,
        created: str,
        modified: str,
        title: str,
    ) -> None:
        """Our own paraphrase note on a selection comes back as a paraphrase (one that would
        overlap another of the document is kept as a memo on that text instead)."""
        document_id, start, end = target
        overlapping = self.db.execute(
            'SELECT 1 FROM paraphrases WHERE document_id = ? AND start < ? AND "end" > ?',
            [document_id, end, start],
        ).fetchone()
        if overlapping is None and text.strip():
            self.db.execute(
                'INSERT INTO paraphrases (guid, document_id, start, "end", text, author_id, '
                "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [guid, document_id, start, end, text.strip(), author, created, modified],
            )
            self.report.add(IMPORTED, "Note", tr("paraphrases"))
            return
        self.report.add(
            MAPPED, "Note", tr("overlapping paraphrase kept as a memo on its text"), title
        )
        self.db.execute(
            'INSERT INTO memos (guid, title, body, plain, kind, document_id, start, "end", '
            "author_id, created, modified) VALUES (?, ?, ?, ?, 'position', ?, ?, ?, ?, ?, ?)",
            [guid, title, text, text, document_id, start, end, author, created, modified],
        )

    def _note(self, key: str, element: Element) -> None:
        guid = (
            key
            if clean_guid(key) == key
            else (clean_guid(element.get("guid")) or derived_guid("note", key))
        )
        title = element.get("name") or ""
        body = child_text(element, "PlainTextContent")
        if body is not None and element.get("plainTextPath"):
            # The same text, also written as a file for tools that read only that (QualCoder):
            # the file is accounted for, not "discarded".
            self.archive.find(element.get("plainTextPath") or "")
        if body is None and element.get("plainTextPath"):
            data = self.archive.read(element.get("plainTextPath") or "")
            body = decode_text(data, self.report, title) if data is not None else None
            if data is None:
                self.report.add(
                    DISCARDED, "Note", tr("note text file not in the exchange file"), title
                )
        body = positions.normalise(body or "")
        description, marker = split_marker(child_text(element, "Description"))
        if "untitled" in marker:  # a name written only because QualCoder needs one
            title = ""
        author = self.user(element.get("creatingUser"))
        created = self.when(element.get("creationDateTime"), "Note") or self.stamp
        modified = self.when(element.get("modifiedDateTime"), "Note") or created
        if "logbook" in marker:
            self.db.execute(
                "INSERT INTO logbook (guid, date, text, author_id, created) VALUES (?, ?, ?, ?, ?)",
                [guid, marker.get("date") or created[:10], body, author, created],
            )
            self.report.add(IMPORTED, "Note", tr("logbook entries"))
            return
        targets = self.note_targets.get(key, [])
        if "paraphrase" in marker and targets and targets[0][0] == "position":
            self._paraphrase(guid, targets[0][1], body, author, created, modified, title)
            return
        if description.strip():
            body = f"{description.strip()}\n\n{body}" if body else description.strip()
            self.report.add(
                MAPPED, "Note", tr("note description put at the top of the memo"), title
            )
        inner = [e for e in element.iter() if local(e.tag) in ("PlainTextSelection", "Coding")]
        if inner:
            self.report.add(
                DISCARDED, "Note", tr("selections and codings inside notes"), title, len(inner)
            )
        targets = self.note_targets.get(key, [])
        kind: str
        target: Any  # a row id, a GUID, or (document, start, end) for a position
        kind, target = targets[0] if targets else ("free", None)
        if len(targets) > 1:
            self.report.add(
                MAPPED,
                "NoteRef",
                tr("note referred to from several places attached to the first"),
                title,
                len(targets) - 1,
            )
        columns: dict[str, Any] = {
            "document_id": None,
            "group_id": None,
            "code_id": None,
            "coding_id": None,
        }
        start: int | None = None
        end: int | None = None
        if kind == "document":
            columns["document_id"] = target
        elif kind == "group":
            columns["group_id"] = target
        elif kind == "code":
            columns["code_id"] = target
        elif kind == "coding":
            columns["coding_id"], columns["document_id"] = self.db.execute(
                "SELECT id, document_id FROM codings WHERE guid = ?", [target]
            ).fetchone()
        elif kind == "position":
            columns["document_id"], start, end = target
        from qdadesk.core.ops.memos import html_to_plain

        self.db.execute(
            "INSERT INTO memos (guid, title, body, plain, kind, document_id, group_id, code_id, "
            'coding_id, start, "end", author_id, created, modified) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                guid,
                title,
                body,
                html_to_plain(body),
                kind,
                columns["document_id"],
                columns["group_id"],
                columns["code_id"],
                columns["coding_id"],
                start,
                end,
                author,
                created,
                modified,
            ],
        )
        self.report.add(IMPORTED, "Note", tr("memos ({kind})").format(kind=kind))
