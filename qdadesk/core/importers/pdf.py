"""PDF import with pypdf: the text layer, page by page.

Each page's extracted text follows the previous page's after one ``"\\n"``; line ends are
normalised and NUL characters (extraction debris) removed, nothing else is changed, so
the layout (hyphenation, running heads, column order) is whatever the PDF's text layer
holds. No formatting spans are produced. A PDF that opens only with a password, or that
has no text at all (a scan), is refused with a message saying what to do.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from qdadesk.core.errors import ImportFailed
from qdadesk.core.i18n import tr
from qdadesk.core.importers.common import counted_note, document_name, failure
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.importers.txt import normalise_newlines

if TYPE_CHECKING:
    from pypdf import PdfReader

_HEADER_SEARCH = 1024  # the %PDF- header may follow some junk; readers look this far


def _open(data: bytes, filename: str) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    if b"%PDF-" not in data[:_HEADER_SEARCH]:
        raise failure(filename, "not a PDF (the file has no PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise failure(
                filename,
                "the PDF is encrypted; remove its password (e.g. print it to a new PDF) "
                "and import it again",
            )
        _first_page = reader.pages[0]  # fails here, clearly, if the page tree is broken
    except ImportFailed:
        raise
    except DependencyError as exc:
        raise failure(
            filename,
            "the PDF is encrypted with AES, which needs the "
            "\N{LEFT SINGLE QUOTATION MARK}cryptography\N{RIGHT SINGLE QUOTATION MARK} "
            "package to open",
        ) from exc
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise failure(filename, "the PDF is damaged and cannot be read") from exc
    return reader


def _page_label(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    more = tr(" and {n} more").format(n=len(numbers) - 10) if len(numbers) > 10 else ""
    return shown + more


def import_pdf(data: bytes, filename: str) -> ImportedDocument:
    """Import a .pdf file's text layer."""
    reader = _open(data, filename)
    pages: list[str] = []
    empty: list[int] = []
    failed: list[int] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:  # one bad page must not lose the others; it is reported
            failed.append(number)
            text = ""
        text = normalise_newlines(text).replace("\x00", "")
        if not text.strip():
            empty.append(number)
        pages.append(text)
    text = "\n".join(pages)
    if not text.strip():
        if failed:
            raise failure(filename, "the PDF is damaged; no page's text could be read")
        raise failure(filename, "the PDF has no text layer (a scanned PDF?); run OCR first")
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
    if empty := [n for n in empty if n not in failed]:
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
    )
