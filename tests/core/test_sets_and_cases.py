"""Document sets and cases made in the core: named uniquely (NFC), undoable, and read by
the matrices and the Summary Grid per case."""

from __future__ import annotations

import unicodedata

import pytest

from qdadesk.core import NotFoundError, Project, QdaError
from qdadesk.core.importers.document import ImportedDocument


def _doc(project: Project, name: str, text: str = "Some text. More text.") -> int:
    return project.add_document(ImportedDocument(name, text, [], b"raw", "txt")).result


def _snapshot(project: Project) -> tuple:
    tables = ["document_sets", "document_set_members", "cases", "case_members", "case_values"]
    return tuple(
        tuple(project.db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()) for t in tables
    )


def test_sets_create_rename_members_delete_with_undo(tmp_project: Project) -> None:
    a, b, c = (_doc(tmp_project, n) for n in "abc")
    empty = _snapshot(tmp_project)
    made = tmp_project.add_document_set("Urban", [a, b])
    set_id = made.result
    assert made.changes.touched("document_sets", "document_set_members")
    assert tmp_project.set_documents(set_id) == [a, b]
    assert tmp_project.add_documents_to_set(set_id, [b, c]).result == 1  # b once
    assert tmp_project.set_documents(set_id) == [a, b, c]
    assert tmp_project.remove_documents_from_set(set_id, [a]).result == 1
    assert tmp_project.set_documents(set_id) == [b, c]
    tmp_project.rename_document_set(set_id, "  Urban   sites ")
    assert tmp_project.find_document_set("Urban sites").id == set_id
    after = _snapshot(tmp_project)
    for operation in reversed(tmp_project.history[-4:]):
        tmp_project.undo(operation)
    assert _snapshot(tmp_project) == empty
    for operation in tmp_project.history[-4:]:
        tmp_project.redo(operation)
    assert _snapshot(tmp_project) == after
    removed = tmp_project.delete_document_set(set_id)
    assert tmp_project.document_sets() == []
    assert len(tmp_project.documents()) == 3  # the documents stay
    tmp_project.undo(removed)
    assert tmp_project.set_documents(set_id) == [b, c]


def test_set_names_are_nfc_and_unique(tmp_project: Project) -> None:
    decomposed = unicodedata.normalize("NFD", "Café")
    set_id = tmp_project.add_document_set(decomposed).result
    assert tmp_project.document_set(set_id).name == "Café"  # stored composed
    with pytest.raises(QdaError, match="already exists"):
        tmp_project.add_document_set("Café")
    other = tmp_project.add_document_set("Other").result
    with pytest.raises(QdaError, match="already exists"):
        tmp_project.rename_document_set(other, decomposed)
    with pytest.raises(QdaError):
        tmp_project.add_document_set("   ")
    assert tmp_project.find_document_set(decomposed).id == set_id
    with pytest.raises(NotFoundError):
        tmp_project.find_document_set("nope")
    with pytest.raises(NotFoundError):
        tmp_project.add_document_set("Ghosts", [999])
    assert [s.name for s in tmp_project.document_sets()] == ["Café", "Other"]
    assert tmp_project.free_set_name() == "Set 1"
    assert tmp_project.free_set_name("Other") == "Other (2)"


def test_cases_members_variables_with_undo(tmp_project: Project) -> None:
    a, b = _doc(tmp_project, "a"), _doc(tmp_project, "b")
    empty = _snapshot(tmp_project)
    case = tmp_project.add_case("Ana", document_ids=[a]).result
    assert tmp_project.case_documents(case) == [a]
    assert tmp_project.add_documents_to_case(case, [a, b]).result == 1
    assert tmp_project.case_memberships() == {case: [a, b]}
    tmp_project.set_case_value(case, "age", "44", "integer")
    assert tmp_project.case_value(case, "age") == 44
    tmp_project.set_case_value(case, "urban", "yes", "boolean")
    assert tmp_project.case_values() == {case: {"age": 44, "urban": True}}
    with pytest.raises(QdaError, match="not a valid integer"):
        tmp_project.set_case_value(case, "age", "forty")
    with pytest.raises(QdaError, match="of type integer"):
        tmp_project.set_case_value(case, "age", "4", "text")
    assert [v.name for v in tmp_project.variables("case")] == ["age", "urban"]
    assert tmp_project.variables("document") == []  # case variables stay apart
    tmp_project.set_case_value(case, "age", "")  # an empty value clears it
    assert tmp_project.case_value(case, "age") is None
    assert tmp_project.remove_documents_from_case(case, [a]).result == 1
    tmp_project.rename_case(case, unicodedata.normalize("NFD", "Zoë"))
    assert tmp_project.find_case("Zoë").id == case
    second = tmp_project.add_case("Ben").result
    with pytest.raises(QdaError, match="already exists"):
        tmp_project.rename_case(second, "Zoë")
    with pytest.raises(QdaError, match="already exists"):
        tmp_project.add_case("Ben")
    tmp_project.delete_case(second)
    done = _snapshot(tmp_project)
    operations = tmp_project.history[-9:]
    for operation in reversed(operations):
        tmp_project.undo(operation)
    # the case variables made along the way went too
    assert _snapshot(tmp_project) == empty
    assert tmp_project.variables("case") == []
    for operation in operations:
        tmp_project.redo(operation)
    assert _snapshot(tmp_project) == done


def test_matrix_by_sets_and_summary_grid_per_case(tmp_project: Project) -> None:
    from qdadesk.core.analysis.activation import Activation
    from qdadesk.core.analysis.matrices import code_matrix
    from qdadesk.core.analysis.summaries import summary_grid

    a, b, c = (_doc(tmp_project, n, "Cost is high. Trust is low.") for n in "abc")
    cost = tmp_project.add_code_path("Cost").result
    for document_id in (a, b, c):
        tmp_project.add_coding(document_id, cost, 0, 13)
    tmp_project.add_document_set("Urban", [a, b])
    tmp_project.add_document_set("Rural", [c])
    tmp_project.add_document_set("Empty")
    matrix = code_matrix(tmp_project, Activation(), "sets", "count")
    assert list(matrix.values.columns) == ["Urban", "Rural"]  # the empty set is left out
    assert matrix.values.loc[cost].tolist() == [2, 1]
    ana = tmp_project.add_case("Ana", document_ids=[a, c]).result
    tmp_project.add_case("Ben", document_ids=[b])
    table, summarised = summary_grid(tmp_project, Activation(), "cases")
    assert [c.label for c in table.columns] == ["Ana", "Ben"]
    assert table.columns[0].key == ana
    assert table.values.loc[cost].tolist() == [2, 1]
    assert summarised == set()
