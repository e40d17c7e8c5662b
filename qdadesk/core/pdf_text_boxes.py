"""Which characters of a PDF document's text lie in a box on one of its pages.

A region on a PDF page meets a text segment when the segment has characters inside the
region's box. PDFium (pypdfium2) gives each character of a page's text layer its box; those
characters are matched, in order, to the page's run of the document's stored text (which
the importer may have tidied: line endings, spaces, hyphens), skipping what only one side
has. A character belongs to the box when its centre does. No Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qdadesk.core.model import Coding
    from qdadesk.core.project import Project

Box = tuple[float, float, float, float]
LOOKAHEAD = 12  # how far ahead in the stored text a PDF character may be found
# A page read for regions: (offset, x, y) of each character, its stored text, where it starts.
AlignedPage = tuple[list[tuple[int, float, float]], str, int]


def page_characters(data: bytes, page: int) -> list[tuple[str, float, float]]:
    """The text layer of page ``page`` (1-based): each character with its centre, in
    REFI-QDA coordinates (points from the page's top-left corner)."""
    import pypdfium2
    import pypdfium2.raw as raw

    document = pypdfium2.PdfDocument(data)
    try:
        pdf_page = document[page - 1]
        height = pdf_page.get_size()[1]
        text_page = pdf_page.get_textpage()
        found = []
        for index in range(text_page.count_chars()):
            code = raw.FPDFText_GetUnicode(text_page.raw, index)
            left, bottom, right, top = text_page.get_charbox(index)
            found.append((chr(code), (left + right) / 2, height - (bottom + top) / 2))
        return found
    finally:
        document.close()


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


def _aligned(data: bytes, page: int, text: str, text_start: int) -> list[tuple[int, float, float]]:
    """The page's characters matched to the stored text: (offset, centre x, centre y).
    Raises ValueError when too few match (the stored text is not this page's text)."""
    characters = page_characters(data, page)
    offsets = align([c for c, _, _ in characters], text, text_start)
    visible = sum(1 for c, _, _ in characters if c.strip())
    if not visible and text.strip():
        # Text stored for a page without a text layer (another program's OCR, say).
        raise ValueError("the page has no text layer")
    if visible and sum(1 for o in offsets if o is not None) < MATCHED * visible:
        raise ValueError("the stored text is not the page's text layer")
    return [
        (offset, x, y)
        for (_, x, y), offset in zip(characters, offsets, strict=True)
        if offset is not None
    ]


def _runs_in_box(
    aligned: list[tuple[int, float, float]], box: Box, text: str, text_start: int
) -> list[tuple[int, int]]:
    x1, y1, x2, y2 = box
    inside = sorted(offset for offset, x, y in aligned if x1 <= x <= x2 and y1 <= y <= y2)
    runs: list[list[int]] = []
    for offset in inside:
        between = text[runs[-1][1] - text_start : offset - text_start] if runs else "x"
        if runs and not between.strip():
            runs[-1][1] = offset + 1
        else:
            runs.append([offset, offset + 1])
    return [(start, end) for start, end in runs]


def characters_in_box(
    data: bytes, page: int, box: Box, text: str, text_start: int
) -> list[tuple[int, int]]:
    """The runs of the document's text (offsets) whose characters lie in ``box`` on page
    ``page``, given the page's stored text ``text`` starting at ``text_start``. Runs are
    joined over the spaces between characters in the box."""
    return _runs_in_box(_aligned(data, page, text, text_start), box, text, text_start)


class RegionTexts:
    """For one analysis: each PDF region's runs of text inside its box, every page read
    with PDFium once. Where that cannot be read (a picture, a scanned page, no original,
    an unreadable file) a region's stored text run stands in (none when it is empty)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._runs: dict[int, list[tuple[int, int]]] = {}
        self._pages: dict[tuple[int, int], AlignedPage | None] = {}

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
        aligned, text, start = page
        return _runs_in_box(aligned, coding.box, text, start)

    def _page(self, document_id: int, number: int) -> AlignedPage | None:
        pages = self.project.pages(document_id)
        if not 1 <= number <= len(pages):
            return None
        page = pages[number - 1]
        if page.text_end <= page.text_start:
            return None  # a scanned page: no text to meet
        original = self.project.original_file(document_id)
        if original is None:
            return None
        text = self.project.text(document_id)[page.text_start : page.text_end]
        try:
            return _aligned(original[2], number, text, page.text_start), text, page.text_start
        except Exception:  # PDFium could not read it: the stored run stands in
            return None


def region_text_runs(project: Project, coding: Coding) -> list[tuple[int, int]]:
    """The runs of a region's document text inside its box (see ``RegionTexts``)."""
    return RegionTexts(project).runs(coding.id)
