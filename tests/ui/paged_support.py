"""Projects with PDF and picture documents for the page-view tests.

The documents are built as the PDF importer will store them (kind "pdf", the original
bytes, one page record per page with its run of the text representation), from real PDFs
of the shared corpus, read with PDFium.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from qdadesk.core.importers.document import ImportedDocument, ImportedPage

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
GUIDE = CORPUS / "mannheimer-bsr-interview-guide.pdf"


def pdf_document(data: bytes, name: str = "guide") -> ImportedDocument:
    """A 'pdf' document of ``data``: each page's PDFium text, "\\r\\n" made "\\n", pages
    joined by one "\\n"."""
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


def many_pages_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` pages: the corpus guide's pages over and over."""
    source = pypdfium2.PdfDocument(GUIDE.read_bytes())
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


def picture_document(width: int = 400, height: int = 300, name: str = "photo") -> ImportedDocument:
    """A 'picture' document: a white PNG with a black square at (100, 100)-(200, 200)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(100, 200):
        for y in range(100, 200):
            image.setPixel(x, y, QColor("black").rgb())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return ImportedDocument(
        name=name,
        text="",
        original=bytes(data),
        original_type="png",
        kind="picture",
        pages=[ImportedPage(width, height)],
    )
