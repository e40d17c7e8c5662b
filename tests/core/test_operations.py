"""Core operations: each one whole or absent, returning what changed, and undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core import NotFoundError, OffsetError, Project, QdaError
from qdadesk.core.importers.document import ImportedDocument

TEXT = "Intro 😀 line\nСлово два\n第三行 end"


def _doc(project: Project, name: str = "doc", text: str = TEXT, group: int | None = None) -> int:
    return project.add_document(ImportedDocument(name, text, [], b"raw", "txt"), group).result


def _state(project: Project) -> tuple:
    """Everything a user can see, to compare before/after undo."""
    tables = [
        "documents",
        "document_texts",
        "document_groups",
        "codes",
        "codings",
        "memos",
        "variables",
        "document_values",
        "logbook",
        "summaries",
        "saved_items",
    ]
    return tuple(
        tuple(project.db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()) for t in tables
    )


def test_documents_groups_rename_move_delete(tmp_project: Project) -> None:
    group = tmp_project.add_group("Staff").result
    sub = tmp_project.add_group("Nurses", parent_id=group).result
    a = _doc(tmp_project, "a", group=group)
    b = _doc(tmp_project, "b", group=group)
    assert [d.name for d in tmp_project.documents()] == ["a", "b"]
    tmp_project.move_document(b, group, 0)
    assert [d.name for d in tmp_project.documents()] == ["b", "a"]
    tmp_project.move_document(a, sub)
    assert tmp_project.document(a).group_id == sub
    assert tmp_project.group_path(sub) == "Staff\\Nurses"
    assert tmp_project.find_group("Staff\\Nurses").id == sub
    tmp_project.rename_document(a, "Interview A")
    with pytest.raises(QdaError):
        tmp_project.rename_document(b, "Interview A")
    assert tmp_project.find_document("Interview A").id == a
    with pytest.raises(QdaError):
        tmp_project.move_group(group, sub)  # into its own subgroup
    loss = tmp_project.group_deletion_loss(group)
    assert loss["documents"] == 2
    op = tmp_project.delete_group(group)
    assert tmp_project.documents() == []
    tmp_project.undo(op)
    assert {d.name for d in tmp_project.documents()} == {"Interview A", "b"}


def test_duplicate_document_names_are_numbered(tmp_project: Project) -> None:
    _doc(tmp_project, "x")
    second = _doc(tmp_project, "x")
    assert tmp_project.document(second).name == "x (2)"


def test_codes_tree_paths_move_merge_delete(tmp_project: Project) -> None:
    doc = _doc(tmp_project)
    joy = tmp_project.add_code_path("Emotion\\Joy", color="#00ff00").result
    anger = tmp_project.add_code_path("Emotion\\Anger").result
    emotion = tmp_project.find_code("Emotion").id
    assert tmp_project.code_path(joy) == "Emotion\\Joy"
    assert tmp_project.code(joy).color == "#00ff00"
    assert tmp_project.code(anger).color == tmp_project.code(emotion).color  # inherits
    assert [c.name for c in tmp_project.codes()] == ["Emotion", "Joy", "Anger"]
    tmp_project.move_code(anger, emotion, 0)
    assert [c.name for c in tmp_project.codes()] == ["Emotion", "Anger", "Joy"]
    with pytest.raises(QdaError):
        tmp_project.move_code(emotion, joy)
    with pytest.raises(QdaError):
        tmp_project.add_code("Joy", parent_id=emotion)
    tmp_project.add_coding(doc, joy, 0, 5)
    tmp_project.add_coding(doc, anger, 3, 9)
    merged = tmp_project.merge_codes([anger], joy)
    assert merged.result == 1
    codings = tmp_project.codings()
    assert [(c.code_id, c.start, c.end) for c in codings] == [(joy, 0, 9)]  # joined
    assert tmp_project.code_deletion_loss(emotion) == {"subcodes": 1, "segments": 1, "memos": 0}
    before = _state(tmp_project)
    op = tmp_project.delete_code(emotion)
    assert op.result["segments"] == 1
    assert tmp_project.codes() == [] and tmp_project.codings() == []
    tmp_project.undo(op)
    assert _state(tmp_project) == before
    tmp_project.redo(op)
    assert tmp_project.codes() == []


def test_coding_offsets_are_code_points(tmp_project: Project) -> None:
    doc = _doc(tmp_project)
    code = tmp_project.add_code("Word").result
    start = TEXT.index("Слово")
    coding = tmp_project.coding(tmp_project.add_coding(doc, code, start, start + 5).result)
    assert tmp_project.text(doc)[coding.start : coding.end] == "Слово"
    emoji = TEXT.index("😀")
    tmp_project.add_coding(doc, code, emoji, emoji + 1)
    assert [TEXT[c.start : c.end] for c in tmp_project.codings()] == ["😀", "Слово"]


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 2), (0, len(TEXT) + 1)])
def test_offsets_are_validated(tmp_project: Project, start: int, end: int) -> None:
    doc = _doc(tmp_project)
    code = tmp_project.add_code("C").result
    with pytest.raises(OffsetError):
        tmp_project.add_coding(doc, code, start, end)
    assert tmp_project.codings() == []


def test_same_code_overlaps_join_but_adjacent_stay_apart(tmp_project: Project) -> None:
    doc = _doc(tmp_project)
    code = tmp_project.add_code("C").result
    tmp_project.add_coding(doc, code, 0, 4, comment="first")
    tmp_project.add_coding(doc, code, 4, 6)
    tmp_project.add_coding(doc, code, 2, 5, comment="second")
    assert [(c.start, c.end, c.comment) for c in tmp_project.codings()] == [(0, 6, "first\nsecond")]


def test_weight_comment_coder(tmp_project: Project) -> None:
    doc = _doc(tmp_project)
    code = tmp_project.add_code("C").result
    coding = tmp_project.add_coding(doc, code, 0, 3, weight=70, coder="Ana").result
    tmp_project.set_coding_weight(coding, 20)
    op = tmp_project.set_coding_comment(coding, "why")
    got = tmp_project.coding(coding)
    assert (got.weight, got.comment, got.coder) == (20, "why", "Ana")
    tmp_project.undo(op)
    assert tmp_project.coding(coding).comment == ""
    with pytest.raises(QdaError):
        tmp_project.set_coding_weight(coding, 101)


def test_variables_are_typed(tmp_project: Project) -> None:
    doc = _doc(tmp_project)
    tmp_project.set_document_value(doc, "age", "41", "integer")
    tmp_project.set_document_value(doc, "remote", "yes", "boolean")
    tmp_project.set_document_value(doc, "date", "2024-03-01", "date")
    tmp_project.set_document_value(doc, "score", "2,5", "float")
    tmp_project.set_document_value(doc, "role", "nurse")
    assert tmp_project.document_values()[doc] == {
        "age": 41,
        "remote": True,
        "date": "2024-03-01",
        "score": 2.5,
        "role": "nurse",
    }
    with pytest.raises(QdaError):
        tmp_project.set_document_value(doc, "age", "forty")
    with pytest.raises(QdaError):
        tmp_project.set_document_value(doc, "age", "4", "text")
    tmp_project.set_document_value(doc, "age", "")
    assert "age" not in tmp_project.document_values()[doc]


def test_memos_logbook_summaries(tmp_project: Project) -> None:
    doc = _doc(tmp_project)
    code = tmp_project.add_code("C").result
    coding = tmp_project.add_coding(doc, code, 0, 3).result
    tmp_project.add_memo("free", "Idea", "<p>Hello <b>there</b></p>")
    tmp_project.add_memo("document", "On doc", "x", target_id=doc)
    tmp_project.add_memo("coding", "On coding", "y", target_id=coding)
    tmp_project.add_memo("position", "Here", "z", target_id=doc, start=2, end=4)
    with pytest.raises(QdaError):
        tmp_project.add_memo("position", "Bad", "", target_id=doc, start=2, end=999)
    memos = tmp_project.memos()
    assert [m.kind for m in memos] == ["free", "document", "coding", "position"]
    assert memos[0].plain == "Hello there"
    assert memos[2].document_id == doc
    tmp_project.update_memo(memos[0].id, body="new")
    assert tmp_project.memo(memos[0].id).body == "new"
    tmp_project.add_log_entry("Started coding", "2026-01-02")
    assert tmp_project.log_entries()[0].date == "2026-01-02"
    tmp_project.set_summary(code, "Mostly positive", document_id=doc, rating="high")
    tmp_project.set_summary(code, "Changed", document_id=doc)
    assert [(s.text, s.rating) for s in tmp_project.summaries()] == [("Changed", None)]
    # removing the coding takes its memo with it
    tmp_project.remove_coding(coding)
    assert [m.kind for m in tmp_project.memos()] == ["free", "document", "position"]


def test_failed_operation_changes_nothing(tmp_project: Project) -> None:
    doc = _doc(tmp_project)
    before = _state(tmp_project)
    with pytest.raises(QdaError):
        tmp_project.add_code_path("A\\B\\A\\\\")  # empty last part
    with pytest.raises(NotFoundError):
        tmp_project.find_code("nope")
    with pytest.raises(QdaError):
        tmp_project.add_code_path("X", color="red")
    assert _state(tmp_project) == before
    assert tmp_project.check() == []
    assert doc


def test_changes_name_what_was_touched(tmp_project: Project) -> None:
    doc = _doc(tmp_project)
    code = tmp_project.add_code("C").result
    op = tmp_project.add_coding(doc, code, 0, 3)
    assert op.changes.touched("codings")
    assert not op.changes.touched("documents", "codes")
    assert op.changes.documents == {doc} and op.changes.codes == {code}
    events = []
    tmp_project.subscribe(lambda operation, event: events.append(event))
    tmp_project.undo(op)
    tmp_project.redo(op)
    assert events == ["undo", "redo"]


def test_undo_redo_survive_reopen(tmp_path: Path) -> None:
    path = tmp_path / "p.qdadesk"
    project = Project.create(path)
    doc = _doc(project)
    code = project.add_code("C").result
    op = project.add_coding(doc, code, 1, 4)
    project.undo(op)
    project.redo(op)
    project.close()
    project = Project.open(path)
    assert [(c.start, c.end) for c in project.codings()] == [(1, 4)]
    assert project.check() == []
    project.close()


def test_long_sequence_of_undos_restores_empty_project(tmp_project: Project) -> None:
    empty = _state(tmp_project)
    ops = []
    group = tmp_project.add_group("G")
    ops.append(group)
    doc = tmp_project.add_document(ImportedDocument("d", TEXT, [], b"", "txt"), group.result)
    ops.append(doc)
    code = tmp_project.add_code_path("A\\B")
    ops.append(code)
    ops.append(tmp_project.add_coding(doc.result, code.result, 0, 5))
    ops.append(tmp_project.set_document_value(doc.result, "n", 3, "integer"))
    ops.append(tmp_project.add_memo("document", "m", "b", target_id=doc.result))
    ops.append(tmp_project.rename_code(code.result, "BB"))
    ops.append(tmp_project.delete_documents([doc.result]))
    for op in reversed(ops):
        tmp_project.undo(op)
    assert _state(tmp_project) == empty
    for op in ops:
        tmp_project.redo(op)
    assert tmp_project.documents() == [] and [c.name for c in tmp_project.codes()] == ["A", "BB"]


def test_unlogged_writes_keep_no_undo_and_logging_resumes(tmp_project: Project) -> None:
    with tmp_project.unlogged():
        op = tmp_project.add_code("Filled")
    assert op.undo_log == [] and not op.changes
    assert [c.name for c in tmp_project.codes()] == ["Filled"]
    later = tmp_project.add_code("Later")
    assert later.undo_log
    tmp_project.undo(later)
    assert [c.name for c in tmp_project.codes()] == ["Filled"]
