"""Maps in the core: every operation undoable, generated models checked against the
segments computed independently, refresh and layouts keeping the user's work."""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import QdaError
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.ops.map_models import model_definition

MAP_TABLES = ("maps", "map_nodes", "map_links", "map_link_segments")


def snapshot(project: Project) -> dict[str, list[tuple]]:
    return {
        table: project.db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in MAP_TABLES
    }


def random_project(path, seed: int, documents: int = 4, codes: int = 8, codings: int = 60):
    rng = random.Random(seed)
    project = Project.create(path)
    doc_ids = []
    for d in range(documents):
        text = " ".join(rng.choice(["alpha", "beta", "gamma", "delta"]) for _ in range(200))
        doc_ids.append(
            project.add_document(ImportedDocument(f"doc{d}", text, [], b"", "txt")).result
        )
    code_ids = [project.add_code(f"code{c}").result for c in range(codes)]
    for _ in range(codings):
        doc = rng.choice(doc_ids)
        length = project.document(doc).length
        start = rng.randrange(0, length - 1)
        end = min(length, start + rng.randrange(1, 60))
        project.add_coding(doc, rng.choice(code_ids), start, end, weight=rng.randrange(0, 101))
    return project, doc_ids, code_ids


def brute_pairs(project: Project) -> Counter:
    """Pairs of segments of two different codes that overlap in a document, by code pair."""
    pairs: Counter = Counter()
    segments = project.codings()
    for a, b in combinations(segments, 2):
        if a.document_id != b.document_id or a.code_id == b.code_id:
            continue
        if a.start < b.end and b.start < a.end:
            pairs[tuple(sorted((a.code_id, b.code_id)))] += 1
    return pairs


def links_by_refs(project: Project, map_id: int) -> dict[tuple, float]:
    nodes = {n.id: n.key for n in project.map_nodes(map_id)}
    return {(nodes[lk.from_id], nodes[lk.to_id]): lk.weight for lk in project.map_links(map_id)}


@pytest.fixture
def sample(tmp_path):
    project, docs, codes = random_project(tmp_path / "maps.qdadesk", seed=3)
    yield project, docs, codes
    project.close()


def test_every_map_operation_is_undone_and_redone(sample):
    project, docs, codes = sample
    coding = project.codings()[0]
    memo = project.add_memo("free", "Narrative", "why").result
    steps = []

    def step(make):
        before = snapshot(project)
        operation = make()
        after = snapshot(project)
        assert after != before, operation.description
        project.undo(operation)
        assert snapshot(project) == before, operation.description
        project.redo(operation)
        assert snapshot(project) == after, operation.description
        steps.append(operation.description)
        return operation.result

    map_id = step(lambda: project.create_map("Causal network"))
    step(lambda: project.rename_map(map_id, "Causal net"))
    step(lambda: project.set_map_memo(map_id, "A drives B"))
    a = step(lambda: project.add_map_node(map_id, "code", codes[0], x=10, y=20))
    b = step(lambda: project.add_map_node(map_id, "code", codes[1], x=200, y=20, layer="L2"))
    d = step(lambda: project.add_map_node(map_id, "document", docs[0]))
    m = step(lambda: project.add_map_node(map_id, "memo", memo))
    s = step(lambda: project.add_map_node(map_id, "segment", coding.id))
    t = step(lambda: project.add_map_node(map_id, "text", label="Context"))
    step(lambda: project.move_map_nodes({a: (1, 2), b: (3, 4), d: (5, 6), m: (7, 8)}))
    step(
        lambda: project.add_map_nodes(map_id, [("code", codes[4], 0, 0), ("code", codes[5], 0, 70)])
    )
    step(lambda: project.set_map_nodes_layer([a, b], "L3"))
    step(lambda: project.edit_map_node(t, label="Context box", layer="notes"))
    link = step(lambda: project.add_map_link(a, b, "drives", "+", 3.0))
    step(lambda: project.edit_map_link(link, sign="-", weight=5, label="weakens"))
    step(lambda: project.edit_map_link(link, reverse=True))
    step(lambda: project.attach_link_segments(link, [coding.id]))
    step(lambda: project.detach_link_segments(link, [coding.id]))
    step(lambda: project.set_map_layer_visible(map_id, "L2", False))
    step(lambda: project.remove_map_links([link]))
    step(lambda: project.remove_map_nodes([a, s]))
    step(lambda: project.layout_map(map_id, "force", everything=True))
    step(lambda: project.delete_map(map_id))
    assert len(steps) == 23


