"""Two coders' overlapping segments of one code (never joined now) read sensibly in queries,
relations, frequencies and a REFI-QDA round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.matrices import code_frequencies
from qdadesk.core.analysis.queries import coding_query
from qdadesk.core.analysis.relations import code_relations
from qdadesk.core.importers.document import ImportedDocument

TEXT = "".join(chr(ord("a") + i % 26) for i in range(100))


@pytest.fixture
def project(tmp_path: Path):
    project = Project.create(tmp_path / "two.qdadesk")
    doc = project.add_document(ImportedDocument("DOC", TEXT)).result
    x = project.add_code_path("X").result
    y = project.add_code_path("Y").result
    project.add_coding(doc, x, 10, 40, coder="Ann")
    project.add_coding(doc, x, 20, 50, coder="Ben")
    project.add_coding(doc, y, 30, 60, coder="Ann")
    yield project
    project.close()


def test_queries(project: Project) -> None:
    x, y = project.find_code("X").id, project.find_code("Y").id
    both = coding_query(project, "intersection", [x, y])
    assert both[["start", "end"]].values.tolist() == [[30, 50]]  # X's coverage, once
    ann = coding_query(project, "intersection", [x, y], Activation(coders=frozenset({"Ann"})))
    assert ann[["start", "end"]].values.tolist() == [[30, 40]]
    overlapping = coding_query(project, "overlapping", [x, y])
    assert overlapping[["start", "end", "coder"]].values.tolist() == [
        [10, 40, "Ann"],
        [20, 50, "Ben"],
    ]


def test_relations_and_frequencies_count_each_coders_segment(project: Project) -> None:
    x, y = project.find_code("X").id, project.find_code("Y").id
    relations = code_relations(project)
    assert relations.loc[x, y] == 2 and relations.loc[x, x] == 2
    frequencies = code_frequencies(project)
    assert frequencies.loc[x, "segments"] == 2 and frequencies.loc[x, "documents"] == 1
    only_ben = code_frequencies(project, Activation(coders=frozenset({"Ben"})))
    assert only_ben.loc[x, "segments"] == 1


def test_refi_round_trip_keeps_both_coders(project: Project, tmp_path: Path) -> None:
    from qdadesk.core.exchange.export_project import export_qdpx
    from qdadesk.core.exchange.import_project import import_qdpx

    export_qdpx(project, tmp_path / "two.qdpx")
    import_qdpx(tmp_path / "two.qdpx", tmp_path / "back.qdadesk")
    with Project.open(tmp_path / "back.qdadesk") as back:
        x = back.find_code("X").id
        codings = sorted((c.start, c.end, c.coder) for c in back.codings(code_ids=[x]))
    assert codings == [(10, 40, "Ann"), (20, 50, "Ben")]
