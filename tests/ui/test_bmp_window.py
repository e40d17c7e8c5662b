"""A BMP in the real window: dropped onto the Document System it imports as a picture,
opens by double-click showing its pixels the right way up (a top-down V5 file), and a
region drawn with Shift+drag is coded and framed in the code's colour."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import struct

import pytest
from coding_workspace_support import isolated_settings, trigger  # noqa: F401
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from qdadesk.core import Project

LAYOUT = "#3cb44b"  # green
WIDTH, HEIGHT = 400, 300
SQUARE = (40, 30, 160, 110)  # black, near the top left: a picture upside down shows it low


def _top_down_v5_bmp() -> bytes:
    """A 24-bit BMP with a V5 header and rows stored top-down (negative height)."""
    stride = (WIDTH * 3 + 3) // 4 * 4
    rows = bytearray()
    for y in range(HEIGHT):
        row = bytearray()
        for x in range(WIDTH):
            inside = SQUARE[0] <= x < SQUARE[2] and SQUARE[1] <= y < SQUARE[3]
            row += b"\x00\x00\x00" if inside else b"\xff\xff\xff"
        rows += row + bytes(stride - len(row))
    dib = struct.pack("<IiiHHIIiiII", 124, WIDTH, -HEIGHT, 1, 24, 0, len(rows), 2835, 2835, 0, 0)
    dib += b"\x00" * 16 + b"sRGB" + b"\x00" * (124 - len(dib) - 20)
    offset = 14 + len(dib)
    return b"BM" + struct.pack("<IHHI", offset + len(rows), 0, 0, offset) + dib + bytes(rows)


@pytest.fixture
def window(qtbot, isolated_settings, monkeypatch, tmp_path):  # noqa: F811
    from qdadesk.ui import MainWindow
    from qdadesk.ui.coders import set_coder_name

    path = tmp_path / "bmp.qdadesk"
    with Project.create(path) as project:
        project.add_code_path("Layout", color=LAYOUT)
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    set_coder_name("Ana")
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1300, 850)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_project(path)
    yield main
    main.close()


def _finish_import(window, qtbot) -> None:
    """Wait for the background import the drop or menu started; close its summary."""
    from qdadesk.ui.document_properties import ImportSummaryDialog

    qtbot.waitUntil(lambda: not window.document_system.jobs, timeout=60_000)
    qtbot.waitUntil(lambda: bool(window.session.project.documents()), timeout=60_000)
    for dialog in window.findChildren(ImportSummaryDialog):
        dialog.close()


def _settle(view) -> None:
    for _ in range(50):
        view.viewport().repaint()
        QApplication.processEvents()
        if not view.images.wanted:
            break


def _pixel(view, x: float, y: float) -> QColor:
    _settle(view)
    point = view.to_view(1, QPointF(x, y)).toPoint()
    return QColor(view.viewport().grab().toImage().pixel(point))


def _near(color: QColor, hex_color: str, tolerance: int = 40) -> bool:
    want = QColor(hex_color)
    return all(
        abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], want.getRgb()[:3], strict=True)
    )


def test_a_dropped_bmp_opens_and_a_region_on_it_is_coded(window, qtbot, tmp_path) -> None:
    source = tmp_path / "floor plan.bmp"
    source.write_bytes(_top_down_v5_bmp())
    pane = window.document_system
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    root = pane.model.index(0, 0)
    assert pane.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, root)
    assert pane.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, root)
    _finish_import(window, qtbot)
    project = window.session.project
    document = project.find_document("floor plan")
    assert document.kind == "picture"
    assert [(p.width, p.height) for p in project.pages(document.id)] == [(WIDTH, HEIGHT)]

    # Open it by double-click, as a user does.
    index = pane.model.index_of("document", document.id)
    pane.tree.scrollTo(index)
    centre = pane.tree.visualRect(index).center()
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    view = window.document_browser.paged.view
    _settle(view)
    assert view.kind == "picture"
    assert _pixel(view, 100, 70).lightness() < 40  # the square, the right way up
    assert _pixel(view, 100, 250).lightness() > 200  # where it would be upside down
    assert _pixel(view, 300, 70).lightness() > 200

    # Shift+drag a region around the square and code it with the current code.
    window.set_current_code(project.find_code("Layout").id)
    start = view.to_view(1, QPointF(30, 20)).toPoint()
    end = view.to_view(1, QPointF(170, 120)).toPoint()
    target = view.viewport()
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, shift, start)
    qtbot.mouseMove(target, (start + end) / 2)
    qtbot.mouseMove(target, end)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, shift, end)
    page, box = window.document_browser.selected_region()
    assert page is None
    assert all(abs(a - b) <= 2 / view.zoom for a, b in zip(box, (30, 20, 170, 120), strict=True))
    trigger(window, "actionCodeWithCurrentCode")
    (coding,) = project.codings(document_ids=[document.id])
    assert coding.is_region and coding.box == box and coding.page is None

    # The frame is painted in the code's colour; inside it the picture still shows.
    _settle(view)
    frame = view.box_rect(1, box)
    edge = QPoint(round(frame.left()), round(frame.center().y()))
    image = view.viewport().grab().toImage()
    assert _near(QColor(image.pixel(edge)), LAYOUT)
    assert _pixel(view, 100, 70).lightness() < 80


def test_documents_import_offers_bmp_and_imports_the_chosen_one(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    source = tmp_path / "scan.bmp"
    source.write_bytes(_top_down_v5_bmp())
    asked: list[str] = []

    def choose(parent, caption, folder, filters):
        asked.append(filters)
        return [str(source)], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    trigger(window, "actionImportDocuments")  # Documents > Import Documents...
    first = asked[0].split(";;")[0]
    assert "*.bmp" in first and "*.png" in first and "*.docx" in first
    _finish_import(window, qtbot)
    document = window.session.project.find_document("scan")
    assert document.kind == "picture"
