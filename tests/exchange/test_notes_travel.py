"""Notes that other REFI-QDA tools keep: each Note's text inline and in a file.

QualCoder reads a note's text only from ``plainTextPath``; ATLAS.ti writes (and reads)
``PlainTextContent``. Our export writes both; our import reads either, never doubling."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from tests.exchange.test_qdpx_roundtrip import build_rich_project

NS = "{urn:QDA-XML:project:1.0}"


def _notes(qdpx: Path) -> tuple[list[etree._Element], zipfile.ZipFile]:
    archive = zipfile.ZipFile(qdpx)
    root = etree.fromstring(archive.read("project.qde"))
    return list(root.iter(f"{NS}Note")), archive


def test_every_note_points_to_a_text_file_with_its_text(tmp_path: Path, shared_dir: Path) -> None:
    import xmlschema

    project = build_rich_project(tmp_path / "p.qdadesk")
    project.add_paraphrase(project.find_document("Field notes").id, 0, 5, "a paraphrase")
    export_qdpx(project, tmp_path / "out.qdpx")
    project.close()
    notes, archive = _notes(tmp_path / "out.qdpx")
    with archive:
        assert len(notes) == 7 + 2 + 1  # memos, logbook entries, the paraphrase
        for note in notes:
            path = note.get("plainTextPath")
            assert path == f"internal://{note.get('guid')}.txt"
            inline = note.find(f"{NS}PlainTextContent").text or ""
            data = archive.read("sources/" + path.removeprefix("internal://"))
            assert data.decode("utf-8") == inline
        by_name = {n.get("name"): n for n in notes}
        assert by_name["Position memo"].find(f"{NS}PlainTextContent").text == "here"
        assert by_name["Doc memo"].find(f"{NS}PlainTextContent").text == "rich memo"
        # QualCoder keeps a source memo only from the source's Description.
        root = etree.fromstring(archive.read("project.qde"))
        source = next(e for e in root.iter(f"{NS}TextSource") if e.get("name") == "Interview 1")
        assert source.find(f"{NS}Description").text == "rich memo"
        schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd"))
        schema.validate(archive.read("project.qde").decode("utf-8"))


def test_reimport_keeps_each_memo_once(tmp_path: Path) -> None:
    project = build_rich_project(tmp_path / "p.qdadesk")
    export_qdpx(project, tmp_path / "out.qdpx")
    memos = project.db.execute("SELECT count(*) FROM memos").fetchone()[0]
    project.close()
    import_qdpx(tmp_path / "out.qdpx", tmp_path / "again.qdadesk")
    with Project.open(tmp_path / "again.qdadesk") as again:
        assert again.db.execute("SELECT count(*) FROM memos").fetchone()[0] == memos
        bodies = [r[0] for r in again.db.execute("SELECT plain FROM memos ORDER BY id")]
        assert "here" in bodies and len(bodies) == len(set(bodies))
        assert again.db.execute("SELECT count(*) FROM logbook").fetchone()[0] == 2


def test_reimport_accounts_for_every_note_file(tmp_path: Path) -> None:
    """The note text files beside the inline text are the notes' own, not "discarded"."""
    from qdadesk.core.exchange.report import DISCARDED

    project = build_rich_project(tmp_path / "p.qdadesk")
    export_qdpx(project, tmp_path / "out.qdpx")
    project.close()
    report = import_qdpx(tmp_path / "out.qdpx", tmp_path / "again.qdadesk")
    assert [line for line in report.lines(DISCARDED) if "archive" in line.element] == []


def test_a_note_with_only_a_text_file_is_read(tmp_path: Path) -> None:
    """QualCoder's way: the Note holds no inline text, only plainTextPath."""
    project = build_rich_project(tmp_path / "p.qdadesk")
    export_qdpx(project, tmp_path / "out.qdpx")
    project.close()
    with zipfile.ZipFile(tmp_path / "out.qdpx") as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(members["project.qde"])
    for content in list(root.iter(f"{NS}PlainTextContent")):
        if content.getparent().tag == f"{NS}Note":
            content.getparent().remove(content)
    members["project.qde"] = etree.tostring(root, xml_declaration=True, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "file-only.qdpx", "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    import_qdpx(tmp_path / "file-only.qdpx", tmp_path / "again.qdadesk")
    with Project.open(tmp_path / "again.qdadesk") as again:
        bodies = [r[0] for r in again.db.execute("SELECT plain FROM memos")]
        assert "here" in bodies and "an idea" in bodies and len(bodies) == 7


def test_what_qualcoder_reads_is_filled_and_comes_back_once(tmp_path: Path) -> None:
    """QualCoder takes an uncoded selection's text from its Description, and drops a note
    without a name: both are written; our import keeps each memo once, untitled again."""
    project = build_rich_project(tmp_path / "p.qdadesk")
    doc = project.find_document("Field notes").id
    project.add_memo("free", "", "a memo without a title")
    project.add_paraphrase(doc, 0, 5, "a paraphrase")
    before = sorted((m.kind, m.title, m.plain) for m in project.memos())
    export_qdpx(project, tmp_path / "out.qdpx")
    project.close()
    notes, archive = _notes(tmp_path / "out.qdpx")
    with archive:
        root = etree.fromstring(archive.read("project.qde"))
    assert all(n.get("name") for n in notes)
    uncoded = {
        s.find(f"{NS}Description").text
        for s in root.iter(f"{NS}PlainTextSelection")
        if s.find(f"{NS}Coding") is None and s.find(f"{NS}Description") is not None
    }
    assert {"here", "a paraphrase"} <= uncoded
    import_qdpx(tmp_path / "out.qdpx", tmp_path / "again.qdadesk")
    with Project.open(tmp_path / "again.qdadesk") as again:
        assert sorted((m.kind, m.title, m.plain) for m in again.memos()) == before
        assert [p.text for p in again.paraphrases()] == ["a paraphrase"]
