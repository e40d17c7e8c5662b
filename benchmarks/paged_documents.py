"""PDF documents for benchmarks and tests, stored as the PDF importer stores them: kind
"pdf", the original bytes, and one page record per page with its run of the text
representation (each page's PDFium text, "\\r\\n" made "\\n", pages joined by one "\\n")."""

from __future__ import annotations

import io
from pathlib import Path

from qdadesk.core.importers.document import ImportedDocument, ImportedPage

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
GUIDE = CORPUS / "mannheimer-bsr-interview-guide.pdf"


def pdf_document(data: bytes, name: str = "guide") -> ImportedDocument:
    """A 'pdf' document of ``data`` with its pages and text representation."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    texts, sizes = [], []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            sizes.append(page.get_size())
            text_page.close()
            page.close()
    finally:
        pdf.close()
    pages, text, position = [], "", 0
    for number, (page_text, (width, height)) in enumerate(zip(texts, sizes, strict=True)):
        if number:
            text += "\n"
            position += 1
        pages.append(ImportedPage(width, height, position, position + len(page_text)))
        text += page_text
        position += len(page_text)
    return ImportedDocument(
        name=name, text=text, original=data, original_type="pdf", kind="pdf", pages=pages
    )


def many_pages_pdf(pages: int, source_path: Path = GUIDE) -> bytes:
    """A PDF of ``pages`` pages: the source's pages over and over."""
    import pypdfium2

    source = pypdfium2.PdfDocument(source_path.read_bytes())
    target = pypdfium2.PdfDocument.new()
    try:
        while len(target) < pages:
            count = min(len(source), pages - len(target))
            target.import_pages(source, list(range(count)))
        buffer = io.BytesIO()
        target.save(buffer)
        return buffer.getvalue()
    finally:
        target.close()
        source.close()
