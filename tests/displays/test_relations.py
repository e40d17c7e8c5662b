"""Code relations against a brute-force pass over every pair of segments."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from displays_fixtures import passes, random_activation, random_project, shown_codes
from hypothesis import given, settings
from hypothesis import strategies as st

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.relations import (
    code_relations,
    labelled_relations,
    relation_cell_segments,
)
from qdadesk.core.errors import QdaError


def _paragraphs(text, start, end):
    return {text.count("\n", 0, p) for p in range(start, end)}


def _meets(project, a, b, mode):
    if mode == "overlap":
        return a.start < b.end and b.start < a.end
    if mode == "paragraph":
        text = project.text(a.document_id)
        return bool(_paragraphs(text, a.start, a.end) & _paragraphs(text, b.start, b.end))
    distance = int(mode.split(":")[1])
    gap = max(a.start, b.start) - min(a.end, b.end)  # negative when they overlap
    return gap <= distance


def brute_relations(project, activation, mode):
    codings = [c for c in project.codings() if passes(project, c, activation)]
    cells = {}
    for a in codings:
        cells[(a.code_id, a.code_id)] = cells.get((a.code_id, a.code_id), 0) + 1
        for b in codings:
            if (
                a.document_id == b.document_id
                and a.code_id != b.code_id
                and _meets(project, a, b, mode)
            ):
                cells[(a.code_id, b.code_id)] = cells.get((a.code_id, b.code_id), 0) + 1
    return cells


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(0, 10**6),
    mode=st.sampled_from(["overlap", "paragraph", "distance:0", "distance:3", "distance:20"]),
)
def test_relations_match_brute_force(seed, mode):
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        project = random_project(Path(folder) / "p.qdadesk", seed)
        try:
            activation = random_activation(project, rng) if rng.random() < 0.6 else ALL
            expected = brute_relations(project, activation, mode)
            frame = code_relations(project, activation, mode)
            shown = shown_codes(project, activation)
            assert list(frame.index) == shown == list(frame.columns)
            for a in shown:
                for b in shown:
                    assert frame.at[a, b] == expected.get((a, b), 0), (a, b)
        finally:
            project.close()


def test_adjacent_segments_do_not_overlap(small_project):
    p, codes = small_project, small_project.code_ids
    cost, rules, speed = codes["Barriers\\Cost"], codes["Rules"], codes["Barriers\\Speed"]
    overlap = code_relations(p, ALL, "overlap")
    assert overlap.at[cost, rules] == 0  # Rules starts exactly where Cost ends
    assert overlap.at[cost, speed] == 1 == overlap.at[speed, cost]
    assert code_relations(p, ALL, "distance:0").at[cost, rules] == 1
    # Diagonal: the code's own number of segments.
    assert overlap.at[speed, speed] == 4
    assert code_relations(p, ALL, "paragraph").at[cost, rules] == 1


def test_cell_segments_and_labels(small_project):
    p, codes = small_project, small_project.code_ids
    speed, forms = codes["Barriers\\Speed"], codes["Barriers\\Speed\\Forms"]
    segments = relation_cell_segments(p, ALL, speed, forms, "overlap")
    # Anna: Speed 0-46 holds Forms 0-21; Cleo: Speed holds Forms.
    assert sorted(segments["document"]) == ["Anna", "Anna", "Cleo", "Cleo"]
    assert len(relation_cell_segments(p, ALL, speed, speed)) == 4
    labelled = labelled_relations(code_relations(p))
    assert list(labelled.columns)[0] == "code"
    assert list(labelled.columns)[1:] == list(labelled["code"])


def test_relations_honour_activation(small_project):
    p, ids, codes = small_project, small_project.ids, small_project.code_ids
    speed, forms = codes["Barriers\\Speed"], codes["Barriers\\Speed\\Forms"]
    only_anna = Activation(document_ids=frozenset([ids["Anna"]]))
    assert code_relations(p, only_anna).at[speed, forms] == 1
    heavy = Activation(min_weight=60)
    assert code_relations(p, heavy).at[speed, forms] == 0  # Cleo's Forms weighs 55


def test_bad_mode(small_project):
    for mode in ("near", "distance:x", "distance:-2"):
        with pytest.raises(QdaError):
            code_relations(small_project, ALL, mode)
