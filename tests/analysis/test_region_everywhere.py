"""Region codings in the counts, the code matrix, word frequencies, report examples and
maps: counted like text segments, quoted by their text in the box or their label."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core.analysis.matrices import code_matrix
from qdadesk.core.analysis.word_frequencies import segment_texts
from qdadesk.core.exporters.report_output import SegmentTexts
from qdadesk.core.maps.tables import map_tables
from tests.region_support import add_region, make_region_project


@pytest.fixture
def made(tmp_path: Path):
    made = make_region_project(tmp_path / "p.qdadesk")
    made.code = made.project.add_code_path("Charts").result
    project = made.project
    made.with_text = add_region(project, made.pdf, made.code, (72, 40, 300, 100), 1, run=(0, 15))
    made.empty = add_region(project, made.pdf, made.code, (10, 500, 200, 600), page=2)
    made.picture_region = add_region(project, made.picture, made.code, (0, 0, 64, 48))
    yield made
    made.project.close()


def test_document_and_code_counts_include_regions(made) -> None:
    project = made.project
    assert project.document_coding_counts()[made.pdf] == 2
    assert project.document_coding_counts()[made.picture] == 1
    assert project.code_coding_counts()[made.code] == 3
    matrix = code_matrix(project, columns="documents")
    assert matrix.values.loc[made.code].sum() == 3
    assert matrix.values.loc[made.code, "policy.pdf"] == 2


def test_word_frequencies_read_only_regions_text(made) -> None:
    texts = segment_texts(made.project, [made.code])
    assert [t for t in texts if t] == ["Budget planning"]


def test_report_examples_and_map_nodes_quote_regions(made) -> None:
    project = made.project
    examples = SegmentTexts(project)
    assert examples.example(project.coding(made.with_text)).text == "Budget planning"
    assert examples.example(project.coding(made.empty)).text == "[region p. 2]"
    assert examples.example(project.coding(made.picture_region)).text == "[picture region]"
    map_id = project.create_map("Evidence").result
    node = project.add_map_node(map_id, "segment", made.picture_region).result
    assert project.map_node(node).label == "[picture region]"
    other = project.add_map_node(map_id, "segment", made.empty).result
    assert project.map_node(other).label == "[region p. 2]"
    first = project.add_map_node(map_id, "code", made.code).result
    second = project.add_map_node(map_id, "document", made.pdf).result
    link = project.add_map_link(map_id, first, second).result
    project.attach_link_segments(link, [made.empty])
    evidence = dict(map_tables(project, map_id))
    frames = [f for f in evidence.values() if "segment" in f.columns]
    assert frames and list(frames[0]["segment"]) == ["[region p. 2]"]


def test_cases_hold_regions_of_whole_documents_and_text_ranges_only_by_text(made) -> None:
    from qdadesk.core.analysis.activation import ALL
    from qdadesk.core.analysis.summaries import case_cell_segments

    project = made.project
    whole = project.add_case("Whole", document_ids=[made.pdf, made.picture]).result
    part = project.add_case("Part").result
    project.add_case_member(part, made.pdf, 10, 30)  # the text 10..30, across both pages
    in_whole = case_cell_segments(project, ALL, made.code, whole)
    assert set(in_whole["coding_id"]) == {made.with_text, made.empty, made.picture_region}
    # The region over "Budget planning" (0..15) meets 10..30; the one without text (its
    # empty run sits at 16, inside 10..30) lies in no range.
    assert set(case_cell_segments(project, ALL, made.code, part)["coding_id"]) == {made.with_text}


def test_memos_attach_to_regions(made) -> None:
    project = made.project
    memo = project.add_memo("coding", "Who is this?", target_id=made.picture_region).result
    assert project.memo(memo).coding_id == made.picture_region
    assert [m.id for m in project.memos(kind="coding")] == [memo]


def test_codeline_shows_regions_by_their_text_only(made) -> None:
    from qdadesk.core.analysis.charts import codeline

    project = made.project
    other = project.add_code_path("Logos").result
    add_region(project, made.pdf, other, (0, 0, 50, 50), page=1)  # no text: run 0..0
    frame = codeline(project, made.pdf)
    assert other not in frame.index
    assert list(frame.loc[made.code]) == [1, 0, 0]  # the region over "Budget planning"


def test_a_region_without_text_has_no_paraphrases(made) -> None:
    from qdadesk.core.analysis.paraphrases import paraphrases_by_document, paraphrases_on

    project = made.project
    project.add_paraphrase(made.pdf, 10, 20, "planning the staff")
    by_document = paraphrases_by_document(project)
    empty = project.coding(made.empty)  # its empty run sits at 16, inside 10..20
    assert paraphrases_on(by_document, made.pdf, empty.start, empty.end) == []
    with_text = project.coding(made.with_text)  # 0..15 meets 10..20
    assert len(paraphrases_on(by_document, made.pdf, with_text.start, with_text.end)) == 1


def test_the_integrity_check_accepts_regions_without_text(made) -> None:
    assert made.project.check() == []
