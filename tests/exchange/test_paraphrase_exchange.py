"""Paraphrases travel through REFI-QDA as notes on selections and come back as paraphrases."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from qdadesk.core.importers.document import ImportedDocument

TEXT = "Ana: the portal 😀 is down again.\nWe fax the forms. 日本語 end."


def _paraphrases(project: Project) -> list[tuple]:
    names = {d.id: d.name for d in project.documents()}
    return sorted(
        (p.guid, names[p.document_id], p.start, p.end, p.text, p.author, p.created)
        for p in project.paraphrases()
    )


def _build(path: Path) -> Project:
    project = Project.create(path)
    project.user_name = "Ana"
    doc = project.add_document(ImportedDocument("Interview", TEXT)).result
    code = project.add_code("Outages").result
    fax = TEXT.index("We fax")
    project.add_coding(doc, code, fax, fax + len("We fax the forms."), comment="a comment")
    project.add_paraphrase(doc, fax, fax + len("We fax the forms."), "Paper as a workaround")
    after_emoji = TEXT.index("is down")
    project.add_paraphrase(doc, after_emoji, after_emoji + 7, "Outage <again> & =1+1")
    project.add_memo("position", "Position memo", "here", target_id=doc, start=0, end=3)
    return project


def test_round_trip_keeps_paraphrases(tmp_path: Path) -> None:
    project = _build(tmp_path / "a.qdadesk")
    before = _paraphrases(project)
    memos_before = [(m.kind, m.title, m.plain, m.start, m.end) for m in project.memos()]
    qdpx = tmp_path / "a.qdpx"
    export_qdpx(project, qdpx)
    project.close()
    with zipfile.ZipFile(qdpx) as archive:
        qde = archive.read("project.qde").decode("utf-8")
    # Other programs see a note on the passage: the marker says it is a paraphrase.
    assert qde.count("[qdadesk paraphrase]") == 2
    assert "Outage &lt;again&gt; &amp; =1+1" in qde
    back = tmp_path / "back.qdadesk"
    import_qdpx(qdpx, back)
    with Project.open(back) as imported:
        assert _paraphrases(imported) == before
        assert [
            (m.kind, m.title, m.plain, m.start, m.end) for m in imported.memos()
        ] == memos_before
        (coding,) = imported.codings()
        assert coding.comment == "a comment"  # the coded selection keeps its own note
        assert imported.check() == []
        again = tmp_path / "again.qdpx"
        export_qdpx(imported, again)
    with zipfile.ZipFile(again) as archive:
        assert archive.read("project.qde").decode("utf-8").count("[qdadesk paraphrase]") == 2


def test_a_note_on_a_selection_from_another_program_stays_a_memo(tmp_path: Path) -> None:
    project = _build(tmp_path / "a.qdadesk")
    qdpx = tmp_path / "a.qdpx"
    export_qdpx(project, qdpx)
    project.close()
    foreign = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(qdpx) as source, zipfile.ZipFile(foreign, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "project.qde":
                data = data.replace(b"[qdadesk paraphrase]", b"")
            target.writestr(item, data)
    back = tmp_path / "back.qdadesk"
    import_qdpx(foreign, back)
    with Project.open(back) as imported:
        assert imported.paraphrases() == []
        texts = sorted(m.plain for m in imported.memos(kind="position"))
        assert len(texts) == 3 and texts[1:] == ["Paper as a workaround", "here"]