def test_moving_many_nodes_is_one_operation_and_marks_them_placed(sample):
    project, docs, codes = sample
    map_id = project.create_map("m").result
    ids = [project.add_map_node(map_id, "code", c).result for c in codes[:3]]
    history = len(project.history)
    project.move_map_nodes({i: (n * 10.0, 5.0) for n, i in enumerate(ids)})
    assert len(project.history) == history + 1
    assert [(n.x, n.y) for n in project.map_nodes(map_id)] == [(0, 5), (10, 5), (20, 5)]
    project.undo_last()
    assert [(n.x, n.y) for n in project.map_nodes(map_id)] == [(0, 0)] * 3


def test_nodes_show_their_objects_and_follow_renames_and_deletes(sample):
    project, docs, codes = sample
    map_id = project.create_map("m").result
    node = project.add_map_node(map_id, "code", codes[2]).result
    other = project.add_map_node(map_id, "code", codes[3]).result
    project.add_map_link(node, other, "causes", "+")
    shown = project.map_node(node)
    assert (shown.label, shown.ref) == ("code2", "code2")
    assert shown.count == len(project.codings(code_ids=[codes[2]]))
    project.rename_code(codes[2], "Renamed")
    assert project.map_node(node).label == "Renamed"
    deleted = project.delete_code(codes[2])
    assert [n.id for n in project.map_nodes(map_id)] == [other]
    assert project.map_links(map_id) == []
    project.undo(deleted)
    assert len(project.map_nodes(map_id)) == 2 and len(project.map_links(map_id)) == 1


def test_bad_input_is_refused(sample):
    project, docs, codes = sample
    map_id = project.create_map("m").result
    with pytest.raises(QdaError):
        project.create_map(" m ")
    with pytest.raises(QdaError):
        project.add_map_node(map_id, "code", 99999)
    with pytest.raises(QdaError):
        project.add_map_node(map_id, "text", label="  ")
    a = project.add_map_node(map_id, "code", codes[0]).result
    b = project.add_map_node(map_id, "code", codes[1]).result
    with pytest.raises(QdaError):
        project.add_map_link(a, b, sign="x")
    with pytest.raises(QdaError):
        project.add_map_link(a, a)
    other = project.create_map("other").result
    c = project.add_map_node(other, "code", codes[0]).result
    with pytest.raises(QdaError):
        project.add_map_link(a, c)


@pytest.mark.parametrize("seed", [1, 2, 5])
@pytest.mark.parametrize("minimum", [1, 2, 3])
def test_code_relations_model_matches_pairs_counted_independently(tmp_path, seed, minimum):
    project, docs, codes = random_project(tmp_path / f"r{seed}.qdadesk", seed, codings=80)
    with project:
        expected = {pair: n for pair, n in brute_pairs(project).items() if n >= minimum}
        map_id = project.generate_map(
            "rel", model_definition("code-relations", minimum=minimum)
        ).result
        got = {
            tuple(sorted((a[1], b[1]))): w for (a, b), w in links_by_refs(project, map_id).items()
        }
        assert got == expected
        assert {n.ref_id for n in project.map_nodes(map_id)} == {c for p in expected for c in p}


def test_code_relations_with_chosen_codes_keeps_them_all_as_nodes(sample):
    project, docs, codes = sample
    chosen = codes[:3]
    pairs = brute_pairs(project)
    map_id = project.generate_map("rel", model_definition("code-relations", chosen)).result
    assert [n.ref_id for n in project.map_nodes(map_id)] == chosen
    got = {tuple(sorted((a[1], b[1]))): w for (a, b), w in links_by_refs(project, map_id).items()}
    assert got == {p: n for p, n in pairs.items() if set(p) <= set(chosen)}


