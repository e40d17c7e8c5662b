"""An open PDF for the Document Browser: its pages' pixels and the text layer under them.

A thin adapter over the core (:mod:`qdadesk.core.pdf_pages` for pixels,
:mod:`qdadesk.core.pdf_text_layer` for characters), so the window, the importer and the
analyses agree on where every character is, on turned (/Rotate) and cropped pages too. It
answers in offsets of the document's text representation and in REFI-QDA boxes (points
from the shown page's top-left corner); each page's stored run of the text is passed on, so
a text that differs from PDFium's (one that came with a REFI-QDA project) is aligned.

The core holds PDFium's lock around every call and caches the opened document and each
page's characters (keyed by the PDF's bytes, which this object keeps).
"""

from __future__ import annotations

from qdadesk.core import pdf_text_layer
from qdadesk.core.model import Page
from qdadesk.core.pdf_pages import PDFIUM_LOCK, Box, RenderedPage, cached_pdf, render_page


class OpenPdf:
    """A PDF shown in the Document Browser (``close`` when it is no longer shown)."""

    def __init__(self, data: bytes, pages: list[Page], text: str) -> None:
        with PDFIUM_LOCK:
            cached_pdf(data)  # raises pypdfium2.PdfiumError for a PDF PDFium cannot open
        self._data = data
        self._pages = pages
        self._text = text
        self.rendered: list[int] = []  # pages rendered, in order (the tests count them)

    def close(self) -> None:
        """Nothing to free: the core's cache closes the document when it leaves."""

    # -- pixels ----------------------------------------------------------------------------
    def render(self, page: int, scale: float) -> RenderedPage:
        """Page ``page`` (1-based) at ``scale`` pixels per point, B G R X."""
        rendered = render_page(self._data, page, scale)
        self.rendered.append(page)
        return rendered

    # -- text layer ------------------------------------------------------------------------
    def has_text(self, page: int) -> bool:
        """Whether text can be selected on ``page``: characters are drawn there and the
        document's text has a run for it (a REFI-QDA source may give a page none)."""
        if not self._known(page):
            return False
        record = self._pages[page - 1]
        return record.text_end > record.text_start and pdf_text_layer.has_text(self._data, page)

    def character_at(self, page: int, x: float, y: float) -> int | None:
        """The offset of the character whose box holds the point, or None."""
        if not self._known(page):
            return None
        start, stored = self._run(page)
        return pdf_text_layer.character_at(self._data, page, x, y, start, 0.0, stored)

    def nearest_character(self, page: int, x: float, y: float) -> int | None:
        """The offset of the character nearest the point (a line's characters first), or
        None on a page without text."""
        if not self._known(page):
            return None
        start, stored = self._run(page)
        return pdf_text_layer.nearest_character(self._data, page, x, y, start, stored)

    def boxes_for_run(self, page: int, start: int, end: int) -> list[Box]:
        """Where the text ``start..end`` is drawn on ``page``: one box per line piece."""
        if not self._known(page) or start >= end:
            return []
        text_start, stored = self._run(page)
        return pdf_text_layer.boxes_for_run(self._data, page, start, end, text_start, stored)

    def characters_in_box(self, page: int, box: Box) -> tuple[int, int] | None:
        """The run from the first to the last character whose centre lies in ``box``."""
        if not self._known(page):
            return None
        start, stored = self._run(page)
        runs = pdf_text_layer.characters_in_box(self._data, page, box, start, stored)
        return (runs[0][0], runs[-1][1]) if runs else None

    def page_of_offset(self, offset: int) -> int | None:
        """The page whose text run holds ``offset`` (1-based), or None."""
        for page in self._pages:
            if page.text_start <= offset < max(page.text_end, page.text_start + 1):
                return page.page
        return None

    def _known(self, page: int) -> bool:
        return 1 <= page <= len(self._pages)

    def _run(self, page: int) -> tuple[int, str]:
        """The page's start in the document's text and its stored run there."""
        record = self._pages[page - 1]
        return record.text_start, self._text[record.text_start : record.text_end]
