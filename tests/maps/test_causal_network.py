"""A Miles & Huberman causal network generated from an ordered display or a code
selection: variables left to right, directed links from earlier to later variables where
their segments meet (checked against pairs counted independently), signs from how the
display's values vary together, evidence attached, a draft narrative, one undo step."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.analysis.displays import DisplayDefinition
from qdadesk.core.errors import QdaError
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.ops.map_models import model_definition

MAP_TABLES = ("maps", "map_nodes", "map_links", "map_link_segments")


def snapshot(project: Project) -> dict:
    return {t: project.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in MAP_TABLES}


def paragraph_pairs(project: Project, order: list[int]) -> dict[tuple[int, int], set]:
    """Pairs of segments of an earlier and a later variable that share a paragraph,
    counted from the text directly."""
    rank = {c: i for i, c in enumerate(order)}
    found: dict[tuple[int, int], set] = {}
    segments = [s for s in project.codings() if s.code_id in rank and s.end > s.start]
    for a, b in combinations(segments, 2):
        if a.document_id != b.document_id or a.code_id == b.code_id:
            continue
        text = project.text(a.document_id)
        pa = set(range(text.count("\n", 0, a.start), text.count("\n", 0, a.end - 1) + 1))
        pb = set(range(text.count("\n", 0, b.start), text.count("\n", 0, b.end - 1) + 1))
        if not pa & pb:
            continue
        if rank[a.code_id] > rank[b.code_id]:
            a, b = b, a
        found.setdefault((a.code_id, b.code_id), set()).add((a.id, b.id))
    return found


@pytest.mark.parametrize("seed", [1, 4])
def test_links_run_from_earlier_to_later_variables_where_segments_meet(tmp_path, seed):
    rng = random.Random(seed)
    with Project.create(tmp_path / "c.qdadesk") as project:
        docs = []
        for d in range(3):
            paragraphs = [
                " ".join(
                    rng.choice(["alpha", "beta", "gamma"]) for _ in range(rng.randrange(5, 30))
                )
                for _ in range(12)
            ]
            text = "\n".join(paragraphs)
            docs.append(
                project.add_document(ImportedDocument(f"d{d}", text, [], b"", "txt")).result
            )
        codes = [project.add_code(f"v{c}").result for c in range(5)]
        for _ in range(70):
            doc = rng.choice(docs)
            length = project.document(doc).length
            start = rng.randrange(0, length - 1)
            end = min(length, start + rng.randrange(1, 40))
            project.add_coding(doc, rng.choice(codes), start, end, weight=rng.randrange(0, 101))
        order = [codes[3], codes[0], codes[4], codes[1], codes[2]]  # a causal order, not ids
        expected = paragraph_pairs(project, order)
        before = snapshot(project)
        steps = len(project.history)
        operation = project.generate_map(
            "Causal", model_definition("causal-network", order, minimum=2, segments=1000)
        )
        map_id = operation.result
        assert len(project.history) == steps + 1
        nodes = {n.id: n.ref_id for n in project.map_nodes(map_id)}
        assert list(nodes.values()) == order
        rank = {c: i for i, c in enumerate(order)}
        got = {}
        for link in project.map_links(map_id):
            a, b = nodes[link.from_id], nodes[link.to_id]
            assert rank[a] < rank[b] and link.style == "arrow" and link.sign == ""
            got[(a, b)] = link.weight
            evidence = set(project.map_link_segments(link.id))
            assert evidence == {i for pair in expected[(a, b)] for i in pair}
        assert got == {k: float(len(v)) for k, v in expected.items() if len(v) >= 2}
        # Left to right: a link's target stands right of its source.
        xs = {n.id: n.x for n in project.map_nodes(map_id)}
        assert all(xs[lk.to_id] > xs[lk.from_id] for lk in project.map_links(map_id))
        assert "Variables, left to right: v3, v0, v4, v1, v2." in project.map(map_id).memo
        project.undo(operation)
        assert snapshot(project) == before


def effects_project(path: Path) -> tuple[Project, list[int], list[int]]:
    """Four informants; in each, one paragraph codes Funding, Skills and Quality. Skills'
    weights rise with Funding's, Quality's fall."""
    project = Project.create(path)
    codes = [project.add_code(name).result for name in ("Funding", "Skills", "Quality")]
    weights = {0: [10, 20, 30, 40], 1: [15, 25, 45, 35], 2: [90, 60, 40, 10]}
    docs = []
    for d in range(4):
        text = "Intro line.\nFunding paid for training and quality went down.\nThe end."
        doc = project.add_document(ImportedDocument(f"Informant {d}", text, [], b"", "txt"))
        docs.append(doc.result)
        for c, code_id in enumerate(codes):
            project.add_coding(docs[-1], code_id, 12 + c * 8, 20 + c * 8, weight=weights[c][d])
    return project, docs, codes


def test_signs_come_from_how_the_displays_values_vary_together(tmp_path):
    project, docs, codes = effects_project(tmp_path / "e.qdadesk")
    with project:
        display = DisplayDefinition(rows="documents", columns="codes", cells="mean-weight")
        definition = model_definition(
            "causal-network", display=display.to_json(), display_name="Effects"
        )
        map_id = project.generate_map("From display", definition).result
        nodes = {n.id: n.label for n in project.map_nodes(map_id)}
        signs = {
            (nodes[lk.from_id], nodes[lk.to_id]): (lk.sign, lk.weight, lk.segments)
            for lk in project.map_links(map_id)
        }
        assert signs == {
            ("Funding", "Skills"): ("+", 4.0, 8),
            ("Funding", "Quality"): ("-", 4.0, 8),
            ("Skills", "Quality"): ("-", 4.0, 8),
        }
        memo = project.map(map_id).memo
        assert "Causal network from the display 'Effects'." in memo
        assert "- Funding \u2192 Skills (+): 4 pairs of segments that meet, in 4 documents" in memo
        # The user's own sign and memo survive a refresh; new evidence is added.
        link = project.map_links(map_id)[0]
        project.edit_map_link(link.id, sign="-")
        project.set_map_memo(map_id, "My story.")
        project.add_coding(docs[0], codes[1], 0, 5, weight=5)  # meets nothing: same evidence
        project.refresh_map(map_id)
        assert project.map_link(link.id).sign == "-"
        assert project.map(map_id).memo == "My story."


def test_display_order_is_the_causal_order_and_bad_input_is_refused(tmp_path):
    project, docs, codes = effects_project(tmp_path / "o.qdadesk")
    with project:
        display = DisplayDefinition(
            rows="codes", columns="documents", cells="count", codes=["Quality", "Funding"]
        )
        definition = model_definition("causal-network", display=display.to_json())
        map_id = project.generate_map("Order", definition).result
        assert [n.label for n in project.map_nodes(map_id)] == ["Funding", "Quality"]
        with pytest.raises(QdaError):
            model_definition("causal-network", [codes[0]], mode="sideways")
        with pytest.raises(QdaError):
            project.generate_map("One", model_definition("causal-network", [codes[0]]))
        with pytest.raises(QdaError):
            model_definition("code-relations", display=display.to_json())


def test_exports_carry_the_evidence_table(tmp_path):
    from openpyxl import load_workbook

    from qdadesk.core.maps.render import map_svg
    from qdadesk.core.maps.tables import write_map_xlsx

    project, docs, codes = effects_project(tmp_path / "x.qdadesk")
    with project:
        display = DisplayDefinition(rows="documents", columns="codes", cells="mean-weight")
        map_id = project.generate_map(
            "Export", model_definition("causal-network", display=display.to_json())
        ).result
        svg = map_svg(project, map_id)
        evidence = svg[svg.index('<g class="evidence">') :]
        assert "Funding \u2192 Skills (+)" in evidence
        assert "\u201cpaid for\u201d (Informant 0, \u00b6 2)" in evidence
        write_map_xlsx(project, map_id, tmp_path / "e.xlsx")
        sheet = load_workbook(tmp_path / "e.xlsx")["Evidence"]
        assert sheet.max_row == 1 + 3 * 8


def test_a_link_the_user_signed_survives_a_refresh_that_no_longer_gives_it(tmp_path):
    project, docs, codes = effects_project(tmp_path / "k.qdadesk")
    with project:
        map_id = project.generate_map(
            "Mine", model_definition("causal-network", codes, minimum=4)
        ).result
        nodes = {n.ref_id: n.id for n in project.map_nodes(map_id)}
        links = {(lk.from_id, lk.to_id): lk for lk in project.map_links(map_id)}
        mine = links[(nodes[codes[0]], nodes[codes[1]])]
        other = links[(nodes[codes[1]], nodes[codes[2]])]
        project.edit_map_link(mine.id, sign="+")
        # One informant's Skills segment goes: fewer than 4 meetings for both links.
        (gone,) = [c.id for c in project.codings(code_ids=[codes[1]]) if c.document_id == docs[0]]
        project.remove_codings([gone])
        project.refresh_map(map_id)
        after = {lk.id: lk for lk in project.map_links(map_id)}
        assert mine.id in after and after[mine.id].sign == "+"
        assert other.id not in after
        assert len(after) == 2  # Funding -> Quality still meets 4 times; nothing doubled
        project.add_coding(docs[0], codes[1], 20, 28, weight=5)
        project.refresh_map(map_id)
        ends = [(lk.from_id, lk.to_id) for lk in project.map_links(map_id)]
        assert len(ends) == len(set(ends)) == 3


def test_a_rated_cell_counts_by_its_numeric_rating() -> None:
    from qdadesk.core.analysis.displays import Checked, Support
    from qdadesk.core.analysis.summaries import RatedSummary
    from qdadesk.core.maps.causal import _number

    assert _number(Checked(None, "3")) == 3.0
    assert _number(RatedSummary("grew fast", "2,5")) == 2.5
    assert _number(" 4 ") == 4.0 and _number(True) == 1.0 and _number(float("nan")) is None
    assert _number(Checked(None, "high")) is None
    assert _number(Support(2, 1, None)) is None and _number(None) is None