def test_single_case_model_holds_the_documents_codes_and_strongest_segments(sample):
    project, docs, codes = sample
    doc = docs[1]
    definition = model_definition("single-case", document_ids=[doc], segments=1)
    map_id = project.generate_map("case", definition).result
    segments = project.codings(document_ids=[doc])
    counts = Counter(s.code_id for s in segments)
    links = links_by_refs(project, map_id)
    assert {b[1]: w for (a, b), w in links.items() if a == ("document", doc)} == counts
    for code_id in counts:
        mine = [s for s in segments if s.code_id == code_id]
        best = max(mine, key=lambda s: (s.weight, s.end - s.start, -s.start, -s.id))
        assert [b for (a, b) in links if a == ("code", code_id)] == [("segment", best.id)]
    segment_node = next(n for n in project.map_nodes(map_id) if n.kind == "segment")
    coding = project.coding(segment_node.ref_id)
    text = project.text(coding.document_id)[coding.start : coding.end]
    assert segment_node.label.rstrip("…") in " ".join(text.split())
    assert segment_node.ref == f"doc1:{coding.start}-{coding.end}"


def test_single_case_model_of_a_case_and_two_case_comparison(sample):
    project, docs, codes = sample
    case = project.add_case("Ann", document_ids=[docs[0], docs[2]]).result
    map_id = project.generate_map(
        "case", model_definition("single-case", case_ids=[case], segments=0)
    ).result
    expected = Counter(s.code_id for s in project.codings(document_ids=[docs[0], docs[2]]))
    links = links_by_refs(project, map_id)
    assert {b[1]: w for (a, b), w in links.items()} == expected
    both = project.generate_map(
        "two", model_definition("two-case", document_ids=[docs[0], docs[3]])
    ).result
    links = links_by_refs(project, both)
    for doc in (docs[0], docs[3]):
        counts = Counter(s.code_id for s in project.codings(document_ids=[doc]))
        assert {b[1]: w for (a, b), w in links.items() if a == ("document", doc)} == counts


def test_code_subcodes_and_code_theory_models(sample):
    project, docs, codes = sample
    child = project.add_code("child", parent_id=codes[0]).result
    grandchild = project.add_code("grand", parent_id=child).result
    map_id = project.generate_map("tree", model_definition("code-subcodes", [codes[0]])).result
    assert set(links_by_refs(project, map_id)) == {
        (("code", codes[0]), ("code", child)),
        (("code", child), ("code", grandchild)),
    }
    xs = {n.ref_id: n.x for n in project.map_nodes(map_id)}
    assert xs[codes[0]] < xs[child] < xs[grandchild]  # left to right
    coding = project.codings(code_ids=[codes[1]])[0]
    on_code = project.add_memo("code", "Theory", "t", target_id=codes[1]).result
    on_segment = project.add_memo("coding", "Note", "n", target_id=coding.id).result
    theory = project.generate_map(
        "theory", model_definition("code-theory", [codes[1]], segments=2)
    ).result
    kinds = Counter(n.kind for n in project.map_nodes(theory))
    assert kinds == {"code": 1, "memo": 2, "segment": 2}
    refs = {n.ref for n in project.map_nodes(theory) if n.kind == "memo"}
    assert refs == {"Theory", "Note"} and {on_code, on_segment}


def test_refresh_keeps_positions_and_the_users_additions(sample):
    project, docs, codes = sample
    definition = model_definition("code-relations", codes[:4])
    map_id = project.generate_map("rel", definition).result
    nodes = project.map_nodes(map_id)
    moved = nodes[0]
    project.move_map_nodes({moved.id: (-500.0, 321.0)})
    untouched = {n.id: (n.x, n.y) for n in nodes[1:]}
    text = project.add_map_node(map_id, "text", label="my note", x=7, y=7).result
    user_link = project.add_map_link(text, moved.id, "explains").result
    # New coding: code0 and code3 now overlap where they did not before (or more often).
    doc = docs[0]
    project.add_coding(doc, codes[0], 0, 5)
    project.add_coding(doc, codes[3], 2, 8)
    project.add_coding(doc, codes[5], 0, 8)  # not a chosen code: not on the map
    operation = project.refresh_map(map_id)
    after = {n.id: n for n in project.map_nodes(map_id)}
    assert (after[moved.id].x, after[moved.id].y) == (-500.0, 321.0)
    assert {i: (after[i].x, after[i].y) for i in untouched} == untouched
    assert text in after and user_link in {lk.id for lk in project.map_links(map_id)}
    expected = {p: n for p, n in brute_pairs(project).items() if set(p) <= set(codes[:4])}
    generated = {
        tuple(sorted((a[1], b[1]))): w
        for (a, b), w in links_by_refs(project, map_id).items()
        if a[0] == "code" and b[0] == "code"
    }
    assert generated == expected
    project.undo(operation)
    project.redo(operation)


