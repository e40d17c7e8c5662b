"""Which characters of a PDF document's text lie in a box on one of its pages.

A region on a PDF page meets a text segment when the segment has characters inside the
region's box. Where a page's characters are drawn comes from the core's text layer
(:mod:`qdadesk.core.pdf_text_layer`, which handles turned and cropped pages and caches each
page); the page's run of the document's stored text is aligned with it there. Here a stored
run is first checked to be that page's text: one that is not (another program's OCR on a
scanned page, a text edited elsewhere) is refused, and the region's stored run stands in.
A character belongs to the box when its centre does. No Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qdadesk.core import pdf_text_layer

if TYPE_CHECKING:
    from qdadesk.core.model import Coding
    from qdadesk.core.project import Project

Box = tuple[float, float, float, float]
LOOKAHEAD = 12  # how far ahead in the stored text a PDF character may be found


def align(characters: list[str], text: str, offset: int = 0) -> list[int | None]:
    """For each PDF character, its offset in ``text`` (plus ``offset``), or None: matched in
    order, whitespace skipped, a character missing on one side passed over."""
    result: list[int | None] = []
    position = 0
    for char in characters:
        if char.isspace() or not char:
            result.append(None)
            continue
        while position < len(text) and text[position].isspace():
            position += 1
        window = text[position : position + LOOKAHEAD]
        found = window.find(char)
        if found < 0:
            result.append(None)  # only the PDF has it (a soft hyphen, a ligature's part)
            continue
        result.append(offset + position + found)
        position += found + 1
    return result


MATCHED = 0.8  # below this share of a page's characters matched, the texts differ


def check_page_text(data: bytes, page: int, text: str) -> None:
    """Raise ValueError unless ``text`` (a page's stored run) is page ``page``'s text layer,
    give or take what the importer tidied (line ends, spaces, hyphens)."""
    layer = pdf_text_layer.page_text(data, page)
    if text == layer:
        return
    visible = sum(1 for char in layer if not char.isspace())
    if not visible and text.strip():
        # Text stored for a page without a text layer (another program's OCR, say).
        raise ValueError("the page has no text layer")
    matched = sum(1 for found in align(list(layer), text) if found is not None)
    if visible and matched < MATCHED * visible:
        raise ValueError("the stored text is not the page's text layer")


def characters_in_box(
    data: bytes, page: int, box: Box, text: str, text_start: int
) -> list[tuple[int, int]]:
    """The runs of the document's text (offsets) whose characters lie in ``box`` on page
    ``page``, given the page's stored text ``text`` starting at ``text_start``. Runs are
    joined over the spaces between characters in the box. Raises ValueError when ``text``
    is not the page's text (:func:`check_page_text`)."""
    check_page_text(data, page, text)
    return pdf_text_layer.characters_in_box(data, page, box, text_start, stored=text)


class RegionTexts:
    """For one analysis: each PDF region's runs of text inside its box, every page read
    with PDFium once. Where that cannot be read (a picture, a scanned page, no original,
    an unreadable file) a region's stored text run stands in (none when it is empty)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._runs: dict[int, list[tuple[int, int]]] = {}
        self._pages: dict[tuple[int, int], tuple[str, int] | None] = {}
        # One document's PDF at a time: an analysis over 200 PDFs must not hold them all.
        self._original: tuple[int, bytes | None] | None = None

    def runs(self, coding_id: int) -> list[tuple[int, int]]:
        if coding_id not in self._runs:
            coding = self.project.coding(coding_id)
            found = self._read(coding)
            if found is None:
                found = [(coding.start, coding.end)] if coding.start < coding.end else []
            self._runs[coding_id] = found
        return self._runs[coding_id]

    def _read(self, coding: Coding) -> list[tuple[int, int]] | None:
        if not coding.is_region or coding.page is None or coding.box is None:
            return None
        key = (coding.document_id, coding.page)
        if key not in self._pages:
            self._pages[key] = self._page(coding.document_id, coding.page)
        page = self._pages[key]
        if page is None:
            return None
        data = self._pdf(coding.document_id)
        if data is None:
            return None
        text, start = page
        try:
            return pdf_text_layer.characters_in_box(data, coding.page, coding.box, start, text)
        except Exception:  # PDFium could not read it: the stored run stands in
            return None

    def _pdf(self, document_id: int) -> bytes | None:
        if self._original is None or self._original[0] != document_id:
            original = self.project.original_file(document_id)
            self._original = (document_id, None if original is None else original[2])
        return self._original[1]

    def _page(self, document_id: int, number: int) -> tuple[str, int] | None:
        """The page's stored run and its start, once the run is found to be the page's
        text; None where the page has no text to meet or it cannot be read."""
        pages = self.project.pages(document_id)
        if not 1 <= number <= len(pages):
            return None
        page = pages[number - 1]
        if page.text_end <= page.text_start:
            return None  # a scanned page: no text to meet
        data = self._pdf(document_id)
        if data is None:
            return None
        text = self.project.text(document_id)[page.text_start : page.text_end]
        try:
            check_page_text(data, number, text)
        except Exception:  # not this page's text, or PDFium could not read it
            return None
        return text, page.text_start
