"""Coded segments' weight, comment and memo show at their stripe; the stripe column is
narrow by default, widened by dragging the margin's edge and remembered."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    window,
    workspace_project,
)
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from qdadesk.ui.document_browser.margin import STRIPE_AREA_KEY

MEMO_YELLOW = QColor("#ffe066")  # the memo icon's paper
BUBBLE_INK = QColor("#455a64")  # the comment bubble's outline


def _count(image: QImage, rect: QRect, color: QColor, tolerance: int = 40) -> int:
    rect = rect.intersected(image.rect())
    found = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red()) <= tolerance
                and abs(pixel.green() - color.green()) <= tolerance
                and abs(pixel.blue() - color.blue()) <= tolerance
            ):
                found += 1
    return found


def _open_interview(window, qtbot, corpus_dir):
    """The admin interview with three codings, the window shown at 1280x720."""
    project = window.session.project
    report = window.session.perform(
        lambda: project.import_documents([corpus_dir / "qc-demo-admin-interview-1.txt"])
    ).result
    (document_id,) = report.imported
    code = project.find_code("Places").id
    text = project.text(document_id)
    starts = [text.index("\n", 200 * i) + 1 for i in (1, 5, 9)]
    ids = [
        window.session.perform(lambda s=s: project.add_coding(document_id, code, s, s + 120)).result
        for s in starts
    ]
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.open_document_id(document_id)
    qtbot.wait(50)
    return document_id, ids


def _place(browser, coding_id):
    return next(p for p in browser.margin.stripe_places() if p.stripe.coding_id == coding_id)


def test_weight_comment_and_memo_are_seen_at_the_stripe(window, qtbot, corpus_dir):
    project = window.session.project
    _, (marked, plain, _third) = _open_interview(window, qtbot, corpus_dir)
    browser = window.document_browser
    margin = browser.margin
    before = margin.grab().toImage()
    assert _count(before, margin.rect(), MEMO_YELLOW) == 0
    window.session.perform(lambda: project.set_coding_weight(marked, 80))
    window.session.perform(lambda: project.set_coding_comment(marked, "Say more"))
    window.session.perform(
        lambda: project.add_memo("coding", "Why", "Budget first", target_id=marked)
    )
    qtbot.wait(20)
    image = margin.grab().toImage()
    ratio = image.devicePixelRatio()
    place = _place(browser, marked)
    assert place.memo is not None and place.comment is not None and place.label is not None
    memo_rect = QRect(
        int(place.memo.x() * ratio),
        int(place.memo.y() * ratio),
        int(place.memo.width() * ratio),
        int(place.memo.height() * ratio),
    )
    assert _count(image, memo_rect, MEMO_YELLOW) > 10  # the memo icon is painted there
    bubble = place.comment
    assert _count(image, QRect(bubble.topLeft() * ratio, bubble.size() * ratio), BUBBLE_INK) > 6
    # The weight is in the name; a plain segment has neither badges nor a weight.
    from qdadesk.ui.document_browser.margin import _elided_label

    metrics = margin.fontMetrics()
    assert _elided_label(place.stripe, metrics, 400) == "Places (80)"
    other = _place(browser, plain)
    assert other.memo is None and other.comment is None
    assert other.stripe.label() == "Places"
    tip = browser.stripe_tooltip(marked)
    assert "Weight: 80" in tip and "Say more" in tip and "Why" in tip
    # A click on the memo icon opens the memo.
    from qdadesk.ui.memos import MemoEditor

    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=place.memo.center())
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, MemoEditor)]
    assert editors and any(e.isVisible() for e in editors)
    for editor in editors:
        editor.close()
    # Undo takes the memo badge away again.
    window.session.undo_stack.undo()
    qtbot.wait(20)
    assert _place(browser, marked).memo is None


def test_stripe_column_is_narrow_resizable_and_remembered(
    window, qtbot, corpus_dir, isolated_settings
):
    project = window.session.project
    document_id, ids = _open_interview(window, qtbot, corpus_dir)
    text = project.text(document_id)
    start = text.index("\n", 200) + 1
    # Five overlapping segments of five codes: five columns of stripes at the same lines.
    for path in ("Feelings\\Joy", "Feelings\\Anger", "Budget", "Teachers"):
        window.session.perform(lambda p=path: project.add_code_path(p))
        code = project.find_code(path).id
        window.session.perform(lambda c=code: project.add_coding(document_id, c, start, start + 90))
    browser = window.document_browser
    margin = browser.margin
    assert margin.columns >= 4
    assert margin.width() * 5 <= browser.width() + 40  # about a fifth, not a third
    # Drag the margin's right edge 80 pixels to the right.
    edge = QPoint(margin.width() - 2, 30)
    qtbot.mousePress(margin, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(margin, QPoint(edge.x() + 40, 30))
    qtbot.mouseMove(margin, QPoint(edge.x() + 80, 30))
    qtbot.mouseRelease(margin, Qt.MouseButton.LeftButton, pos=QPoint(edge.x() + 80, 30))
    wider = margin.stripe_area
    assert wider >= 180
    assert int(QSettings().value(STRIPE_AREA_KEY)) == wider
    assert browser.text.viewportMargins().left() == margin.total_width()
    # A new window (the next start of the program) keeps the width.
    from qdadesk.ui import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.document_browser.margin.stripe_area == wider
    again.close()
