"""Lexical search in bounded memory, whatever the paragraph length: a 20 MB document that is
one single line (a transcript without line breaks, a hostile file) is searched with a few
times its own size of memory, with and without ignoring diacritics."""

from __future__ import annotations

import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.analysis.search import context_of, parse_query, search
from qdadesk.core.importers.document import ImportedDocument

SIZE = 20 * 1024 * 1024
# Precomposed and decomposed accents (NFD as macOS and PDFs store them), no line break.
WORDS = "café naïve the interviewer asked " + unicodedata.normalize("NFD", "résumé über ") + " "


@pytest.fixture(scope="module")
def one_line(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "one-line.qdadesk"
    body = (WORDS * (SIZE // len(WORDS) + 1))[:SIZE]
    text = body[: SIZE // 2] + " needle " + body[SIZE // 2 :] + " Rare Cafe\u0301-ending"
    assert "\n" not in text
    with Project.create(path) as project:
        project.add_document(ImportedDocument("one line", text, [], b"", "txt"))
    return path


def _peak(call) -> tuple[object, int]:
    import numpy  # noqa: F401  (imported once, not counted as the search's memory)
    import pandas  # noqa: F401

    tracemalloc.start()
    try:
        result = call()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("query", "options", "hits"),
    [
        ("needle", {}, 1),
        ("needle", {"ignore_diacritics": True}, 1),
        ("rare cafe", {"ignore_diacritics": True}, 1),
        ("needle AND rare", {}, 2),
    ],
    ids=["plain", "ignore-diacritics", "diacritics-nfd-hit", "and-within-paragraph"],
)
def test_search_in_one_huge_line_stays_in_bounded_memory(
    one_line: Path, query: str, options: dict, hits: int
) -> None:
    with Project.open(one_line) as project:
        within = "paragraph" if " AND " in query else "document"
        found, peak = _peak(lambda: search(project, parse_query(query, within), **options))
    assert len(found) == hits
    # The text (2 bytes a character here, 40 MiB) and a working copy; folding once took
    # 48 bytes a character (about 1 GiB for this text).
    print(f"{query} {options}: peak {peak / 2**20:.0f} MiB")
    assert peak < 7 * SIZE, f"peak {peak / 2**20:.0f} MiB"
    for row in found.itertuples():
        assert len(row.context) < 200


def test_a_hit_across_a_giant_word_is_listed_short() -> None:
    text = "start " + "x" * 1_000_000 + " end"
    context = context_of(text, 6, 6 + 1_000_000)
    assert len(context) < 400 and "…" in context
