"""Retrieved Segments pane: what the activation retrieves, lazily listed, and editable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qdadesk.core.analysis.retrieval import retrieve_segments
from qdadesk.ui.retrieved_segments import BATCH, SEGMENT_ROLE, RetrievedSegmentsPane
from qdadesk.ui.session import ProjectSession


@pytest.fixture
def session(tmp_project, corpus_dir):
    project = tmp_project
    project.import_documents(
        [corpus_dir / "qc-demo-admin-interview-1.txt", corpus_dir / "qualcoder-example-ID1.docx"]
    )
    cost = project.add_code_path("Barriers\\Cost").result
    time = project.add_code_path("Barriers\\Time").result
    first, second = (d.id for d in project.documents())
    text = project.text(first)
    paragraph = text.index("\n", 200) + 1
    project.add_coding(first, cost, paragraph, paragraph + 50, weight=70, comment="key")
    project.add_coding(first, time, 10, 30)
    project.add_coding(second, cost, 0, 25)
    session = ProjectSession(project)
    session.ids = {"first": first, "second": second, "cost": cost, "time": time}
    session.paragraph = text[:paragraph].count("\n") + 1
    yield session
    session.undo_stack.clear()


@pytest.fixture
def pane(session, qtbot):
    pane = RetrievedSegmentsPane(session)
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    yield pane
    pane.set_session(None)  # as the window does before its project closes


def _activate(session, documents, codes) -> None:
    session.set_activation(session.activation.with_documents(documents).with_codes(codes))


def test_nothing_activated_lists_nothing(pane) -> None:
    assert pane.view.objectName() == "retrievedSegments"
    assert pane.segment_count() == 0
    assert "0 coded segments from 0 documents" in pane.header.text()


def test_activation_lists_segments_with_source(pane, session) -> None:
    ids = session.ids
    _activate(session, {ids["first"], ids["second"]}, {ids["cost"]})
    assert pane.segment_count() == 2
    assert "2 coded segments from 2 documents" in pane.header.text()
    fields = pane.model.index(0).data(SEGMENT_ROLE)
    assert fields["code"] == "Barriers\\Cost" and fields["weight"] == 70
    assert fields["first_paragraph"] == session.paragraph
    assert fields["color"] == session.project.code(ids["cost"]).color
    assert f"Pos. {session.paragraph}" in pane.model.index(0).data(Qt.ItemDataRole.ToolTipRole)

    _activate(session, {ids["first"]}, {ids["cost"], ids["time"]})
    assert pane.segment_count() == 2
    assert "from 1 document" in pane.header.text()


def test_click_asks_to_show_the_segment(pane, session, qtbot) -> None:
    ids = session.ids
    _activate(session, {ids["second"]}, {ids["cost"]})
    rect = pane.view.visualRect(pane.model.index(0))
    with qtbot.waitSignal(pane.segmentActivated) as blocker:
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids["second"], 0, 25]


def test_weight_comment_and_delete_are_undoable(pane, session, monkeypatch) -> None:
    ids = session.ids
    project = session.project
    _activate(session, {ids["first"], ids["second"]}, {ids["cost"]})
    coding_id = int(pane.model.index(1).data(SEGMENT_ROLE)["coding_id"])
    pane.change_weight(coding_id, 20)
    pane.edit_comment(coding_id, "typical")
    fields = pane.model.index(1).data(SEGMENT_ROLE)
    assert (fields["weight"], fields["comment"]) == (20, "typical")

    monkeypatch.setattr(pane, "confirm", lambda text: True)
    assert pane.delete_segments([coding_id])
    assert pane.segment_count() == 1
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert pane.segment_count() == 2
    assert project.coding(coding_id).comment == "" and project.coding(coding_id).weight == 20


def test_show_segments_lists_a_given_frame(pane, session) -> None:
    ids = session.ids
    frame = retrieve_segments(session.project).query("code == 'Barriers\\\\Time'")
    pane.show_segments(frame, "Query")
    assert pane.segment_count() == 1
    assert pane.header.text().startswith("Query: 1 coded segment from")
    pane.change_weight(int(frame["coding_id"].iloc[0]), 55)  # the shown list follows edits
    assert pane.model.index(0).data(SEGMENT_ROLE)["weight"] == 55
    _activate(session, {ids["first"]}, {ids["cost"]})  # the activation takes over again
    assert pane.header.text().startswith("Retrieved Segments")


def test_large_lists_are_handed_out_in_batches(pane, session) -> None:
    import pandas as pd

    frame = retrieve_segments(session.project)
    big = pd.concat([frame] * 2000, ignore_index=True)  # 6,000 rows
    pane.show_segments(big, "Big")
    assert pane.segment_count() == 6000
    assert pane.model.rowCount() < 6000 and pane.model.rowCount() >= BATCH
    pane.view.scrollToBottom()
    assert pane.model.rowCount() < 6000


def test_query_rows_without_a_coding_survive_a_refresh(pane, session) -> None:
    """An intersection's stretches are not codings; an edit elsewhere must not drop them."""
    from qdadesk.core.analysis.queries import coding_query

    ids = session.ids
    project = session.project
    first = ids["first"]
    project.add_coding(first, ids["cost"], 5, 25)
    frame = coding_query(project, "intersection", [ids["time"], ids["cost"]])
    assert len(frame) == 1 and frame["coding_id"].isna().all()
    pane.show_segments(frame, "Intersection")
    session.perform(lambda: project.set_coding_weight(project.codings()[0].id, 5))
    assert pane.segment_count() == 1
