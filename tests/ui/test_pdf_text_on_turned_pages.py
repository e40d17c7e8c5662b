"""Text on a turned (/Rotate) or cropped PDF page in the Document Browser: a drag over a word
selects that word, and the selection and a coded segment are shaded where its letters are
drawn (the window uses the core's text layer, :mod:`qdadesk.core.pdf_text_layer`)."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import pytest
from coding_workspace_support import isolated_settings, trigger  # noqa: F401
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from qdadesk.core import Project
from qdadesk.core.importers import import_document_bytes
from qdadesk.core.pdf_text_layer import boxes_for_run
from tests.pdf_files import PdfPage, make_pdf

LINE = "alpha beta gamma"
RED = "#e6194b"


def _turned_pdf(rotate: int, crop: tuple[float, float, float, float] | None) -> bytes:
    # A first page upright, the second turned: offsets on page 2 start after page 1's run.
    return make_pdf(
        [
            PdfPage(lines=[(72, 700, "first page")]),
            PdfPage(lines=[(120, 600, LINE)], rotate=rotate, crop_box=crop),
        ]
    )


@pytest.fixture
def make_window(qtbot, isolated_settings, monkeypatch, tmp_path):  # noqa: F811
    from qdadesk.ui import MainWindow
    from qdadesk.ui.coders import set_coder_name

    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    set_coder_name("Ana")
    windows = []

    def make(data: bytes):
        path = tmp_path / f"turned{len(windows)}.qdadesk"
        with Project.create(path) as project:
            project.add_document(import_document_bytes(data, "turned.pdf"))
            project.add_code_path("Red", color=RED)
        main = MainWindow()
        qtbot.addWidget(main)
        main.resize(1300, 900)
        main.show()
        qtbot.waitExposed(main)
        assert main.open_project(path)
        windows.append(main)
        return main

    yield make
    for main in windows:
        main.close()


def _open(window):
    pane = window.document_system
    doc = window.session.project.find_document("turned").id
    index = pane.model.index_of("document", doc)
    rect = pane.tree.visualRect(index)
    pane.tree.scrollTo(index)
    viewport = pane.tree.viewport()
    from PySide6.QtTest import QTest

    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.document_browser.paged.view
    view.go_to_page(2)
    _settle(view)
    return view, doc


def _settle(view) -> None:
    for _ in range(50):
        view.viewport().repaint()
        QApplication.processEvents()
        if not view.images.wanted:
            break


def _point(view, box) -> QPoint:
    point = view.to_view(2, QPointF((box[0] + box[2]) / 2, (box[1] + box[3]) / 2))
    return QPoint(round(point.x()), round(point.y()))


@pytest.mark.parametrize(
    ("rotate", "crop"),
    [(90, None), (180, None), (270, (50, 100, 450, 750)), (0, (50, 100, 450, 750))],
)
def test_a_drag_over_a_word_on_a_turned_page_selects_and_shades_that_word(
    make_window, qtbot, rotate, crop
):
    data = _turned_pdf(rotate, crop)
    window = make_window(data)
    view, doc = _open(window)
    project = window.session.project
    text = project.text(doc)
    page = project.pages(doc)[1]
    start = text.index("beta")
    end = start + len("beta")
    # Where the letters are drawn on the shown page (checked against PDFium's pixels in
    # tests/core/test_pdf_text_layer.py).
    first = boxes_for_run(data, 2, start, start + 1, page.text_start)[0]
    last = boxes_for_run(data, 2, end - 1, end, page.text_start)[0]
    (word,) = boxes_for_run(data, 2, start, end, page.text_start)
    target = view.viewport()
    press, release = _point(view, first), _point(view, last)
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    qtbot.mouseMove(target, (press + release) / 2)
    qtbot.mouseMove(target, release)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, release)
    assert window.document_browser.selected_range() == (start, end)
    # The selection's shade lies over the word's letters and not elsewhere on the line.
    image = view.viewport().grab().toImage()
    shaded = view.box_rect(2, word)
    centre = shaded.center()
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    inside = [
        QColor(image.pixel(round(x), round(centre.y())))
        for x in (shaded.left() + 2, shaded.right() - 2)
    ] + [
        QColor(image.pixel(round(centre.x()), round(y)))
        for y in (shaded.top() + 2, shaded.bottom() - 2)
    ]
    for color in inside:
        assert color != QColor("white"), (rotate, crop, color.name(), highlight.name())
    # Coded, the segment's mark sits on the same letters (a click there selects it).
    window.set_current_code(project.find_code("Red").id)
    trigger(window, "actionCodeWithCurrentCode")
    (coding,) = project.codings(document_ids=[doc])
    assert (coding.start, coding.end) == (start, end)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    _settle(view)
    assert view.mark_at(_point(view, word)) == coding.id


def test_a_page_without_a_run_of_the_text_has_no_text_to_select() -> None:
    """A REFI-QDA source may give a page no run of its text: a drag there pans (a selection
    would land on the next page's text)."""
    from qdadesk.core.model import Page
    from qdadesk.ui.document_browser.pdf_text import OpenPdf

    data = _turned_pdf(90, None)
    pages = [Page(1, 1, 612, 792, 0, 10), Page(1, 2, 792, 612, 11, 11)]
    pdf = OpenPdf(data, pages, "first page\n")
    assert pdf.has_text(1) and not pdf.has_text(2) and not pdf.has_text(3)
    assert pdf.nearest_character(1, 80, 95) is not None
    assert pdf.boxes_for_run(3, 0, 5) == [] and pdf.page_of_offset(4) == 1


def test_the_document_browser_shows_the_open_documents_type_icon(make_window):
    window = make_window(_turned_pdf(0, None))
    browser = window.document_browser

    def red_pixels() -> int:
        image = browser.title_icon.pixmap().toImage()
        return sum(
            1
            for y in range(image.height())
            for x in range(image.width())
            if abs(image.pixelColor(x, y).red() - 0xD3) < 25
            and image.pixelColor(x, y).green() < 80
            and image.pixelColor(x, y).alpha() > 200
        )

    assert red_pixels() == 0
    _open(window)
    assert red_pixels() >= 6  # the PDF icon's red band
    browser.close_document()
    assert red_pixels() == 0
