"""Exporting a project as a REFI-QDA ``.qdpx`` (project.qde + sources/).

What goes where (and comes back unchanged when we import our own file):

* documents: ``TextSource`` with ``sources/<GUID>.txt`` (UTF-8, no BOM, LF; ``--crlf``
  writes CRLF with positions counted over it), the original DOCX as ``richTextPath``;
  PDF, picture, audio and video documents from their kept XML with their files.
* codings: one ``PlainTextSelection`` per selection (codings that share one keep sharing it)
  with a ``Coding`` (coder, date) per code. The comment is the selection's ``Description``,
  which other programs show; a weight other than 0 is added as a last line
  ``[qdadesk weight=40]`` (see ``markers``).
* memos: ``Note`` + ``NoteRef`` from the project, a source, a code or a coding; a memo on a
  position is an uncoded selection with a ``NoteRef``; a group memo is a ``MemberNote``.
* the logbook: one project note per entry, marked ``[qdadesk logbook date=...]``.
* paraphrases: an uncoded selection with a ``NoteRef`` to a note holding the paraphrase,
  marked ``[qdadesk paraphrase]`` (other programs show a note on the passage).
* document groups and sets: ``Set`` elements (groups marked ``[qdadesk group ...]``).
* variables (document and case), cases with their documents and text segments.
* kept elements (graphs, links, code sets) go back as they came.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk import __version__
from qdadesk.core.base import now
from qdadesk.core.errors import QdaError
from qdadesk.core.exchange import positions
from qdadesk.core.exchange.export_paged import is_paged, paged_extras, paged_source
from qdadesk.core.exchange.markers import with_marker
from qdadesk.core.exchange.qde_reader import derived_guid, local
from qdadesk.core.exchange.qde_writer import (
    SCHEMA_LOCATION,
    VARIABLE_TYPE_NAMES,
    XSI,
    Builder,
    Element,
    link_is_dangling,
    prune_references,
    serialise,
    value_element,
)
from qdadesk.core.exchange.report import DISCARDED, IMPORTED, REPAIRED, WARNING, ExchangeReport
from qdadesk.core.i18n import tr
from qdadesk.core.ops.memos import html_to_plain

if TYPE_CHECKING:
    from qdadesk.core.project import Project

Progress = Callable[[int, int, str], None]
ORIGIN = f"QDA Desk {__version__}"
EXTRAS_MEMBER = "qdadesk/extras.json"
_SOURCES_MARK = "qdadesk:sources"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_MEDIA_ELEMENTS = {
    "pdf": "PDFSource",
    "picture": "PictureSource",
    "audio": "AudioSource",
    "video": "VideoSource",
}


def export_qdpx(
    project: Project,
    path: str | os.PathLike[str],
    crlf: bool = False,
    progress: Progress | None = None,
) -> ExchangeReport:
    """Write ``project`` to ``path`` as a .qdpx; returns a report (with warnings)."""
    from qdadesk.core.exchange.qdpx_archive import write_archive

    report = ExchangeReport(
        tr("Exported {project} to {file}").format(
            project=Path(project.path).name, file=Path(path).name
        )
    )
    qde, files = build_project_xml(project, report, crlf, progress)
    try:
        write_archive(path, qde, files)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror or error)
        ) from error
    return report


def build_project_xml(
    project: Project, report: ExchangeReport, crlf: bool = False, progress: Progress | None = None
) -> tuple[bytes, dict[str, bytes]]:
    """(project.qde bytes, archive files by name) for ``project``."""
    return _Exporter(project, report, crlf, progress).build()


class _Exporter:
    def __init__(
        self, project: Project, report: ExchangeReport, crlf: bool, progress: Progress | None
    ) -> None:
        self.project = project
        self.db = project.db
        self.report = report
        self.crlf = crlf
        self.progress = progress
        self.b = Builder()
        self.files: dict[str, bytes] = {}
        self.user_guid: dict[int, str] = {}
        self.code_guid: dict[int, str] = {}
        self.memos = self._memos()
        self.kept = self._kept()
        self.adopted: list[Element] = []
        self.source_parts: list[str | Element] = []
        self.case_segments: dict[int, list[tuple[str, int, int, str]]] = {}
        self.paraphrases = self._paraphrases()
        columns = {
            "document": "document_id",
            "group": "group_id",
            "code": "code_id",
            "coding": "coding_id",
        }
        self.memo_refs: dict[str, dict[int, list[str]]] = {}
        for kind, column in columns.items():
            for memo in self.memos.get(kind, []):
                self.memo_refs.setdefault(kind, {}).setdefault(memo[column], []).append(
                    memo["guid"]
                )

    # -- reading rows ----------------------------------------------------------------------
    def _memos(self) -> dict[str, list[dict[str, Any]]]:
        rows = self.db.execute(
            "SELECT id, guid, title, body, kind, document_id, group_id, code_id, coding_id, start, "
            '"end", author_id, created, modified FROM memos ORDER BY id'
        ).fetchall()
        memos: dict[str, list[dict[str, Any]]] = {}
        names = (
            "id",
            "guid",
            "title",
            "body",
            "kind",
            "document_id",
            "group_id",
            "code_id",
            "coding_id",
            "start",
            "end",
            "author_id",
            "created",
            "modified",
        )
        for row in rows:
            memo = dict(zip(names, row, strict=True))
            memos.setdefault(memo["kind"], []).append(memo)
        return memos

    def _paraphrases(self) -> dict[int, list[dict[str, Any]]]:
        names = ("guid", "document_id", "start", "end", "text", "author_id", "created", "modified")
        result: dict[int, list[dict[str, Any]]] = {}
        for row in self.db.execute(
            'SELECT guid, document_id, start, "end", text, author_id, created, modified '
            "FROM paraphrases ORDER BY document_id, start, id"
        ):
            paraphrase = dict(zip(names, row, strict=True))
            result.setdefault(paraphrase["document_id"], []).append(paraphrase)
        return result

    def adopt(self, xml: str) -> Element:
        element = self.b.adopt(xml)
        self.adopted.append(element)
        return element

    def _kept(self) -> dict[str, list[tuple[str | None, str]]]:
        kept: dict[str, list[tuple[str | None, str]]] = {}
        for kind, guid, xml in self.db.execute(
            "SELECT kind, guid, xml FROM kept_elements ORDER BY id"
        ):
            kept.setdefault(kind, []).append((guid, xml))
        return kept

    def note_refs(self, parent: Element, kind: str, column: str | None, target: Any) -> None:
        if column is None:
            notes = [memo["guid"] for memo in self.memos.get(kind, [])]
        else:
            notes = self.memo_refs.get(kind, {}).get(target, [])
        for note in notes:
            self.b.sub(parent, "NoteRef", targetGUID=note)

    # -- the document ----------------------------------------------------------------------
    def build(self) -> tuple[bytes, dict[str, bytes]]:
        b = self.b
        name = self.project.setting("project_name") or Path(self.project.path).stem
        created, modified = self._project_dates()
        root = b.root(
            "Project", name=name, origin=ORIGIN, creationDateTime=created, modifiedDateTime=modified
        )
        root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
        self._users(root)
        self._codebook(root)
        variables = self._variables(root)
        self._cases(root, variables)
        self._sources(root, variables)
        self._notes(root)
        self._links(root)
        self._sets(root)
        self._graphs(root)
        description = self.project.setting("project_description")
        if description:
            b.sub(root, "Description", description)
        self.note_refs(root, "project", None, None)
        for guid, _date in self._logbook_guids():
            b.sub(root, "NoteRef", targetGUID=guid)
        known = b.guids
        dropped = prune_references(self.adopted, known, set(self.code_guid.values()))
        for container in list(root):
            if local(container.tag) == "Links":
                for link in list(container):
                    if link_is_dangling(link, known):
                        container.remove(link)
                        dropped += 1
        if dropped:
            self.report.add(
                DISCARDED,
                tr("kept elements"),
                tr("references to deleted items left out"),
                count=dropped,
            )
        if b.cleaned:
            self.report.add(
                REPAIRED,
                tr("text"),
                tr("characters XML cannot carry left out (control characters)"),
                count=b.cleaned,
            )
        for container in list(root):
            if local(container.tag) in ("Links", "Sets", "Graphs", "Notes") and not len(container):
                root.remove(container)
        self.files[EXTRAS_MEMBER] = json.dumps(self._extras(), ensure_ascii=False).encode("utf-8")
        data = serialise(root)
        if self.source_parts:
            from lxml import etree

            sources = "".join(
                part if isinstance(part, str) else etree.tostring(part, encoding="unicode")
                for part in self.source_parts
            )
            mark = f"<!--{_SOURCES_MARK}-->".encode()
            data = data.replace(mark, b"<Sources>" + sources.encode("utf-8") + b"</Sources>", 1)
        return data, self.files

    def _extras(self) -> dict[str, Any]:
        """What REFI-QDA has no element for, in a file other programs ignore: formatting,
        rich memo bodies, document colours, code shortcuts and summaries."""
        from qdadesk.core.exchange.graphs import map_extras

        formatting = {
            guid: json.loads(spans)
            for guid, spans in self.db.execute(
                "SELECT d.guid, t.formatting FROM documents d JOIN document_texts t "
                "ON t.document_id = d.id WHERE t.formatting NOT IN ('', '[]')"
            )
        }
        memo_bodies = {
            m["guid"]: m["body"]
            for kind in self.memos.values()
            for m in kind
            if "<" in (m["body"] or "")
        }
        colors = dict(self.db.execute("SELECT guid, color FROM documents WHERE color IS NOT NULL"))
        shortcuts = dict(
            self.db.execute("SELECT guid, shortcut FROM codes WHERE shortcut IS NOT NULL")
        )
        summaries = [
            {
                "guid": r[0],
                "code": r[1],
                "document": r[2],
                "case": r[3],
                "text": r[4],
                "rating": r[5],
                "author": r[6],
                "created": r[7],
                "modified": r[8],
            }
            for r in self.db.execute(
                "SELECT s.guid, c.guid, d.guid, k.guid, s.text, s.rating, u.guid, s.created, "
                "s.modified FROM summaries s JOIN codes c ON c.id = s.code_id "
                "LEFT JOIN documents d ON d.id = s.document_id LEFT JOIN cases k ON "
                "k.id = s.case_id LEFT JOIN users u ON u.id = s.author_id ORDER BY s.id"
            )
        ]
        return {
            "formatting": formatting,
            "memo_bodies": memo_bodies,
            "document_colors": colors,
            "code_shortcuts": shortcuts,
            "summaries": summaries,
            **map_extras(self.db),
            **paged_extras(self.db),
        }

    def _project_dates(self) -> tuple[str, str]:
        """When the project was made and last changed, from its rows (so exporting twice
        gives the same file)."""
        stamps = [
            r[0]
            for r in self.db.execute(
                # codes are left out: REFI-QDA gives them no dates, so an import re-stamps them
                "SELECT MAX(modified) FROM documents UNION ALL SELECT MAX(modified) FROM codings "
                "UNION ALL SELECT MAX(modified) FROM memos"
            )
            if r[0]
        ]
        modified = max(stamps) if stamps else now()
        created = self.project.setting("project_created") or min(
            [r[0] for r in self.db.execute("SELECT MIN(created) FROM users") if r[0]] or [modified]
        )
        return created, modified

    def _users(self, root: Element) -> None:
        rows = self.db.execute("SELECT id, guid, name FROM users ORDER BY id").fetchall()
        self.user_guid = {row[0]: row[1] for row in rows}
        self.b.container(
            root, "Users", [self.b.element("User", guid=g, name=n) for _i, g, n in rows]
        )
        self.report.add(IMPORTED, "User", tr("users"), count=len(rows))

    def _codebook(self, root: Element) -> None:
        codes = self.project.codes()
        if not codes:
            return
        self.code_guid = {code.id: code.guid for code in codes}
        elements: dict[int, Element] = {}
        top: list[Element] = []
        for code in codes:
            element = self.b.element(
                "Code",
                guid=code.guid,
                name=code.name,
                isCodable=bool(code.codable),
                color=code.color,
            )
            if code.description:
                self.b.sub(element, "Description", code.description)
            self.note_refs(element, "code", "code_id", code.id)
            elements[code.id] = element
            if code.parent_id is None:
                top.append(element)
            else:
                elements[code.parent_id].append(element)  # parents come first in codes()
        book = self.b.sub(root, "CodeBook")
        self.b.container(book, "Codes", top)
        self.report.add(IMPORTED, "Code", tr("codes"), count=len(codes))

    def _variables(self, root: Element) -> dict[str, Any]:
        rows = self.db.execute(
            "SELECT id, guid, name, scope, type, description FROM variables "
            "ORDER BY scope, position, id"
        ).fetchall()
        elements = []
        for _id, guid, name, scope, type_, description in rows:
            element = self.b.element(
                "Variable", guid=guid, name=name, typeOfVariable=VARIABLE_TYPE_NAMES[type_]
            )
            text = with_marker(description or "", scope="case" if scope == "case" else None)
            if text:
                self.b.sub(element, "Description", text)
            elements.append(element)
        self.b.container(root, "Variables", elements)
        self.report.add(IMPORTED, "Variable", tr("variables"), count=len(rows))
        by_id = {row[0]: row for row in rows}
        values: dict[str, dict[int, list[tuple[str, str, Any]]]] = {"document": {}, "case": {}}
        for table, column, scope in (
            ("document_values", "document_id", "document"),
            ("case_values", "case_id", "case"),
        ):
            for owner, variable_id, value in self.db.execute(
                f"SELECT {column}, variable_id, value FROM {table} ORDER BY {column}, variable_id"
            ):
                _id, guid, _name, _scope, type_, _d = by_id[variable_id]
                if value is None or (isinstance(value, float) and not math.isfinite(value)):
                    # NaN (which SQLite stores as NULL) or infinity: no xsd value for them
                    self.report.add(
                        DISCARDED, "VariableValue", tr("values that are not numbers left out")
                    )
                    continue
                values[scope].setdefault(owner, []).append((guid, type_, value))
        return values

    def value_elements(self, parent: Element, values: list[tuple[str, str, Any]]) -> None:
        for guid, type_, value in values:
            element = self.b.sub(parent, "VariableValue")
            self.b.sub(element, "VariableRef", targetGUID=guid)
            value_element(self.b, element, type_, value)

    def _cases(self, root: Element, variables: dict[str, Any]) -> None:
        cases = self.db.execute(
            "SELECT id, guid, name, description FROM cases ORDER BY position, id"
        ).fetchall()
        elements = []
        for case_id, guid, name, description in cases:
            element = self.b.element("Case", guid=guid, name=name)
            if description:
                self.b.sub(element, "Description", description)
            self.value_elements(element, variables["case"].get(case_id, []))
            members = self.db.execute(
                'SELECT m.id, d.guid, m.document_id, m.start, m."end" FROM case_members m '
                "JOIN documents d ON d.id = m.document_id WHERE m.case_id = ? ORDER BY m.id",
                [case_id],
            ).fetchall()
            for _mid, document_guid, _doc, start, _end in members:
                if start is None:
                    self.b.sub(element, "SourceRef", targetGUID=document_guid)
            for member_id, _guid, document_id, start, end in members:
                if start is not None:
                    selection = derived_guid("case-segment", guid, str(member_id))
                    self.b.sub(element, "SelectionRef", targetGUID=selection)
                    self.case_segments.setdefault(document_id, []).append(
                        (selection, start, end, name)
                    )
            elements.append(element)
        self.b.container(root, "Cases", elements)
        self.report.add(IMPORTED, "Case", tr("cases"), count=len(cases))

    # -- sources ---------------------------------------------------------------------------
    def _sources(self, root: Element, variables: dict[str, Any]) -> None:
        documents = self._documents_in_tree_order()
        kept = {
            guid: xml
            for guid, xml in [
                item for kind in _MEDIA_ELEMENTS.values() for item in self.kept.get(kind, [])
            ]
            + self.kept.get("TextSource", [])
        }
        codings = self._codings_by_document()
        astral = 0
        for number, document in enumerate(documents):
            if self.progress is not None:
                self.progress(number, len(documents), document.name)
            values = variables["document"].get(document.id, [])
            if document.kind == "text" and not (document.length == 0 and document.guid in kept):
                xml, count = self._text_source(document, codings.get(document.id, []), values)
                self.source_parts.append(xml)
                astral += count
            elif is_paged(self, document):
                xml, count = paged_source(self, document, codings.get(document.id, []), values)
                self.source_parts.append(xml)
                astral += count
            else:
                element = self._kept_source(document, kept.get(document.guid))
                self.note_refs(element, "document", "document_id", document.id)
                self.value_elements(element, values)
                self.source_parts.append(element)
        if self.progress is not None:
            self.progress(len(documents), len(documents), "")
        if self.source_parts:
            # The sources are spliced in as text at this mark when the file is serialised.
            root.append(self.b.etree.Comment(_SOURCES_MARK))
        if astral:
            self.report.add(
                WARNING,
                "TextSource",
                tr(
                    "text has characters beyond U+FFFF (emoji): programs that count UTF-16 units "
                    "(NVivo) will place codings after them a little off"
                ),
                count=astral,
            )

    def _documents_in_tree_order(self) -> list[Any]:
        order = {group.id: i for i, group in enumerate(self._groups_in_tree_order())}
        documents = self.project.documents()
        return sorted(
            documents,
            key=lambda d: (
                -1 if d.group_id is None else order.get(d.group_id, 0),
                d.position,
                d.id,
            ),
        )

    def _groups_in_tree_order(self) -> list[Any]:
        groups = self.project.groups()
        by_parent: dict[int | None, list[Any]] = {}
        for group in groups:
            by_parent.setdefault(group.parent_id, []).append(group)
        ordered: list[Any] = []

        def walk(parent: int | None) -> None:
            for group in sorted(by_parent.get(parent, []), key=lambda g: (g.position, g.id)):
                ordered.append(group)
                walk(group.id)

        walk(None)
        return ordered

    def _codings_by_document(self) -> dict[int, list[tuple[Any, ...]]]:
        rows = self.db.execute(
            'SELECT c.id, c.guid, c.document_id, c.code_id, c.start, c."end", c.weight, '
            "c.comment, c.coder_id, c.selection_guid, c.created, c.modified, c.page, c.x1, "
            "c.y1, c.x2, c.y2 FROM codings c "
            'ORDER BY c.document_id, c.start, c."end", c.id'
        ).fetchall()
        result: dict[int, list[tuple[Any, ...]]] = {}
        for row in rows:
            result.setdefault(row[2], []).append(row)
        return result

    def _text_source(
        self,
        document: Any,
        codings: list[tuple[Any, ...]],
        values: list[tuple[str, str, Any]],
        representation: str | None = None,
    ) -> tuple[str, int]:
        """A TextSource as XML text. Written as strings, not elements: a large project has
        hundreds of thousands of selections, and this is five times faster.

        ``representation``: a GUID, to write the text of a PDF document instead, as the
        PDFSource's ``Representation`` (no original, memos or values: the PDFSource has them)."""
        text = self.project.text(document.id)
        plain = f"{document.guid}.txt"
        rich = None
        original = None if representation else self.project.original_file(document.id)
        if original is not None:
            _name, file_type, data = original
            if file_type.lower() == "docx":
                rich = f"{document.guid}.docx"
                self.files["sources/" + rich] = data
            elif file_type.lower() != "txt":
                self.report.add(
                    DISCARDED,
                    "TextSource",
                    tr("original file not exported (REFI-QDA carries DOCX originals only)"),
                    f"{document.name} ({file_type})",
                )
        written = text.replace("\n", "\r\n") if self.crlf else text
        self.files["sources/" + plain] = written.encode("utf-8")
        table = positions.export_positions(text, self.crlf)
        guids = self.b.guids
        guids.add(document.guid)
        clean = self.b.clean
        element_name = "Representation" if representation else "TextSource"
        parts = [
            f"<{element_name}",
            _attrs(
                guid=representation or document.guid,
                name=clean(document.name),
                richTextPath=f"internal://{rich}" if rich else None,
                plainTextPath=f"internal://{plain}",
                creatingUser=self._creator(document.id),
                creationDateTime=document.created,
                modifiedDateTime=document.modified,
            ),
            ">",
        ]
        document_memos = [
            memo for memo in self.memos.get("document", []) if memo["document_id"] == document.id
        ]
        if document_memos and not representation:
            # QualCoder keeps a source's memo only from its Description (it drops the
            # NoteRef): the document memos' text, also there. Our import skips it.
            plain = "\n\n".join(_plain(m["body"]) for m in document_memos)
            parts.append(f"<Description>{_text(clean(plain))}</Description>")
        selections = self._selections(document, codings)
        for memo in self.memos.get("position", []):
            if memo["document_id"] == document.id:
                selections.append(
                    (
                        memo["start"],
                        memo["end"],
                        derived_guid("memo-selection", memo["guid"]),
                        [],
                        _plain(memo["body"]),  # QualCoder's annotation text
                        memo,
                    )
                )
        for paraphrase in self.paraphrases.get(document.id, []):
            selections.append(
                (
                    paraphrase["start"],
                    paraphrase["end"],
                    derived_guid("paraphrase-selection", paraphrase["guid"]),
                    [],
                    paraphrase["text"],
                    paraphrase,
                )
            )
        for guid, start, end, case_name in self.case_segments.get(document.id, []):
            selections.append(
                (start, end, guid, [], with_marker("", case_segment=True), {"case": case_name})
            )
        selections.sort(key=lambda s: (s[0], s[1], s[2]))
        user_guid = self.user_guid
        code_guid = self.code_guid
        coding_notes = self.memo_refs.get("coding", {})
        for start, end, guid, group, description, memo in selections:
            guids.add(guid)
            if group:
                first = group[0]
                creator, created = user_guid.get(first[8]), first[10]
                modified = max(c[11] for c in group)
            else:
                creator = user_guid.get(memo.get("author_id"))
                created, modified = memo.get("created"), memo.get("modified")
            label = memo["case"] if memo is not None and "case" in memo else _label(text[start:end])
            parts.append("<PlainTextSelection")
            parts.append(
                _attrs(
                    guid=guid,
                    name=clean(label),
                    startPosition=str(table[start] if table is not None else start),
                    endPosition=str(table[end] if table is not None else end),
                    creatingUser=creator,
                    creationDateTime=created,
                    modifiedDateTime=modified,
                )
            )
            parts.append(">")
            if description:
                parts.append(f"<Description>{_text(clean(description))}</Description>")
            for coding in group:
                guids.add(coding[1])
                parts.append(
                    f'<Coding guid="{coding[1]}"'
                    + (f' creatingUser="{user_guid[coding[8]]}"' if coding[8] in user_guid else "")
                    + f' creationDateTime="{coding[10]}"><CodeRef targetGUID='
                    f'"{code_guid[coding[3]]}"/>'
                )
                for note in coding_notes.get(coding[0], ()):
                    parts.append(f'<NoteRef targetGUID="{note}"/>')
                parts.append("</Coding>")
            if memo is not None and "guid" in memo:
                parts.append(f'<NoteRef targetGUID="{memo["guid"]}"/>')
            parts.append("</PlainTextSelection>")
        if representation:
            parts.append("</Representation>")
            self.report.add(IMPORTED, "Coding", tr("codings"), count=len(codings))
            return "".join(parts), 0 if text.isascii() else len(_ASTRAL.findall(text))
        for note in self.memo_refs.get("document", {}).get(document.id, ()):
            parts.append(f'<NoteRef targetGUID="{note}"/>')
        for guid, type_, value in values:
            parts.append(
                f'<VariableValue><VariableRef targetGUID="{guid}"/>'
                f"{_value_xml(type_, value, clean)}</VariableValue>"
            )
        parts.append("</TextSource>")
        self.report.add(IMPORTED, "TextSource", tr("text documents"))
        self.report.add(IMPORTED, "Coding", tr("codings"), count=len(codings))
        return "".join(parts), 0 if text.isascii() else len(_ASTRAL.findall(text))

    def _selections(self, document: Any, codings: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Codings grouped into selections: codings sharing a selection GUID stay together
        while they agree on range, comment and weight; the rest get their own."""
        groups: dict[str, list[tuple[Any, ...]]] = {}
        for coding in codings:
            key = coding[9] or selection_guid_for(coding[1])
            group = groups.get(key)
            if group is not None and (group[0][4], group[0][5], group[0][6], group[0][7]) != (
                coding[4],
                coding[5],
                coding[6],
                coding[7],
            ):
                key = selection_guid_for(coding[1])
                group = groups.get(key)
            groups.setdefault(key, []).append(coding)
        result = []
        for guid, group in groups.items():
            first = group[0]
            description = with_marker(first[7] or "", weight=first[6] or None)
            result.append((first[4], first[5], guid, group, description, None))
        return result

    def _creator(self, document_id: int) -> str | None:
        row = self.db.execute(
            "SELECT creator_id FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        return self.user_guid.get(row[0]) if row and row[0] else None

    def _kept_source(self, document: Any, xml: str | None) -> Element:
        if xml is not None:
            element = self.adopt(xml)
            element.set("guid", document.guid)
            element.set("name", document.name)
        else:
            element = self.b.element(
                _MEDIA_ELEMENTS.get(document.kind, "PDFSource"),
                guid=document.guid,
                name=document.name,
            )
        original = self.project.original_file(document.id)
        if original is not None and local(element.tag) != "TextSource":
            _name, file_type, data = original
            member = f"{document.guid}.{file_type}"
            self.files["sources/" + member] = data
            element.set("path", f"internal://{member}")
        self.report.add(IMPORTED, local(element.tag), tr("kept sources written back"))
        return element

    # -- notes, sets, links, graphs --------------------------------------------------------
    def _logbook_guids(self) -> list[tuple[str, str]]:
        return [
            tuple(r) for r in self.db.execute("SELECT guid, date FROM logbook ORDER BY date, id")
        ]

    def _note(
        self,
        guid: str,
        name: str,
        author_id: int | None,
        created: str | None,
        modified: str | None,
        description: str | None,
        text: str,
    ) -> Element:
        """A Note whose text is both inline (``PlainTextContent``: ATLAS.ti's way, read
        first by us) and in ``sources/<guid>.txt`` (``plainTextPath``: QualCoder reads a
        note's text only from there, and keeps notes without it as nothing). The schema
        validates both; its comment asks for one, but either kind of reader then loses
        the memo, and readers that take one ignore the other, so nothing is doubled."""
        b = self.b
        member = f"{guid}.txt"
        written = text.replace("\n", "\r\n") if self.crlf else text
        self.files["sources/" + member] = written.encode("utf-8")
        element = b.element(
            "Note",
            guid=guid,
            name=name,
            plainTextPath=f"internal://{member}",
            creatingUser=self.user_guid.get(author_id) if author_id is not None else None,
            creationDateTime=created,
            modifiedDateTime=modified,
        )
        if description is not None:
            b.sub(element, "Description", description)
        b.sub(element, "PlainTextContent", text)
        return element

    def _notes(self, root: Element) -> None:
        b = self.b
        elements = []
        for kind in ("free", "project", "document", "group", "code", "coding", "position"):
            for memo in self.memos.get(kind, []):
                # QualCoder drops a note without a name: an untitled memo gets one, and
                # a marker that gives the empty title back to us.
                untitled = not memo["title"].strip()
                elements.append(
                    self._note(
                        memo["guid"],
                        tr("Memo") if untitled else memo["title"],
                        memo["author_id"],
                        memo["created"],
                        memo["modified"],
                        with_marker("", untitled=True) if untitled else None,
                        _plain(memo["body"]),
                    )
                )
            if self.memos.get(kind):
                self.report.add(
                    IMPORTED,
                    "Note",
                    tr("memos ({kind})").format(kind=kind),
                    count=len(self.memos[kind]),
                )
        for paraphrases in self.paraphrases.values():
            for paraphrase in paraphrases:
                elements.append(
                    self._note(
                        paraphrase["guid"],
                        tr("Paraphrase"),
                        paraphrase["author_id"],
                        paraphrase["created"],
                        paraphrase["modified"],
                        with_marker("", paraphrase=True),
                        paraphrase["text"],
                    )
                )
                self.report.add(IMPORTED, "Note", tr("paraphrases"))
        for guid, date, text, author, created in self.db.execute(
            "SELECT guid, date, text, author_id, created FROM logbook ORDER BY date, id"
        ):
            elements.append(
                self._note(
                    guid,
                    tr("Logbook {date}").format(date=date),
                    author,
                    created,
                    None,
                    with_marker("", logbook=True, date=date),
                    text,
                )
            )
            self.report.add(IMPORTED, "Note", tr("logbook entries"))
        b.container(root, "Notes", elements)

    def _links(self, root: Element) -> None:
        self.b.container(root, "Links", [self.adopt(xml) for _g, xml in self.kept.get("Link", [])])

    def _sets(self, root: Element) -> None:
        b = self.b
        elements = []
        for group in self._groups_in_tree_order():
            parent_guid = None
            if group.parent_id is not None:
                parent_guid = self.project.group(group.parent_id).guid
            element = b.element("Set", guid=group.guid, name=group.name)
            b.sub(
                element,
                "Description",
                with_marker("", group=True, parent=parent_guid, color=group.color),
            )
            for (guid,) in self.db.execute(
                "SELECT guid FROM documents WHERE group_id = ? ORDER BY position, id", [group.id]
            ):
                b.sub(element, "MemberSource", targetGUID=guid)
            for memo in self.memos.get("group", []):
                if memo["group_id"] == group.id:
                    b.sub(element, "MemberNote", targetGUID=memo["guid"])
            elements.append(element)
        for set_id, guid, name, description in self.db.execute(
            "SELECT id, guid, name, description FROM document_sets ORDER BY position, id"
        ).fetchall():
            element = b.element("Set", guid=guid, name=name)
            if description:
                b.sub(element, "Description", description)
            for (member,) in self.db.execute(
                "SELECT d.guid FROM document_set_members m JOIN documents d ON d.id = "
                "m.document_id WHERE m.set_id = ? ORDER BY m.rowid",  # the order they were added
                [set_id],
            ):
                b.sub(element, "MemberSource", targetGUID=member)
            elements.append(element)
        elements += [self.adopt(xml) for _g, xml in self.kept.get("Set", [])]
        b.container(root, "Sets", elements)

    def _graphs(self, root: Element) -> None:
        from qdadesk.core.exchange.graphs import graph_elements

        maps = graph_elements(self)
        self.b.container(
            root, "Graphs", maps + [self.adopt(xml) for _g, xml in self.kept.get("Graph", [])]
        )


_ATTRIBUTE_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\n": "&#10;",
    "\r": "&#13;",
    "\t": "&#9;",
}
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\n\r\t]')
_TEXT_SPECIAL = re.compile("[&<>\r]")


def _plain(body: str | None) -> str:
    """A memo body (rich text or plain) as plain text."""
    body = body or ""
    return html_to_plain(body) if "<" in body else body


def _attribute(value: str) -> str:
    if _ATTRIBUTE_SPECIAL.search(value) is None:
        return value
    return _ATTRIBUTE_SPECIAL.sub(lambda m: _ATTRIBUTE_ESCAPES[m.group()], value)


def _text(value: str) -> str:
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return _TEXT_SPECIAL.sub(lambda m: _ATTRIBUTE_ESCAPES[m.group()], value)


def _attrs(**attributes: str | None) -> str:
    """`` key="value"`` for each attribute that is not None, escaped."""
    return "".join(
        f' {key}="{_attribute(value)}"' for key, value in attributes.items() if value is not None
    )


def _value_xml(type_: str, value: Any, clean: Callable[[str], str]) -> str:
    if type_ == "boolean":
        return f"<BooleanValue>{'true' if value else 'false'}</BooleanValue>"
    if type_ == "integer":
        return f"<IntegerValue>{int(value)}</IntegerValue>"
    if type_ == "float":
        return f"<FloatValue>{format(Decimal(repr(float(value))), 'f')}</FloatValue>"
    if type_ == "date":
        return f"<DateValue>{_text(str(value)[:10])}</DateValue>"
    return f"<TextValue>{_text(clean(str(value)))}</TextValue>"


def selection_guid_for(coding_guid: str) -> str:
    """A selection GUID made from a coding's (the same coding always gets the same one):
    the first eight hex digits are turned, the rest kept. Cheaper than a uuid5 per coding."""
    head = int(coding_guid[:8], 16) ^ 0x5E1EC7ED
    return f"{head:08X}{coding_guid[8:].upper()}"


def _label(text: str, limit: int = 60) -> str:
    """A short label for a selection: the start of its text on one line."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
