"""Importing a REFI-QDA project (``.qdpx``, or a bare ``.qde``) into a NEW project file.

The import runs in one transaction into a temporary file beside the target, which is
renamed into place only when everything is in: a failure or a cancel leaves no file.
Rows are written with parameterised SQL here (the core's exchange module), keeping the
file's GUIDs, names, dates and coders. Everything we cannot show yet (graphs, links, code
sets, audio and video, PDFs and pictures without their file) is kept as XML in ``kept_elements``
and written back by the export. The ``ExchangeReport`` lists what happened to every element.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core import safe_write
from qdadesk.core.base import now
from qdadesk.core.errors import ImportCancelled, ImportFailed, QdaError
from qdadesk.core.exchange.import_sources import SourceImport
from qdadesk.core.exchange.import_structure import StructureImport
from qdadesk.core.exchange.markers import split_marker
from qdadesk.core.exchange.qde_reader import (
    child,
    child_text,
    children,
    clean_guid,
    derived_guid,
    is_canonical_guid,
    local,
    parse_xml,
)
from qdadesk.core.exchange.qdpx_archive import ExchangeArchive, open_archive
from qdadesk.core.exchange.report import (
    DISCARDED,
    IMPORTED,
    MAPPED,
    REPAIRED,
    ExchangeReport,
)
from qdadesk.core.exchange.text_helpers import COLOR, plain_xml, valid_datetime
from qdadesk.core.i18n import tr
from qdadesk.core.names import normalise_stored_names
from qdadesk.core.store import audit
from qdadesk.core.store.schema import _TEXT_SEARCH_STATEMENTS

if TYPE_CHECKING:
    from lxml.etree import _Element as Element  # what parse_xml returns

    from qdadesk.core.project import Project

Progress = Callable[[int, int, str], None]

OUR_ORIGIN = "QDA Desk"
_VARIABLE_TYPES = {
    "Text": "text",
    "Boolean": "boolean",
    "Integer": "integer",
    "Float": "float",
    "Date": "date",
    "DateTime": "text",
}


def import_qdpx(
    path: str | os.PathLike[str],
    project_path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExchangeReport:
    """Create ``project_path`` from the exchange file ``path``; returns the import report.

    Raises ``QdaError`` (and leaves no file) when the file is unsafe, not a REFI-QDA
    project, or the target exists; ``ImportCancelled`` when ``cancelled()`` turns true."""
    from qdadesk.core import Project

    target = Path(project_path)
    if target.exists():
        raise QdaError(tr("{path}: a file of that name already exists").format(path=target))
    if not target.parent.is_dir():
        raise QdaError(tr("{path}: the folder does not exist").format(path=target.parent))
    archive = open_archive(path)
    try:
        root = parse_xml(archive.qde, archive.qde_name)
        if local(root.tag) == "CodeBook":
            raise ImportFailed(
                tr("{path} is a codebook (.qdc); import it into a project as a codebook").format(
                    path=path
                )
            )
        if local(root.tag) != "Project":
            raise ImportFailed(
                tr("{path}: not a REFI-QDA project (root element {tag})").format(
                    path=path, tag=local(root.tag)
                )
            )
        # The new project is built beside the target under a temporary name and renamed
        # over it when complete: a killed import leaves a temporary the next write there
        # recognises and removes, never a half project under the target's name.
        with safe_write.atomic_path(target) as temporary:
            project = Project.create(temporary)
            try:
                report = ExchangeReport(
                    tr("Imported {file} into {project}").format(
                        file=Path(path).name, project=target.name
                    )
                )
                # A big project's indexes must stay in memory while rows pour in.
                project.db.execute("PRAGMA cache_size = -262144")
                # The import makes hundreds of thousands of small objects and no reference
                # cycles: the cyclic collector would only walk them again and again meanwhile.
                collecting = gc.isenabled()
                gc.disable()
                try:
                    # A new file: nothing to undo back to, so no undo log for millions of rows.
                    description = tr("Import REFI-QDA project")
                    with project.unlogged(), project.transaction(description) as w:
                        triggers = _pause_search_index(project.db)
                        _ProjectImporter(project, archive, root, report, progress, cancelled).run()
                        _rebuild_search_index(project.db, triggers)
                        normalise_stored_names(project.db)
                        audit.record(project, audit.PROJECT_IMPORTED, Path(path).name)
                        w.result = report
                finally:
                    if collecting:
                        gc.enable()
            finally:
                project.close()
    finally:
        archive.close()
    return report


def _pause_search_index(db: Any) -> list[str]:
    """Drop the triggers that keep the full-text indexes in step (inside the import's
    transaction, so a failure brings them back); returns their SQL for ``_rebuild_search_index``.
    Indexing all texts in one go at the end is faster than row by row."""
    names = [s.split()[2] for s in _TEXT_SEARCH_STATEMENTS if s.startswith("CREATE TRIGGER")]
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' for _ in names)})",
        names,
    ).fetchall()
    sql_of = dict(rows)
    for name in names:
        if name in sql_of:
            db.execute(f'DROP TRIGGER "{name}"')
    return [sql_of[name] for name in names if name in sql_of]


def _rebuild_search_index(db: Any, triggers: list[str]) -> None:
    """Put the triggers back and index every document text and memo written meanwhile."""
    for statement in triggers:
        db.execute(statement)
    for statement in _TEXT_SEARCH_STATEMENTS:
        if "('rebuild')" in statement:
            db.execute(statement)


class _ProjectImporter(SourceImport, StructureImport):
    """One import: walks the XML once, writing rows as it goes."""

    def __init__(
        self,
        project: Project,
        archive: ExchangeArchive,
        root: Element,
        report: ExchangeReport,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.project = project
        self.db = project.db
        self.archive = archive
        self.root = root
        self.report = report
        self.progress = progress
        self.cancelled = cancelled
        self.ours = (root.get("origin") or "").startswith(OUR_ORIGIN)
        self.stamp = now()
        self.used_guids: set[str] = set()
        self.users: dict[str, int] = {}
        self.user_names: set[str] = set()
        self.codes: dict[str, int] = {}
        self.documents: dict[str, int] = {}
        self.document_order: list[int] = []
        self.selections: dict[str, tuple[int, int, int]] = {}  # guid -> (doc, start, end)
        self.pending_codings: list[list[Any]] = []
        self.variables: dict[str, dict[str, Any]] = {}
        self.values: list[tuple[str, int, str, Element]] = []  # (scope, owner, var guid, el)
        self.note_targets: dict[str, list[tuple[str, Any]]] = {}
        self.notes: dict[str, Element] = {}
        self.groups: dict[str, int] = {}
        self.position = 0
        # Per-import lookups by the attribute text as written: a project repeats the same
        # few dates, coders and codes on every one of its selections and codings.
        self.user_by_text: dict[str | None, int | None] = {}
        self.code_by_text: dict[str | None, int | None] = {}
        self.date_by_text: dict[str, str] = {}
        self.coding_count: Any = None  # the report line counting imported codings

    # -- helpers ---------------------------------------------------------------------------
    def guid(self, element: Element, what: str, *context: str) -> str:
        """The element's GUID, repaired (and reported) when missing, malformed or repeated."""
        raw = element.get("guid")
        if raw is not None and raw not in self.used_guids and is_canonical_guid(raw):
            self.used_guids.add(raw)  # the common case, as clean_guid(raw) == raw
            return str(raw)
        guid = clean_guid(raw)
        if guid is None:
            guid = derived_guid(what, raw or "", *context, str(len(self.used_guids)))
            self.report.add(REPAIRED, what, tr("missing or malformed GUID replaced"), raw or "")
        elif guid in self.used_guids:
            guid = derived_guid(what, guid, str(len(self.used_guids)))
            self.report.add(REPAIRED, what, tr("repeated GUID replaced"), raw or "")
        self.used_guids.add(guid)
        return guid

    def user(self, guid_text: str | None) -> int | None:
        try:
            return self.user_by_text[guid_text]
        except KeyError:
            guid = clean_guid(guid_text)
            found = self.users.get(guid) if guid else None
            self.user_by_text[guid_text] = found
            return found

    def when(self, value: str | None, what: str) -> str | None:
        if value is None:
            return None
        known = self.date_by_text.get(value)
        if known is not None:
            return known
        stripped = value.strip()
        if valid_datetime(stripped):
            self.date_by_text[value] = stripped
            return stripped
        self.report.add(REPAIRED, what, tr("unreadable date replaced by the import time"), stripped)
        return None

    def keep(self, element: Element, guid: str | None, name: str = "") -> None:
        kind = local(element.tag)
        self.db.execute(
            "INSERT INTO kept_elements (kind, guid, name, xml) VALUES (?, ?, ?, ?)",
            [kind, guid, name, plain_xml(element)],
        )

    def keep_source(self, element: Element, guid: str, name: str) -> None:
        """Keep a source we cannot show; its description, variable values and note
        references became rows, and the export writes them back from those rows."""
        for tag in ("Description", "VariableValue", "NoteRef"):
            for found in list(children(element, tag)):
                element.remove(found)
        self.keep(element, guid, name)

    def refer_note(
        self, note_ref_parent: Element, kind: str, target: Any, refs: list[Element] | None = None
    ) -> None:
        """Note that the notes ``note_ref_parent`` refers to belong to ``target``; ``refs``:
        its NoteRef children when the caller has them already."""
        for ref in children(note_ref_parent, "NoteRef") if refs is None else refs:
            guid = clean_guid(ref.get("targetGUID"))
            if guid:
                self.note_targets.setdefault(guid, []).append((kind, target))

    def tick(self, done: int, total: int, label: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled(tr("Import cancelled; nothing was created"))
        if self.progress is not None:
            self.progress(done, total, label)

    # -- the walk --------------------------------------------------------------------------
    def run(self) -> None:
        root = self.root
        self.report.details[tr("origin")] = root.get("origin") or tr("(not given)")
        self._settings()
        if (users := child(root, "Users")) is not None:
            self._users(users)
        if (codebook := child(root, "CodeBook")) is not None:
            codes = child(codebook, "Codes")
            if codes is not None:
                self._codes(codes, None)
        if (variables := child(root, "Variables")) is not None:
            self._variable_definitions(variables)
        if (sources := child(root, "Sources")) is not None:
            self._sources(sources)
        if (cases := child(root, "Cases")) is not None:
            self._cases(cases)
        self._variable_values()
        if (sets := child(root, "Sets")) is not None:
            self._sets(sets)
        self._document_positions()
        if (links := child(root, "Links")) is not None:
            self._links(links)
        graphs = child(root, "Graphs")
        self.refer_note(root, "project", None)
        self._notes(child(root, "Notes"))
        if graphs is not None:  # after the notes: a vertex may represent one
            from qdadesk.core.exchange.graphs import import_graphs

            import_graphs(self, list(children(graphs, "Graph")))
        if self.ours:
            self._extras()
        for member in self.archive.unused():
            self.report.add(
                DISCARDED,
                tr("archive file"),
                tr("file in the archive that the project does not refer to"),
                member,
            )
        for element in children(root):
            name = local(element.tag)
            if name not in {
                "Users",
                "CodeBook",
                "Variables",
                "Cases",
                "Sources",
                "Notes",
                "Links",
                "Sets",
                "Graphs",
                "Description",
                "NoteRef",
            }:
                self.report.add(DISCARDED, name, tr("unknown element ignored"))

    def _extras(self) -> None:
        """Our own extras file (see ``export_project``): formatting, rich memo bodies,
        document colours, code shortcuts, summaries."""
        from qdadesk.core.ops.memos import html_to_plain

        data = self.archive.read("qdadesk/extras.json")
        if data is None:
            return
        try:
            extras = json.loads(data.decode("utf-8"))
            from qdadesk.core.exchange.graphs import apply_map_extras

            apply_map_extras(self.db, extras)
            for guid, spans in extras.get("formatting", {}).items():
                self.db.execute(
                    "UPDATE document_texts SET formatting = ? WHERE document_id = "
                    "(SELECT id FROM documents WHERE guid = ?)",
                    [json.dumps(spans, separators=(",", ":")), guid],
                )
            for guid, body in extras.get("memo_bodies", {}).items():
                self.db.execute(
                    "UPDATE memos SET body = ?, plain = ? WHERE guid = ?",
                    [body, html_to_plain(body), guid],
                )
            for guid, color in extras.get("document_colors", {}).items():
                self.db.execute("UPDATE documents SET color = ? WHERE guid = ?", [color, guid])
            for guid, shortcut in extras.get("code_shortcuts", {}).items():
                self.db.execute("UPDATE codes SET shortcut = ? WHERE guid = ?", [shortcut, guid])
            for item in extras.get("summaries", []):
                self.db.execute(
                    "INSERT INTO summaries (guid, code_id, document_id, case_id, text, rating, "
                    "author_id, created, modified) VALUES (?, (SELECT id FROM codes WHERE guid = "
                    "?), (SELECT id FROM documents WHERE guid = ?), (SELECT id FROM cases WHERE "
                    "guid = ?), ?, ?, (SELECT id FROM users WHERE guid = ?), ?, ?)",
                    [
                        item["guid"],
                        item["code"],
                        item["document"],
                        item["case"],
                        item["text"],
                        item["rating"],
                        item["author"],
                        item["created"],
                        item["modified"],
                    ],
                )
                self.report.add(IMPORTED, "Summary", tr("summaries"))
        except (ValueError, KeyError, TypeError, AttributeError, sqlite3.Error) as error:
            raise ImportFailed(
                tr("{name}: damaged QDA Desk extras ({error})").format(
                    name=self.archive.path.name, error=error
                )
            ) from error

    def _settings(self) -> None:
        root = self.root
        settings = {
            "project_name": root.get("name") or "",
            "exchange_origin": root.get("origin") or "",
        }
        created = self.when(root.get("creationDateTime"), "Project")
        if created:
            settings["project_created"] = created
        description = child_text(root, "Description")
        if description:
            settings["project_description"] = description
        if root.get("basePath"):
            self.report.add(
                DISCARDED,
                "Project",
                tr("basePath (a folder on the author's computer) not kept"),
                root.get("basePath"),
            )
        for key, value in settings.items():
            self.db.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value]
            )

    def _users(self, users: Element) -> None:
        for number, element in enumerate(children(users, "User"), 1):
            guid = self.guid(element, "User")
            name = " ".join((element.get("name") or "").split()) or element.get("id") or ""
            if not name:
                name = tr("User {n}").format(n=number)
                self.report.add(REPAIRED, "User", tr("user without a name named"), name)
            base, suffix = name, 2
            while name in self.user_names:
                name = f"{base} ({suffix})"
                suffix += 1
            if name != base:
                self.report.add(REPAIRED, "User", tr("repeated user name made unique"), name)
            self.user_names.add(name)
            self.users[guid] = self.db.execute(
                "INSERT INTO users (guid, name, created) VALUES (?, ?, ?)",
                [guid, name, self.stamp],
            ).lastrowid
            self.report.add(IMPORTED, "User", tr("users"))
        self.user_by_text.clear()  # looked up from now on, with every user in

    def _codes(self, container: Element, parent_id: int | None) -> None:
        from qdadesk.core.ops.codes import PALETTE

        siblings: set[str] = set()
        for position, element in enumerate(children(container, "Code")):
            guid = self.guid(element, "Code")
            raw_name = element.get("name") or ""
            name = " ".join(raw_name.split()).replace("\\", "/")
            if not name:
                name = tr("(unnamed code)")
            if name != raw_name.strip() and raw_name.strip():
                self.report.add(
                    REPAIRED, "Code", tr("'\\' or line breaks in a code name replaced"), raw_name
                )
            elif not raw_name.strip():
                self.report.add(REPAIRED, "Code", tr("code without a name named"), guid)
            base, suffix = name, 2
            while name in siblings:
                name = f"{base} ({suffix})"
                suffix += 1
            if name != base:
                self.report.add(
                    REPAIRED, "Code", tr("repeated code name under one parent made unique"), name
                )
            siblings.add(name)
            color = element.get("color")
            if color and COLOR.match(color.strip()):
                color = color.strip().lower()
                if len(color) == 4:
                    color = "#" + "".join(c * 2 for c in color[1:])
            else:
                if color:
                    self.report.add(REPAIRED, "Code", tr("unreadable colour replaced"), color)
                else:
                    self.report.add(MAPPED, "Code", tr("code without a colour given one"))
                color = PALETTE[len(self.codes) % len(PALETTE)]
            codable = (element.get("isCodable") or "true").strip().lower() not in ("false", "0")
            description = child_text(element, "Description") or ""
            code_id = self.db.execute(
                "INSERT INTO codes (guid, parent_id, name, color, position, description, codable, "
                "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    guid,
                    parent_id,
                    name,
                    color,
                    position,
                    description,
                    int(codable),
                    self.stamp,
                    self.stamp,
                ],
            ).lastrowid
            self.codes[guid] = code_id
            self.report.add(IMPORTED, "Code", tr("codes"))
            self.refer_note(element, "code", code_id)
            self._codes(element, code_id)

    def _variable_definitions(self, variables: Element) -> None:
        for element in children(variables, "Variable"):
            guid = self.guid(element, "Variable")
            kind = (element.get("typeOfVariable") or "Text").strip()
            type_ = _VARIABLE_TYPES.get(kind)
            if type_ is None:
                self.report.add(REPAIRED, "Variable", tr("unknown type read as Text"), kind)
                type_ = "text"
            elif kind == "DateTime":
                self.report.add(
                    MAPPED,
                    "Variable",
                    tr("DateTime variable kept as text"),
                    element.get("name") or "",
                )
            description, marker = split_marker(child_text(element, "Description"))
            self.variables[guid] = {
                "name": " ".join((element.get("name") or "").split()) or tr("Variable"),
                "type": type_,
                "description": description,
                "scope": marker.get("scope"),
                "ids": {},
            }

    # -- sources ---------------------------------------------------------------------------
