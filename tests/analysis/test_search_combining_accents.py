"""Bug-hunt regressions for lexical search: accents typed as a letter + combining mark."""

from __future__ import annotations

from qdadesk.core.analysis.search import search


def _project_with(tmp_project, tmp_path, text: str) -> int:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return tmp_project.import_documents([path]).result.imported[0]


def test_precomposed_term_finds_decomposed_text(tmp_project, tmp_path) -> None:
    text = "😀Cafe\u0301 here. café there. cafe plain."
    _project_with(tmp_project, tmp_path, text)
    hits = search(tmp_project, "café")
    spans = [(row.start, row.end) for row in hits.itertuples()]
    assert spans == [(1, 6), (13, 17)]
    assert text[1:6] == "Cafe\u0301"
    # Without "ignore accents" the plain word still does not find the accented ones.
    plain = search(tmp_project, "cafe")
    assert [(row.start, row.end) for row in plain.itertuples()] == [(25, 29)]
