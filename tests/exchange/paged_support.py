"""Real picture bytes and projects with PDF and picture documents for the exchange tests."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument, ImportedPage
from qdadesk.core.pdf_pages import PDFIUM_LOCK, open_pdf

PDF_TEXT = "Interview guide\nIntroduction\fQuestions about reuse\fData\f\f"


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Each page's (width, height) in points, as PDFium shows it (after its rotation)."""
    with PDFIUM_LOCK:
        document = open_pdf(data)
        return [document.get_page_size(index) for index in range(len(document))]


def png_bytes(width: int, height: int) -> bytes:
    """A real RGB PNG of a colour gradient."""
    rows = b"".join(
        b"\x00" + bytes((x * 5 + y * 3) % 256 for x in range(width * 3)) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg_bytes(width: int, height: int) -> bytes:
    """A real JPEG (written by Qt)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("darkorange"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG")
    return bytes(data.data())


def pdf_document(
    corpus_dir: Path, name: str = "mannheimer-bsr-interview-guide.pdf"
) -> ImportedDocument:
    """A corpus PDF as a 'pdf' document: its pages from PDFium, a text with a run per page."""
    data = (corpus_dir / name).read_bytes()
    sizes = page_sizes(data)
    runs, start = [], 0
    for part in PDF_TEXT.split("\f")[: len(sizes)]:
        runs.append((start, start + len(part)))
        start += len(part) + 1
    pages = [ImportedPage(w, h, s, e) for (w, h), (s, e) in zip(sizes, runs, strict=True)]
    return ImportedDocument(
        name, PDF_TEXT, original=data, original_type="pdf", kind="pdf", pages=pages
    )


def picture_document(
    width: int = 64, height: int = 48, name: str = "photo.png"
) -> ImportedDocument:
    return ImportedDocument(
        name,
        "",
        original=png_bytes(width, height),
        original_type="png",
        kind="picture",
        pages=[ImportedPage(width, height)],
    )


def build_paged_project(path: Path, corpus_dir: Path) -> Project:
    """A PDF with regions on two pages and a text coding, and a picture with regions;
    weights, comments, coders and memos on them."""
    p = Project.create(path)
    p.user_name = "Ana"
    pdf = p.add_document(pdf_document(corpus_dir)).result
    picture = p.add_document(picture_document()).result
    figures = p.add_code_path("Figures").result
    tables = p.add_code_path("Layout\\Tables").result
    first = p.add_region_coding(
        pdf,
        figures,
        (72.25, 100.5, 300.75, 200.125),
        page=2,
        weight=40,
        comment="a chart",
        coder="Bob",
    ).result
    p.add_memo("coding", "On the chart", "the chart's memo", target_id=first, author="Bob")
    p.add_region_coding(pdf, tables, (0, 0, 612, 792), page=1)  # a whole page
    p.add_region_coding(pdf, tables, (10.1, 700.7, 20.2, 791.9), page=5, comment="foot")
    p.add_coding(pdf, figures, 0, 9, weight=10, comment="title")
    p.add_region_coding(picture, figures, (1.5, 2.5, 30, 40), weight=100, coder="Bob")
    p.add_region_coding(picture, tables, (0, 0, 64, 48), comment="all of it")
    p.add_memo("document", "About the photo", "taken in 2024", target_id=picture)
    p.add_memo("document", "About the guide", "version 2", target_id=pdf)
    p.add_memo("position", "On the title", "the title", target_id=pdf, start=0, end=9)
    p.set_document_value(pdf, "year", 2023, "integer")
    p.set_document_value(picture, "place", "Lyon", "text")
    return p
