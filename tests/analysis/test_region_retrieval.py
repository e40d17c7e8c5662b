"""Retrieval of region codings: page and box columns, and a quote that is the text in the
box or a label ("[region p. N]", "[picture region]")."""

from __future__ import annotations

import math
from pathlib import Path

from qdadesk.core.analysis.region_segments import region_position
from qdadesk.core.analysis.retrieval import RETRIEVAL_COLUMNS, retrieve_segments, segment_rows
from tests.region_support import add_region, make_region_project


def test_retrieval_lists_regions_with_page_box_and_quote(tmp_path: Path) -> None:
    made = make_region_project(tmp_path / "p.qdadesk")
    project = made.project
    code = project.add_code_path("Budget").result
    text_in_box = add_region(project, made.pdf, code, (72, 40, 300, 100), page=1, run=(0, 15))
    empty = add_region(project, made.pdf, code, (10, 500, 200, 600), page=2)
    picture = add_region(project, made.picture, code, (5, 6, 70, 80))
    project.add_coding(made.text, code, 12, 18)
    frame = retrieve_segments(project).set_index("coding_id")
    for name in ("page", "x1", "y1", "x2", "y2"):
        assert name in RETRIEVAL_COLUMNS
    assert frame.loc[text_in_box, "text"] == "Budget planning"
    assert frame.loc[empty, "text"] == "[region p. 2]"
    assert frame.loc[picture, "text"] == "[picture region]"
    assert list(frame.loc[text_in_box, ["page", "x1", "y1", "x2", "y2"]]) == [1, 72, 40, 300, 100]
    assert math.isnan(frame.loc[picture, "page"])
    assert list(frame.loc[picture, ["x1", "y1", "x2", "y2"]]) == [5, 6, 70, 80]
    text_row = frame[frame["document_id"] == made.text].iloc[0]
    assert text_row["text"] == "budget"
    assert all(math.isnan(text_row[n]) for n in ("page", "x1", "y1", "x2", "y2"))
    # The plain rows the window lists carry the same columns.
    page = RETRIEVAL_COLUMNS.index("page")
    assert sorted(r[page] for r in segment_rows(project).rows if r[page] is not None) == [1, 2]
    project.close()


def test_region_position_reads_like_a_page_reference() -> None:
    assert region_position(3, (72, 40, 300, 100)) == "p. 3, 72,40–300,100"
    assert region_position(None, (5.5, 6, 70, 80)) == "5.5,6–70,80"
