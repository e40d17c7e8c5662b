"""Complex coding queries checked against a brute-force computation over character sets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.queries import QUERY_MODES, code_query_results, coding_query
from qdadesk.core.errors import QdaError

TEXT = "Ab cd.\nEf gh ij\n\nKl mn.\nop qr st\nuv\n\nwx yz ab\ncd ef gh ij kl\n"
LENGTH = len(TEXT)


def chars(segment) -> set[int]:
    return set(range(segment[0], segment[1]))


def cover(segments) -> set[int]:
    found: set[int] = set()
    for segment in segments:
        found |= chars(segment)
    return found


def runs(positions: set[int]) -> list[tuple[int, int]]:
    result: list[list[int]] = []
    for p in sorted(positions):
        if result and result[-1][1] == p:
            result[-1][1] = p + 1
        else:
            result.append([p, p + 1])
    return [(a, b) for a, b in result]


def paragraph_steps(x: int, y: int) -> int:
    """How many non-empty lines start in (x, y]: the paragraph distance from x to y."""
    return sum(
        1
        for k in range(x + 1, y + 1)
        if k < LENGTH and (k == 0 or TEXT[k - 1] == "\n") and TEXT[k] != "\n"
    )


def overlap(a, b) -> bool:
    return bool(chars(a) & chars(b))


def expected(mode: str, lists, distance: int, unit: str):
    """The rule of each mode written from resources/help/queries.md, by brute force."""
    a_list, others = lists[0], [s for lst in lists[1:] for s in lst]
    if mode == "intersection":
        common = cover(lists[0])
        for lst in lists[1:]:
            common &= cover(lst)
        return set(runs(common))
    if mode == "intersection-set":
        return {
            (i, s)
            for i, lst in enumerate(lists)
            for s in lst
            if all(chars(s) & cover(o) for j, o in enumerate(lists) if j != i)
        }
    if mode == "only-one":
        return {
            (i, s)
            for i, lst in enumerate(lists)
            for s in lst
            if not chars(s) & cover([x for j, o in enumerate(lists) if j != i for x in o])
        }
    if mode == "overlapping":
        return {(0, s) for s in a_list if chars(s) & cover(others)}
    if mode == "only-this":
        return {(0, s) for s in a_list if not chars(s) & cover(others)}
    if mode == "if-inside":
        return {(0, s) for s in a_list if any(chars(s) <= chars(b) for b in others)}
    if mode == "if-outside":
        return {(0, s) for s in a_list if not any(chars(s) <= chars(b) for b in others)}

    def gap_after(a, b) -> int | None:  # how far b starts after a ends, None if not after
        if b[0] < a[1]:
            return None
        return b[0] - a[1] if unit == "characters" else paragraph_steps(a[1] - 1, b[0])

    if mode == "followed-by":
        return {
            (0, s)
            for s in a_list
            if any((g := gap_after(s, b)) is not None and g <= distance for b in others)
        }
    if mode == "near":

        def near(a, b) -> bool:
            if overlap(a, b):
                return True
            after, before = gap_after(a, b), gap_after(b, a)
            return (after is not None and after <= distance) or (
                before is not None and before <= distance
            )

        return {(0, s) for s in a_list if any(near(s, b) for b in others)}
    raise AssertionError(mode)


segment_strategy = st.tuples(st.integers(0, LENGTH - 1), st.integers(1, 25)).map(
    lambda t: (t[0], min(LENGTH, t[0] + t[1]))
)


@pytest.fixture
def query_project(tmp_project, add_text):
    doc = add_text(TEXT)
    # Many small commits per test: skip the disk syncs a real project needs.
    tmp_project.db.execute("PRAGMA synchronous=OFF")
    codes = [tmp_project.add_code_path(name).result for name in ("A", "B", "C")]
    return tmp_project, doc, codes


def load(project, doc, codes, lists) -> list[list[tuple[int, int]]]:
    """Store the segments (the core joins overlapping ones of one code) and read them back."""
    with project._writing("reset"):
        project.db.execute("DELETE FROM codings")
        for code_id, segments in zip(codes, lists, strict=False):
            for start, end in segments:
                project.insert_coding(doc, code_id, start, end, 0, "", None)
    return [[(c.start, c.end) for c in project.codings(code_ids=[code_id])] for code_id in codes]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lists=st.lists(st.lists(segment_strategy, max_size=5), min_size=2, max_size=3),
    distance=st.integers(0, 6),
    unit=st.sampled_from(["characters", "paragraphs"]),
)
def test_every_mode_matches_brute_force(query_project, lists, distance, unit):
    project, doc, codes = query_project
    codes = codes[: len(lists)]
    stored = load(project, doc, codes, lists)
    for mode in QUERY_MODES:
        frame = coding_query(project, mode, codes, distance=distance, unit=unit)
        if mode == "intersection":
            got = {(r.start, r.end) for r in frame.itertuples()}
            for r in frame.itertuples():
                assert r.text == TEXT[r.start : r.end]
        else:
            index = {c: i for i, c in enumerate(codes)}
            got = {(index[int(r.code_id)], (r.start, r.end)) for r in frame.itertuples()}
            assert len(got) == len(frame), mode  # no segment twice
        assert got == expected(mode, stored, distance, unit), (mode, stored, distance, unit)


def test_adjacent_segments_do_not_overlap(query_project):
    project, doc, (a, b, _) = query_project
    load(project, doc, [a, b], [[(0, 5)], [(5, 10)]])
    assert coding_query(project, "overlapping", [a, b]).empty
    assert coding_query(project, "intersection", [a, b]).empty
    assert len(coding_query(project, "only-this", [a, b])) == 1
    # ... but a segment right after is "followed by" at distance 0.
    assert len(coding_query(project, "followed-by", [a, b], distance=0)) == 1


def test_nested_segments(query_project):
    project, doc, (a, b, _) = query_project
    load(project, doc, [a, b], [[(3, 6), (10, 30)], [(2, 8), (20, 40)]])
    inside = coding_query(project, "if-inside", [a, b])
    assert list(zip(inside.start, inside.end, strict=False)) == [(3, 6)]
    outside = coding_query(project, "if-outside", [a, b])
    assert list(zip(outside.start, outside.end, strict=False)) == [(10, 30)]
    cut = coding_query(project, "intersection", [a, b])
    assert list(zip(cut.start, cut.end, strict=False)) == [(3, 6), (20, 30)]
    assert set(cut.code) == {"A & B"}
    assert cut.coding_id.isna().all()


def test_activation_filters_documents_weights_and_coders(tmp_project, add_text):
    first, second = add_text(TEXT, "one"), add_text(TEXT, "two")
    a = tmp_project.add_code_path("A").result
    b = tmp_project.add_code_path("B").result
    tmp_project.add_coding(first, a, 0, 5, weight=80, coder="ann")
    tmp_project.add_coding(first, b, 2, 8, weight=90, coder="ann")
    tmp_project.add_coding(second, a, 0, 5, weight=10, coder="bob")
    tmp_project.add_coding(second, b, 2, 8, weight=90, coder="ann")
    everything = coding_query(tmp_project, "overlapping", [a, b])
    assert list(everything.document) == ["one", "two"]
    only_first = coding_query(
        tmp_project, "overlapping", [a, b], Activation(document_ids=frozenset({first}))
    )
    assert list(only_first.document) == ["one"]
    heavy = coding_query(tmp_project, "overlapping", [a, b], Activation(min_weight=50))
    assert list(heavy.document) == ["one"]
    by_bob = coding_query(tmp_project, "overlapping", [a, b], Activation(coders=frozenset({"bob"})))
    assert by_bob.empty  # the B segments are ann's, so none is left to overlap
    by_both = coding_query(
        tmp_project, "overlapping", [a, b], Activation(coders=frozenset({"bob", "ann"}))
    )
    assert list(by_both.document) == ["one", "two"]


def test_subcodes_can_stand_with_their_parent(tmp_project, add_text):
    doc = add_text(TEXT)
    parent = tmp_project.add_code_path("P").result
    child = tmp_project.add_code_path("P\\child").result
    other = tmp_project.add_code_path("O").result
    tmp_project.add_coding(doc, child, 0, 5)
    tmp_project.add_coding(doc, other, 3, 9)
    assert coding_query(tmp_project, "overlapping", [parent, other]).empty
    found = coding_query(tmp_project, "overlapping", [parent, other], include_subcodes=True)
    assert list(found.code) == ["P\\child"]


def test_bad_queries_are_refused(query_project):
    project, _, (a, b, _) = query_project
    with pytest.raises(QdaError, match="at least two codes"):
        coding_query(project, "near", [a])
    with pytest.raises(QdaError, match="Unknown query mode"):
        coding_query(project, "sideways", [a, b])
    with pytest.raises(QdaError, match="distance"):
        coding_query(project, "near", [a, b], distance=-1)


def test_results_are_coded_in_one_undoable_step(query_project):
    project, doc, (a, b, _) = query_project
    load(project, doc, [a, b], [[(0, 5), (20, 30)], [(3, 9), (25, 27)]])
    frame = coding_query(project, "intersection", [a, b])
    operation = code_query_results(project, frame, "Results\\Both")
    report = operation.result
    assert (report.segments, report.new_segments) == (2, 2)
    code_id = project.find_code("Results\\Both").id
    assert [(c.start, c.end) for c in project.codings(code_ids=[code_id])] == [(3, 5), (25, 27)]
    project.undo(operation)
    with pytest.raises(QdaError):
        project.find_code("Results\\Both")
    project.redo(operation)
    assert len(project.codings(code_ids=[code_id])) == 2
