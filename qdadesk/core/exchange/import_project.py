"""Importing a REFI-QDA project (``.qdpx``, or a bare ``.qde``) into a NEW project file.

The import runs in one transaction into a temporary file beside the target, which is
renamed into place only when everything is in: a failure or a cancel leaves no file.
Rows are written with parameterised SQL here (the core's exchange module), keeping the
file's GUIDs, names, dates and coders. Everything we cannot show yet (graphs, links, code
sets, selections in PDFs, pictures, audio and video) is kept as XML in ``kept_elements``
and written back by the export. The ``ExchangeReport`` lists what happened to every element.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, tostring

from qdadesk.core.base import now
from qdadesk.core.errors import ImportCancelled, ImportFailed, QdaError
from qdadesk.core.exchange import positions
from qdadesk.core.exchange.markers import split_marker
from qdadesk.core.exchange.qde_reader import (
    child,
    child_text,
    children,
    clean_guid,
    derived_guid,
    integer,
    local,
    parse_xml,
)
from qdadesk.core.exchange.qdpx_archive import ExchangeArchive, open_archive
from qdadesk.core.exchange.report import (
    DISCARDED,
    IMPORTED,
    KEPT,
    MAPPED,
    REPAIRED,
    ExchangeReport,
)
from qdadesk.core.i18n import tr

Progress = Callable[[int, int, str], None]

OUR_ORIGIN = "QDA Desk"
_MEDIA_KINDS = {
    "PDFSource": "pdf",
    "PictureSource": "picture",
    "AudioSource": "audio",
    "VideoSource": "video",
}
_SELECTION_NAMES = (
    "PDFSelection",
    "PictureSelection",
    "AudioSelection",
    "VideoSelection",
    "TranscriptSelection",
    "PlainTextSelection",
)
_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
_COLOR = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
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
        temporary = target.with_name(f".{target.name}.importing-{os.getpid()}")
        temporary.unlink(missing_ok=True)
        project = Project.create(temporary)
        try:
            report = ExchangeReport(
                tr("Imported {file} into {project}").format(
                    file=Path(path).name, project=target.name
                )
            )
            with project._writing(tr("Import REFI-QDA project")) as w:
                _ProjectImporter(project, archive, root, report, progress, cancelled).run()
                w.result = report
            project.close()
            os.replace(temporary, target)
        except BaseException:
            project.close()
            temporary.unlink(missing_ok=True)
            Path(str(temporary) + "-journal").unlink(missing_ok=True)
            raise
    finally:
        archive.close()
    return report


def decode_text(data: bytes, report: ExchangeReport, name: str) -> str:
    """Source text bytes as a string: UTF-8 (BOM dropped), else UTF-16 with a BOM, else
    Windows-1252 (reported as repaired)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.add(REPAIRED, "TextSource", tr("text file in UTF-16 read as such"), name)
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        report.add(REPAIRED, "TextSource", tr("text file not in UTF-8, read as Windows-1252"), name)
        return data.decode("cp1252", errors="replace")


def plain_xml(element: Element) -> str:
    """``element`` serialised without namespaces (the export puts its own back)."""
    from lxml import etree

    for node in element.iter():
        if isinstance(node.tag, str) and node.tag.startswith("{"):
            node.tag = local(node.tag)
    if isinstance(element, etree._Element):
        copy = etree.fromstring(etree.tostring(element))
        etree.cleanup_namespaces(copy)
        return etree.tostring(copy, encoding="unicode", with_tail=False)
    return tostring(element, encoding="unicode")


