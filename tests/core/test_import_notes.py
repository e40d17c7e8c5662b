"""Import notes are kept with each document (Document Properties shows them later), a file
that fails is named once, and an empty text file says that it was imported empty."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import ImportFailed
from qdadesk.core.store.schema import schema_version


def test_notes_and_properties_are_stored(tmp_project, corpus_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "PANRB-04.docx"
    broken.write_bytes(b"this is no zip at all")
    source = corpus_dir / "mammoth-comments.docx"
    report = tmp_project.import_documents([source, empty, broken]).result
    commented, blank = report.imported
    # The failed file is named once: (file, reason) without the name inside the reason.
    ((file_name, reason),) = report.failed
    assert file_name == "PANRB-04.docx"
    assert "PANRB-04.docx" not in reason and reason
    notes = tmp_project.import_notes(commented)
    assert any("comment" in note for note in notes), notes
    assert ("empty", tmp_project.import_notes(blank)[0]) in report.notes
    assert "empty document" in tmp_project.import_notes(blank)[0]
    properties = tmp_project.document_properties(commented)
    assert properties.file_name == "mammoth-comments.docx"
    assert properties.file_type == "docx"
    assert properties.file_size == source.stat().st_size
    assert properties.characters == len(tmp_project.text(commented))
    assert properties.created and properties.notes == tuple(notes)
    # Undo takes the notes with the documents; redo brings them back.
    operation = tmp_project.history[-1]
    tmp_project.undo(operation)
    assert tmp_project.import_notes(commented) == []
    tmp_project.redo(operation)
    assert tmp_project.import_notes(commented) == notes
    assert tmp_project.check() == []


def test_single_failure_names_the_file_once(tmp_project, tmp_path):
    broken = tmp_path / "PANRB-04.docx"
    broken.write_bytes(b"this is no zip at all")
    with pytest.raises(ImportFailed) as raised:
        tmp_project.import_documents([broken])
    assert str(raised.value).count("PANRB-04.docx") == 1
    assert raised.value.filename == "PANRB-04.docx"


def test_a_project_without_the_table_is_migrated(tmp_path: Path):
    path = tmp_path / "old.qdadesk"
    Project.create(path).close()
    # Make it a 0003 file: no document_imports, the fourth migration not recorded.
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE document_imports")
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_import_notes'")
    connection.execute(f"PRAGMA user_version={schema_version() - 1}")
    connection.commit()
    connection.close()
    with Project.open(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        text = tmp_path / "after.txt"
        text.write_text("after the upgrade", encoding="utf-8")
        (document_id,) = project.import_documents([text]).result.imported
        assert project.document_properties(document_id).file_name == "after.txt"


def test_cli_import_names_a_failed_file_once(tmp_path, capsys):
    from qdadesk.cli import main

    project = tmp_path / "p.qdadesk"
    Project.create(project).close()
    broken = tmp_path / "PANRB-04.docx"
    broken.write_bytes(b"no zip")
    good = tmp_path / "good.txt"
    good.write_text("hello", encoding="utf-8")
    assert main(["import", str(project), str(good), str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.count("PANRB-04.docx") == 1, err


def test_when_every_file_fails_each_reason_is_given(tmp_project, tmp_path):
    paths = []
    for name in ("a.docx", "b.odt"):
        (tmp_path / name).write_bytes(b"junk")
        paths.append(tmp_path / name)
    with pytest.raises(ImportFailed) as raised:
        tmp_project.import_documents(paths)
    lines = str(raised.value).splitlines()
    assert lines[0] == "None of the 2 files could be imported:"
    assert [line.split(":")[0] for line in lines[1:]] == ["a.docx", "b.odt"]
