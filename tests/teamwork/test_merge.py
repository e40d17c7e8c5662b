"""Merging projects: teamwork by copies of one project, edited apart and merged back."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.core.errors import QdaError
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.merge import merge_project
from qdadesk.core.importers.document import ImportedDocument
from tests.exchange.test_qdpx_roundtrip import TEXT1, build_rich_project, snapshot


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """The team's project and a copy given to a second coder, who then worked on it."""
    ours = tmp_path / "ours.qdadesk"
    build_rich_project(ours).close()
    theirs = tmp_path / "theirs.qdadesk"
    shutil.copy(ours, theirs)
    with Project.open(theirs) as p:
        p.user_name = "Bob"
        d1 = p.find_document("Interview 1").id
        joy = p.find_code("Emotions\\Joy").id
        new_code = p.add_code("Trust").result
        p.add_coding(d1, joy, 0, 3, coder="Bob")
        p.add_coding(d1, new_code, 5, 12, coder="Bob")
        d3 = p.add_document(ImportedDocument("Interview 3", "A third interview text")).result
        p.add_coding(d3, new_code, 2, 7, coder="Bob")
        p.add_memo("document", "Bob's memo", "about interview 3", target_id=d3)
        p.set_document_value(d3, "place", "Paris", "text")
        p.add_log_entry("Bob coded", "2024-06-01")
    return ours, theirs


def test_merge_brings_the_other_coders_work_once(pair: tuple[Path, Path]) -> None:
    ours, theirs = pair
    before_other = sha(theirs)
    with Project.open(ours) as p:
        codings_before = len(p.codings())
        report = merge_project(p, theirs).result
        assert report.documents.as_dict() == {"matched": 2, "added": 1}
        assert report.codes.added == 1 and report.codes.matched == 4
        assert report.codings.added == 3 and report.codings.matched == codings_before
        assert report.memos.added == 1 and report.memos.matched == 7
        assert report.variables.matched >= 1
        assert report.logbook.added == 1
        assert report.conflicts == []
        assert len(p.codings()) == codings_before + 3
        after_first = snapshot(p)
        again = merge_project(p, theirs).result
        assert snapshot(p) == after_first  # merging twice changes nothing
        for key in ("documents", "codes", "codings", "memos", "variables"):
            assert getattr(again, key).added == 0, key
        bob = [c for c in p.codings() if p.code(c.code_id).name == "Trust"]
        assert len(bob) == 2
        assert p.document_values()[p.find_document("Interview 3").id]["place"] == "Paris"
    assert sha(theirs) == before_other  # the other file is never changed


def test_merge_is_one_undo_step(pair: tuple[Path, Path]) -> None:
    ours, theirs = pair
    with Project.open(ours) as p:
        before = snapshot(p)
        operation = merge_project(p, theirs)
        assert snapshot(p) != before
        p.undo(operation)
        assert snapshot(p) == before
        p.redo(operation)
        assert len(p.documents()) == 3


def test_conflicts_keep_ours_and_the_others_value_as_a_memo(pair: tuple[Path, Path]) -> None:
    ours, theirs = pair
    with Project.open(theirs) as p:
        p.rename_code(p.find_code("Place").id, "Location")
        d1 = p.find_document("Interview 1").id
        p.set_document_value(d1, "age", 35, "integer")
        memo = next(m for m in p.memos() if m.title == "Free idea")
        p.update_memo(memo.id, body="Bob's version of the idea")
    with Project.open(ours) as p:
        memo = next(m for m in p.memos() if m.title == "Free idea")
        p.update_memo(memo.id, body="Ana's version of the idea")
        report = merge_project(p, theirs).result
        kinds = sorted(c.kind for c in report.conflicts)
        assert kinds == ["code", "memo", "variable"]
        place = p.find_code("Place")  # our name kept
        code_memos = [m for m in p.memos() if m.kind == "code" and m.code_id == place.id]
        assert any("Location" in m.plain for m in code_memos)
        d1 = p.find_document("Interview 1").id
        assert p.document_values()[d1]["age"] == 34
        doc_memos = [m.plain for m in p.memos() if m.kind == "document"]
        assert any("age = 35" in text for text in doc_memos)
        free = {m.plain for m in p.memos() if m.kind == "free"}
        assert {"Ana's version of the idea", "Bob's version of the idea"} <= free
        count = len(p.memos())
        second = merge_project(p, theirs).result
        assert len(p.memos()) == count  # the conflict memos are not added twice
        assert len(second.conflicts) == 3
        assert json.loads(json.dumps(second.as_dict()))["conflicts"][0]["resolution"]