class _ProjectImporter:
    """One import: walks the XML once, writing rows as it goes."""

    def __init__(
        self,
        project: Any,
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

    # -- helpers ---------------------------------------------------------------------------
    def guid(self, element: Element, what: str, *context: str) -> str:
        """The element's GUID, repaired (and reported) when missing, malformed or repeated."""
        raw = element.get("guid")
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
        guid = clean_guid(guid_text)
        return self.users.get(guid) if guid else None

    def when(self, value: str | None, what: str) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if _DATETIME.match(value):
            return value
        self.report.add(REPAIRED, what, tr("unreadable date replaced by the import time"), value)
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

    def refer_note(self, note_ref_parent: Element, kind: str, target: Any) -> None:
        for ref in children(note_ref_parent, "NoteRef"):
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
        if (graphs := child(root, "Graphs")) is not None:
            for graph in children(graphs, "Graph"):
                self.keep(graph, clean_guid(graph.get("guid")), graph.get("name") or "")
                self.report.add(
                    KEPT,
                    "Graph",
                    tr("graph kept for export, not shown yet"),
                    graph.get("name") or "",
                )
        self.refer_note(root, "project", None)
        self._notes(child(root, "Notes"))
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
            if color and _COLOR.match(color.strip()):
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
    def _sources(self, sources: Element) -> None:
        elements = list(children(sources))
        names: set[str] = set()
        for number, element in enumerate(elements):
            kind = local(element.tag)
            label = element.get("name") or kind
            self.tick(number, len(elements), label)
            if kind == "TextSource":
                self._text_source(element, names)
                self.flush_codings()
            elif kind in _MEDIA_KINDS:
                self._media_source(element, names)
            else:
                self.report.add(DISCARDED, kind, tr("unknown kind of source ignored"), label)
        self.tick(len(elements), len(elements), "")

    def _document_name(self, element: Element, names: set[str], guid: str) -> str:
        name = " ".join((element.get("name") or "").split())
        if not name:
            path = element.get("plainTextPath") or element.get("path") or ""
            name = Path(path.replace("\\", "/").split("://")[-1]).stem or guid
            self.report.add(
                REPAIRED, local(element.tag), tr("source without a name named after its file"), name
            )
        base, suffix = name, 2
        while name in names:
            name = f"{base} ({suffix})"
            suffix += 1
        if name != base:
            self.report.add(
                REPAIRED, local(element.tag), tr("repeated document name made unique"), name
            )
        names.add(name)
        return name

    def _insert_document(self, element: Element, guid: str, name: str, kind: str, text: str) -> int:
        kind_name = local(element.tag)
        created = self.when(element.get("creationDateTime"), kind_name) or self.stamp
        modified = self.when(element.get("modifiedDateTime"), kind_name) or created
        document_id = self.db.execute(
            "INSERT INTO documents (guid, name, group_id, position, kind, length, creator_id, "
            "created, modified) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)",
            [
                guid,
                name,
                len(self.document_order),
                kind,
                len(text),
                self.user(element.get("creatingUser")),
                created,
                modified,
            ],
        ).lastrowid
        self.db.execute(
            "INSERT INTO document_texts (document_id, text, formatting) VALUES (?, ?, '[]')",
            [document_id, text],
        )
        self.documents[guid] = document_id
        self.document_order.append(document_id)
        self.refer_note(element, "document", document_id)
        for value in children(element, "VariableValue"):
            self._collect_value("document", document_id, value)
        description = child_text(element, "Description")
        if description and description.strip():
            self.note_targets.setdefault(f"description:{guid}", []).append(
                ("document", document_id)
            )
            self.notes[f"description:{guid}"] = _note_like(tr("Description"), description)
            self.report.add(
                MAPPED, kind_name, tr("source description became a document memo"), name
            )
        return document_id

    def _store_file(self, document_id: int, reference: str | None, name: str) -> bool:
        if not reference:
            return False
        data = self.archive.read(reference)
        if data is None:
            return False
        extension = Path(reference.split("://")[-1]).suffix.lstrip(".").lower() or "bin"
        file_name = name if name.lower().endswith("." + extension) else f"{name}.{extension}"
        self.db.execute(
            "INSERT INTO document_files (document_id, file_name, file_type, data) "
            "VALUES (?, ?, ?, ?)",
            [document_id, file_name, extension, data],
        )
        return True

    def _source_text(self, element: Element, name: str) -> str | None:
        inline = child_text(element, "PlainTextContent")
        if inline is not None:
            return inline
        reference = element.get("plainTextPath")
        if not reference:
            return None
        data = self.archive.read(reference)
        if data is None:
            return None
        return decode_text(data, self.report, name)

    def _text_source(self, element: Element, names: set[str]) -> None:
        guid = self.guid(element, "TextSource")
        name = self._document_name(element, names, guid)
        raw = self._source_text(element, name)
        selections = list(children(element, "PlainTextSelection"))
        if raw is None:
            # No text in the file (a bare .qde, or a missing member): keep the source whole
            # so its selections go back out on export; the document shows as empty.
            self._insert_document(element, guid, name, "text", "")
            self.keep_source(element, guid, name)
            self.report.add(
                KEPT,
                "TextSource",
                tr(
                    "text file not in the exchange file: document "
                    "kept empty, its selections kept for export"
                ),
                name,
            )
            if selections:
                self.report.add(
                    KEPT,
                    "PlainTextSelection",
                    tr("selections of sources without text"),
                    count=len(selections),
                )
                codings = sum(len(list(children(s, "Coding"))) for s in selections)
                if codings:
                    self.report.add(
                        KEPT, "Coding", tr("codings of sources without text"), count=codings
                    )
            return
        spans = []
        for selection in selections:
            start, end = (
                integer(selection.get("startPosition")),
                integer(selection.get("endPosition")),
            )
            if start is not None and end is not None:
                spans.append((start, end))
        position_map = positions.choose_map(raw, spans)
        if position_map.reading != positions.STANDARD:
            self.report.add(
                MAPPED,
                "PlainTextSelection",
                tr("positions read as {reading} (chosen by where the selections fall)").format(
                    reading=position_map.reading
                ),
                name,
                count=len(spans),
            )
        text = position_map.normalised
        document_id = self._insert_document(element, guid, name, "text", text)
        self.report.add(IMPORTED, "TextSource", tr("text documents"))
        rich = element.get("richTextPath")
        if rich:
            if rich.lower().endswith(".txt"):
                self.report.add(
                    DISCARDED, "TextSource", tr("richTextPath naming a .txt file ignored"), name
                )
            elif self._store_file(document_id, rich, name):
                self.report.add(IMPORTED, "TextSource", tr("original rich-text files kept"))
            else:
                self.report.add(
                    DISCARDED,
                    "TextSource",
                    tr("rich-text file named but not in the exchange file"),
                    name,
                )
        whole = list(children(element, "Coding"))
        if whole and text:
            for coding in whole:
                self._coding(coding, document_id, 0, len(text), "", 0, None, None)
            self.report.add(
                MAPPED,
                "Coding",
                tr("coding of a whole source became a coded segment over all its text"),
                name,
                len(whole),
            )
        for selection in selections:
            self._text_selection(selection, document_id, position_map, name)

    def _text_selection(
        self, selection: Element, document_id: int, position_map: positions.PositionMap, name: str
    ) -> None:
        guid = self.guid(selection, "PlainTextSelection")
        start = integer(selection.get("startPosition"))
        end = integer(selection.get("endPosition"))
        mapped_start = position_map.map(start) if start is not None else None
        mapped_end = position_map.map(end) if end is not None else None
        codings = list(children(selection, "Coding"))
        length = len(position_map.normalised)
        standard = position_map.reading == positions.STANDARD
        if (
            mapped_start is not None
            and mapped_end is None
            and standard
            and end is not None
            and end > length
        ):
            mapped_end = length  # a selection running past the end: cut at the end
            self.report.add(
                REPAIRED,
                "PlainTextSelection",
                tr("selection running past the end of the text cut to fit"),
                name,
            )
        if mapped_start is None or mapped_end is None or mapped_end <= mapped_start:
            self.report.add(
                DISCARDED,
                "PlainTextSelection",
                tr("selection with unusable positions (and its codings)"),
                f"{name} {start}-{end}",
            )
            if codings:
                self.report.add(
                    DISCARDED, "Coding", tr("codings of unusable selections"), count=len(codings)
                )
            return
        self.selections[guid] = (document_id, mapped_start, mapped_end)
        description, marker = split_marker(child_text(selection, "Description"))
        weight = integer(marker.get("weight")) or 0
        if not 0 <= weight <= 100:
            weight = max(0, min(100, weight))
        created = self.when(selection.get("creationDateTime"), "PlainTextSelection")
        modified = self.when(selection.get("modifiedDateTime"), "PlainTextSelection")
        label = selection.get("name") or ""
        if label and not self.ours and not label.startswith("line:"):
            self.report.add(
                DISCARDED, "PlainTextSelection", tr("selection labels (name) not kept"), label[:40]
            )
        if codings:
            if description.strip() and not self.ours:
                self.report.add(
                    MAPPED,
                    "PlainTextSelection",
                    tr("selection description became the comment of its codings"),
                )
            for coding in codings:
                self._coding(
                    coding,
                    document_id,
                    mapped_start,
                    mapped_end,
                    description,
                    weight,
                    guid,
                    created,
                    modified,
                    selection.get("creatingUser"),
                )
        elif "case_segment" in marker:
            pass  # only a case refers to it
        elif description.strip():
            key = f"selection:{guid}"
            self.notes[key] = _note_like(label, description, guid)
            self.note_targets.setdefault(key, []).append(
                ("position", (document_id, mapped_start, mapped_end))
            )
            self.report.add(
                MAPPED,
                "PlainTextSelection",
                tr("selection without coding but with a description became a memo on that text"),
            )
        elif not list(children(selection, "NoteRef")):
            self.report.add(
                DISCARDED,
                "PlainTextSelection",
                tr("selection without coding or memo"),
                f"{name} {start}-{end}",
            )
        self.refer_note(selection, "position", (document_id, mapped_start, mapped_end))

    def _coding(
        self,
        coding: Element,
        document_id: int,
        start: int,
        end: int,
        comment: str,
        weight: int,
        selection_guid: str | None,
        created: str | None,
        modified: str | None = None,
        selection_user: str | None = None,
    ) -> str | None:
        guid = self.guid(coding, "Coding")
        ref = child(coding, "CodeRef")
        code_id = (
            self.codes.get(clean_guid(ref.get("targetGUID")) or "") if ref is not None else None
        )
        if code_id is None:
            self.report.add(
                DISCARDED,
                "Coding",
                tr("coding of a code not in the code book"),
                ref.get("targetGUID") if ref is not None else "",
            )
            return None
        stamp = self.when(coding.get("creationDateTime"), "Coding") or created or self.stamp
        coder = self.user(coding.get("creatingUser")) or self.user(selection_user)
        self.pending_codings.append(
            [guid, document_id, code_id, start, end, weight, comment, coder, selection_guid,
             stamp, modified or stamp]
        )
        self.report.add(IMPORTED, "Coding", tr("codings (coded segments)"))
        self.refer_note(coding, "coding", guid)  # resolved to the row once it is written
        return guid

    def flush_codings(self) -> None:
        """Write the codings collected so far in one statement (much faster than one by one)."""
        if self.pending_codings:
            self.db.conn.executemany(
                'INSERT INTO codings (guid, document_id, code_id, start, "end", weight, comment, '
                "coder_id, selection_guid, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.pending_codings,
            )
            self.pending_codings.clear()

    def _media_source(self, element: Element, names: set[str]) -> None:
        kind_name = local(element.tag)
        kind = _MEDIA_KINDS[kind_name]
        guid = self.guid(element, kind_name)
        name = self._document_name(element, names, guid)
        text = ""
        representation = child(element, "Representation")
        if representation is not None:
            text = positions.normalise(self._source_text(representation, name) or "")
        document_id = self._insert_document(element, guid, name, kind, text)
        stored = self._store_file(document_id, element.get("path"), name)
        selections = [s for s in element.iter() if local(s.tag) in _SELECTION_NAMES]
        codings = [c for c in element.iter() if local(c.tag) == "Coding"]
        self.keep_source(element, guid, name)
        self.report.add(
            KEPT,
            kind_name,
            tr("{kind} source kept (listed, not viewable yet)").format(kind=kind),
            name,
        )
        if not stored:
            self.report.add(
                KEPT,
                kind_name,
                tr("media file not inside the exchange file; its path is kept"),
                element.get("path") or "",
            )
        if selections:
            self.report.add(
                KEPT,
                "Selection",
                tr("selections in PDF, picture, audio and video sources kept for export"),
                count=len(selections),
            )
        if codings:
            self.report.add(
                KEPT,
                "Coding",
                tr("codings in PDF, picture, audio and video sources kept for export"),
                count=len(codings),
            )

    # -- cases, variables, sets, links, notes ----------------------------------------------
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
        for scope, owner, guid, element in self.values:
            variable = self.variables[guid]
            raw = None
            for value_element in children(element):
                if local(value_element.tag) != "VariableRef":
                    raw = value_element.text or ""
            try:
                stored = parse_value(raw, variable["type"])
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
            table, column = (
                ("document_values", "document_id")
                if scope == "document"
                else ("case_values", "case_id")
            )
            self.db.execute(
                f"INSERT OR REPLACE INTO {table} ({column}, variable_id, value) VALUES (?, ?, ?)",
                [owner, variable["ids"][scope], stored],
            )
            self.report.add(IMPORTED, "VariableValue", tr("variable values"))

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
                color = marker.get("color") if _COLOR.match(marker.get("color") or "") else None
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
                    self.notes[key] = _note_like(tr("Description"), description)
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

    def _sets_are_groups(self, document_sets: list) -> bool:
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
            attached = None
            if note in note_guids and other:
                if other in self.documents:
                    attached = ("document", self.documents[other])
                elif other in self.codes:
                    attached = ("code", self.codes[other])
                elif other in self.selections:
                    attached = ("position", self.selections[other])
                elif other in self.groups:
                    attached = ("group", self.groups[other])
            if attached is not None:
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

    def _note(self, key: str, element: Element) -> None:
        guid = (
            key
            if clean_guid(key) == key
            else (clean_guid(element.get("guid")) or derived_guid("note", key))
        )
        title = element.get("name") or ""
        body = child_text(element, "PlainTextContent")
        if body is None and element.get("plainTextPath"):
            data = self.archive.read(element.get("plainTextPath") or "")
            body = decode_text(data, self.report, title) if data is not None else None
            if data is None:
                self.report.add(
                    DISCARDED, "Note", tr("note text file not in the exchange file"), title
                )
        body = positions.normalise(body or "")
        description, marker = split_marker(child_text(element, "Description"))
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
        kind, target = targets[0] if targets else ("free", None)
        if len(targets) > 1:
            self.report.add(
                MAPPED,
                "NoteRef",
                tr("note referred to from several places attached to the first"),
                title,
                len(targets) - 1,
            )
        columns = {"document_id": None, "group_id": None, "code_id": None, "coding_id": None}
        start = end = None
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


def _note_like(name: str, text: str, guid: str | None = None) -> Element:
    """A Note-shaped element for a memo made from a description."""
    element = Element("Note", {"name": name or ""})
    if guid:
        element.set("guid", guid)
    content = Element("PlainTextContent")
    content.text = text
    element.append(content)
    return element


def report_json(report: ExchangeReport) -> str:
    return json.dumps(report.records(), ensure_ascii=False, indent=2)
