"""PDF import with PDFium: the document keeps its pages and its text layer.

A PDF becomes a ``kind="pdf"`` document: the original file is stored (the Document Browser
shows its pages), each page's size in points as shown (after ``/Rotate``), and the text
representation that search, autocode, queries and exports see: each page's text layer as
PDFium reads it (:func:`qdadesk.core.pdf_text_layer.read_page`), the pages joined by one
``"\\n"``; page ``n``'s run of it is kept, so an offset always names a place on a page.

A scanned PDF (no text on any page) imports with an empty text and a note: its pages are
coded by regions. A PDF that opens only with a password, or that is damaged, and one that
looks like a bomb (:func:`qdadesk.core.importers.limits.check_pdf`) are refused.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from qdadesk.core.errors import ImportFailed
from qdadesk.core.i18n import tr
from qdadesk.core.importers import limits
from qdadesk.core.importers.common import counted_note, document_name, failure, note
from qdadesk.core.importers.document import ImportedDocument, ImportedPage

if TYPE_CHECKING:
    import pypdfium2

_HEADER_SEARCH = 1024  # the %PDF- header may follow some junk; readers look this far
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
_SECURITY_ERROR = 5  # FPDF_ERR_SECURITY: an unsupported security handler


def _page_label(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    more = tr(" and {n} more").format(n=len(numbers) - 10) if len(numbers) > 10 else ""
    return shown + more


def _open(data: bytes, filename: str) -> pypdfium2.PdfDocument:
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise failure(
                filename,
                "the PDF is encrypted; remove its password (e.g. print it to a new PDF) "
                "and import it again",
            ) from exc
        if getattr(exc, "err_code", None) == _SECURITY_ERROR:
            raise failure(
                filename, "the PDF is protected by a security handler QDA Desk cannot open"
            ) from exc
        raise failure(filename, "the PDF is damaged and cannot be read") from exc


def _checked_size(width: float, height: float, number: int, filename: str) -> None:
    low, high = limits.MIN_PDF_PAGE_SIDE, limits.MAX_PDF_PAGE_SIDE
    if not (math.isfinite(width) and math.isfinite(height)) or not (
        low <= width <= high and low <= height <= high
    ):
        raise failure(
            filename,
            "page {page} measures {width} \N{MULTIPLICATION SIGN} {height} points; QDA Desk "
            "reads pages from {low} to {high} points a side",
            page=number,
            width=f"{width:g}",
            height=f"{height:g}",
            low=f"{low:g}",
            high=f"{high:g}",
        )


def import_pdf(data: bytes, filename: str) -> ImportedDocument:
    """Import a .pdf file as a document of pages with its text layer."""
    from qdadesk.core.pdf_pages import PDFIUM_LOCK
    from qdadesk.core.pdf_text_layer import PAGE_SEPARATOR, read_page

    if b"%PDF-" not in data[:_HEADER_SEARCH]:
        raise failure(filename, "not a PDF (the file has no PDF header)")
    limits.check_pdf(data, filename)
    texts: list[str] = []
    pages: list[ImportedPage] = []
    empty: list[int] = []
    failed: list[int] = []
    with PDFIUM_LOCK:
        document = _open(data, filename)
        try:
            count = len(document)
            if count == 0:
                raise failure(filename, "the PDF is damaged: it has no pages")
            limits.check_pdf_page_count(count, filename)
            length = 0
            for number in range(1, count + 1):
                try:
                    pdf_page = document[number - 1]
                except Exception as exc:  # a page PDFium cannot load makes the PDF unusable
                    raise failure(
                        filename, "the PDF is damaged: page {page} cannot be read", page=number
                    ) from exc
                try:
                    width, height = pdf_page.get_size()
                    _checked_size(width, height, number, filename)
                    try:
                        text = read_page(pdf_page).text
                    except ImportFailed:
                        raise
                    except Exception:  # one bad text layer must not lose the others
                        failed.append(number)
                        text = ""
                finally:
                    pdf_page.close()
                if number > 1:
                    length += len(PAGE_SEPARATOR)
                pages.append(ImportedPage(width, height, length, length + len(text)))
                length += len(text)
                if not text.strip():
                    empty.append(number)
                texts.append(text)
        finally:
            document.close()
    text = PAGE_SEPARATOR.join(texts)
    report = []
    if failed:
        report.append(
            counted_note(
                "the text of page {pages} could not be read",
                "the text of pages {pages} could not be read",
                len(failed),
                pages=_page_label(failed),
            )
        )
    if not text.strip():
        # A scan: the pages are what there is. The text stays empty (not a run of page
        # separators), so no tool offers to code it.
        text = ""
        pages = [ImportedPage(page.width, page.height) for page in pages]
        report.append(
            note(
                "the PDF has no text layer (a scanned PDF?): its pages can be coded by "
                "regions; to code its text, run OCR on it first"
            )
        )
    elif empty := [n for n in empty if n not in failed]:
        report.append(
            counted_note(
                "no text on page {pages} (images only?)",
                "no text on pages {pages} (images only?)",
                len(empty),
                pages=_page_label(empty),
            )
        )
    return ImportedDocument(
        name=document_name(filename),
        text=text,
        original=data,
        original_type="pdf",
        report=report,
        kind="pdf",
        pages=pages,
    )
