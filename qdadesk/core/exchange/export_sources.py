"""The ``Sources`` of a .qdpx, in the Document System's order: text documents (see
``export_text``), PDFs and pictures with pages (``export_paged``), and the sources kept from
an exchange file (written back as they came, with their files)."""

from __future__ import annotations

from typing import Any

from qdadesk.core.exchange.export_paged import is_paged, paged_source
from qdadesk.core.exchange.export_state import ExportState
from qdadesk.core.exchange.export_structure import VariableValues
from qdadesk.core.exchange.export_text import text_source
from qdadesk.core.exchange.qde_reader import local
from qdadesk.core.exchange.qde_writer import Element
from qdadesk.core.exchange.report import IMPORTED, WARNING
from qdadesk.core.i18n import tr
from qdadesk.core.model import Document
from qdadesk.core.ops.documents import groups_in_tree_order

# Where the sources go: they are spliced in as text at this comment when the file is
# serialised (``export_project``).
SOURCES_MARK = "qdadesk:sources"
_MEDIA_ELEMENTS = {
    "pdf": "PDFSource",
    "picture": "PictureSource",
    "audio": "AudioSource",
    "video": "VideoSource",
}


def write_sources(state: ExportState, root: Element, variables: VariableValues) -> None:
    """Every document into ``state.source_parts``, and the mark for them under ``root``."""
    documents = _documents_in_tree_order(state)
    kept = {
        guid: xml
        for guid, xml in [
            item for kind in _MEDIA_ELEMENTS.values() for item in state.kept.get(kind, [])
        ]
        + state.kept.get("TextSource", [])
    }
    codings = _codings_by_document(state)
    astral = 0
    for number, document in enumerate(documents):
        if state.progress is not None:
            state.progress(number, len(documents), document.name)
        values = variables["document"].get(document.id, [])
        if document.kind == "text" and not (document.length == 0 and document.guid in kept):
            xml, count = text_source(state, document, codings.get(document.id, []), values)
            state.source_parts.append(xml)
            astral += count
        elif is_paged(state, document):
            xml, count = paged_source(state, document, codings.get(document.id, []), values)
            state.source_parts.append(xml)
            astral += count
        else:
            element = _kept_source(state, document, kept.get(document.guid))
            state.note_refs(element, "document", "document_id", document.id)
            state.value_elements(element, values)
            state.source_parts.append(element)
    if state.progress is not None:
        state.progress(len(documents), len(documents), "")
    if state.source_parts:
        root.append(state.b.etree.Comment(SOURCES_MARK))
    if astral:
        state.report.add(
            WARNING,
            "TextSource",
            tr(
                "text has characters beyond U+FFFF (emoji): programs that count UTF-16 units "
                "(NVivo) will place codings after them a little off"
            ),
            count=astral,
        )


def _documents_in_tree_order(state: ExportState) -> list[Document]:
    order = {group.id: i for i, group in enumerate(groups_in_tree_order(state.project.groups()))}
    documents = state.project.documents()
    return sorted(
        documents,
        key=lambda d: (
            -1 if d.group_id is None else order.get(d.group_id, 0),
            d.position,
            d.id,
        ),
    )


def _codings_by_document(state: ExportState) -> dict[int, list[tuple[Any, ...]]]:
    """Each document's codings as rows; ``export_paged`` names their columns."""
    rows = state.db.execute(
        'SELECT c.id, c.guid, c.document_id, c.code_id, c.start, c."end", c.weight, '
        "c.comment, c.coder_id, c.selection_guid, c.created, c.modified, c.page, c.x1, "
        "c.y1, c.x2, c.y2 FROM codings c "
        'ORDER BY c.document_id, c.start, c."end", c.id'
    ).fetchall()
    result: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        result.setdefault(row[2], []).append(row)
    return result


def _kept_source(state: ExportState, document: Document, xml: str | None) -> Element:
    """A source kept from an exchange file (or a bare one of its kind), with its file."""
    if xml is not None:
        element = state.adopt(xml)
        element.set("guid", document.guid)
        element.set("name", document.name)
    else:
        element = state.b.element(
            _MEDIA_ELEMENTS.get(document.kind, "PDFSource"),
            guid=document.guid,
            name=document.name,
        )
    original = state.project.original_file(document.id)
    if original is not None and local(element.tag) != "TextSource":
        _name, file_type, data = original
        member = f"{document.guid}.{file_type}"
        state.files["sources/" + member] = data
        element.set("path", f"internal://{member}")
    state.report.add(IMPORTED, local(element.tag), tr("kept sources written back"))
    return element
