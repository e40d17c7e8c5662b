"""Importing REFI-QDA ``PDFSource`` and ``PictureSource`` as documents with pages.

A PDF whose file is in the exchange file and opens in PDFium becomes a "pdf" document: its
pages (sizes from PDFium), its text ``Representation`` with its ``PlainTextSelection``s as
text codings, its ``PDFSelection``s as region codings. A picture whose header we can read
becomes a "picture" document with its ``PictureSelection``s as regions. Coordinates: see
``region_boxes``. A source whose file is missing or unreadable is kept whole as before
(listed, its selections written back on export), with a note saying why.

ATLAS.ti writes a text quotation in a PDF twice: as a ``PlainTextSelection`` of the
representation and as the ``PDFSelection`` of the text's box (the same GUID, or on a
following page the same name). The text selection is the coding; the boxes are left out.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.exchange import positions
from qdadesk.core.exchange.import_parts import ImportParts
from qdadesk.core.exchange.markers import split_marker
from qdadesk.core.exchange.qde_reader import clean_guid, integer, local, qda_local
from qdadesk.core.exchange.region_boxes import (
    Box,
    Frame,
    fit_to_page,
    from_refi,
    page_frame,
    to_refi,
)
from qdadesk.core.exchange.report import DISCARDED, IMPORTED, KEPT, MAPPED, REPAIRED
from qdadesk.core.exchange.text_helpers import by_name, note_like
from qdadesk.core.i18n import tr
from qdadesk.core.model import Page

if TYPE_CHECKING:
    from lxml.etree import _Element as Element  # what parse_xml returns

MAX_PAGES = 20_000
"""Most pages a PDF from an exchange file may have (a page costs PDFium a parse)."""
MAX_PAGE_SIDE = 14_400.0
"""Largest page side in points PDF allows (200 inches, PDF 1.7 Annex C)."""
MAX_PICTURE_PIXELS = 100_000_000
"""Largest picture (pixels) accepted as viewable; the window could not hold a bigger one."""

_PAGED = {"PDFSource": ("pdf", "PDFSelection"), "PictureSource": ("picture", "PictureSelection")}
_CORNERS = ("firstX", "firstY", "secondX", "secondY")


class _Unreadable(Exception):
    """The source's file cannot be shown (the reason is the message)."""


def measure_pages(kind: str, data: bytes) -> list[Frame]:
    """The pages of a PDF (sizes in points, crop box, turn) or a picture's one page (size in
    pixels); ``_Unreadable``."""
    if kind == "picture":
        from qdadesk.core.importers.picture_headers import PictureUnreadable, read_picture

        try:
            width, height = read_picture(data).shown_size
        except PictureUnreadable as error:
            raise _Unreadable(tr(error.message).format(**error.values)) from error
        if width < 1 or height < 1 or width * height > MAX_PICTURE_PIXELS:
            raise _Unreadable(
                tr("the picture claims {width} × {height} pixels").format(
                    width=width, height=height
                )
            )
        return [Frame(float(width), float(height))]
    from qdadesk.core.pdf_pages import PDFIUM_LOCK

    with PDFIUM_LOCK:  # PDFium is not thread-safe (the window renders meanwhile)
        return _measure_pdf(data)


def _measure_pdf(data: bytes) -> list[Frame]:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise _Unreadable(tr("not a PDF PDFium can open ({error})").format(error=error)) from error
    try:
        count = len(document)
        if not 1 <= count <= MAX_PAGES:
            raise _Unreadable(tr("the PDF has {count} pages").format(count=count))
        frames = []
        for index in range(count):
            frame = page_frame(document[index])
            if not (0 < frame.width <= MAX_PAGE_SIDE and 0 < frame.height <= MAX_PAGE_SIDE):
                raise _Unreadable(
                    tr("page {page} measures {width:g} × {height:g} points").format(
                        page=index + 1, width=frame.width, height=frame.height
                    )
                )
            frames.append(frame)
        return frames
    except pypdfium2.PdfiumError as error:
        raise _Unreadable(tr("not a PDF PDFium can open ({error})").format(error=error)) from error
    finally:
        document.close()


