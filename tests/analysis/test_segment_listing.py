"""The lazy listing of Retrieved Segments (``list_segments``): counted per document, ids read
a stretch at a time, in exactly the order ``retrieval.segment_rows`` lists the same
activation, whatever the project and the activation; and it notices another program's
writes."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdadesk.core import Project
from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.retrieval import RETRIEVAL_COLUMNS, segment_rows
from qdadesk.core.analysis.segment_list import (
    CHUNK,
    SegmentIdsCache,
    list_segments,
    segment_ids,
)
from qdadesk.core.importers.document import ImportedDocument, ImportedPage

TEXT = "Intro 😀 line\nСлово два\n第三行 end\nfour\n" * 2
CODING_ID = RETRIEVAL_COLUMNS.index("coding_id")
DOCUMENT_ID = RETRIEVAL_COLUMNS.index("document_id")
NO_CODER = "(none)"  # a segment without a coder (an imported one)
CODERS = [None, "Ann", "Bo", NO_CODER]  # None: the project's user

documents = st.lists(
    st.tuples(st.sampled_from([None, 0, 1]), st.sampled_from(["text", "pdf"])),
    min_size=1,
    max_size=5,
)
codings = st.lists(
    st.tuples(
        st.integers(0, 4),  # document (modulo the documents there are)
        st.integers(0, 3),  # code
        st.sampled_from([0, 1, 5, 13, 40, len(TEXT) - 2]),  # start: few, so they meet
        st.integers(1, 6),  # length
        st.sampled_from([0, 10, 50, 100]),
        st.sampled_from(CODERS),
        st.booleans(),  # a region, when the document is a PDF
    ),
    max_size=25,
)


@st.composite
def activations(draw: st.DrawFn) -> Activation:
    low = draw(st.sampled_from([0, 10, 50]))
    return Activation(
        document_ids=draw(st.none() | st.frozensets(st.integers(1, 6))),
        code_ids=draw(st.none() | st.frozensets(st.integers(1, 4))),
        include_subcodes=draw(st.booleans()),
        min_weight=low,
        max_weight=draw(st.sampled_from([m for m in (10, 50, 100) if m >= low])),
        coders=draw(st.none() | st.frozensets(st.sampled_from(["", "root", "Ann", "Bo", "Cy"]))),
    )


def _build(project: Project, docs, segments, moves) -> None:
    groups = [project.add_group(name).result for name in ("G1", "G2")]
    ids = []
    for group, kind in docs:
        group_id = None if group is None else groups[group]
        if kind == "pdf":
            page = ImportedPage(612, 792, 0, len(TEXT))
            imported = ImportedDocument("d", TEXT, [], b"%PDF", "pdf", kind="pdf", pages=[page])
        else:
            imported = ImportedDocument("t", TEXT, [], b"x", "txt")
        ids.append((project.add_document(imported, group_id).result, kind))
    for document in moves:  # positions that disagree with ids
        document_id = ids[document % len(ids)][0]
        project.move_document(document_id, project.document(document_id).group_id, 0)
    top = project.add_code("A").result
    codes = [top, project.add_code("B", top).result, project.add_code("C").result]
    codes.append(project.add_code("D", codes[1]).result)
    for document, code, start, length, weight, coder, region in segments:
        document_id, kind = ids[document % len(ids)]
        name = None if coder == NO_CODER else coder
        if region and kind == "pdf":
            box = (start % 600, length * 10, start % 600 + 5, length * 10 + 5)
            added = project.add_region_coding(document_id, codes[code], box, 1, weight, "", name)
        else:
            end = min(len(TEXT), start + length)
            added = project.add_coding(document_id, codes[code], start, end, weight, "", name)
        if coder == NO_CODER:
            with project.transaction("no coder"):
                project.db.execute(
                    "UPDATE codings SET coder_id = NULL WHERE id = ?", [added.result]
                )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    docs=documents,
    segments=codings,
    moves=st.lists(st.integers(0, 4), max_size=3),
    activation=activations(),
    cut=st.tuples(st.integers(0, 30), st.integers(0, 30)),
)
def test_the_listing_orders_as_segment_rows(docs, segments, moves, activation, cut) -> None:
    with tempfile.TemporaryDirectory() as folder, Project.create(Path(folder) / "p.qdadesk") as p:
        _build(p, docs, segments, moves)
        rows = segment_rows(p, activation).rows
        expected = [row[CODING_ID] for row in rows]
        expected_documents = [row[DOCUMENT_ID] for row in rows]

        listing = list_segments(p, activation)
        assert len(listing) == len(expected)
        assert list(listing.coding_ids) == expected
        assert list(listing.document_ids) == expected_documents
        assert listing.document_count() == len(set(expected_documents))
        assert [listing.coding_ids[i] for i in range(len(expected))] == expected
        assert [listing.document_ids[i] for i in range(len(expected))] == expected_documents
        start, stop = sorted(cut)
        assert listing.coding_ids[start:stop] == expected[start:stop]
        assert listing.document_ids[start:stop] == expected_documents[start:stop]
        assert listing.coding_ids[::2] == expected[::2]
        if expected:
            assert listing.coding_ids[-1] == expected[-1]
        assert list(segment_ids(p, activation).coding_ids) == expected


def test_rows_across_chunks_and_documents(tmp_project: Project) -> None:
    ids = [
        tmp_project.add_document(ImportedDocument(n, TEXT * 20, [], b"x", "txt")).result
        for n in "abc"
    ]
    code = tmp_project.add_code("X").result
    for document_id in ids:
        for start in range(0, 2 * CHUNK, 2):  # touching, not overlapping: never joined
            tmp_project.add_coding(document_id, code, start, start + 1)
    expected = [row[CODING_ID] for row in segment_rows(tmp_project).rows]
    listing = list_segments(tmp_project)
    assert len(listing) == 3 * CHUNK
    assert [listing.coding_ids[i] for i in reversed(range(len(expected)))] == expected[::-1]
    assert listing.coding_ids[CHUNK - 3 : 2 * CHUNK + 3] == expected[CHUNK - 3 : 2 * CHUNK + 3]
    assert listing.document_ids[CHUNK - 1 : CHUNK + 1] == [ids[0], ids[1]]


def test_the_listing_holds_counts_not_ids(tmp_project: Project) -> None:
    document_id = tmp_project.add_document(ImportedDocument("a", TEXT * 40, [], b"x", "txt"))
    code = tmp_project.add_code("X").result
    with tmp_project.transaction("many"):
        for start in range(0, 2_000, 2):
            tmp_project.add_coding(document_id.result, code, start, start + 1)
    tracemalloc.start()
    listing = list_segments(tmp_project)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(listing) == 1_000
    assert peak < 8 * 1_000  # less than an 8-byte id per segment: one count per document


def test_the_cache_notices_another_process(tmp_project: Project) -> None:
    document_id = tmp_project.add_document(ImportedDocument("a", TEXT, [], b"x", "txt")).result
    code = tmp_project.add_code("X").result
    tmp_project.add_coding(document_id, code, 0, 3)
    cache = SegmentIdsCache()
    first = cache.segment_ids(tmp_project, ALL)
    assert len(first) == 1 and cache.segment_ids(tmp_project, ALL) is first
    script = (
        "import sys\nfrom qdadesk.core import Project\n"
        "with Project.open(sys.argv[1]) as p:\n"
        f"    print(p.add_coding({document_id}, {code}, 10, 14).result)\n"
    )
    other = subprocess.run(
        [sys.executable, "-c", script, str(tmp_project.path)],
        capture_output=True,
        text=True,
        check=True,
    )
    added = int(other.stdout)
    again = cache.segment_ids(tmp_project, ALL)
    assert again is not first
    assert list(again.coding_ids) == [first.coding_ids[0], added]


def test_the_cache_follows_a_recode_and_its_undo(tmp_project: Project) -> None:
    document_id = tmp_project.add_document(ImportedDocument("a", TEXT, [], b"x", "txt")).result
    x, y = (tmp_project.add_code(name).result for name in "XY")
    first = tmp_project.add_coding(document_id, x, 0, 3).result
    second = tmp_project.add_coding(document_id, x, 5, 9).result
    only_x = Activation(code_ids=frozenset({x}))
    cache = SegmentIdsCache()
    assert list(cache.segment_ids(tmp_project, only_x).coding_ids) == [first, second]
    recode = tmp_project.recode_codings([first], y)
    assert list(cache.segment_ids(tmp_project, only_x).coding_ids) == [second]
    tmp_project.undo(recode)
    assert list(cache.segment_ids(tmp_project, only_x).coding_ids) == [first, second]
