"""The keyboard on a selected region of a page, and handles that leave a small region
movable: arrows move it (Shift: by 10), Alt+arrow resizes it from its bottom-right corner,
kept on its page; a burst of keys is one undo step; Escape deselects; Delete removes it
(Ctrl+Z brings it back). A region small on screen keeps only its corner handles and its
middle moves it."""

# ruff: noqa: F811  (fixtures are imported from the page tests)
from __future__ import annotations

from coding_workspace_support import isolated_settings  # noqa: F401
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from test_document_pages import (  # noqa: F401
    LAYOUT,
    _near,
    _open,
    _pixels,
    _settle,
    _view_point,
    paged_project,
    window,
)
from test_region_handles import _press_move_release, _region

from qdadesk.ui.document_browser.region_handles import MOVE, grip_at, handle_points

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _keys(view, key: Qt.Key, times: int = 1, modifiers=NONE) -> None:
    for _ in range(times):
        QTest.keyClick(view, key, modifiers)


def _select(view, x: float, y: float) -> None:
    QTest.mouseClick(view.viewport(), LEFT, NONE, _view_point(view, 1, x, y))


def _is_frame(view, x: float, y: float) -> bool:
    return _near(QColor(_pixels(view).pixel(_view_point(view, 1, x, y))), LAYOUT)


def test_arrow_keys_move_and_alt_arrows_resize_a_region_in_one_undo_step(window, qtbot):
    coding_id = _region(window, "photo", (50, 50, 150, 150))
    view = _open(window, qtbot, "photo")
    project = window.session.project
    _select(view, 80, 80)
    assert view.selected_coding == coding_id
    steps = len(project.history)

    # Shift+Right twice and Down three times: shown at once, written as one step later.
    _keys(view, Qt.Key.Key_Right, 2, SHIFT)
    _keys(view, Qt.Key.Key_Down, 3)
    assert project.coding(coding_id).box == (50, 50, 150, 150)  # not written yet
    assert len(project.history) == steps
    assert _is_frame(view, 70, 90) and not _is_frame(view, 50, 90)  # painted where it goes
    qtbot.waitUntil(lambda: len(project.history) == steps + 1)  # 400 ms without a key
    moved = (70.0, 53.0, 170.0, 153.0)
    assert project.coding(coding_id).box == moved
    assert view.selected_coding == coding_id  # still selected: the keys go on
    window.grab().save("/tmp/h17keys-moved.png")

    # Alt+arrows resize from the bottom-right corner; Escape writes them and deselects.
    _keys(view, Qt.Key.Key_Right, 2, ALT)
    _keys(view, Qt.Key.Key_Up, 1, ALT | SHIFT)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    resized = (70.0, 53.0, 172.0, 143.0)
    assert project.coding(coding_id).box == resized
    assert len(project.history) == steps + 2
    assert view.selected_coding is None
    corner = _view_point(view, 1, 172, 143)
    assert QColor(_pixels(view).pixel(corner)).lightness() < 200  # no white handle now
    _keys(view, Qt.Key.Key_Right, 3)  # nothing selected: the keys move no region
    assert project.coding(coding_id).box == resized

    # Ctrl+Z undoes each burst as one step.
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert project.coding(coding_id).box == moved
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert project.coding(coding_id).box == (50, 50, 150, 150)
    _settle(view)
    assert _is_frame(view, 50, 90) and not _is_frame(view, 70, 90)


def test_keys_keep_the_region_on_its_page_and_ctrl_z_undoes_an_unwritten_burst(window, qtbot):
    coding_id = _region(window, "photo", (300, 200, 380, 280))
    view = _open(window, qtbot, "photo")
    project = window.session.project
    _select(view, 340, 240)
    _keys(view, Qt.Key.Key_Right, 5, SHIFT)
    _keys(view, Qt.Key.Key_Down, 5, SHIFT)
    _keys(view, Qt.Key.Key_Right, 2, ALT | SHIFT)  # at the page's edge already
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert project.coding(coding_id).box == (320, 220, 400, 300)  # the 400 × 300 picture
    _select(view, 360, 260)
    _keys(view, Qt.Key.Key_Left, 4, SHIFT)
    # Ctrl+Z at once: the burst is written first, so the undo takes exactly it back.
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert project.coding(coding_id).box == (320, 220, 400, 300)
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert project.coding(coding_id).box == (280, 220, 360, 300)


