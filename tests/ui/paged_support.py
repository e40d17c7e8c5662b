"""PDF and picture documents for the page-view tests (PDFs from the shared corpus, built
as the importer stores them: ``benchmarks.paged_documents``)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from benchmarks.paged_documents import GUIDE, many_pages_pdf, pdf_document
from qdadesk.core.importers.document import ImportedDocument, ImportedPage

__all__ = ["GUIDE", "many_pages_pdf", "pdf_document", "picture_document"]


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
