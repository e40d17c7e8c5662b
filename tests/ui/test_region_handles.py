"""Moving and resizing a coded region in the Document Browser's pages, as MAXQDA does for a
coded picture segment: a click selects it and shows eight handles, a handle's drag resizes
it, a drag inside moves it, Escape cancels, the box stays on its page, and the release
writes it as one undo step. Fit Width never enlarges a small picture past 100 %."""

# ruff: noqa: F811  (fixtures are imported from the page tests)
from __future__ import annotations

import pytest
from coding_workspace_support import isolated_settings  # noqa: F401
from hypothesis import given
from hypothesis import strategies as st
from paged_support import picture_document
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from test_document_pages import (  # noqa: F401
    LAYOUT,
    _code,
    _doc,
    _near,
    _open,
    _pixels,
    _settle,
    _view_point,
    paged_project,
    window,
)

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument, ImportedPage
from qdadesk.ui.document_browser.region_handles import reshaped

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def _press_move_release(view, start: QPoint, end: QPoint, escape: bool = False) -> None:
    """A real drag on the widget that paints the pages (Escape pressed before the release
    when ``escape``)."""
    target = view.viewport()
    QTest.mousePress(target, LEFT, NONE, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(target, middle)
    QTest.mouseMove(target, end)
    if escape:
        QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(target, LEFT, NONE, end)
    _settle(view)


def _region(window, document: str, box, page=None) -> int:
    project = window.session.project
    operation = window.session.perform(
        lambda: project.add_region_coding(
            _doc(window, document), _code(window, "Layout"), box, page
        )
    )
    return operation.result


def _close(box, expected, zoom) -> bool:
    return all(abs(a - b) <= 1.5 / zoom for a, b in zip(box, expected, strict=True))


def _hover_cursor(view, where: QPoint) -> Qt.CursorShape:
    QTest.mouseMove(view.viewport(), where)
    return view.viewport().cursor().shape()


def test_a_picture_region_is_moved_resized_undone_and_kept(window, qtbot, paged_project):
    coding_id = _region(window, "photo", (50, 50, 150, 150))
    view = _open(window, qtbot, "photo")
    project = window.session.project
    zoom = view.zoom
    corner = _view_point(view, 1, 150, 150)  # inside the picture's black square
    assert QColor(_pixels(view).pixel(corner + QPoint(2, 2))).lightness() < 60
    # A click selects the region and shows its handles (white squares on its frame).
    QTest.mouseClick(view.viewport(), LEFT, NONE, _view_point(view, 1, 80, 80))
    assert view.selected_coding == coding_id
    assert QColor(_pixels(view).pixel(corner + QPoint(2, 2))).lightness() > 200
    # The cursor says what a drag does there.
    assert _hover_cursor(view, corner) == Qt.CursorShape.SizeFDiagCursor
    assert _hover_cursor(view, _view_point(view, 1, 100, 50)) == Qt.CursorShape.SizeVerCursor
    assert _hover_cursor(view, _view_point(view, 1, 80, 80)) == Qt.CursorShape.SizeAllCursor
    assert _hover_cursor(view, _view_point(view, 1, 300, 250)) != Qt.CursorShape.SizeAllCursor
    steps = len(project.history)

    # A drag inside moves it: one step, the frame painted at the new place.
    start = _view_point(view, 1, 80, 80)
    _press_move_release(view, start, start + QPoint(round(100 * zoom), round(40 * zoom)))
    moved = project.coding(coding_id).box
    assert _close(moved, (150, 90, 250, 190), zoom)
    assert len(project.history) == steps + 1
    image = _pixels(view)
    new_left = _view_point(view, 1, moved[0], moved[1] + (moved[3] - moved[1]) / 4)
    assert _near(QColor(image.pixel(new_left)), LAYOUT)
    old_left = _view_point(view, 1, 50, 75)
    assert not _near(QColor(image.pixel(old_left)), LAYOUT)
    window.grab().save("/tmp/h16reg-moved.png")

    # The south-east handle resizes it.
    corner = _view_point(view, 1, moved[2], moved[3])
    _press_move_release(view, corner, corner + QPoint(round(30 * zoom), round(20 * zoom)))
    resized = project.coding(coding_id).box
    assert _close(resized, (moved[0], moved[1], moved[2] + 30, moved[3] + 20), zoom)

    # Escape cancels a drag in progress: nothing written.
    steps = len(project.history)
    start = _view_point(view, 1, 200, 150)
    _press_move_release(view, start, start + QPoint(40, 40), escape=True)
    assert project.coding(coding_id).box == resized
    assert len(project.history) == steps
    edge = _view_point(view, 1, resized[0], resized[1] + (resized[3] - resized[1]) / 4)
    assert _near(QColor(_pixels(view).pixel(edge)), LAYOUT)  # drawn where it was

    # Edit → Undo (Ctrl+Z) puts the box back, step by step.
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.coding(coding_id).box == moved
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.coding(coding_id).box == (50, 50, 150, 150)
    _settle(view)
    assert _near(QColor(_pixels(view).pixel(_view_point(view, 1, 50, 75))), LAYOUT)
    QTest.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert project.coding(coding_id).box == moved

    # Saved: the project opened again has the moved box.
    window.close_project()
    assert window.open_project(paged_project)
    assert window.session.project.coding(coding_id).box == moved


def test_a_region_dragged_past_the_page_stays_on_it(window, qtbot):
    coding_id = _region(window, "photo", (300, 200, 380, 280))
    view = _open(window, qtbot, "photo")
    QTest.mouseClick(view.viewport(), LEFT, NONE, _view_point(view, 1, 340, 240))
    start = _view_point(view, 1, 340, 240)
    _press_move_release(view, start, start + QPoint(500, 500))
    assert window.session.project.coding(coding_id).box == (320, 220, 400, 300)
    corner = _view_point(view, 1, 320, 220)  # north-west handle dragged far up-left
    _press_move_release(view, corner, corner - QPoint(900, 900))
    assert window.session.project.coding(coding_id).box == (0, 0, 400, 300)


def test_on_a_pdf_the_frame_and_stripe_follow_and_text_and_shift_drags_still_work(window, qtbot):
    coding_id = _region(window, "guide", (80, 300, 400, 380), page=1)
    view = _open(window, qtbot, "guide")
    project = window.session.project
    view.zoom_by(-1)
    view.set_zoom(0.5)  # the whole page on screen
    _settle(view)
    zoom = view.zoom
    QTest.mouseClick(view.viewport(), LEFT, NONE, _view_point(view, 1, 240, 340))
    assert view.selected_coding == coding_id
    start = _view_point(view, 1, 240, 340)
    _press_move_release(view, start, start + QPoint(0, round(200 * zoom)))
    (coding,) = project.codings()
    assert coding.page == 1 and _close(coding.box, (80, 500, 400, 580), zoom)
    image = _pixels(view)
    stripe = next(place for place in view._places_on(1) if place.mark.coding_id == coding_id)
    assert stripe.top == pytest.approx(coding.box[1])
    from qdadesk.ui.document_browser.page_marks import stripe_rect

    where = stripe_rect(view.page_rect(1), stripe, view.zoom).center().toPoint()
    assert _near(QColor(image.pixel(where)), LAYOUT)  # the stripe beside the new place
    assert _near(QColor(image.pixel(_view_point(view, 1, 80, 515))), LAYOUT)  # the frame
    # Outside the selected region a drag still selects the PDF's text ...
    _press_move_release(view, _view_point(view, 1, 60, 90), _view_point(view, 1, 400, 140))
    assert window.document_browser.paged.selected_range() is not None
    assert project.coding(coding_id).box == coding.box
    # ... and Shift+drag inside a selected region draws a new region instead of moving it.
    QTest.mouseClick(view.viewport(), LEFT, NONE, _view_point(view, 1, 240, 540))
    assert view.selected_coding == coding_id
    target = view.viewport()
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.mousePress(target, LEFT, shift, _view_point(view, 1, 100, 510))
    QTest.mouseMove(target, _view_point(view, 1, 150, 540))
    QTest.mouseMove(target, _view_point(view, 1, 200, 560))
    QTest.mouseRelease(target, LEFT, shift, _view_point(view, 1, 200, 560))
    page, box = window.document_browser.selected_region()
    assert page == 1 and _close(box, (100, 510, 200, 560), zoom)
    assert project.coding(coding_id).box == coding.box


def _png(width: int, height: int, color: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_fit_width_never_enlarges_a_small_picture(window, qtbot, tmp_path):
    with Project.open(window.session.project.path) as other:
        other.add_document(
            ImportedDocument(
                name="icon",
                text="",
                original=_png(48, 48, "#e6194b"),
                original_type="png",
                kind="picture",
                pages=[ImportedPage(48, 48)],
            )
        )
        other.add_document(picture_document(3000, 200, name="banner"))
    window.session.check_other_writers()
    view = _open(window, qtbot, "icon")
    assert view.zoom == 1.0  # 100 %: the icon as large as it is
    rect = view.page_rect(1)
    assert rect.width() == 48 and rect.height() == 48
    image = _pixels(view)
    window.grab().save("/tmp/h16reg-icon.png")
    inside = rect.center().toPoint()
    assert _near(QColor(image.pixel(inside)), "#e6194b")
    outside = QPoint(round(rect.right()) + 30, inside.y())
    assert not _near(QColor(image.pixel(outside)), "#e6194b")  # not spread over the pane
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # Fit Width
    assert view.zoom == 1.0
    from coding_workspace_support import trigger

    trigger(window, "actionZoomIn")  # the user may still enlarge it
    assert view.zoom > 1.0
    # A wide picture is still shrunk to fit, and a PDF still fills the width.
    view = _open(window, qtbot, "banner")
    assert view.zoom < 1.0
    assert view.page_rect(1).width() <= view.viewport().width()
    view = _open(window, qtbot, "guide")
    assert view.page_rect(1).right() > view.viewport().width() - 60


_grips = st.sampled_from(["nw", "n", "ne", "e", "se", "s", "sw", "w", "move"])
_shift = st.floats(min_value=-2000, max_value=2000, allow_nan=False)


@given(
    grip=_grips,
    dx=_shift,
    dy=_shift,
    corner=st.tuples(st.floats(0, 500), st.floats(0, 700)),
    size=st.tuples(st.floats(1, 95), st.floats(1, 92)),
    zoom=st.floats(0.1, 6),
)
def test_a_reshaped_box_stays_on_its_page_with_a_width_and_height(
    grip, dx, dy, corner, size, zoom
) -> None:
    """Whatever the drag, the box the release writes is one the core accepts (on the page,
    never flat), and a move keeps its size."""
    width, height = 595.276, 792.0
    box = (corner[0], corner[1], corner[0] + size[0], corner[1] + size[1])
    x1, y1, x2, y2 = reshaped(box, grip, dx, dy, width, height, zoom)
    assert 0 <= x1 < x2 <= width and 0 <= y1 < y2 <= height
    if grip == "move":
        assert x2 - x1 == pytest.approx(size[0], abs=0.02)
        assert y2 - y1 == pytest.approx(size[1], abs=0.02)
