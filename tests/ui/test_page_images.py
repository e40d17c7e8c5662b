"""Pictures of PDF pages and of coded regions (qdadesk.render.page_images)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument, ImportedPage
from qdadesk.render.page_images import pdf_page_image, region_image
from tests.exchange.paged_support import page_sizes

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
GUIDE = CORPUS / "mannheimer-bsr-interview-guide.pdf"


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_a_pdf_page_is_drawn_with_ink_on_it(qapp) -> None:
    data = GUIDE.read_bytes()
    assert page_sizes(data)[0] == (612.0, 792.0)
    image = pdf_page_image(data, 1, scale=0.5)
    assert (image.width(), image.height()) == (306, 396)
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert dark > 50  # text was painted, not a blank page


def test_a_picture_region_shows_that_part_of_the_picture(qapp, tmp_path: Path) -> None:
    picture = QImage(200, 100, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    for x in range(100, 200):
        for y in range(0, 100):
            picture.setPixel(x, y, QColor("red").rgb())
    with Project.create(tmp_path / "p.qdadesk") as project:
        imported = ImportedDocument(
            name="photo",
            text="",
            original=_png(picture),
            original_type="png",
            kind="picture",
            pages=[ImportedPage(200, 100)],
        )
        document_id = project.add_document(imported).result
        code_id = project.add_code_path("Red").result
        coding_id = project.add_region_coding(document_id, code_id, (120, 10, 180, 90)).result
        image = region_image(project, project.coding(coding_id))
    assert (image.width(), image.height()) == (60, 80)
    assert QColor(image.pixel(30, 40)) == QColor("red")
