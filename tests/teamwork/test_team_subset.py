"""Teamwork by files: a part of the project for a team member, merged back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.core.exchange.merge import merge_project
from qdadesk.core.exchange.subset import export_subset
from tests.exchange.test_qdpx_roundtrip import build_rich_project, snapshot


@pytest.fixture
def team_project(tmp_path: Path) -> Path:
    path = tmp_path / "team.qdadesk"
    build_rich_project(path).close()
    return path


def code_as_bob(part: Path) -> None:
    with Project.open(part) as p:
        p.user_name = "Bob"
        assert [d.name for d in p.documents()] == ["Interview 1"]
        doc = p.find_document("Interview 1").id
        place = p.find_code("Place").id
        p.add_coding(doc, place, 0, 3, coder="Bob")
        p.add_coding(doc, place, 40, 45, coder="Bob")
        p.add_memo("document", "Bob", "Bob read it", target_id=doc)


@pytest.mark.parametrize("suffix", [".qdadesk", ".qdpx"])
def test_subset_coded_apart_comes_back_once(team_project: Path, tmp_path: Path, suffix: str):
    with Project.open(team_project) as p:
        doc = p.find_document("Interview 1").id
        report = export_subset(p, tmp_path / f"part{suffix}", [doc])
        assert report.documents == 1 and report.codings == 4
    part = tmp_path / f"part{suffix}"
    if suffix == ".qdpx":
        from qdadesk.core.exchange.import_project import import_qdpx

        import_qdpx(part, tmp_path / "bob.qdadesk")  # the team member's own program
        part = tmp_path / "bob.qdadesk"
    code_as_bob(part)
    with Project.open(team_project) as p:
        before = len(p.codings())
        first = merge_project(p, part).result
        assert first.codings.added == 2 and first.documents.added == 0
        assert first.memos.added == 1 and first.conflicts == []
        state = snapshot(p)
        second = merge_project(p, part).result
        assert second.codings.added == 0 and second.memos.added == 0
        assert snapshot(p) == state
        assert len(p.codings()) == before + 2
        bob = [c for c in p.codings() if c.coder == "Bob" and p.code(c.code_id).name == "Place"]
        assert sorted((c.start, c.end) for c in bob) == [(0, 3), (40, 45)]


def test_subset_keeps_only_the_chosen_documents(team_project: Path, tmp_path: Path) -> None:
    with Project.open(team_project) as p:
        doc = p.find_document("Field notes").id
        export_subset(p, tmp_path / "part.qdadesk", [doc], used_codes_only=True)
        codes_all = len(p.codes())
    with Project.open(tmp_path / "part.qdadesk") as part:
        assert [d.name for d in part.documents()] == ["Field notes"]
        # Place is used; Joy has a code memo (kept, with its parent); Deep joy goes.
        paths = sorted(part.code_path(c.id) for c in part.codes())
        assert paths == ["Emotions", "Emotions\\Joy", "Place"]
        assert part.groups() == []  # the groups held only the other document
        assert codes_all > 1
        assert part.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_cli_export_for_a_team_member(team_project: Path, tmp_path: Path, capsysbinary) -> None:
    part = tmp_path / "part.qdpx"
    args = ["export", str(team_project), "--format", "qdpx", "-o", str(part)]
    assert main([*args, "--document", "Interview 1", "--json"]) == 0
    report = json.loads(capsysbinary.readouterr().out)
    assert report["documents"] == 1 and part.is_file()
    part2 = tmp_path / "part.qdadesk"
    assert (
        main(
            [
                "export",
                str(team_project),
                "--format",
                "qdadesk",
                "-o",
                str(part2),
                "--group",
                "Interviews",
            ]
        )
        == 0
    )
    with Project.open(part2) as p:
        assert [d.name for d in p.documents()] == ["Interview 1"]