class PagedSourceImport(ImportParts):
    """The part of ``_ProjectImporter`` that reads PDF and picture sources with pages."""

    # provided by _ProjectImporter / SourceImport
    db: Any
    project: Any
    report: Any
    archive: Any
    ours: bool
    selections: dict[str, tuple[int, int, int]]
    pending_codings: list[list[Any]]
    notes: dict[str, Any]
    note_targets: dict[str, list[tuple[str, Any]]]

    def _paged_source(self, element: Element, names: set[str]) -> bool:
        """Import ``element`` as a document with pages; False (nothing written) when its
        file is missing or unreadable, and the caller keeps it whole."""
        kind_name = local(element.tag)
        kind, selection_tag = _PAGED[kind_name]
        reference = element.get("path") or ""
        data = self.archive.read(reference) if reference else None
        if data is None:
            return False
        try:
            frames = measure_pages(kind, data)
        except _Unreadable as error:
            self.report.add(
                KEPT,
                kind_name,
                tr("file unreadable ({reason}): kept as a listed source").format(reason=error),
                element.get("name") or reference,
            )
            return False
        guid = self.guid(element, kind_name)
        name = self._document_name(element, names, guid)
        parts = by_name(element)
        text, position_map, text_selections, whole_text = "", None, [], []
        representation = (parts.get("Representation") or [None])[0]
        if kind == "pdf" and representation is not None:
            raw = self._source_text(representation, name)
            if raw is None:
                self.report.add(
                    DISCARDED,
                    "Representation",
                    tr("text of the PDF not in the exchange file: its text codings left out"),
                    name,
                )
                skipped = sum(
                    1 for node in representation.iter() if qda_local(node.tag) == "Coding"
                )
                if skipped:
                    self.report.add(
                        DISCARDED, "Coding", tr("codings of a missing PDF text"), count=skipped
                    )
            else:
                inner = by_name(representation)
                text_selections = inner.get("PlainTextSelection", [])
                whole_text = inner.get("Coding", [])
                spans = []
                for selection in text_selections:
                    start = integer(selection.get("startPosition"))
                    end = integer(selection.get("endPosition"))
                    if start is not None and end is not None:
                        spans.append((start, end))
                position_map = positions.choose_map(raw, spans)
                text = position_map.normalised
        elif kind == "picture" and parts.get("TextDescription"):
            description = self._source_text(parts["TextDescription"][0], name)
            if description and description.strip():
                self.notes[f"text-description:{guid}"] = note_like(tr("Description"), description)
                self.note_targets.setdefault(f"text-description:{guid}", [])
                self.report.add(
                    MAPPED, kind_name, tr("picture's text description became a memo"), name
                )
        document_id = self._insert_document(element, guid, name, kind, text, parts)
        if f"text-description:{guid}" in self.note_targets:
            self.note_targets[f"text-description:{guid}"].append(("document", document_id))
        extension = (reference.rsplit(".", 1)[-1] if "." in reference else kind).lower()
        file_name = name if name.lower().endswith("." + extension) else f"{name}.{extension}"
        self.db.execute(
            "INSERT INTO document_files (document_id, file_name, file_type, data) "
            "VALUES (?, ?, ?, ?)",
            [document_id, file_name, extension, data],
        )
        pages = self._store_pages(document_id, guid, frames, text, name)
        self.report.add(
            IMPORTED,
            kind_name,
            tr("PDF documents with their pages") if kind == "pdf" else tr("pictures"),
        )
        text_guids: set[str] = set()
        text_names: set[str] = set()
        if position_map is not None:
            for selection in text_selections:
                start = integer(selection.get("startPosition"))
                end = integer(selection.get("endPosition"))
                text_guids.add(clean_guid(selection.get("guid")) or "")
                text_names.add(selection.get("name") or "")
                self._text_selection(selection, start, end, document_id, position_map, name)
            if whole_text and text:
                for coding in whole_text:
                    self._coding(coding, document_id, 0, len(text), "", 0, None, None)
        text_names.discard("")
        for selection in parts.get(selection_tag, []):
            self._region_selection(
                selection, kind, document_id, pages, frames, name, text_guids, text_names, len(text)
            )
        for coding in parts.get("Coding", []):  # a coding of the whole source
            if kind == "pdf" and text:
                self._coding(coding, document_id, 0, len(text), "", 0, None, None)
            else:
                page = pages[0]
                self._region_coding(
                    coding, kind, document_id, page, (0.0, 0.0, page.width, page.height), "", 0
                )
            self.report.add(
                MAPPED, "Coding", tr("coding of a whole PDF or picture became one of all of it")
            )
        return True

    # -- pages -----------------------------------------------------------------------------
    def _store_pages(
        self,
        document_id: int,
        guid: str,
        frames: list[Frame],
        text: str,
        name: str,
    ) -> list[Page]:
        sizes = [(frame.width, frame.height) for frame in frames]
        runs = _page_runs(text, len(sizes))
        own = self._own_pages(guid)
        if own is not None and len(own) == len(sizes):
            # our export: the exact sizes and each page's run of the text
            sizes = [(row[0], row[1]) for row in own]
            runs = [_clamped_run(row[2], row[3], len(text)) for row in own]
        elif text and len(sizes) > 1 and runs[0] == (0, len(text)):
            self.report.add(
                MAPPED,
                "Representation",
                tr("which text is on which page is not known: all of it counted to page 1"),
                name,
            )
        pages = [
            Page(document_id, number, width, height, start, end)
            for number, ((width, height), (start, end)) in enumerate(
                zip(sizes, runs, strict=True), 1
            )
        ]
        self.db.conn.executemany(
            "INSERT INTO document_pages (document_id, page, width, height, text_start, text_end) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [[p.document_id, p.page, p.width, p.height, p.text_start, p.text_end] for p in pages],
        )
        return pages

    def _own_extras(self) -> dict[str, Any]:
        if self._own_extras_cache is None:
            self._own_extras_cache = {}
            if self.ours:
                data = self.archive.read("qdadesk/extras.json")
                try:
                    loaded = json.loads(data.decode("utf-8")) if data else {}
                except ValueError:
                    loaded = {}  # reported when the extras are applied
                if isinstance(loaded, dict):
                    self._own_extras_cache = loaded
        return self._own_extras_cache

    _own_extras_cache: dict[str, Any] | None = None
    _run_document: Any = None  # the document whose regions are being read

    def _own_pages(self, guid: str) -> list[list[float]] | None:
        rows = (self._own_extras().get("pages") or {}).get(guid)
        if not isinstance(rows, list):
            return None
        try:
            checked = [[float(r[0]), float(r[1]), int(r[2]), int(r[3])] for r in rows]
        except (TypeError, ValueError, IndexError):
            return None
        if all(0 < r[0] <= MAX_PAGE_SIDE * 10 and 0 < r[1] <= MAX_PAGE_SIDE * 10 for r in checked):
            return checked
        return None

    def _own_region(self, coding_guid: str | None) -> list[Any] | None:
        if not coding_guid:
            return None
        found = (self._own_extras().get("regions") or {}).get(coding_guid)
        return found if isinstance(found, list) and len(found) == 7 else None

    # -- regions ---------------------------------------------------------------------------
    def _region_selection(
        self,
        selection: Element,
        kind: str,
        document_id: int,
        pages: list[Page],
        frames: list[Frame],
        name: str,
        text_guids: set[str],
        text_names: set[str],
        text_length: int,
    ) -> None:
        tag = local(selection.tag)
        raw_guid = clean_guid(selection.get("guid"))
        codings, description_node, note_ref, has_text = [], None, False, False
        for node in selection:
            part = qda_local(node.tag)
            if part == "Coding":
                codings.append(node)
            elif part == "Description" and description_node is None:
                description_node = node
            elif part == "NoteRef":
                note_ref = True
            elif part == "Representation":
                has_text = True
        label = f"{name} {selection.get('page') or ''} " + " ".join(
            selection.get(a) or "?" for a in _CORNERS
        )

        def discard(reason: str) -> None:
            self.report.add(DISCARDED, tag, reason, label)
            if codings:
                self.report.add(
                    DISCARDED, "Coding", tr("codings of unusable regions"), count=len(codings)
                )

        if not self.ours and (
            (raw_guid and raw_guid in text_guids)
            or (has_text and (selection.get("name") or "") in text_names)
        ):
            self.report.add(
                MAPPED,
                tag,
                tr("box of a text selection (ATLAS.ti) left out: the text selection is the coding"),
            )
            if codings:
                self.report.add(
                    DISCARDED,
                    "Coding",
                    tr("codings repeating a text selection's coding on its box"),
                    count=len(codings),
                )
            return
        guid = self.guid(selection, tag)
        if kind == "pdf":
            number = integer(selection.get("page"))
            if number is None or not 0 <= number < len(pages):
                discard(tr("region on a page the PDF does not have (pages count from 0)"))
                return
            page, frame = pages[number], frames[number]
        else:
            page, frame = pages[0], frames[0]
        fx, fy, sx, sy = (integer(selection.get(a)) for a in _CORNERS)
        if fx is None or fy is None or sx is None or sy is None:
            discard(tr("region without its four corners"))
            return
        refi = (fx, fy, sx, sy)
        if refi[0] == refi[2] or refi[1] == refi[3]:
            discard(tr("region without a width or a height"))
            return
        box, far = fit_to_page(page, from_refi(kind, frame, refi))
        if box is None:
            discard(tr("region outside the page"))
            return
        if far:
            self.report.add(REPAIRED, tag, tr("region reaching outside the page cut to fit"), label)
        first_coding = codings[0].get("guid") if codings else None
        own = self._own_region(clean_guid(first_coding))
        exact = _exact_box(kind, page, frame, refi, own) if own is not None else None
        text_run = None
        if exact is not None and own is not None:
            box = exact
            text_run = _clamped_run(own[5], own[6], text_length)
        description = ""
        marker: dict[str, str] = {}
        if description_node is not None:
            description, marker = split_marker(description_node.text or "")
        weight = max(0, min(100, integer(marker.get("weight")) or 0)) if marker else 0
        first_guid = None
        for coding in codings:
            written = self._region_coding(
                coding, kind, document_id, page, box, description, weight, guid, selection, text_run
            )
            first_guid = first_guid or written
        if note_ref:
            if first_guid is not None:
                self.refer_note(selection, "coding", first_guid)
            else:
                self.refer_note(selection, "document", document_id)
            if not self.ours:
                self.report.add(MAPPED, tag, tr("notes on a region kept as memos on its coding"))
        elif not codings and description.strip():
            key = f"region:{guid}"
            self.notes[key] = note_like(selection.get("name") or "", description, guid)
            self.note_targets.setdefault(key, []).append(("document", document_id))
            self.report.add(
                MAPPED, tag, tr("region without coding but with a description became a memo")
            )
        elif not codings:
            self.report.add(DISCARDED, tag, tr("region without coding or memo"), label)

    def _region_coding(
        self,
        coding: Element,
        kind: str,
        document_id: int,
        page: Page,
        box: Box,
        comment: str,
        weight: int,
        selection_guid: str | None = None,
        selection: Element | None = None,
        text_run: tuple[int, int] | None = None,
    ) -> str | None:
        """One region coding written; its GUID (None when its code is unknown)."""
        if text_run is None:
            text_run = self._text_run(document_id, page, box)
        start, end = text_run
        date = (selection.get("creationDateTime") if selection is not None else None) or None
        created = self.when(date, "Coding") if date else None
        date = (selection.get("modifiedDateTime") if selection is not None else None) or None
        modified = self.when(date, "Coding") if date else None
        guid = self._coding(
            coding,
            document_id,
            start,
            end,
            comment,
            weight,
            selection_guid,
            created,
            modified,
            selection,
        )
        if guid is None:
            return None
        row = self.pending_codings.pop()  # written now, with its box, not with the text rows
        self.db.execute(
            'INSERT INTO codings (guid, document_id, code_id, start, "end", weight, comment, '
            "coder_id, selection_guid, created, modified, page, x1, y1, x2, y2) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*row, page.page if kind == "pdf" else None, *box],
        )
        return guid

    def _text_run(self, document_id: int, page: Page, box: Box) -> tuple[int, int]:
        from qdadesk.core.ops.regions import text_run_in_box

        try:
            if self._run_document is None or self._run_document.id != document_id:
                self._run_document = self.project.document(document_id)
            return text_run_in_box(self.project, self._run_document, page, box)
        except QdaError:
            return (page.text_start, page.text_start)


