"""Codings of different coders are never joined; one coder's overlaps still are (MAXQDA)."""

from __future__ import annotations

from pathlib import Path

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument

TEXT = "".join(chr(ord("a") + i % 26) for i in range(100))


def _project(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p.qdadesk")
    project.add_document(ImportedDocument("DOC", TEXT))
    project.add_code_path("X")
    return project


def _spans(project: Project) -> list[tuple[int, int, str | None]]:
    return sorted((c.start, c.end, c.coder) for c in project.codings())


def test_cli_two_coders_overlapping_segments_stay_apart(tmp_path: Path, capsys) -> None:
    _project(tmp_path).close()
    path = str(tmp_path / "p.qdadesk")
    assert main(["code", path, "DOC", "10", "40", "X", "--coder", "A"]) == 0
    assert main(["code", path, "DOC", "20", "50", "X", "--coder", "B"]) == 0
    with Project.open(path) as project:
        assert _spans(project) == [(10, 40, "A"), (20, 50, "B")]


def test_one_coder_still_joins(tmp_path: Path) -> None:
    project = _project(tmp_path)
    doc, code = project.documents()[0].id, project.find_code("X").id
    project.add_coding(doc, code, 10, 40, coder="A")
    project.add_coding(doc, code, 20, 50, coder="B")
    project.add_coding(doc, code, 30, 60, coder="A")
    project.add_coding(doc, code, 45, 55, coder="B")
    assert _spans(project) == [(10, 60, "A"), (20, 55, "B")]
    project.close()


def test_default_coder_is_the_project_user(tmp_path: Path) -> None:
    project = _project(tmp_path)
    doc, code = project.documents()[0].id, project.find_code("X").id
    project.user_name = "A"
    project.add_coding(doc, code, 10, 40)
    project.add_coding(doc, code, 20, 50, coder="B")
    project.add_coding(doc, code, 35, 45)
    assert _spans(project) == [(10, 45, "A"), (20, 50, "B")]
    project.close()


def test_recode_joins_within_one_coder_only(tmp_path: Path) -> None:
    project = _project(tmp_path)
    doc, x = project.documents()[0].id, project.find_code("X").id
    y = project.add_code_path("Y").result
    project.add_coding(doc, x, 10, 20, coder="A")
    project.add_coding(doc, x, 30, 40, coder="B")
    project.add_coding(doc, x, 50, 60, coder="A")
    assert _spans(project) == [(10, 20, "A"), (30, 40, "B"), (50, 60, "A")]
    b2 = project.add_coding(doc, y, 0, 32, coder="B").result
    a2 = project.add_coding(doc, y, 5, 70, coder="A").result
    project.recode_codings([b2, a2], x)
    assert _spans(project) == [(0, 40, "B"), (5, 70, "A")]
    project.close()


def test_merge_codes_keeps_coders_apart(tmp_path: Path) -> None:
    project = _project(tmp_path)
    doc, x = project.documents()[0].id, project.find_code("X").id
    y = project.add_code_path("Y").result
    project.add_coding(doc, x, 10, 40, coder="A")
    project.add_coding(doc, y, 20, 50, coder="B")
    project.add_coding(doc, y, 30, 45, coder="A")
    project.merge_codes([y], x)
    assert _spans(project) == [(10, 45, "A"), (20, 50, "B")]
    project.close()
