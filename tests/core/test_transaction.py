"""``project.transaction``: the public way for writers outside ``qdadesk.core.ops``."""

from __future__ import annotations

import pytest

from qdadesk.core.errors import QdaError, ReadOnlyProjectError
from qdadesk.core.project import Project


def test_a_transaction_is_one_undoable_operation(tmp_project: Project) -> None:
    heard = []
    tmp_project.subscribe(lambda operation, event: heard.append((operation.description, event)))
    with tmp_project.transaction("Two codes") as pending:
        first = tmp_project.add_code("One").result
        second = tmp_project.add_code("Two").result
        pending.result = (first, second)
    operation = pending.operation
    assert operation.description == "Two codes"
    assert operation.result == (first, second)
    assert operation.changes.ids("codes") == {first, second}
    assert heard == [("Two codes", "do")]  # the codes inside were not announced on their own
    tmp_project.undo(operation)
    assert tmp_project.codes() == []


def test_an_error_inside_leaves_nothing_written(tmp_project: Project) -> None:
    with pytest.raises(QdaError), tmp_project.transaction("Half"):
        tmp_project.add_code("Kept?")
        raise QdaError("stop")
    assert tmp_project.codes() == []


def test_an_operation_inside_carries_its_result(tmp_project: Project) -> None:
    with tmp_project.transaction("Outer") as pending:
        inner = tmp_project.add_code("Inner")
        # Part of the outer operation: its result is there, its changes are the outer's.
        assert inner.result == tmp_project.find_code("Inner").id
        assert not inner.changes
        with pytest.raises(RuntimeError):
            pending.operation  # noqa: B018 - not finished yet
    assert pending.operation.changes.ids("codes") == {inner.result}


def test_a_read_only_project_refuses_a_transaction(tmp_path) -> None:
    Project.create(tmp_path / "p.qdadesk").close()
    project = Project.open(tmp_path / "p.qdadesk", read_only=True)
    try:
        with pytest.raises(ReadOnlyProjectError), project.transaction("Nothing"):
            pass
    finally:
        project.close()


def test_loss_and_palette_are_public(tmp_project: Project, corpus_dir) -> None:
    """What the window asks before deleting, and a new code's colour, without private
    members (the window used ``_documents_loss`` and ``_next_palette_color``)."""
    assert tmp_project.documents_deletion_loss([]) == {"documents": 0, "segments": 0, "memos": 0}
    document = tmp_project.import_documents([corpus_dir / "qc-demo-admin-interview-1.txt"])
    document_id = document.result.imported[0]
    code = tmp_project.add_code("A").result
    tmp_project.add_coding(document_id, code, 0, 5)
    assert tmp_project.documents_deletion_loss([document_id]) == {
        "documents": 1,
        "segments": 1,
        "memos": 0,
    }
    assert tmp_project.next_palette_color().startswith("#")
