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

This module puts the file together; the parts are written by ``export_structure`` (users,
codebook, variables, cases, sets, links, graphs), ``export_sources`` (with ``export_text``
and ``export_paged``) and ``export_notes``, over the ``ExportState`` they share.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk import __version__
from qdadesk.core.base import now
from qdadesk.core.errors import QdaError
from qdadesk.core.exchange.export_notes import logbook_guids, write_notes
from qdadesk.core.exchange.export_paged import paged_extras
from qdadesk.core.exchange.export_sources import SOURCES_MARK, write_sources
from qdadesk.core.exchange.export_state import ExportState, Progress
from qdadesk.core.exchange.export_structure import (
    write_cases,
    write_codebook,
    write_graphs,
    write_links,
    write_sets,
    write_users,
    write_variables,
)
from qdadesk.core.exchange.qde_reader import local
from qdadesk.core.exchange.qde_writer import (
    SCHEMA_LOCATION,
    XSI,
    link_is_dangling,
    prune_references,
    serialise,
)
from qdadesk.core.exchange.report import DISCARDED, REPAIRED, ExchangeReport
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.project import Project

__all__ = ["EXTRAS_MEMBER", "ORIGIN", "Progress", "build_project_xml", "export_qdpx"]

ORIGIN = f"QDA Desk {__version__}"
EXTRAS_MEMBER = "qdadesk/extras.json"


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
    state = ExportState(project, report, crlf, progress)
    b = state.b
    name = project.setting("project_name") or Path(project.path).stem
    created, modified = _project_dates(state)
    root = b.root(
        "Project", name=name, origin=ORIGIN, creationDateTime=created, modifiedDateTime=modified
    )
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    # In the schema's order; users and the codebook first, as the rest refers to them.
    write_users(state, root)
    write_codebook(state, root)
    variables = write_variables(state, root)
    write_cases(state, root, variables)
    write_sources(state, root, variables)
    write_notes(state, root)
    write_links(state, root)
    write_sets(state, root)
    write_graphs(state, root)
    description = project.setting("project_description")
    if description:
        b.sub(root, "Description", description)
    state.note_refs(root, "project", None, None)
    for guid, _date in logbook_guids(state.db):
        b.sub(root, "NoteRef", targetGUID=guid)
    known = b.guids
    dropped = prune_references(state.adopted, known, set(state.code_guid.values()))
    for container in list(root):
        if local(container.tag) == "Links":
            for link in list(container):
                if link_is_dangling(link, known):
                    container.remove(link)
                    dropped += 1
    if dropped:
        report.add(
            DISCARDED,
            tr("kept elements"),
            tr("references to deleted items left out"),
            count=dropped,
        )
    if b.cleaned:
        report.add(
            REPAIRED,
            tr("text"),
            tr("characters XML cannot carry left out (control characters)"),
            count=b.cleaned,
        )
    for container in list(root):
        if local(container.tag) in ("Links", "Sets", "Graphs", "Notes") and not len(container):
            root.remove(container)
    state.files[EXTRAS_MEMBER] = json.dumps(_extras(state), ensure_ascii=False).encode("utf-8")
    data = serialise(root)
    if state.source_parts:
        from lxml import etree

        sources = "".join(
            part if isinstance(part, str) else etree.tostring(part, encoding="unicode")
            for part in state.source_parts
        )
        mark = f"<!--{SOURCES_MARK}-->".encode()
        data = data.replace(mark, b"<Sources>" + sources.encode("utf-8") + b"</Sources>", 1)
    return data, state.files


def _extras(state: ExportState) -> dict[str, Any]:
    """What REFI-QDA has no element for, in a file other programs ignore: formatting,
    rich memo bodies, document colours, code shortcuts and summaries."""
    from qdadesk.core.exchange.graphs import map_extras

    formatting = {
        guid: json.loads(spans)
        for guid, spans in state.db.execute(
            "SELECT d.guid, t.formatting FROM documents d JOIN document_texts t "
            "ON t.document_id = d.id WHERE t.formatting NOT IN ('', '[]')"
        )
    }
    memo_bodies = {
        m["guid"]: m["body"]
        for kind in state.memos.values()
        for m in kind
        if "<" in (m["body"] or "")
    }
    colors = dict(state.db.execute("SELECT guid, color FROM documents WHERE color IS NOT NULL"))
    shortcuts = dict(
        state.db.execute("SELECT guid, shortcut FROM codes WHERE shortcut IS NOT NULL")
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
        for r in state.db.execute(
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
        **map_extras(state.db),
        **paged_extras(state.db),
    }


def _project_dates(state: ExportState) -> tuple[str, str]:
    """When the project was made and last changed, from its rows (so exporting twice
    gives the same file)."""
    stamps = [
        r[0]
        for r in state.db.execute(
            # codes are left out: REFI-QDA gives them no dates, so an import re-stamps them
            "SELECT MAX(modified) FROM documents UNION ALL SELECT MAX(modified) FROM codings "
            "UNION ALL SELECT MAX(modified) FROM memos"
        )
        if r[0]
    ]
    modified = max(stamps) if stamps else now()
    created = state.project.setting("project_created") or min(
        [r[0] for r in state.db.execute("SELECT MIN(created) FROM users") if r[0]] or [modified]
    )
    return created, modified
