"""The first paint of a coded document is complete: stripes, highlights and paragraph numbers.

The real window, driven as a user drives it (double-click in the Document System, resizing,
Ctrl++, hiding and showing), grabbed and checked on pixels. Before the fix the margin kept a
visible range computed while Qt was still laying the document out (first position after the
last), so a freshly opened interview showed no stripes, numbers or highlights.
"""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from pathlib import Path

import pytest
from coding_workspace_support import isolated_settings  # noqa: F401
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QImage

CODE_COLORS = {"Budget": "#d62728", "Teachers": "#1f77b4", "Parents": "#2ca02c"}
FILES = (
    "qc-demo-school-board-meeting-2017.txt",  # 52 KB
    "qc-demo-admin-interview-1.txt",
    "mannheimer-bsr-interview-guide.pdf",
    "qualcoder-example-ID1.docx",
    "swj2022-P01-think-aloud-transcript.odt",
)


@pytest.fixture
def coded_project(tmp_path, corpus_dir) -> tuple[Path, list[int]]:
    """Real transcripts with 20 codings each, spread over the document (one at the start)."""
    from qdadesk.core import Project

    path = tmp_path / "coded.qdadesk"
    with Project.create(path) as project:
        ids = project.import_documents([corpus_dir / name for name in FILES]).result.imported
        codes = []
        for name, color in CODE_COLORS.items():
            project.add_code_path(name, color=color)
            codes.append(project.find_code(name).id)
        for document_id in ids:
            length = len(project.text(document_id))
            for i in range(20):
                start = length * i // 40
                project.add_coding(document_id, codes[i % 3], start, min(length, start + 90))
    return path, ids


def _window(qtbot, monkeypatch, tmp_path):
    from qdadesk.ui import MainWindow

    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1280, 720)
    return main


@pytest.fixture
def shown_window(qtbot, isolated_settings, coded_project, monkeypatch, tmp_path):
    main = _window(qtbot, monkeypatch, tmp_path)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_project(coded_project[0])
    qtbot.wait(50)
    yield main
    main.close()


def _double_click_document(window, qtbot, document_id: int) -> None:
    pane = window.document_system
    index = pane.model.index_of("document", document_id)
    pane.tree.scrollTo(index)
    center = pane.tree.visualRect(index).center()
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.wait(100)  # the user waits: the event loop runs, nothing is scrolled or resized
    assert window.document_browser.current_document_id() == document_id


def _near(pixel: QColor, target: QColor, tolerance: int) -> bool:
    return (
        abs(pixel.red() - target.red()) <= tolerance
        and abs(pixel.green() - target.green()) <= tolerance
        and abs(pixel.blue() - target.blue()) <= tolerance
    )


def _count(image: QImage, rect: QRect, targets: list[QColor], tolerance: int) -> int:
    found = 0
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if any(_near(pixel, target, tolerance) for target in targets):
                found += 1
    return found


def _in_window(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def assert_complete_first_paint(window) -> None:
    """Stripes, highlights and paragraph numbers are all on the grabbed window."""
    image = window.grab().toImage()
    browser = window.document_browser
    margin = browser.margin
    margin_rect = _in_window(window, margin)
    codes = [QColor(color) for color in CODE_COLORS.values()]
    stripes = _count(image, margin_rect, codes, 10)
    base = browser.text.palette().color(browser.text.viewport().backgroundRole())
    shades = []
    for color in codes:  # the highlight: the code colour over the page at alpha 70
        shade = QColor(
            round(base.red() + (color.red() - base.red()) * 70 / 255),
            round(base.green() + (color.green() - base.green()) * 70 / 255),
            round(base.blue() + (color.blue() - base.blue()) * 70 / 255),
        )
        shades.append(shade)
    highlights = _count(image, _in_window(window, browser.text.viewport()), shades, 8)
    numbers_left = margin_rect.right() - margin.number_width() + 2
    numbers_rect = QRect(numbers_left, margin_rect.top(), margin.number_width() - 4, 200)
    dark = [QColor(0, 0, 0), QColor(80, 80, 80), QColor(128, 128, 128)]
    numbers = _count(image, numbers_rect, dark, 50)
    assert stripes > 20, f"no coding stripes in the margin ({stripes} pixels)"
    assert highlights > 200, f"no highlights in the text ({highlights} pixels)"
    assert numbers > 10, f"no paragraph numbers ({numbers} pixels)"


def test_open_switch_resize_zoom_restore_paint_everything(shown_window, coded_project, qtbot):
    window = shown_window
    school, admin, pdf, docx, odt = coded_project[1]
    _double_click_document(window, qtbot, school)
    assert_complete_first_paint(window)
    _double_click_document(window, qtbot, admin)
    assert_complete_first_paint(window)
    for document_id in (pdf, docx, odt, school):
        _double_click_document(window, qtbot, document_id)
        assert_complete_first_paint(window)
    window.resize(1000, 640)
    qtbot.wait(100)
    assert_complete_first_paint(window)
    window.resize(1280, 720)
    qtbot.wait(100)
    assert_complete_first_paint(window)
    browser = window.document_browser
    browser.text.setFocus()
    size = browser.text.font().pointSizeF()
    qtbot.keyClick(browser.text, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert browser.text.font().pointSizeF() > size
    assert_complete_first_paint(window)
    qtbot.keyClick(browser.text, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(browser.text, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert_complete_first_paint(window)
    window.hide()
    qtbot.wait(20)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert_complete_first_paint(window)
    window.showMinimized()
    qtbot.wait(20)
    window.showMaximized()
    qtbot.wait(100)
    assert_complete_first_paint(window)


@pytest.mark.parametrize("shown_first", [True, False])
def test_first_document_after_the_project_opens_is_complete(
    qtbot, isolated_settings, coded_project, monkeypatch, tmp_path, shown_first
):
    path, ids = coded_project
    QSettings().setValue(f"lastDocument/{path.resolve()}", ids[0])
    window = _window(qtbot, monkeypatch, tmp_path)
    if shown_first:  # the window is up, then the project (and its last document) opens
        window.show()
        qtbot.waitExposed(window)
    assert window.open_project(path)
    if not shown_first:
        window.show()
        qtbot.waitExposed(window)
    qtbot.wait(100)
    assert window.document_browser.current_document_id() == ids[0]
    assert_complete_first_paint(window)
    window.close()
