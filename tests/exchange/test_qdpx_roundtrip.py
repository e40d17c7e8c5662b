"""Export to .qdpx, import again: the same project; export again: semantically equal XML."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx
from qdadesk.core.importers.document import FormatSpan, ImportedDocument

TEXT1 = (
    "Ana: I love it 😀 really, it is great.\n"
    "Bob: Ça va? 日本語 text here and there.\n\n"
    "More 👍🏽 lines with emoji 🎉 and an end."
)
TEXT2 = "Plain text two\nsecond line of the notes\nthird line"


def build_rich_project(path: Path) -> Project:
    """A project with every kind of thing the exchange must carry."""
    p = Project.create(path)
    p.user_name = "Ana"
    interviews = p.add_group("Interviews").result
    wave = p.add_group("Wave 2", interviews).result
    d1 = p.add_document(
        ImportedDocument("Interview 1", TEXT1, spans=[FormatSpan(0, 3, "bold")]), wave
    ).result
    d2 = p.add_document(ImportedDocument("Field notes", TEXT2), None).result
    p.set_document_color(d1, "#00ff00")
    emotions = p.add_code("Emotions", color="#ff0000", description="feelings").result
    joy = p.add_code("Joy", emotions, color="#ffaa00", description="happy things").result
    deep = p.add_code("Deep joy", joy).result
    other = p.add_code("Place", color="#0000ff").result
    p.set_code_codable(emotions, False)
    p.set_code_shortcut(joy, 3)
    start = TEXT1.index("love")
    c1 = p.add_coding(
        d1, joy, start, start + 10, weight=40, comment="nice\nline two", coder="Bob"
    ).result
    p.add_coding(d1, other, start + 5, TEXT1.index("really") + 6)  # overlaps c1
    after_emoji = TEXT1.index("lines")
    p.add_coding(d1, deep, after_emoji, after_emoji + 5, weight=100)
    p.add_coding(d1, deep, TEXT1.index("日本語"), TEXT1.index("日本語") + 3, coder="Bob")
    p.add_coding(d2, other, 0, 5, comment="start")
    p.add_memo("free", "Free idea", "an idea")
    p.add_memo("project", "About", "the project memo")
    p.add_memo("document", "Doc memo", "<p>rich <b>memo</b></p>", target_id=d1)
    p.add_memo("group", "Group memo", "about the wave", target_id=wave)
    p.add_memo("code", "Code memo", "joy is", target_id=joy)
    p.add_memo("coding", "Coding memo", "this segment", target_id=c1, author="Bob")
    p.add_memo("position", "Position memo", "here", target_id=d1, start=2, end=9)
    p.set_document_value(d1, "age", 34, "integer")
    p.set_document_value(d1, "score", 1.5, "float")
    p.set_document_value(d1, "date", "2024-05-01", "date")
    p.set_document_value(d1, "consent", True, "boolean")
    p.set_document_value(d2, "place", "Lyon", "text")
    case = p.add_case("Ana", "the first case").result
    p.add_case_member(case, d1)
    p.add_case_member(case, d2, 0, 5)
    p.set_case_value(case, "role", "teacher", "text")
    p.add_log_entry("Started coding", "2024-05-01")
    p.add_log_entry("Second day", "2024-05-02")
    p.set_summary(joy, "joy summary", document_id=d1)
    with p._writing("set") as _w:
        set_id = p.db.execute(
            "INSERT INTO document_sets (guid, name, description, position) VALUES "
            "('0B9D9D2B-8C8A-4D55-9C53-6D3F9D0C1A11', 'Selected', 'a set', 0)"
        ).lastrowid
        p.db.execute("INSERT INTO document_set_members VALUES (?, ?)", [set_id, d1])
        p.db.execute("INSERT INTO document_set_members VALUES (?, ?)", [set_id, d2])
    return p


def snapshot(p: Project) -> dict[str, Any]:
    """Everything the round trip must keep, keyed by GUIDs (not row ids)."""
    q = p.db.execute

    def rows(sql: str) -> list[tuple]:
        return sorted(tuple(r) for r in q(sql).fetchall())

    return {
        "users": rows("SELECT guid, name FROM users"),
        "documents": rows(
            "SELECT d.guid, d.name, d.kind, d.length, d.position, d.color, g.guid, t.text, "
            "t.formatting FROM documents d JOIN document_texts t ON t.document_id = d.id "
            "LEFT JOIN document_groups g ON g.id = d.group_id"
        ),
        "groups": rows(
            "SELECT g.guid, g.name, g.position, g.color, p.guid FROM document_groups g "
            "LEFT JOIN document_groups p ON p.id = g.parent_id"
        ),
        "sets": rows(
            "SELECT s.guid, s.name, s.description, d.guid FROM document_sets s JOIN "
            "document_set_members m ON m.set_id = s.id JOIN documents d ON "
            "d.id = m.document_id"
        ),
        "codes": rows(
            "SELECT c.guid, c.name, c.color, c.position, c.description, c.codable, "
            "c.shortcut, p.guid FROM codes c LEFT JOIN codes p ON p.id = c.parent_id"
        ),
        "codings": rows(
            'SELECT c.guid, d.guid, k.guid, c.start, c."end", c.weight, c.comment, u.name, '
            "c.created FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes k ON "
            "k.id = c.code_id LEFT JOIN users u ON u.id = c.coder_id"
        ),
        "memos": rows(
            "SELECT m.guid, m.title, m.body, m.kind, d.guid, g.guid, k.guid, c.guid, m.start, "
            'm."end", u.name, m.created FROM memos m LEFT JOIN documents d ON d.id = '
            "m.document_id LEFT JOIN document_groups g ON g.id = m.group_id LEFT JOIN codes k ON "
            "k.id = m.code_id LEFT JOIN codings c ON c.id = m.coding_id LEFT JOIN users u ON "
            "u.id = m.author_id"
        ),
        "variables": rows("SELECT guid, name, scope, type, description, position FROM variables"),
        "document_values": rows(
            "SELECT d.guid, v.guid, dv.value FROM document_values dv JOIN documents d ON "
            "d.id = dv.document_id JOIN variables v ON v.id = dv.variable_id"
        ),
        "cases": rows("SELECT guid, name, description, position FROM cases"),
        "case_members": rows(
            'SELECT c.guid, d.guid, m.start, m."end" FROM case_members m JOIN '
            "cases c ON c.id = m.case_id JOIN documents d ON d.id = "
            "m.document_id"
        ),
        "case_values": rows(
            "SELECT c.guid, v.guid, cv.value FROM case_values cv JOIN cases c ON "
            "c.id = cv.case_id JOIN variables v ON v.id = cv.variable_id"
        ),
        "logbook": rows(
            "SELECT l.guid, l.date, l.text, u.name, l.created FROM logbook l "
            "LEFT JOIN users u ON u.id = l.author_id"
        ),
        "summaries": rows(
            "SELECT s.guid, c.guid, d.guid, s.text FROM summaries s JOIN codes c "
            "ON c.id = s.code_id LEFT JOIN documents d ON d.id = s.document_id"
        ),
    }


def canonical(xml: bytes) -> Any:
    """The XML as nested tuples with children sorted: equal when the documents say the
    same thing in any element order."""
    from lxml import etree

    def walk(element: Any) -> Any:
        attributes = tuple(sorted(element.attrib.items()))
        text = (element.text or "").strip()
        return (element.tag, attributes, text, tuple(sorted(walk(c) for c in element)))

    return walk(etree.fromstring(xml))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("roundtrip")
    original = build_rich_project(folder / "original.qdadesk")
    first = folder / "first.qdpx"
    report = export_qdpx(original, first)
    before = snapshot(original)
    original.close()
    import_report = import_qdpx(first, folder / "again.qdadesk")
    again = Project.open(folder / "again.qdadesk")
    after = snapshot(again)
    second = folder / "second.qdpx"
    export_qdpx(again, second)
    again.close()
    return {
        "folder": folder,
        "first": first,
        "second": second,
        "before": before,
        "after": after,
        "report": report,
        "import_report": import_report,
    }


def test_export_is_valid_against_the_schema(exported: dict[str, Any], shared_dir: Path) -> None:
    import xmlschema

    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd"))
    with zipfile.ZipFile(exported["first"]) as archive:
        qde = archive.read("project.qde")
        names = archive.namelist()
    schema.validate(qde.decode("utf-8"))
    assert b"<Sets />" not in qde and b"<Notes />" not in qde  # no empty containers
    texts = [n for n in names if n.startswith("sources/") and n.endswith(".txt")]
    assert len(texts) == 2 + 9  # two documents; 7 memos and 2 logbook entries as notes
    with zipfile.ZipFile(exported["first"]) as archive:
        for name in texts:
            data = archive.read(name)
            assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data


def test_round_trip_gives_the_same_project(exported: dict[str, Any]) -> None:
    before, after = exported["before"], exported["after"]
    for key in before:
        assert after[key] == before[key], key
    assert len(before["codings"]) == 5 and len(before["memos"]) == 7


def test_export_import_export_gives_equal_xml(exported: dict[str, Any]) -> None:
    with zipfile.ZipFile(exported["first"]) as first, zipfile.ZipFile(exported["second"]) as second:
        assert canonical(first.read("project.qde")) == canonical(second.read("project.qde"))
        assert sorted(first.namelist()) == sorted(second.namelist())
        for name in first.namelist():
            if name != "project.qde":
                assert first.read(name) == second.read(name), name


def test_weight_and_comment_travel_in_the_description(exported: dict[str, Any]) -> None:
    with zipfile.ZipFile(exported["first"]) as archive:
        qde = archive.read("project.qde").decode("utf-8")
    assert "nice\nline two\n[qdadesk weight=40]" in qde
    assert "[qdadesk logbook date=2024-05-01]" in qde


def test_export_warns_about_characters_beyond_the_bmp(exported: dict[str, Any]) -> None:
    assert exported["report"].count("warning") == 4  # 😀 👍 🏽 🎉


def test_crlf_export_shifts_positions(tmp_path: Path) -> None:
    from lxml import etree

    project = build_rich_project(tmp_path / "p.qdadesk")
    export_qdpx(project, tmp_path / "crlf.qdpx", crlf=True)
    before = snapshot(project)
    codings = {c.guid: project.text(c.document_id)[c.start : c.end] for c in project.codings()}
    project.close()
    with zipfile.ZipFile(tmp_path / "crlf.qdpx") as archive:
        root = etree.fromstring(archive.read("project.qde"))
        for source in root.iter("{*}TextSource"):
            name = source.get("plainTextPath").split("://")[1]
            text = archive.read("sources/" + name).decode("utf-8")
            assert "\r\n" in text
            for selection in source.iter("{*}PlainTextSelection"):
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                for coding in selection.iter("{*}Coding"):
                    expected = codings[coding.get("guid")].replace("\n", "\r\n")
                    assert text[start:end] == expected
    import_qdpx(tmp_path / "crlf.qdpx", tmp_path / "back.qdadesk")
    with Project.open(tmp_path / "back.qdadesk") as back:
        assert snapshot(back)["codings"] == before["codings"]
        assert snapshot(back)["documents"] == before["documents"]
