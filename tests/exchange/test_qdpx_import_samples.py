"""Every real REFI-QDA sample imports; counts and texts match what the XML itself says."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from qdadesk.core import Project
from qdadesk.core.exchange.import_project import import_qdpx

SAMPLES = [
    "atlasti-23.2-blank-project.qdpx",
    "atlasti-23.2-target-project.qdpx",
    "atlasti-8.4-standard-project.qde",
    "maxqda-24.7-icls-themes.qdpx",
    "nvivo-mac-15.0-qc-project.qdpx",
    "nvivo-win-12.6-oltas.qdpx",
    "qc-1.3.2-demo.qdpx",
]
SOURCE_KINDS = ("TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource")


def read_independently(path: Path) -> dict[str, Any]:
    """Counts and texts straight from the file with lxml (not our reader)."""
    from lxml import etree

    members: dict[str, bytes] = {}
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                members[name.lower()] = archive.read(name)
        qde = next(v for k, v in members.items() if k.endswith(".qde"))
    else:
        qde = path.read_bytes()
    root = etree.fromstring(qde)

    def count(tag: str, under: Any = root) -> int:
        return sum(1 for _ in under.iter("{*}" + tag))

    texts: dict[str, str] = {}
    codings_with_text = 0
    for source in root.iter("{*}TextSource"):
        reference = (source.get("plainTextPath") or "").split("://")[-1].lower()
        data = members.get("sources/" + reference)
        if data is None:
            continue
        texts[source.get("guid").upper()] = (
            data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        )
        codings_with_text += count("Coding", source)
    return {
        "codes": count("Code"),
        "users": count("User"),
        "sources": sum(count(kind) for kind in SOURCE_KINDS),
        "codings": count("Coding"),
        "codings_with_text": codings_with_text,
        "texts": texts,
        "notes": count("Note"),
    }


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> dict[str, Any]:
    """Each sample imported once for the whole module (the NVivo one is 600k characters)."""
    folder = tmp_path_factory.mktemp("samples")
    result = {}
    for name in SAMPLES:
        path = shared_dir / "refi-qda/samples" / name
        target = folder / (name + ".qdadesk")
        report = import_qdpx(path, target)
        result[name] = {
            "path": path,
            "project": target,
            "report": report,
            "expected": read_independently(path),
        }
    return result


def open_project(entry: dict[str, Any]) -> Project:
    return Project.open(entry["project"])


@pytest.mark.parametrize("name", SAMPLES)
def test_counts_match_the_xml(imported: dict[str, Any], name: str) -> None:
    entry = imported[name]
    expected = entry["expected"]
    with open_project(entry) as project:
        assert len(project.codes()) == expected["codes"]
        assert len(project.users()) == expected["users"]
        assert len(project.documents()) == expected["sources"]
        assert len(project.codings()) == expected["codings_with_text"]
        memos = len(project.memos())
    report = entry["report"]
    # nothing silently dropped: every Coding is imported, kept or discarded with a reason
    accounted = sum(
        report.count(outcome, "Coding")
        for outcome in ("imported", "kept without display", "discarded")
    )
    assert accounted == expected["codings"]
    assert memos >= expected["notes"]


@pytest.mark.parametrize("name", SAMPLES)
def test_texts_match_the_source_files(imported: dict[str, Any], name: str) -> None:
    entry = imported[name]
    with open_project(entry) as project:
        for guid, text in entry["expected"]["texts"].items():
            document = project.find_document(guid)
            assert project.text(document.id) == text


def test_nvivo_codings_each_land_on_comment_text(imported: dict[str, Any]) -> None:
    """NVivo counts UTF-16 units with CRLF as 2: read that way, each of the 303 codings
    marks text inside one YouTube comment (one line), most of them the whole comment."""
    entry = imported["nvivo-win-12.6-oltas.qdpx"]
    with open_project(entry) as project:
        codings = project.codings()
        assert len(codings) == 303
        whole = aligned = 0
        for coding in codings:
            text = project.text(coding.document_id)
            segment = text[coding.start : coding.end]
            # a few selections take the comment's line end along
            assert segment.strip() and "\n" not in segment.rstrip("\n")
            before = text[coding.start - 1] if coding.start else "\n"
            after = text[coding.end] if coding.end < len(text) else "\n"
            aligned += not (before.isalnum() and segment[0].isalnum()) and not (
                after.isalnum() and segment[-1].isalnum()
            )
            whole += before == "\n" and (after == "\n" or segment.endswith("\n"))
        assert whole >= 270  # the rest are sentences inside one long comment
        assert aligned >= 300  # the coders' own slips: 3 selections end inside a word
    report = entry["report"]
    assert report.count("mapped", "PlainTextSelection") == 303  # the positions were re-read


def test_qc_codings_start_at_line_starts(imported: dict[str, Any]) -> None:
    with open_project(imported["qc-1.3.2-demo.qdpx"]) as project:
        codings = project.codings()
        assert len(codings) == 205
        for coding in codings:
            text = project.text(coding.document_id)
            assert coding.start == 0 or text[coding.start - 1] == "\n"
        names = sorted(d.name for d in project.documents())
    assert names == ["admin-1", "board_2017"]


def test_atlas_bare_qde_keeps_what_it_cannot_show(imported: dict[str, Any]) -> None:
    entry = imported["atlasti-8.4-standard-project.qde"]
    with open_project(entry) as project:
        kinds = sorted(d.kind for d in project.documents())
        assert kinds == ["audio", "pdf", "pdf", "picture"] + ["text"] * 6 + ["video", "video"]
        assert all(d.length == 0 for d in project.documents() if d.kind == "text")
        kept = dict(
            project.db.execute("SELECT kind, COUNT(*) FROM kept_elements GROUP BY kind").fetchall()
        )
        assert kept["Link"] == 1 and kept["Set"] == 4 and "Graph" not in kept
        # The network arrives as a map: its vertices with their objects, its edges.
        (network,) = project.maps()
        assert network.name == "Netzwerk"
        nodes = project.map_nodes(network.id)
        assert len(nodes) == 3 and len(project.map_links(network.id)) == 2
        video = next(n for n in nodes if n.kind == "document")
        assert video.ref == "1994 Diet Coke-Diet Coke Break.mp4"
        assert kept["TextSource"] == 6 and kept["VideoSource"] == 2
        sets = project.db.execute("SELECT COUNT(*) FROM document_sets").fetchone()[0]
        assert sets == 12
        memos = {m.title: m for m in project.memos()}
        assert memos["Research Plan"].body.startswith("day to day log")
    report = entry["report"]
    assert report.count("kept without display", "PDFSource") >= 2
    assert "basePath" in report.as_text()


def test_maxqda_sets_become_groups_and_colours_arrive(imported: dict[str, Any]) -> None:
    with open_project(imported["maxqda-24.7-icls-themes.qdpx"]) as project:
        groups = {g.name for g in project.groups()}
        assert groups == {"ICLS 2024", "ICLS 2025"}
        assert all(d.group_id is not None for d in project.documents())
        codes = project.codes()
        assert all(c.description for c in codes)
        assert codes[0].color == "#ef8256"
        assert max(len(project.code_path(c.id).split("\\")) for c in codes) == 2


def test_nvivo_mac_reports_stray_archive_file(imported: dict[str, Any]) -> None:
    text = imported["nvivo-mac-15.0-qc-project.qdpx"]["report"].as_text()
    assert "sources/.root" in text


def test_reexport_of_every_sample_is_schema_valid(
    imported: dict[str, Any], tmp_path: Path, shared_dir: Path
) -> None:
    import xmlschema

    from qdadesk.core.exchange.export_project import export_qdpx

    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd"))
    for name in SAMPLES:
        if name.startswith("nvivo-win"):
            continue  # large; its round trip is covered by the coding checks above
        with open_project(imported[name]) as project:
            out = tmp_path / (name + ".qdpx")
            export_qdpx(project, out)
        with zipfile.ZipFile(out) as archive:
            schema.validate(archive.read("project.qde").decode("utf-8"))