def test_same_guid_with_another_text_is_never_merged(tmp_path: Path) -> None:
    ours = tmp_path / "ours.qdadesk"
    with Project.create(ours) as p:
        p.add_document(ImportedDocument("Doc", "the original text"))
    theirs = tmp_path / "theirs.qdadesk"
    shutil.copy(ours, theirs)
    with Project.open(theirs) as p:
        doc = p.find_document("Doc").id
        p.db.execute(
            "UPDATE document_texts SET text = 'an edited text!!' WHERE document_id = ?", [doc]
        )
        code = p.add_code("X").result
        p.add_coding(doc, code, 0, 2)
    with Project.open(ours) as p:
        report = merge_project(p, theirs).result
        assert [c.kind for c in report.conflicts] == ["document"]
        names = sorted(d.name for d in p.documents())
        assert names == ["Doc", "Doc (from theirs)"]
        other = p.find_document("Doc (from theirs)")
        assert p.text(other.id) == "an edited text!!"
        assert [c.document_id for c in p.codings()] == [other.id]
        again = merge_project(p, theirs).result  # the copy is found, not added again
        assert again.documents.added == 0 and again.codings.added == 0
        assert len(p.documents()) == 2 and len(p.codings()) == 1


def test_documents_match_by_identical_text_and_codes_by_path(tmp_path: Path) -> None:
    """Two coders who imported the same file into their own new projects."""
    paths = []
    for coder in ("Ana", "Bob"):
        path = tmp_path / f"{coder}.qdadesk"
        with Project.create(path) as p:
            doc = p.add_document(ImportedDocument("Interview", TEXT1)).result
            code = p.add_code_path("Emotions\\Joy").result
            p.add_coding(doc, code, 0, 10, coder=coder)
            p.add_coding(doc, code, 20, 30, coder=coder)
        paths.append(path)
    with Project.open(paths[0]) as p:
        report = merge_project(p, paths[1]).result
        assert report.documents.as_dict() == {"matched": 1, "added": 0}
        assert report.codes.as_dict() == {"matched": 2, "added": 0}
        assert report.codings.as_dict() == {"matched": 0, "added": 2}
        coders = sorted((c.coder, c.start) for c in p.codings())
        assert coders == [("Ana", 0), ("Ana", 20), ("Bob", 0), ("Bob", 20)]


def test_merge_from_a_qdpx(pair: tuple[Path, Path], tmp_path: Path) -> None:
    ours, theirs = pair
    with Project.open(theirs) as p:
        export_qdpx(p, tmp_path / "theirs.qdpx")
    with Project.open(ours) as p:
        report = merge_project(p, tmp_path / "theirs.qdpx").result
        assert report.documents.added == 1 and report.codings.added == 3
        first = snapshot(p)
        merge_project(p, tmp_path / "theirs.qdpx")
        assert snapshot(p) == first


def test_merging_a_project_into_itself_is_refused(pair: tuple[Path, Path]) -> None:
    ours, _theirs = pair
    with Project.open(ours) as p, pytest.raises(QdaError):
        merge_project(p, ours)


def test_merge_cli_json_report(pair: tuple[Path, Path], capsysbinary) -> None:
    ours, theirs = pair
    assert main(["merge", str(ours), str(theirs), "--format", "json"]) == 0
    report = json.loads(capsysbinary.readouterr().out)
    for key in ("documents", "codes", "codings", "memos", "variables"):
        assert set(report[key]) == {"matched", "added"}
    assert report["codings"]["added"] == 3 and report["conflicts"] == []
    assert main(["merge", str(ours), str(theirs), "--format", "json"]) == 0
    assert json.loads(capsysbinary.readouterr().out)["codings"]["added"] == 0
    assert main(["history", str(ours), "--format", "json", "--action", "project merged"]) == 0
    assert len(json.loads(capsysbinary.readouterr().out)) == 2


def test_an_interrupted_other_file_is_refused_untouched(pair: tuple[Path, Path]) -> None:
    ours, theirs = pair
    journal = Path(str(theirs) + "-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))  # a hot journal's head
    before = sha(theirs)
    with Project.open(ours) as p:
        count = len(p.codings())
        with pytest.raises(QdaError):
            merge_project(p, theirs)
        assert len(p.codings()) == count
    assert sha(theirs) == before and journal.exists()