def _exact_box(
    kind: str, page: Page, frame: Frame, refi: tuple[int, int, int, int], own: list[Any]
) -> Box | None:
    """Our exported exact box, when it is on this page and rounds to the corners the file
    holds (else the file was changed since, and its corners win)."""
    try:
        number = own[0]
        box = (float(own[1]), float(own[2]), float(own[3]), float(own[4]))
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in box):
        return None
    if kind == "pdf" and number != page.page:
        return None
    fx, fy, sx, sy = refi
    normal = (min(fx, sx), min(fy, sy), max(fx, sx), max(fy, sy))
    if to_refi(kind, frame, box) != normal:
        return None
    fitted, far = fit_to_page(page, box)
    return fitted if fitted == box else None


def _clamped_run(start: Any, end: Any, length: int) -> tuple[int, int]:
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        return (0, 0)
    start = max(0, min(start, length))
    return start, max(start, min(end, length))


def _page_runs(text: str, count: int) -> list[tuple[int, int]]:
    """Each page's run of ``text``: split at form feeds when there is one between each two
    pages (as PDF text extractors write them), else all of it on page 1."""
    if text.count("\f") == count - 1 and count > 1:
        runs, start = [], 0
        for _ in range(count - 1):
            end = text.index("\f", start)
            runs.append((start, end))
            start = end + 1
        runs.append((start, len(text)))
        return runs
    return [(0, len(text))] + [(len(text), len(text))] * (count - 1)
