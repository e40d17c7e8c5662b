"""Segments listed by id and read a page at a time give exactly what ``segment_rows`` gives
for the same activation, and a page reads only its own documents' texts."""

from __future__ import annotations

from qdadesk.core import Project
from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.retrieval import RETRIEVAL_COLUMNS, segment_rows
from qdadesk.core.analysis.segment_list import segment_ids, segment_rows_for
from qdadesk.core.importers.document import ImportedDocument, ImportedPage

TEXT = "Intro 😀 line\nСлово два\n第三行 end\nfour\n"


def _project(project: Project) -> dict[str, int]:
    group = project.add_group("G").result
    ids = {}
    for name, group_id in (("b", None), ("a", group), ("c", group)):
        ids[name] = project.add_document(
            ImportedDocument(name, TEXT * 3, [], b"x", "txt"), group_id
        ).result
    ids["x"] = project.add_code_path("X\\Y").result
    ids["z"] = project.add_code("Z").result
    project.add_coding(ids["a"], ids["x"], 14, 30, weight=80, comment="c", coder="Ann")
    project.add_coding(ids["a"], ids["z"], 0, 5)
    project.add_coding(ids["b"], ids["z"], 40, 60, coder="Bo")
    project.add_coding(ids["c"], ids["x"], 2, 3, weight=10)
    pdf = ImportedDocument(
        "d", TEXT, [], b"%PDF", "pdf", kind="pdf", pages=[ImportedPage(612, 792, 0, len(TEXT))]
    )
    ids["d"] = project.add_document(pdf, group).result
    project.add_region_coding(ids["d"], ids["z"], (1.0, 2.0, 3.0, 4.0), page=1)
    return ids


def _as_tuples(rows) -> list[tuple]:
    return [tuple(r.fields()[c] for c in RETRIEVAL_COLUMNS) for r in rows]


def test_ids_then_rows_equal_segment_rows_for_every_filter(tmp_project: Project) -> None:
    ids = _project(tmp_project)
    activations = [
        ALL,
        Activation(document_ids=frozenset({ids["a"], ids["c"]})),
        Activation(document_ids=frozenset({ids["d"]})),
        Activation(code_ids=frozenset({ids["x"]})),
        Activation(min_weight=20, max_weight=90),
        Activation(coders=frozenset({"Ann", ""})),
        Activation(document_ids=frozenset(), code_ids=frozenset()),
    ]
    for activation in activations:
        listed = segment_ids(tmp_project, activation)
        rows = segment_rows_for(tmp_project, listed.coding_ids)
        assert _as_tuples(rows) == segment_rows(tmp_project, activation).rows, activation
        assert list(listed.document_ids) == [r.document_id for r in rows]


def test_rows_carry_paragraphs_and_a_region_box(tmp_project: Project) -> None:
    ids = _project(tmp_project)
    listed = segment_ids(tmp_project, Activation(document_ids=frozenset({ids["a"], ids["d"]})))
    rows = {r.coding_id: r for r in segment_rows_for(tmp_project, listed.coding_ids)}
    text = tmp_project.text(ids["a"])
    for row in rows.values():
        full = tmp_project.text(row.document_id)
        assert row.first_paragraph == full[: row.start].count("\n") + 1
        assert row.last_paragraph == full[: max(row.start, row.end - 1)].count("\n") + 1
    region = next(r for r in rows.values() if r.page is not None)
    assert region.box == (1.0, 2.0, 3.0, 4.0) and region.page == 1
    assert text  # the documents are read, once each, only for the rows asked for


def test_a_page_reads_only_its_documents_texts(tmp_project: Project, monkeypatch) -> None:
    ids = _project(tmp_project)
    listed = segment_ids(tmp_project)
    read: list[int] = []
    original = type(tmp_project).text
    monkeypatch.setattr(
        type(tmp_project), "text", lambda self, d: read.append(d) or original(self, d)
    )
    segment_ids(tmp_project)
    assert read == []  # ids only: no text
    first = listed.coding_ids[:1]
    segment_rows_for(tmp_project, first)
    assert read == [listed.document_ids[0]]
    assert segment_rows_for(tmp_project, [10_000]) == []  # a removed segment is left out
    assert ids


def test_cached_ids_are_reused_until_the_file_changes(tmp_project: Project) -> None:
    from qdadesk.core.analysis.segment_list import SegmentIdsCache

    ids = _project(tmp_project)
    cache = SegmentIdsCache()
    first = cache.segment_ids(tmp_project, ALL)
    assert cache.segment_ids(tmp_project, ALL) is first  # nothing changed: not read again
    only_a = Activation().with_documents({ids["a"]})
    assert list(cache.segment_ids(tmp_project, only_a).document_ids) == [ids["a"]] * 2

    operation = tmp_project.add_coding(ids["c"], ids["z"], 5, 9)
    added = operation.result
    assert added in cache.segment_ids(tmp_project, ALL).coding_ids
    tmp_project.undo(operation)
    assert added not in cache.segment_ids(tmp_project, ALL).coding_ids
    tmp_project.redo(operation)
    assert added in cache.segment_ids(tmp_project, ALL).coding_ids

    # Another program (another connection) writes the same file: the cache notices.
    listed = cache.segment_ids(tmp_project, ALL)
    with Project.open(tmp_project.path) as other:
        other_id = other.add_coding(ids["b"], ids["x"], 1, 4).result
    again = cache.segment_ids(tmp_project, ALL)
    assert again is not listed
    assert list(again.coding_ids) == list(segment_ids(tmp_project, ALL).coding_ids)
    assert other_id in again.coding_ids
