"""The .qdpx a project exports is exactly the one it exported before (``golden/``): the
project.qde text and every file beside it, byte for byte once GUIDs are made repeatable
and timestamps masked, and the export's report. It guards refactorings of the exporter
(no change of output).

A project rich in what the exporter writes: groups, text with emoji, formatting and
colours, a code tree with shortcuts, codings with weights, comments and two coders, memos
of every kind, a paraphrase, logbook entries, summaries, variables of every type, cases
with whole documents and segments, document sets, a PDF and a picture with regions, a map,
and the kept elements (links, graphs, sets, foreign sources) of an ATLAS.ti file.

When the export is meant to change, write the new golden files and read their diff:
``QDADESK_WRITE_GOLDEN=1 .venv/bin/python -m pytest tests/exchange/test_export_unchanged.py``.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import uuid
from pathlib import Path

import pytest
import xmlschema

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import ORIGIN, build_project_xml
from qdadesk.core.exchange.import_project import import_qdpx
from qdadesk.core.exchange.report import ExchangeReport
from qdadesk.core.importers.document import FormatSpan, ImportedDocument
from tests.exchange.paged_support import pdf_document, picture_document
from tests.exchange.test_qdpx_roundtrip import TEXT1, TEXT2

GOLDEN = Path(__file__).parent / "golden"
_TIMESTAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?")


@pytest.fixture
def repeatable_guids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``uuid.uuid4()`` from a seeded generator: the same GUIDs on every run."""
    rng = random.Random(15)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=rng.getrandbits(128), version=4))


def _build(tmp_path: Path, shared_dir: Path) -> Project:
    path = tmp_path / "rich.qdadesk"
    import_qdpx(shared_dir / "refi-qda/samples/atlasti-8.4-standard-project.qde", path)
    p = Project.open(path)
    p.user_name = "Ana"
    interviews = p.add_group("Interviews").result
    wave = p.add_group("Wave 2", interviews).result
    d1 = p.add_document(
        ImportedDocument("Interview 1", TEXT1, spans=[FormatSpan(0, 3, "bold")]), wave
    ).result
    d2 = p.add_document(ImportedDocument("Field notes", TEXT2), interviews).result
    p.set_document_color(d1, "#00ff00")
    emotions = p.add_code("Emotions", color="#ff0000", description="feelings").result
    joy = p.add_code("Joy", emotions, color="#ffaa00", description="happy <things> & more").result
    deep = p.add_code("Deep joy", joy).result
    place = p.add_code("Place", color="#0000ff").result
    p.set_code_codable(emotions, False)
    p.set_code_shortcut(joy, 3)
    start = TEXT1.index("love")
    c1 = p.add_coding(
        d1, joy, start, start + 10, weight=40, comment='nice\nline "two"', coder="Bob"
    ).result
    p.add_coding(d1, place, start, start + 10)  # the same range: one selection or two
    p.add_coding(d1, place, start + 5, TEXT1.index("really") + 6)
    emoji = TEXT1.index("lines")
    p.add_coding(d1, deep, emoji, emoji + 5, weight=100)
    p.add_coding(d1, deep, TEXT1.index("日本語"), TEXT1.index("日本語") + 3, coder="Bob")
    p.add_coding(d2, place, 0, 5, comment="start")
    p.add_memo("free", "Free idea", "an idea")
    p.add_memo("free", "", "an untitled memo")
    p.add_memo("project", "About", "the project memo")
    p.add_memo("document", "Doc memo", "<p>rich <b>memo</b> &amp; more</p>", target_id=d1)
    p.add_memo("group", "Group memo", "about the wave", target_id=wave)
    p.add_memo("code", "Code memo", "joy is", target_id=joy)
    p.add_memo("coding", "Coding memo", "this segment", target_id=c1, author="Bob")
    p.add_memo("position", "Position memo", "here\nand there", target_id=d1, start=2, end=9)
    p.add_paraphrase(d2, 6, 10, "a paraphrase of it", author="Bob")
    p.set_document_value(d1, "age", 34, "integer")
    p.set_document_value(d1, "score", 1.5, "float")
    p.set_document_value(d1, "date", "2024-05-01", "date")
    p.set_document_value(d1, "consent", True, "boolean")
    p.set_document_value(d2, "place", "Lyon & <Paris>", "text")
    case = p.add_case("Ana", "the first case", [d1]).result
    p.add_case_member(case, d2, 0, 5)
    p.set_case_value(case, "role", "teacher", "text")
    p.add_log_entry("Started coding", "2024-05-01")
    p.add_log_entry("Second day\nwith two lines", "2024-05-02")
    p.set_summary(joy, "joy summary", document_id=d1)
    p.add_document_set("Selected", [d2, d1], "a set")
    p.add_document_set("空")
    pdf = p.add_document(pdf_document(shared_dir / "corpus"), interviews).result
    picture = p.add_document(picture_document()).result
    region = p.add_region_coding(
        pdf, joy, (72.25, 100.5, 300.75, 200.125), page=2, weight=40, comment="a chart"
    ).result
    p.add_memo("coding", "On the chart", "the chart's memo", target_id=region, author="Bob")
    p.add_region_coding(pdf, place, (0, 0, 612, 792), page=1)
    p.add_coding(pdf, deep, 0, 9, weight=10, comment="title")
    p.add_region_coding(picture, place, (1.5, 2.5, 30, 40), weight=100, coder="Bob")
    p.add_memo("document", "About the photo", "taken in 2024", target_id=picture)
    p.set_document_value(picture, "place", "Lyon", "text")
    map_id = p.create_map("Causal network").result
    a = p.add_map_node(map_id, "code", joy, x=0, y=0).result
    b = p.add_map_node(map_id, "document", d1, x=300, y=0, layer="L1").result
    t = p.add_map_node(map_id, "text", label="Budget cuts", x=-200, y=0).result
    p.add_map_link(a, b, "found in", "-", 3)
    p.add_map_link(t, a, "", "+", 1, "dashed")
    p.set_map_memo(map_id, "Joy drives it.")
    return p


def _masked(data: bytes) -> bytes:
    return _TIMESTAMP.sub(b"<time>", data).replace(ORIGIN.encode(), b"QDA Desk <version>")


def _listing(files: dict[str, bytes]) -> str:
    return "".join(
        f"{name} {len(data)} {hashlib.sha256(_masked(data)).hexdigest()}\n"
        for name, data in sorted(files.items())
    )


@pytest.mark.parametrize("crlf", [False, True], ids=["lf", "crlf"])
def test_export_is_unchanged(
    tmp_path: Path, shared_dir: Path, repeatable_guids: None, crlf: bool
) -> None:
    project = _build(tmp_path, shared_dir)
    report = ExchangeReport("export")
    try:
        qde, files = build_project_xml(project, report, crlf=crlf)
    finally:
        project.close()
    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd"))
    schema.validate(qde.decode("utf-8"))
    name = "rich-crlf" if crlf else "rich-lf"
    actual = {
        f"{name}.qde": _masked(qde),
        f"{name}.files": _listing(files).encode(),
        f"{name}.report": report.as_text().encode(),  # what the export says it wrote
    }
    if os.environ.get("QDADESK_WRITE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        for member, data in actual.items():
            (GOLDEN / member).write_bytes(data)
    for member, data in actual.items():
        assert data.decode("utf-8") == (GOLDEN / member).read_text("utf-8"), member
