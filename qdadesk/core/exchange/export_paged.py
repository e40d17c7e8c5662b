"""Exporting PDF and picture documents that have pages: ``PDFSource`` with its original
under ``sources/<GUID>.pdf``, its text ``Representation`` (``sources/<GUID>.txt``, text
codings as ``PlainTextSelection``s) and its regions as ``PDFSelection``s; ``PictureSource``
with ``PictureSelection``s. Coordinates: see ``region_boxes``.

A region's comment and weight go into the selection's ``Description`` as for text; the
exact boxes and the pages' sizes and text runs go into our extras file.
"""

from __future__ import annotations

from typing import Any

from qdadesk.core.exchange.export_state import ExportState
from qdadesk.core.exchange.export_text import text_source
from qdadesk.core.exchange.markers import with_marker
from qdadesk.core.exchange.qde_reader import derived_guid
from qdadesk.core.exchange.region_boxes import Frame, pdf_frames, to_refi
from qdadesk.core.exchange.report import DISCARDED, IMPORTED, WARNING
from qdadesk.core.exchange.xml_text import (
    attributes_xml,
    escape_text,
    selection_guid_for,
    selection_label,
    value_xml,
)
from qdadesk.core.i18n import tr
from qdadesk.core.model import Document

PAGED_ELEMENTS = {
    "pdf": ("PDFSource", "PDFSelection"),
    "picture": ("PictureSource", "PictureSelection"),
}
# Columns of the exporter's coding rows (``export_sources._codings_by_document``).
_GUID, _CODE, _START, _END, _WEIGHT, _COMMENT, _CODER = 1, 3, 4, 5, 6, 7, 8
_SELECTION, _CREATED, _MODIFIED, _PAGE = 9, 10, 11, 12


def representation_guid(document_guid: str) -> str:
    """The GUID of a PDF document's text ``Representation`` (the same on every export)."""
    return derived_guid("pdf-representation", document_guid)


def is_paged(state: ExportState, document: Document) -> bool:
    """Whether ``document`` is written by ``paged_source``: a PDF or picture with pages and
    its file (else it is a source kept from an exchange file, written back as it came)."""
    if document.kind not in PAGED_ELEMENTS:
        return False
    db = state.db
    return (
        db.execute("SELECT 1 FROM document_pages WHERE document_id = ?", [document.id]).fetchone()
        is not None
        and db.execute(
            "SELECT 1 FROM document_files WHERE document_id = ?", [document.id]
        ).fetchone()
        is not None
    )


def paged_source(
    state: ExportState,
    document: Document,
    codings: list[tuple[Any, ...]],
    values: list[tuple[str, str, Any]],
) -> tuple[str, int]:
    """The ``PDFSource`` or ``PictureSource`` of ``document`` as XML text, and how many
    characters beyond U+FFFF its text has."""
    source_tag, selection_tag = PAGED_ELEMENTS[document.kind]
    project = state.project
    pages = project.pages(document.id)
    original = project.original_file(document.id)
    assert original is not None  # is_paged: the document has its file
    _name, file_type, data = original
    member = f"{document.guid}.{(file_type or 'bin').lower()}"
    state.files["sources/" + member] = data
    state.b.guids.add(document.guid)
    clean = state.b.clean
    parts = [
        f"<{source_tag}",
        attributes_xml(
            guid=document.guid,
            name=clean(document.name),
            path=f"internal://{member}",
            creatingUser=state.creator(document.id),
            creationDateTime=document.created,
            modifiedDateTime=document.modified,
        ),
        ">",
    ]
    regions = [c for c in codings if c[_PAGE + 1] is not None]
    texts = [c for c in codings if c[_PAGE + 1] is None]
    text = project.text(document.id) if regions and document.kind == "pdf" else ""
    frames = [Frame.plain(page) for page in pages]
    if regions and document.kind == "pdf":
        frames = _frames(state, document, data, frames)
    for guid, group in _region_groups(regions):
        parts.append(_selection(state, document, selection_tag, frames, guid, group, text))
    astral = 0
    if document.kind == "pdf":
        xml, astral = text_source(
            state, document, texts, [], representation=representation_guid(document.guid)
        )
        parts.append(xml)
    elif texts:  # a picture has no text: nothing can hold these
        state.report.add(
            DISCARDED, "Coding", tr("text codings on a picture left out"), count=len(texts)
        )
    for note in state.memo_refs.get("document", {}).get(document.id, ()):
        parts.append(f'<NoteRef targetGUID="{note}"/>')
    for guid, type_, value in values:
        parts.append(
            f'<VariableValue><VariableRef targetGUID="{guid}"/>'
            f"{value_xml(type_, value, clean)}</VariableValue>"
        )
    parts.append(f"</{source_tag}>")
    what = tr("PDF documents with their pages") if document.kind == "pdf" else tr("pictures")
    state.report.add(IMPORTED, source_tag, what)
    if regions:
        state.report.add(IMPORTED, selection_tag, tr("regions"), count=len(regions))
        state.report.add(IMPORTED, "Coding", tr("codings"), count=len(regions))
    return "".join(parts), astral


