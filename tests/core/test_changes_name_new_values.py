"""An operation's Changes name the documents and codes of the new values as well as the old
ones: a segment moved to another code names both codes, for the do, the undo and the redo."""

from __future__ import annotations

from qdadesk.core import Changes, Project
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.store import undo_log


def _document(project: Project, name: str) -> int:
    return project.add_document(ImportedDocument(name, "one two three", [], b"x", "txt")).result


def test_recode_names_the_old_and_the_new_code(tmp_project: Project) -> None:
    document = _document(tmp_project, "a")
    old = tmp_project.add_code("Old").result
    new = tmp_project.add_code("New").result
    coding = tmp_project.add_coding(document, old, 0, 3).result
    operation = tmp_project.recode_codings([coding], new)
    assert {old, new} <= operation.changes.codes
    assert operation.changes.documents == {document}
    heard: list[frozenset[int]] = []
    tmp_project.subscribe(lambda op, _event: heard.append(op.changes.codes))
    tmp_project.undo(operation)
    tmp_project.redo(operation)
    assert all({old, new} <= codes for codes in heard) and len(heard) == 2


def test_moving_a_coding_to_another_document_names_both_documents(tmp_project: Project) -> None:
    first, second = _document(tmp_project, "a"), _document(tmp_project, "b")
    code = tmp_project.add_code("C").result
    coding = tmp_project.add_coding(first, code, 0, 3).result
    # No operation moves a coding between documents: drive the logging triggers directly.
    undo_log.clear(tmp_project.db)
    tmp_project.db.execute("UPDATE codings SET document_id = ? WHERE id = ?", [second, coding])
    changes = Changes.from_log(undo_log.read(tmp_project.db))
    assert changes.documents == {first, second}
    assert changes.codes == {code}