def test_refresh_removes_what_the_coding_no_longer_gives(sample):
    project, docs, codes = sample
    map_id = project.generate_map("rel", model_definition("code-relations")).result
    pairs = brute_pairs(project)
    gone_code = codes[0]
    project.remove_codings([c.id for c in project.codings(code_ids=[gone_code])])
    project.refresh_map(map_id)
    assert gone_code not in {n.ref_id for n in project.map_nodes(map_id)}
    expected = {p: n for p, n in pairs.items() if gone_code not in p}
    got = {tuple(sorted((a[1], b[1]))): w for (a, b), w in links_by_refs(project, map_id).items()}
    assert got == expected


def test_layout_keeps_user_positions_unless_asked(sample):
    project, docs, codes = sample
    map_id = project.create_map("m").result
    ids = [project.add_map_node(map_id, "code", c).result for c in codes[:5]]
    project.db.execute("UPDATE map_nodes SET placed = 0 WHERE id != ?", [ids[0]])
    project.move_map_nodes({ids[0]: (1000.0, 1000.0)})
    for a, b in zip(ids, ids[1:], strict=False):
        project.add_map_link(a, b)
    project.layout_map(map_id, "force")
    nodes = {n.id: n for n in project.map_nodes(map_id)}
    assert (nodes[ids[0]].x, nodes[ids[0]].y) == (1000.0, 1000.0)
    spots = {(round(n.x), round(n.y)) for n in nodes.values()}
    assert len(spots) == 5  # every free node was placed somewhere of its own
    project.layout_map(map_id, "hierarchical", everything=True)
    nodes = {n.id: n for n in project.map_nodes(map_id)}
    assert [nodes[i].x for i in ids] == sorted(nodes[i].x for i in ids)
    assert (nodes[ids[0]].x, nodes[ids[0]].y) != (1000.0, 1000.0)


def test_maps_survive_reopening(tmp_path):
    path = tmp_path / "keep.qdadesk"
    project, docs, codes = random_project(path, seed=9)
    with project:
        map_id = project.create_map("Causal").result
        a = project.add_map_node(map_id, "code", codes[0], x=5, y=6).result
        b = project.add_map_node(map_id, "code", codes[1]).result
        link = project.add_map_link(a, b, "raises", "+", 2.5).result
        project.attach_link_segments(link, [project.codings()[0].id])
    with Project.open(path) as again:
        (info,) = again.maps()
        assert info.name == "Causal"
        (kept,) = again.map_links(info.id)
        assert (kept.label, kept.sign, kept.weight, kept.segments) == ("raises", "+", 2.5, 1)


def test_force_layout_of_a_big_map_needs_no_scipy(monkeypatch):
    """From 500 nodes on networkx's spring_layout asks for SciPy (not shipped): a co-occurrence
    map of 700 codes is still laid out, and placed nodes stay."""
    import sys

    from qdadesk.core.maps.layout import force_layout

    monkeypatch.setitem(sys.modules, "scipy", None)  # as in the bundle: no SciPy at all
    rng = random.Random(1)
    nodes = list(range(700))
    edges = [(rng.randrange(700), rng.randrange(700), rng.random() * 5) for _ in range(3000)]
    placed = {i: (i * 10.0, 5.0) for i in range(50)}
    for fixed in (None, placed):
        positions = force_layout(nodes, edges, fixed=fixed)
        assert set(positions) == set(nodes)
        assert len({(round(x), round(y)) for x, y in positions.values()}) > 650  # spread out
        if fixed:
            assert all(positions[i] == placed[i] for i in placed)