def _frames(state: ExportState, document: Document, data: bytes, plain: list[Frame]) -> list[Frame]:
    """The pages' frames in the PDF (crop box, turn), when PDFium reads it as it has pages."""
    import pypdfium2

    try:
        frames = pdf_frames(data)
    except pypdfium2.PdfiumError:
        frames = []
    if len(frames) != len(plain):
        state.report.add(
            WARNING,
            "PDFSelection",
            tr("PDF not readable: regions written as if its pages had no crop box or turn"),
            document.name,
        )
        return plain
    return frames


def _region_groups(regions: list[tuple[Any, ...]]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Region codings grouped into selections: those sharing a selection GUID stay together
    while they agree on page, box, comment and weight; the rest get their own."""
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for coding in regions:
        key = coding[_SELECTION] or selection_guid_for(coding[_GUID])
        group = groups.get(key)
        if group is not None and _same_region(group[0]) != _same_region(coding):
            key = selection_guid_for(coding[_GUID])
        groups.setdefault(key, []).append(coding)
    return sorted(groups.items(), key=lambda item: (item[1][0][_PAGE] or 0, item[1][0][13:17]))


def _same_region(coding: tuple[Any, ...]) -> tuple[Any, ...]:
    return (coding[_PAGE], *coding[13:17], coding[_COMMENT], coding[_WEIGHT])


def _selection(
    state: ExportState,
    document: Document,
    tag: str,
    frames: list[Frame],
    guid: str,
    group: list[tuple[Any, ...]],
    text: str,
) -> str:
    clean = state.b.clean
    user_guid = state.user_guid
    first = group[0]
    number = first[_PAGE] or 1
    frame = frames[min(number, len(frames)) - 1]
    first_x, first_y, second_x, second_y = to_refi(document.kind, frame, first[13:17])
    run = text[first[_START] : first[_END]] if text else ""
    if run.strip():
        label = selection_label(run)
    elif document.kind == "pdf":
        label = tr("Region on page {page}").format(page=number)
    else:
        label = tr("Region")
    state.b.guids.add(guid)
    parts = [
        f"<{tag}",
        attributes_xml(
            guid=guid,
            name=clean(label),
            page=str(number - 1) if document.kind == "pdf" else None,  # REFI counts from 0
            firstX=str(first_x),
            firstY=str(first_y),
            secondX=str(second_x),
            secondY=str(second_y),
            creatingUser=user_guid.get(first[_CODER]),
            creationDateTime=first[_CREATED],
            modifiedDateTime=max(c[_MODIFIED] for c in group),
        ),
        ">",
    ]
    description = with_marker(first[_COMMENT] or "", weight=first[_WEIGHT] or None)
    if description:
        parts.append(f"<Description>{escape_text(clean(description))}</Description>")
    if run.strip():  # the text in the box, for programs that show a region's text
        parts.append(
            f'<Representation guid="{derived_guid("region-text", guid)}">'
            f"<PlainTextContent>{escape_text(clean(run))}</PlainTextContent></Representation>"
        )
    coding_notes = state.memo_refs.get("coding", {})
    for coding in group:
        state.b.guids.add(coding[_GUID])
        parts.append(
            f'<Coding guid="{coding[_GUID]}"'
            + (
                f' creatingUser="{user_guid[coding[_CODER]]}"'
                if coding[_CODER] in user_guid
                else ""
            )
            + f' creationDateTime="{coding[_CREATED]}"><CodeRef targetGUID='
            f'"{state.code_guid[coding[_CODE]]}"/>'
        )
        for note in coding_notes.get(coding[0], ()):
            parts.append(f'<NoteRef targetGUID="{note}"/>')
        parts.append("</Coding>")
    parts.append(f"</{tag}>")
    return "".join(parts)


def paged_extras(db: Any) -> dict[str, Any]:
    """For our own import: each paged document's pages (size, text run) and each region's
    exact box and text run, which REFI-QDA's integer corners cannot carry."""
    pages: dict[str, list[list[float]]] = {}
    for guid, width, height, text_start, text_end in db.execute(
        "SELECT d.guid, p.width, p.height, p.text_start, p.text_end FROM document_pages p "
        "JOIN documents d ON d.id = p.document_id ORDER BY p.document_id, p.page"
    ):
        pages.setdefault(guid, []).append([width, height, text_start, text_end])
    regions = {
        guid: [page, x1, y1, x2, y2, start, end]
        for guid, page, x1, y1, x2, y2, start, end in db.execute(
            'SELECT guid, page, x1, y1, x2, y2, start, "end" FROM codings WHERE x1 IS NOT NULL'
        )
    }
    return {"pages": pages, "regions": regions}
