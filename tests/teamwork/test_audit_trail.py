"""The audit trail: code system changes, imports and merges, coding counts per day."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.core.errors import QdaError
from qdadesk.core.importers.document import ImportedDocument


def actions(project: Project) -> list[tuple[str, str, str]]:
    """The entries, without the daily coding-count snapshots."""
    return [
        (e.action, e.what, e.detail) for e in project.audit_entries() if e.action != "coding counts"
    ]


def test_code_system_changes_are_logged_with_user_and_date(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        project.user_name = "Ana"
        parent = project.add_code("Emotions").result
        joy = project.add_code("Joy").result
        project.rename_code(joy, "Happiness")
        project.move_code(joy, parent)
        project.recolor_code(joy, "#ff0000")
        other = project.add_code_path("Emotions\\Fear").result
        project.merge_codes([other], joy)
        project.delete_code(joy)
        log = actions(project)
        assert [a for a, _w, _d in log] == [
            "code created",
            "code created",
            "code renamed",
            "code moved",
            "code recoloured",
            "code created",
            "codes merged",
            "code deleted",
        ]
        assert log[2][1:] == ("Joy", "Happiness")
        assert log[3][1:] == ("Happiness", "Emotions\\Happiness")
        assert log[6][1:] == ("Emotions\\Fear", "Emotions\\Happiness")
        entries = project.audit_entries()
        assert {e.user for e in entries} == {"Ana"}
        assert [e.action for e in entries].count("coding counts") == 1
        assert all(e.when.endswith("Z") and len(e.when) == 20 for e in entries)


def test_undo_keeps_the_entry_and_logs_the_undo(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        code = project.add_code("Joy").result
        rename = project.rename_code(code, "Happiness")
        project.undo(rename)
        assert project.code(code).name == "Joy"
        project.redo(rename)
        log = actions(project)
        assert [a for a, _w, _d in log] == ["code created", "code renamed", "undo", "redo"]
        assert log[2][1] == rename.description
        # An operation without audit entries leaves no undo entry.
        memo = project.add_memo("free", "m", "x")
        project.undo(memo)
        assert len(actions(project)) == 4


def test_a_failed_operation_leaves_no_entry(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        project.add_code("Joy")
        other = project.add_code("Fear").result
        with pytest.raises(QdaError):
            project.rename_code(other, "Joy")
        assert [a for a, _w, _d in actions(project)] == ["code created", "code created"]


def test_imports_are_logged(tmp_path: Path) -> None:
    source = tmp_path / "interview.txt"
    source.write_text("Some text", encoding="utf-8")
    with Project.create(tmp_path / "p.qdadesk") as project:
        project.import_documents([source])
        assert actions(project) == [("documents imported", "interview.txt", "1 files")]


def test_coding_counts_are_snapshot_once_a_day(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        doc = project.add_document(ImportedDocument("d", "some text here")).result
        code = project.add_code_path("A\\B").result
        project.add_coding(doc, code, 0, 4)
        project.close()
    # A new session on the same day: the snapshot is written once, at its first write.
    with Project.open(tmp_path / "p.qdadesk") as project:
        project.add_coding(doc, code, 5, 9)
        project.add_memo("free", "m", "x")
        counts = project.coding_counts_over_time()
        assert len(counts) == 1
        day, by_code = counts[0]
        assert by_code in ({"A": 0, "A\\B": 0}, {"A": 0, "A\\B": 1})
        # Rewind the snapshot a day: the next write takes today's.
        project.db.execute("UPDATE audit_log SET at = '2000-01-01T00:00:00Z'")
        project.db.conn.commit()
        project._counts_day = ""
        project.add_memo("free", "m2", "y")
        counts = project.coding_counts_over_time()
        assert [c[0] for c in counts] == ["2000-01-01", day]
        assert counts[1][1] == {"A": 0, "A\\B": 2}


def test_history_cli_json_and_csv(tmp_path: Path, capsysbinary) -> None:
    path = tmp_path / "p.qdadesk"
    with Project.create(path) as project:
        project.user_name = "Ana"
        code = project.add_code("Joy").result
        project.rename_code(code, "Happiness")
    assert main(["history", str(path), "--format", "json"]) == 0
    rows = json.loads(capsysbinary.readouterr().out)
    assert [list(r) for r in rows][0] == ["when", "user", "action", "what", "detail"]
    assert [r["action"] for r in rows] == ["code created", "coding counts", "code renamed"]
    assert json.loads(rows[1]["detail"]) == {"Joy": 0}
    assert rows[2]["user"] == "Ana" and rows[2]["detail"] == "Happiness"
    assert main(["history", str(path), "--format", "csv", "--action", "code renamed"]) == 0
    table = list(csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode())))
    assert len(table) == 1 and table[0]["what"] == "Joy"
