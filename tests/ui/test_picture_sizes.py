"""The size the core reads from a picture's header is the size Qt shows it at, so region
boxes drawn in the window and typed on the command line mean the same pixels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter

from qdadesk.core import Project
from qdadesk.core.importers import import_document_bytes
from qdadesk.render.page_images import picture_image, region_image
from tests import picture_files as pf


def _encoded(image: QImage, fmt: bytes) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt)
    assert writer.write(image), writer.errorString()
    del writer  # before its buffer: the TIFF writer flushes when it goes
    return bytes(buffer.data())


def _qt_size(data: bytes) -> tuple[int, int]:
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    del reader
    assert not image.isNull()
    return (image.width(), image.height())


def _photo(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(width // 2, width):
        for y in range(height):
            image.setPixel(x, y, QColor("red").rgb())
    return image


def _pictures() -> dict[str, bytes]:
    photo = _photo(60, 40)
    jpeg = _encoded(photo, b"jpeg")
    return {
        "png.png": _encoded(photo, b"png"),
        "jpeg.jpg": jpeg,
        "exif6.jpg": pf.with_app1(jpeg, pf.exif_block(6)),
        "exif8-motorola.jpg": pf.with_app1(jpeg, pf.exif_block(8, big_endian=True)),
        "exif3.jpg": pf.with_app1(jpeg, pf.exif_block(3)),
        "webp.webp": _encoded(photo, b"webp"),
        "tiff.tif": _encoded(photo, b"tiff"),
        "orientation6.tif": pf.tiff(60, 40, orientation=6),
        "big-endian.tiff": pf.tiff(60, 40, big_endian=True),
        "gif.gif": pf.gif(60, 40),
        "animated.gif": pf.gif(12, 8, frames=3),
        "svg.svg": pf.svg('width="60" height="40"'),
        "viewbox.svg": pf.svg('viewBox="0 0 300 150"'),
        "qt-written.bmp": _encoded(photo, b"bmp"),
        "core.bmp": pf.bmp(61, 41, "core", 8),
        "core-1bit.bmp": pf.bmp(61, 41, "core", 1),
        "info.bmp": pf.bmp(61, 41, "info", 24),
        "info-top-down.bmp": pf.bmp(61, 41, "info", 4, top_down=True),
        "info-rle8.bmp": pf.bmp(300, 41, "info", rle8=True),
        "info-bitfields16.bmp": pf.bmp(61, 41, "info", 16),
        "os2.bmp": pf.bmp(61, 41, "os2", 8),
        "os2-top-down.bmp": pf.bmp(61, 41, "os2", 24, top_down=True),
        "os2-rle8.bmp": pf.bmp(300, 41, "os2", rle8=True),
        "v5-rle8.bmp": pf.bmp(300, 41, "v5", rle8=True),
        "v4.bmp": pf.bmp(61, 41, "v4", 32),
        "v4-top-down.bmp": pf.bmp(61, 41, "v4", 24, top_down=True),
        "v5.bmp": pf.bmp(61, 41, "v5", 1),
        "v5-top-down.bmp": pf.bmp(61, 41, "v5", 32, top_down=True),
    }


@pytest.mark.parametrize("name", sorted(_pictures()))
def test_the_core_reads_the_size_qt_shows(qapp, name: str) -> None:
    data = _pictures()[name]
    (page,) = import_document_bytes(data, name).pages
    assert (page.width, page.height) == _qt_size(data)
    image = picture_image(data)
    assert (image.width(), image.height()) == (page.width, page.height)


def test_an_svg_is_drawn_at_the_size_the_core_gave_it(qapp) -> None:
    # Qt alone would show 10 x 2 (it ignores points at the root) and cannot show "2in".
    for attributes, size in (
        ('width="30pt" height="6pc"', (40, 96)),
        ('width="2in" height="1in"', (192, 96)),
    ):
        data = pf.svg(attributes)
        (page,) = import_document_bytes(data, "a.svg").pages
        assert (page.width, page.height) == size
        image = picture_image(data, size)
        assert (image.width(), image.height()) == size


def test_a_region_of_a_turned_tiff_is_cut_from_the_turned_picture(qapp, tmp_path: Path) -> None:
    # The TIFF's stored rows run 60 wide; turned (orientation 6) it stands 40 x 60.
    with Project.create(tmp_path / "p.qdadesk") as project:
        path = tmp_path / "scan.tif"
        path.write_bytes(pf.tiff(60, 40, orientation=6))
        (document_id,) = project.import_documents([path]).result.imported
        assert [(p.width, p.height) for p in project.pages(document_id)] == [(40, 60)]
        code_id = project.add_code_path("Part").result
        coding_id = project.add_region_coding(document_id, code_id, (0, 30, 40, 60)).result
        image = region_image(project, project.coding(coding_id))
    assert (image.width(), image.height()) == (40, 30)
