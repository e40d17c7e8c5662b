"""The window's exports draw every region's picture, pictures included: Retrieved
Segments to Word/HTML, and the display and quote-matrix Word tables."""

from __future__ import annotations

import base64
import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from qdadesk.core.analysis.quote_matrix import quote_matrix
from qdadesk.core.exporters.tables_docx import write_quote_matrix_docx
from qdadesk.render.page_images import region_pictures
from qdadesk.ui.retrieved_segments import RetrievedSegmentsPane
from qdadesk.ui.session import ProjectSession
from tests.region_support import add_region, make_region_project
from tests.ui.test_retrieved_regions import red_png


@pytest.fixture
def made(tmp_path: Path, qapp):
    made = make_region_project(tmp_path / "p.qdadesk", picture=red_png())
    code = made.project.add_code_path("Figures").result
    add_region(made.project, made.pdf, code, (50, 50, 400, 250), page=1)
    add_region(made.project, made.picture, code, (100, 100, 200, 200))
    made.code = code
    yield made
    made.project.close()


def test_retrieved_segments_export_embeds_picture_regions(made, qtbot, tmp_path: Path) -> None:
    session = ProjectSession(made.project)
    pane = RetrievedSegmentsPane(session)
    qtbot.addWidget(pane)
    session.set_activation(
        session.activation.with_documents({made.pdf, made.picture}).with_codes({made.code})
    )
    pane.export(str(tmp_path / "s.html"))
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    images = [base64.b64decode(i) for i in re.findall(r"base64,([^\"]+)\"", page)]
    assert len(images) == 2
    red = [QImage.fromData(i) for i in images if QImage.fromData(i).width() == 100]
    assert red and red[0].pixelColor(50, 50) == QColor("red")
    pane.export(str(tmp_path / "s.docx"))
    with zipfile.ZipFile(tmp_path / "s.docx") as archive:
        assert len([n for n in archive.namelist() if n.startswith("word/media/")]) == 2
    session.undo_stack.clear()


def test_quote_matrix_word_table_embeds_picture_regions(made, tmp_path: Path) -> None:
    path = tmp_path / "q.docx"
    matrix = quote_matrix(made.project, columns="documents")
    write_quote_matrix_docx(matrix, path, pictures=region_pictures(made.project))
    with zipfile.ZipFile(path) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        pngs = [QImage.fromData(archive.read(n)) for n in media]
    assert len(media) == 2
    assert any(p.width() == 100 and p.pixelColor(50, 50) == QColor("red") for p in pngs)


def test_summary_grid_cell_shows_the_region_picture(made, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from qdadesk.ui.displays.summary_windows import SummaryGridWindow

    session = ProjectSession(made.project)
    grid = SummaryGridWindow(session)
    qtbot.addWidget(grid)
    grid.resize(1000, 640)
    grid.show()
    qtbot.waitExposed(grid)
    grid.refresh()
    column = 1 + [c.key for c in grid.table.columns].index(made.picture)
    index = grid.view.model().index(0, column)
    QTest.mouseClick(
        grid.view.viewport(), Qt.MouseButton.LeftButton, pos=grid.view.visualRect(index).center()
    )
    assert "[picture region]" in grid.segments.toPlainText()
    shot = grid.segments.viewport().grab().toImage()
    reds = sum(
        1
        for x in range(0, shot.width(), 3)
        for y in range(0, shot.height(), 3)
        if shot.pixelColor(x, y).red() > 200 and shot.pixelColor(x, y).green() < 60
    )
    assert reds > 100
    session.undo_stack.clear()
