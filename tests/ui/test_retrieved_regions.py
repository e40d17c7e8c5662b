"""Retrieved Segments lists region codings with a thumbnail of the region and its position
(page and box) in place of paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from qdadesk.ui.retrieved_segments import SEGMENT_ROLE, RetrievedSegmentsPane, source_line
from qdadesk.ui.session import ProjectSession
from tests.region_support import add_region, make_region_project


def red_png(width: int = 640, height: int = 480) -> bytes:
    """A white picture with a red square at 100..200, 100..200."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(100, 200):
        for y in range(100, 200):
            image.setPixelColor(x, y, QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture
def made(tmp_path: Path, qapp):
    made = make_region_project(tmp_path / "p.qdadesk", picture=red_png())
    yield made
    made.project.close()


def test_regions_show_thumbnail_and_position(made, qtbot) -> None:
    project = made.project
    code = project.add_code_path("Figures").result
    add_region(project, made.pdf, code, (72, 40, 300, 100), page=1)
    add_region(project, made.picture, code, (100, 100, 200, 200))
    session = ProjectSession(project)
    pane = RetrievedSegmentsPane(session)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    session.set_activation(
        session.activation.with_documents({made.pdf, made.picture}).with_codes({code})
    )
    assert pane.segment_count() == 2
    pdf_row, picture_row = pane.model.index(0), pane.model.index(1)
    pdf_fields = pdf_row.data(SEGMENT_ROLE)
    assert "policy.pdf, p. 1, 72,40–300,100" in source_line(pdf_fields)
    assert pdf_fields["text"] == "[region p. 1]"
    assert "photo.png, 100,100–200,200" in source_line(picture_row.data(SEGMENT_ROLE))
    pdf_thumb = pdf_row.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(pdf_thumb, QImage) and max(pdf_thumb.width(), pdf_thumb.height()) <= 96
    thumb = picture_row.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumb, QImage) and thumb.width() == 96
    assert thumb.pixelColor(48, 48) == QColor("red")
    # The list paints the picture: red pixels in the picture row, beside its label.
    shot = pane.view.viewport().grab().toImage()
    rect = pane.view.visualRect(picture_row)
    reds = sum(
        1
        for x in range(rect.left(), rect.right(), 4)
        for y in range(rect.top(), rect.bottom(), 4)
        if shot.pixelColor(x, y).red() > 200 and shot.pixelColor(x, y).green() < 60
    )
    assert reds > 300
    assert rect.height() >= 96
    session.undo_stack.clear()
