"""Background import: its own connection, progress, cancel, and undo on the main session."""

from __future__ import annotations

import pytest

from qdadesk.ui.import_job import ImportJob
from qdadesk.ui.session import ProjectSession

FILES = ["qc-demo-admin-interview-1.txt", "qualcoder-example-ID1.docx", "qualcoder-example-ID2.odt"]


@pytest.fixture
def session(tmp_project, qtbot):
    session = ProjectSession(tmp_project)
    yield session
    session.undo_stack.clear()


def _run(qtbot, job: ImportJob):
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start()
    return blocker.args[0]


def test_background_import_is_undoable_on_the_main_session(session, qtbot, corpus_dir) -> None:
    project = session.project
    group = session.perform(lambda: project.add_group("Interviews")).result
    seen = []
    session.changed.connect(lambda op, event: seen.append(event))
    progress = []
    job = ImportJob(session, [corpus_dir / f for f in FILES], group, show_dialogs=False)
    job.progressed.connect(lambda done, total, name: progress.append((done, total)))
    operation = _run(qtbot, job)

    assert operation is not None and len(operation.result.imported) == 3
    documents = project.documents()
    assert [d.group_id for d in documents] == [group] * 3
    assert "Just because we didn't get everything" in project.text(documents[0].id)
    assert progress[-1] == (3, 3)
    assert seen[-1] == "do"  # the main session announced it, so panes refresh
    assert session.undo_stack.count() == 2

    session.undo_stack.undo()
    assert project.documents() == []
    assert [g.id for g in project.groups()] == [group]
    session.undo_stack.redo()
    assert len(project.documents()) == 3


def test_cancelled_import_changes_nothing(session, qtbot, corpus_dir) -> None:
    job = ImportJob(session, [corpus_dir / f for f in FILES], None, show_dialogs=False)
    job.cancel()
    assert _run(qtbot, job) is None
    assert job.was_cancelled
    assert session.project.documents() == []
    assert session.undo_stack.count() == 0


def test_failed_import_reports_and_changes_nothing(session, qtbot, tmp_path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip file")
    job = ImportJob(session, [bad], None, show_dialogs=False)
    assert _run(qtbot, job) is None
    assert job.error
    assert session.project.documents() == []
