"""Matrices stay readable: long column names wrap to two lines and end in "…" (never clipped
on both sides) with the whole name on hover; a display's rows are at most six lines tall."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage

from qdadesk.ui.session import ProjectSession

ROW_LINES = 6

LONG_DOCUMENT = "Interview with the head of the regional digital transformation office 2023"
LONG_GROUP = "Municipal administration and regional government agencies"


@pytest.fixture
def session(tmp_path):
    from qdadesk.core import Project
    from qdadesk.paths import sample_project_path

    path = tmp_path / "sample.qdadesk"
    shutil.copy(sample_project_path(), path)
    project = Project.open(path)
    first = project.documents()[0]
    project.rename_document(first.id, LONG_DOCUMENT)
    project.rename_group(project.groups()[0].id, LONG_GROUP)
    session = ProjectSession(project)
    session.set_activation(
        session.activation.with_documents({d.id for d in project.documents()}).with_codes(
            {c.id for c in project.codes()}
        )
    )
    yield session
    session.undo_stack.clear()
    project.close()


def test_header_lines_wrap_then_cut(qapp):
    from qdadesk.ui.displays.readable import header_lines

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("x" * 18)
    lines = header_lines(LONG_DOCUMENT, metrics, width)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert LONG_DOCUMENT.startswith(lines[0])
    assert header_lines("Short", metrics, width) == ["Short"]
    token = header_lines("qc-demo-school-board-meeting-2017", metrics, width)
    assert token[0].endswith("-") and all(metrics.horizontalAdvance(t) <= width for t in token)


def _dark_pixels(image: QImage, x: int, top: int, bottom: int) -> int:
    return sum(1 for y in range(top, bottom) if image.pixelColor(x, y).lightness() < 110)


def _label(view, section: int) -> str:
    return str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")


def _assert_header_readable(view, label: str) -> None:
    header = view.horizontalHeader()
    section = next(s for s in range(header.count()) if _label(view, s) == label)
    width = header.sectionSize(section)
    metrics = QFontMetrics(header.font())
    assert metrics.horizontalAdvance(label) > width  # the name is longer than its column
    if hasattr(header, "shown_lines"):
        lines = header.shown_lines(section)
        assert len(lines) == 2 and lines[-1].endswith("…"), lines
        assert all(metrics.horizontalAdvance(line) <= width - 8 for line in lines)
    # On the screen: no letter touches the section's sides (nothing clipped left or right).
    image = header.grab().toImage()
    ratio = image.devicePixelRatio()
    left = round(header.sectionViewportPosition(section) * ratio)
    right = round((header.sectionViewportPosition(section) + width) * ratio)
    top, bottom = round(3 * ratio), round((header.height() - 3) * ratio)
    for x in (left + 2, left + 3, right - 4, right - 3):
        assert _dark_pixels(image, x, top, bottom) == 0, (label, x)
    inside = QRect(left + 4, top, right - left - 8, bottom - top)
    assert (
        sum(
            _dark_pixels(image, x, inside.top(), inside.bottom())
            for x in range(inside.left(), inside.right())
        )
        > 20
    )  # the label is there
    assert header.height() >= 2 * metrics.lineSpacing()


def test_code_matrix_crosstab_and_summary_grid_headers(session, qtbot):
    from qdadesk.ui.displays.matrix_windows import CodeMatrixWindow, CrosstabWindow
    from qdadesk.ui.displays.summary_windows import SummaryGridWindow

    for window_class, label in (
        (CodeMatrixWindow, LONG_DOCUMENT),
        (SummaryGridWindow, LONG_DOCUMENT),
        (CrosstabWindow, None),
    ):
        window = window_class(session)
        qtbot.addWidget(window)
        window.resize(1000, 640)
        window.show()
        qtbot.waitExposed(window)
        if label is None:  # the crosstab's columns: the groups, "name (N=…)"
            header = window.view.horizontalHeader()
            label = next(
                _label(window.view, s)
                for s in range(header.count())
                if LONG_GROUP in _label(window.view, s)
            )
        _assert_header_readable(window.view, label)
        window.close()


def test_role_ordered_rows_are_capped(session, qtbot):
    from qdadesk.ui.displays.builder import DisplayBuilderWindow

    window = DisplayBuilderWindow(session)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    qtbot.waitExposed(window)
    window.preset.setCurrentIndex(window.preset.findData("role"))
    window._apply_preset()
    window.refresh()
    view = window.view
    model = view.model()
    assert model.rowCount() >= 4
    limit = view.fontMetrics().lineSpacing() * ROW_LINES + 4
    assert all(view.rowHeight(row) <= limit for row in range(model.rowCount()))
    # The longest cell is cut on screen; its tooltip holds all of it (as plain text).
    longest = max(
        (model.item(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())),
        key=lambda item: len(item.text()) if item is not None else 0,
    )
    assert longest.text().count("\n") >= 1
    assert longest.text().split("\n")[-1][:20].replace("&", "&amp;") in longest.toolTip()
    window.close()


def test_clustered_group_names_end_in_ellipsis(session, qtbot):
    from qdadesk.ui.displays.summary_windows import SummaryTablesWindow

    window = SummaryTablesWindow(session)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    qtbot.waitExposed(window)
    window.grouped.setChecked(True)
    window.refresh()
    header = window.view.horizontalHeader()
    groups = [
        g
        for g in header.groups
        if g[0]
        and QFontMetrics(header.font()).horizontalAdvance(g[0])
        > sum(header.sectionSize(s) for s in range(g[1], g[2] + 1)) - 12
    ]
    assert groups, "the sample has a parent code wider than its columns"
    label, first, last = groups[0]
    image = header.grab().toImage()
    ratio = image.devicePixelRatio()
    left = round(header.sectionViewportPosition(first) * ratio)
    right = round((header.sectionViewportPosition(last) + header.sectionSize(last)) * ratio)
    top, bottom = round(2 * ratio), round((header.group_height() - 2) * ratio)
    for x in (left + 2, left + 3, right - 4, right - 3):
        assert _dark_pixels(image, x, top, bottom) == 0, (label, x)
    assert label in header.tooltip_text(first)
    window.close()
