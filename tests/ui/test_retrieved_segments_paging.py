"""Retrieved Segments holds ids and reads rows a page at a time through the core: listing
thousands of segments reads neither every row nor every document's text, and scrolling keeps
only a few pages in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generate import GeneratorParams, generate_project
from qdadesk.core import Project
from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.retrieval import retrieve_segments
from qdadesk.ui import retrieved_segments
from qdadesk.ui.retrieved_segments import KEPT_PAGES, PAGE, SEGMENT_ROLE, RetrievedSegmentsPane
from qdadesk.ui.session import ProjectSession

SIZE = GeneratorParams(documents=60, words=60_000, codes=30, codings=6_000, variables=1)


@pytest.fixture
def counted(tmp_path: Path, qtbot, monkeypatch):
    """A pane over a generated project of 6,000 segments, with the core's row reads and
    text reads counted."""
    path = tmp_path / "big.qdadesk"
    generate_project(path, SIZE)
    project = Project.open(path)
    session = ProjectSession(project)
    calls = {"rows": [], "texts": []}
    rows_for = retrieved_segments.segment_rows_for
    monkeypatch.setattr(
        retrieved_segments,
        "segment_rows_for",
        lambda p, ids: calls["rows"].append(len(ids)) or rows_for(p, ids),
    )
    text = Project.text
    monkeypatch.setattr(Project, "text", lambda p, d: calls["texts"].append(d) or text(p, d))
    pane = RetrievedSegmentsPane(session)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane, session, calls
    pane.set_session(None)
    session.close()


def test_listing_reads_only_the_pages_shown(counted, qtbot) -> None:
    pane, session, calls = counted
    session.set_activation(Activation())  # everything: 6,000 segments
    qtbot.wait(50)  # let the view lay out and paint what it shows
    total = pane.segment_count()
    assert total >= 5_000
    assert pane.model.total == total and pane.model.rowCount() < total
    # The rows the view handed out (one batch) were read, a page at a time, nothing more.
    assert sum(calls["rows"]) <= pane.model.rowCount()
    assert all(n <= PAGE for n in calls["rows"])
    documents_shown = set(pane.model.column("document_id")[: pane.model.rowCount()])
    assert set(calls["texts"]) <= documents_shown
    assert len(documents_shown) < SIZE.documents

    # What a row shows is what retrieval gives for the same segment.
    frame = retrieve_segments(session.project, session.activation)
    fields = pane.model.index(3).data(SEGMENT_ROLE)
    expected = frame.iloc[3]
    assert (fields["coding_id"], fields["text"], fields["code"], fields["document"]) == (
        expected["coding_id"],
        expected["text"],
        expected["code"],
        expected["document"],
    )


def test_scrolling_to_the_end_keeps_a_few_pages(counted, qtbot) -> None:
    pane, session, calls = counted
    session.set_activation(Activation())
    while pane.model.canFetchMore():
        pane.view.scrollToBottom()
        pane.model.fetchMore()
        qtbot.wait(1)
    last = pane.model.rowCount() - 1
    assert last + 1 == pane.segment_count()
    fields = pane.model.index(last).data(SEGMENT_ROLE)
    assert fields["coding_id"] == pane.model.column("coding_id")[last]
    assert pane.model.pages_in_memory <= KEPT_PAGES


def test_the_smart_coding_tool_reads_only_the_pages_shown(counted, qtbot) -> None:
    from qdadesk.ui.analysis import segment_review
    from qdadesk.ui.analysis.segment_review import SegmentReviewWindow

    pane, session, calls = counted
    rows_for = segment_review.segment_rows_for
    read: list[int] = []
    segment_review.segment_rows_for = lambda p, ids: read.append(len(ids)) or rows_for(p, ids)
    try:
        project = session.project
        biggest = max(project.code_coding_counts().items(), key=lambda item: item[1])[0]
        tool = SegmentReviewWindow(session, None, code_ids=[biggest])
        qtbot.addWidget(tool)
        tool.show()
        qtbot.waitExposed(tool)
        tool.grab()  # paints the rows on screen
        rows = tool.model.rowCount()
        assert rows > 2 * segment_review.PAGE
        assert 0 < sum(read) <= 2 * segment_review.PAGE  # the rows on screen, by pages
        last = tool.model.index(rows - 1, 2)
        activation = session.activation.with_codes({biggest}).with_documents(None)
        frame = retrieve_segments(project, activation)
        assert last.data() == " ".join(frame["text"].iloc[-1].split())
        tool.close()
    finally:
        segment_review.segment_rows_for = rows_for


def test_selection_header_and_export_come_from_the_lazy_listing(counted, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from qdadesk.core.exporters.segments import segment_count_text

    pane, session, calls = counted
    session.set_activation(Activation())
    frame = retrieve_segments(session.project, session.activation)
    # The header counts documents from the listing's counts, not from every row's id.
    expected = segment_count_text(len(frame), frame["document_id"].nunique())
    assert pane.header.text().endswith(expected)
    pane.model.fetchMore()  # two batches handed to the view: rows of several documents
    shown = pane.model.rowCount()
    pane.view.setFocus()
    QTest.keyClick(pane.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert pane.selected_coding_ids() == frame["coding_id"].tolist()[:shown]
    assert frame["document_id"].iloc[:shown].nunique() > 1
    exported = pane.current_frame()
    assert exported["coding_id"].tolist() == frame["coding_id"].tolist()
    assert exported["text"].tolist() == frame["text"].tolist()