def test_a_pdf_region_moves_on_its_page_by_keys(window, qtbot):
    coding_id = _region(window, "guide", (80, 300, 400, 380), page=1)
    view = _open(window, qtbot, "guide")
    project = window.session.project
    _select(view, 240, 340)
    _keys(view, Qt.Key.Key_Down, 2, SHIFT)
    _keys(view, Qt.Key.Key_Left, 1)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    coding = project.coding(coding_id)
    assert coding.page == 1 and coding.box == (79, 320, 399, 400)


def test_delete_removes_the_selected_region_and_ctrl_z_brings_it_back(window, qtbot):
    coding_id = _region(window, "photo", (50, 50, 150, 150))
    view = _open(window, qtbot, "photo")
    project = window.session.project
    _select(view, 80, 80)
    _keys(view, Qt.Key.Key_Right, 2, SHIFT)  # moved but not yet written: the removal wins
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [c.id for c in project.codings()] == []
    _settle(view)
    assert not _is_frame(view, 50, 90) and not _is_frame(view, 70, 90)
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert project.coding(coding_id).box == (50, 50, 150, 150)
    _settle(view)
    assert _is_frame(view, 50, 90)


def test_a_small_region_keeps_its_corner_handles_and_moves_by_its_middle(window, qtbot):
    coding_id = _region(window, "photo", (100, 20, 112, 30))
    view = _open(window, qtbot, "photo")
    assert view.zoom == 1.0  # 12 × 10 pixels on screen
    project = window.session.project
    _select(view, 106, 25)
    assert view.selected_coding == coding_id
    image = _pixels(view)
    window.grab().save("/tmp/h17keys-small.png")
    assert QColor(image.pixel(_view_point(view, 1, 113, 31))).lightness() > 200  # corner
    assert QColor(image.pixel(_view_point(view, 1, 106, 19))).lightness() < 200  # no middle
    # The corners are drawn smaller than 8 pixels: the middle of the region shows its frame.
    assert QColor(image.pixel(_view_point(view, 1, 100, 25))).lightness() < 200
    start = _view_point(view, 1, 106, 25)
    _press_move_release(view, start, start + QPoint(50, 40))
    assert project.coding(coding_id).box == (150, 60, 162, 70)  # moved, not resized


def test_middle_handles_only_on_sides_long_enough() -> None:
    assert set(handle_points(QRectF(0, 0, 100, 100))) == {
        "nw",
        "n",
        "ne",
        "e",
        "se",
        "s",
        "sw",
        "w",
    }
    assert set(handle_points(QRectF(0, 0, 20, 100))) == {"nw", "ne", "e", "se", "sw", "w"}
    assert set(handle_points(QRectF(0, 0, 100, 20))) == {"nw", "n", "ne", "se", "s", "sw"}
    small = QRectF(0, 0, 12, 10)
    assert grip_at(small, QPointF(6, 5)) == MOVE
    assert grip_at(small, QPointF(-4, -4)) == "nw"  # outside, the corner reaches as far
    assert grip_at(small, QPointF(1, 1)) == "nw"


def test_closing_the_project_during_a_burst_of_keys_keeps_the_box_whole(window, qtbot):
    """Keys pressed, then the project closed before the burst is written: no error (pytest-
    qt fails on one raised in a Qt callback) and the box is the old one or the new one."""
    from qdadesk.core.project import Project

    coding_id = _region(window, "photo", (50, 50, 150, 150))
    view = _open(window, qtbot, "photo")
    _select(view, 80, 80)
    path = window.session.project.path
    _keys(view, Qt.Key.Key_Right, 2)
    window.close_project(show_start=False)
    view.keys.finish()  # a late focus-out, after the session is gone
    qtbot.wait(500)
    reopened = Project.open(path)
    try:
        assert reopened.coding(coding_id).box in ((50, 50, 150, 150), (52, 50, 152, 150))
    finally:
        reopened.close()
