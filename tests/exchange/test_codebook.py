"""Codebooks: .qdc export valid against Codebook.xsd; merging .qdc and Taguette CSV."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import QdaError
from qdadesk.core.exchange.codebook import export_codebook, import_codebook


def make_codes(project: Project) -> dict[str, int]:
    top = project.add_code("Barriers", color="#aa0000", description="what stops them").result
    cost = project.add_code("Cost", top, color="#bb0000").result
    time = project.add_code("Time", top).result
    project.set_code_codable(top, False)
    return {"top": top, "cost": cost, "time": time}


def test_qdc_export_is_schema_valid_and_reimports(
    tmp_project: Project, tmp_path: Path, shared_dir: Path
) -> None:
    import xmlschema

    make_codes(tmp_project)
    out = tmp_path / "book.qdc"
    export_codebook(tmp_project, out)
    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Codebook.xsd"))
    schema.validate(str(out))
    with Project.create(tmp_path / "fresh.qdadesk") as fresh:
        report = import_codebook(fresh, out).result
        assert report.count("imported", "Code") == 3
        original = {
            (c.guid, c.name, c.color, c.description, c.codable) for c in tmp_project.codes()
        }
        assert {
            (c.guid, c.name, c.color, c.description, c.codable) for c in fresh.codes()
        } == original
        assert fresh.code_path(fresh.find_code(tmp_project.code(3).guid).id) == "Barriers\\Time"


def test_merge_by_guid_then_by_path_and_undo(tmp_project: Project, tmp_path: Path) -> None:
    ids = make_codes(tmp_project)
    out = tmp_path / "book.qdc"
    export_codebook(tmp_project, out)
    with Project.create(tmp_path / "other.qdadesk") as other:
        # same path, different GUIDs, plus one new code
        top = other.add_code("Barriers").result
        other.add_code("Cost", top)
        other.add_code("Money", top, color="#00aa00", description="new one")
        theirs = tmp_path / "theirs.qdc"
        export_codebook(other, theirs)
    tmp_project.rename_code(ids["time"], "Time pressure")
    before = {c.guid for c in tmp_project.codes()}
    operation = import_codebook(tmp_project, out)
    report = operation.result
    assert report.count("mapped", "Code") == 3  # all three matched by GUID
    assert {c.guid for c in tmp_project.codes()} == before
    report = import_codebook(tmp_project, theirs).result
    text = report.as_text()
    assert "matched by path" in text and report.count("imported", "Code") >= 1
    money = tmp_project.find_code("Barriers\\Money")
    assert money.color == "#00aa00" and money.description == "new one"
    tmp_project.undo_last()
    with pytest.raises(QdaError):
        tmp_project.find_code("Barriers\\Money")


def test_taguette_csv_codebook(tmp_project: Project, corpus_dir: Path) -> None:
    report = import_codebook(tmp_project, corpus_dir / "swj2022-taguette-codebook.csv").result
    codes = tmp_project.codes()
    assert len(codes) == 22
    assert tmp_project.find_code("Moderator assist").description.startswith("The moderator")
    assert "number of highlights" in report.as_text()


def test_taguette_qdc_with_empty_sets(tmp_project: Project, shared_dir: Path) -> None:
    path = shared_dir / "refi-qda/samples/taguette-1.4.1-codebook.qdc"
    report = import_codebook(tmp_project, path).result
    assert sorted(c.name for c in tmp_project.codes()) == [
        "CodeBook",
        "Variables",
        "xsd:element name",
    ]
    assert report.count("repaired", "Sets") == 1


def test_csv_with_paths_makes_nested_codes(tmp_project: Project, tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text("path,description\nA\\B,child\nA,parent\n", encoding="utf-8")
    import_codebook(tmp_project, path)
    assert tmp_project.find_code("A\\B").description == "child"
    assert tmp_project.find_code("A").description == "parent"


def test_codebook_from_a_project_file(
    tmp_project: Project, shared_dir: Path, tmp_path: Path
) -> None:
    import zipfile

    with zipfile.ZipFile(shared_dir / "refi-qda/samples/maxqda-24.7-icls-themes.qdpx") as zf:
        qde = tmp_path / "project.qde"
        qde.write_bytes(zf.read("project.qde"))
    import_codebook(tmp_project, qde)
    assert len(tmp_project.codes()) == 307


def test_bad_codebooks_are_refused(tmp_project: Project, tmp_path: Path) -> None:
    bad = tmp_path / "bad.qdc"
    bad.write_text("<html/>", encoding="utf-8")
    with pytest.raises(QdaError, match="not a REFI-QDA codebook"):
        import_codebook(tmp_project, bad)
    csv = tmp_path / "bad.csv"
    csv.write_text("x,y\n1,2\n", encoding="utf-8")
    with pytest.raises(QdaError, match="'tag' or 'path'"):
        import_codebook(tmp_project, csv)
    assert tmp_project.codes() == []
