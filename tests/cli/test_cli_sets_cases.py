"""``qdadesk-cli sets`` and ``cases``: made, listed, filled, emptied and removed from the
command line, with one-line errors and the usual formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qdadesk.cli import main
from qdadesk.core import Project

CORPUS = Path("/work/shared/corpus")


def run(capsysbinary, *args: str) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def project(tmp_path: Path, capsysbinary) -> Path:
    path = tmp_path / "study.qdadesk"
    assert run(capsysbinary, "new", path)[0] == 0
    for name in ("Ana", "Ben", "Cy"):
        (tmp_path / f"{name}.txt").write_text(f"{name} says costs are high.\n", encoding="utf-8")
        assert run(capsysbinary, "import", path, tmp_path / f"{name}.txt")[0] == 0
    return path


def test_sets_add_list_fill_empty_remove(project: Path, capsysbinary) -> None:
    code, out, err = run(
        capsysbinary, "sets", "add", project, "Urban", "--document", "Ana", "--document", "Ben"
    )
    assert (code, err) == (0, "")
    assert "Urban" in out and "2 documents" in out
    assert run(capsysbinary, "sets", "add", project, "Empty")[0] == 0
    code, out, _ = run(capsysbinary, "sets", "list", project, "--format", "json")
    assert json.loads(out) == [
        {"name": "Urban", "documents": 2, "document_names": ["Ana", "Ben"]},
        {"name": "Empty", "documents": 0, "document_names": []},
    ]
    code, out, _ = run(capsysbinary, "sets", "add-documents", project, "Urban", "Cy", "Ana")
    assert code == 0 and "added 1 documents" in out
    code, out, _ = run(capsysbinary, "sets", "remove-documents", project, "Urban", "Ana")
    assert code == 0 and "removed 1" in out
    code, out, _ = run(capsysbinary, "sets", "list", project, "--format", "table")
    assert "Ben; Cy" in out and "name" in out.splitlines()[0]
    code, out, _ = run(capsysbinary, "sets", "list", project, "--format", "csv")
    assert out.splitlines()[0] == "name,documents,document_names"
    assert run(capsysbinary, "sets", "rename", project, "Empty", "Rural")[0] == 0
    assert run(capsysbinary, "sets", "remove", project, "Rural")[0] == 0
    with Project.open(project) as opened:
        assert [s.name for s in opened.document_sets()] == ["Urban"]
        assert len(opened.documents()) == 3
    # errors: one line, exit 1, nothing changed
    for args, message in (
        (("sets", "add", project, "Urban"), "already exists"),
        (("sets", "add", project, "New", "--document", "Nobody"), "No document called"),
        (("sets", "add-documents", project, "Nope", "Ana"), "No document set called"),
        (("sets", "remove", project, "Nope"), "No document set called"),
    ):
        code, out, err = run(capsysbinary, *args)
        assert code == 1 and message in err and err.count("\n") == 1, (args, err)
    with Project.open(project) as opened:
        assert [s.name for s in opened.document_sets()] == ["Urban"]
    assert run(capsysbinary, "sets", "add", project)[0] == 2  # usage


def test_cases_with_documents_and_variables(project: Path, capsysbinary) -> None:
    assert run(capsysbinary, "cases", "add", project, "Family A", "--document", "Ana")[0] == 0
    assert run(capsysbinary, "cases", "add-documents", project, "Family A", "Ben")[0] == 0
    code, _out, err = run(
        capsysbinary, "cases", "set-variable", project, "Family A", "size", "4", "--type", "integer"
    )
    assert (code, err) == (0, "")
    code, _out, err = run(capsysbinary, "cases", "set-variable", project, "Family A", "size", "x")
    assert code == 1 and "not a valid integer" in err
    assert run(capsysbinary, "cases", "add", project, "Family B", "--document", "Cy")[0] == 0
    code, out, _ = run(capsysbinary, "cases", "list", project, "--format", "json")
    assert json.loads(out) == [
        {"name": "Family A", "documents": 2, "document_names": ["Ana", "Ben"], "size": 4},
        {"name": "Family B", "documents": 1, "document_names": ["Cy"], "size": None},
    ]
    assert run(capsysbinary, "cases", "remove-documents", project, "Family A", "Ana")[0] == 0
    assert run(capsysbinary, "cases", "remove", project, "Family B")[0] == 0
    with Project.open(project) as opened:
        (case,) = opened.cases()
        assert opened.case_documents(case.id) == [opened.find_document("Ben").id]
        assert opened.case_value(case.id, "size") == 4
    code, out, err = run(capsysbinary, "matrix", project, "--columns", "cases", "--format", "json")
    assert code == 0, err


def test_matrix_command_sees_sets(project: Path, capsysbinary) -> None:
    """A matrix by sets sees the sets the CLI made."""
    run(capsysbinary, "codes", "add", project, "Cost")
    for name in ("Ana", "Ben", "Cy"):
        run(capsysbinary, "code", project, name, 0, 3, "Cost")
    run(capsysbinary, "sets", "add", project, "Urban", "--document", "Ana", "--document", "Ben")
    code, out, err = run(capsysbinary, "matrix", project, "--columns", "sets", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows[0]["Urban"] == 2


def test_the_project_may_come_before_the_action(project: Path, capsysbinary) -> None:
    """``sets PROJECT add NAME`` works as well as the usual ``sets add PROJECT NAME``."""
    assert run(capsysbinary, "sets", project, "add", "Urban", "--document", "Ana")[0] == 0
    assert run(capsysbinary, "cases", project, "add", "Fam", "--document", "Ben")[0] == 0
    assert run(capsysbinary, "cases", project, "set-variable", "Fam", "size", "3")[0] == 0
    code, out, _ = run(capsysbinary, "sets", project, "list", "--format", "json")
    assert json.loads(out)[0]["document_names"] == ["Ana"]
    code, out, _ = run(capsysbinary, "cases", project, "list", "--format", "json")
    assert json.loads(out)[0]["size"] == "3"
    code, _out, err = run(capsysbinary, "sets", project, "bogus", "X")
    assert code == 2 and "ACTION" in err
