"""``qdadesk-cli maps | map | map-generate | map-layout`` on the sample project."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from lxml import etree

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.paths import sample_project_path

SVG = "{http://www.w3.org/2000/svg}"


def run(capsysbinary, *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.qdadesk"
    path.write_bytes(sample_project_path().read_bytes())
    return path


def overlap_pairs(project: Project) -> Counter:
    paths = project.code_paths()
    pairs: Counter = Counter()
    for a, b in combinations(project.codings(), 2):
        same = a.document_id == b.document_id and a.code_id != b.code_id
        if same and a.start < b.end and b.start < a.end:
            pairs[frozenset((paths[a.code_id], paths[b.code_id]))] += 1
    return pairs


def test_generate_list_and_json(sample: Path, capsysbinary) -> None:
    code, out, err = run(
        capsysbinary, "map-generate", sample, "Relations", "--model", "code-relations"
    )
    assert code == 0, err
    code, out, err = run(capsysbinary, "maps", sample, "--format", "json")
    (listed,) = json.loads(out)
    assert listed["name"] == "Relations" and listed["model"] == "code-relations"
    code, out, err = run(capsysbinary, "map", sample, "Relations", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"nodes", "links"}
    assert all(set(n) == {"id", "kind", "label", "ref", "x", "y"} for n in data["nodes"])
    assert all(set(lk) == {"from", "to", "label", "sign", "weight"} for lk in data["links"])
    refs = {n["id"]: n["ref"] for n in data["nodes"]}
    got = {frozenset((refs[lk["from"]], refs[lk["to"]])): lk["weight"] for lk in data["links"]}
    with Project.open(sample) as project:
        expected = overlap_pairs(project)
    assert got == expected and got
    # --min drops the rarer pairs on refresh.
    run(capsysbinary, "map-generate", sample, "Relations", "--model", "code-relations", "--min", 2)
    code, out, _ = run(capsysbinary, "map", sample, "Relations")
    data = json.loads(out)
    assert len(data["links"]) == sum(1 for n in expected.values() if n >= 2)


def test_single_case_and_theory_refer_to_names_and_titles(sample: Path, capsysbinary) -> None:
    doc = "Aylin (citizen)"
    code, _, err = run(
        capsysbinary, "map-generate", sample, "Aylin", "--model", "single-case", "--document", doc
    )
    assert code == 0, err
    data = json.loads(run(capsysbinary, "map", sample, "Aylin")[1])
    kinds = Counter(n["kind"] for n in data["nodes"])
    assert kinds["document"] == 1 and kinds["code"] == kinds["segment"] > 0
    assert {n["ref"] for n in data["nodes"] if n["kind"] == "document"} == {doc}
    code, _, err = run(
        capsysbinary,
        "map-generate",
        sample,
        "Trust theory",
        "--model",
        "code-theory",
        "--code",
        "Trust\\Citizen trust",
    )
    assert code == 0, err
    data = json.loads(run(capsysbinary, "map", sample, "Trust theory")[1])
    memos = {n["ref"] for n in data["nodes"] if n["kind"] == "memo"}
    assert "Citizen trust: working definition" in memos
    code, _, err = run(capsysbinary, "map", sample, "Nope")
    assert code == 1 and "Nope" in err


def test_svg_png_pdf_xlsx_of_a_hand_drawn_causal_network(
    sample: Path, tmp_path: Path, capsysbinary
) -> None:
    with Project.open(sample) as project:
        map_id = project.create_map("Causal").result
        funding = project.find_code("Barriers\\Funding")
        skills = project.find_code("Barriers\\Skills")
        a = project.add_map_node(map_id, "code", funding.id, x=0, y=0).result
        b = project.add_map_node(map_id, "code", skills.id, x=300, y=0).result
        t = project.add_map_node(map_id, "text", label="<b>& not bold</b>", x=150, y=150).result
        link = project.add_map_link(a, b, "drains", "-", 4).result
        project.add_map_link(t, a, "", "+")
        project.attach_link_segments(link, [project.codings(code_ids=[funding.id])[0].id])
        color = funding.color
    svg_path = tmp_path / "causal.svg"
    code, _, err = run(capsysbinary, "map", sample, "Causal", "--format", "svg", "-o", svg_path)
    assert code == 0, err
    root = etree.parse(str(svg_path)).getroot()
    assert len(root.findall(f".//{SVG}g[@class='node code']")) == 2
    assert len(root.findall(f".//{SVG}line[@class='link']")) == 2
    assert len(root.findall(f".//{SVG}polygon[@class='arrow']")) == 2
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "<b>& not bold</b>" in texts and "\u2212 drains [1]" in texts
    png = tmp_path / "causal.png"
    code, _, err = run(
        capsysbinary, "map", sample, "Causal", "--format", "png", "-o", png, "--scale", 2
    )
    assert code == 0, err
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(png))
    width = float(root.get("width"))
    assert image.width() == round(width * 2)
    target = QColor(color)
    found = any(
        _close(QColor(image.pixel(x, y)), target)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    assert found, "the code's colour dot is painted"
    pdf = tmp_path / "causal.pdf"
    assert run(capsysbinary, "map", sample, "Causal", "--format", "pdf", "-o", pdf)[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "causal.xlsx"
    assert run(capsysbinary, "map", sample, "Causal", "--format", "xlsx", "-o", xlsx)[0] == 0
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames == ["Nodes", "Links", "Evidence"]
    evidence = list(book["Evidence"].iter_rows(values_only=True))
    assert len(evidence) == 2 and evidence[1][3] == "-"


def _close(a, b) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 12


def test_layout_command_and_cli_stays_importable_without_qt(sample: Path, capsysbinary) -> None:
    run(capsysbinary, "map-generate", sample, "Tree", "--model", "code-subcodes")
    code, _, err = run(capsysbinary, "map-layout", sample, "Tree", "--layout", "force", "--all")
    assert code == 0, err
    script = (
        "import sys, qdadesk.cli as c; c.build_parser(); "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", script]).returncode == 0
