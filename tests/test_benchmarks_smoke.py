"""The benchmark generator makes a sound project of the requested size (no timings here)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import GeneratorParams, cached_project, generate_project, write_docx_files
from benchmarks.run import markdown_table
from qdadesk.core import Project

TINY = GeneratorParams(documents=5, words=2000, codes=12, codings=100, variables=10)


def test_generated_project_is_sound_and_sized(tmp_path: Path) -> None:
    path = tmp_path / "tiny.qdadesk"
    facts = generate_project(path, TINY)
    with Project.open(path) as project:
        assert project.check() == []
        assert len(project.documents()) == 5
        assert len(project.codes()) == 12
        assert len(project.codings()) == 100
        assert len(project.variables()) == 10
        assert {v.type for v in project.variables()} == {
            "text",
            "integer",
            "float",
            "date",
            "boolean",
        }
        paths = project.code_paths()
        assert max(p.count("\\") for p in paths.values()) == 2  # three levels
        counts = project.code_coding_counts()
        assert all(counts[c] == facts.query_code_segments for c in facts.query_code_ids)
        # MAXQDA joins overlapping segments of one code, so the generator never makes them.
        overlaps = project.db.execute(
            "SELECT COUNT(*) FROM codings a JOIN codings b ON a.document_id = b.document_id "
            'AND a.code_id = b.code_id AND a.id < b.id AND a.start < b."end" AND a."end" > b.start'
        ).fetchone()[0]
        assert overlaps == 0
        # Different codes do overlap and nest, as in real coding.
        nested = project.db.execute(
            "SELECT COUNT(*) FROM codings a JOIN codings b ON a.document_id = b.document_id "
            'AND a.id != b.id AND a.start <= b.start AND b."end" <= a."end"'
        ).fetchone()[0]
        assert nested > 0


def test_same_parameters_give_the_same_project(tmp_path: Path) -> None:
    first, facts = cached_project(TINY, tmp_path / "cache")
    again, _ = cached_project(TINY, tmp_path / "cache")
    assert again == first
    other = tmp_path / "other.qdadesk"
    generate_project(other, TINY)
    query = 'SELECT document_id, code_id, start, "end", weight FROM codings ORDER BY id'
    with Project.open(first) as a, Project.open(other) as b:
        assert a.db.execute(query).fetchall() == b.db.execute(query).fetchall()
        assert a.text(facts.big_document_id) == b.text(facts.big_document_id)


def test_generated_docx_files_import(tmp_path: Path, tmp_project: Project) -> None:
    files = write_docx_files(tmp_path / "docx", 2, words_per_file=120)
    report = tmp_project.import_documents(files).result
    assert len(report.imported) == 2
    assert tmp_project.text(report.imported[0]).startswith("Interview 001\nInterviewer: ")


def test_table_renders() -> None:
    from benchmarks.framework import absolute_result, ratio_result

    table = markdown_table(
        [
            ratio_result("a", 0.2, "bare", 0.1, 3.0),
            absolute_result("b", 0.5, 0.3),
        ]
    )
    assert "| a | 200.0 ms | bare | 100.0 ms | 2.00 | ratio <= 3 | yes |" in table
    assert "**NO**" in table
