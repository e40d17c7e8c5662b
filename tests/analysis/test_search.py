"""Lexical search: offsets checked by brute force (emoji and diacritics before hits), the
options, AND/OR scopes, memos, and the FTS5 index staying in step with every change."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdadesk.core.analysis.search import fold, parse_query, search
from qdadesk.core.errors import QdaError

# Characters whose lower() keeps the length, so a brute-force comparison is simple.
ALPHABET = list("abcAB Ée\u00e9\u00c9\u0151\u0150ß_1.,!?-\n") + ["😀", "👩‍👧", "\U0001f1e9"]
WORDS = ["ab", "ba", "e\u00e9", "\u0151a", "a", "bé"]


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def brute_hits(text: str, word: str, whole: bool, case_sensitive: bool) -> list[tuple[int, int]]:
    """Non-overlapping occurrences, left to right, as a reader would mark them."""
    hits = []
    i = 0
    same = (lambda x, y: x == y) if case_sensitive else (lambda x, y: x.lower() == y.lower())
    while i + len(word) <= len(text):
        candidate = text[i : i + len(word)]
        boundary_ok = not whole or (
            (i == 0 or not is_word_char(text[i - 1]))
            and (i + len(word) == len(text) or not is_word_char(text[i + len(word)]))
        )
        if same(candidate, word) and boundary_ok:
            hits.append((i, i + len(word)))
            i += len(word)
        else:
            i += 1
    return hits


@pytest.fixture
def one_doc(tmp_project, add_text):
    doc = add_text("x")
    # Many small commits per test: skip the disk syncs a real project needs.
    tmp_project.db.execute("PRAGMA synchronous=OFF")
    return tmp_project, doc


def set_text(project, doc, text):
    with project._writing("set text"):
        project.db.execute("UPDATE document_texts SET text = ? WHERE document_id = ?", [text, doc])
        project.db.execute("UPDATE documents SET length = ? WHERE id = ?", [len(text), doc])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.lists(st.sampled_from(ALPHABET), max_size=60).map("".join),
    word=st.sampled_from(WORDS),
    whole=st.booleans(),
    case_sensitive=st.booleans(),
)
def test_offsets_match_brute_force(one_doc, text, word, whole, case_sensitive):
    project, doc = one_doc
    set_text(project, doc, text)
    frame = search(project, word, case_sensitive=case_sensitive, partial=not whole)
    got = [(r.start, r.end) for r in frame.itertuples()]
    assert got == brute_hits(text, word, whole, case_sensitive)
    for r in frame.itertuples():
        assert project.text(doc)[r.start : r.end] == r.text


def test_emoji_before_a_hit_counts_one_code_point(tmp_project, add_text):
    text = "😀👩‍👧 slides 🇩🇪 Slides"
    doc = add_text(text)
    frame = search(tmp_project, "slides")
    assert list(zip(frame.start, frame.end, strict=False)) == [
        (text.index("slides"), text.index("slides") + 6),
        (text.index("Slides"), text.index("Slides") + 6),
    ]
    assert frame.document_id.tolist() == [doc, doc]


def test_whole_words_partial_case_and_wildcards(tmp_project, add_text):
    add_text("Teaching teachers to teach. TEACH the class; classes and subclass.")
    assert search(tmp_project, "teach").text.tolist() == ["teach", "TEACH"]
    assert search(tmp_project, "teach", case_sensitive=True).text.tolist() == ["teach"]
    assert search(tmp_project, "teach*").text.tolist() == ["Teaching", "teachers", "teach", "TEACH"]
    assert search(tmp_project, "*class").text.tolist() == ["class", "subclass"]
    assert search(tmp_project, "class", partial=True).text.tolist() == ["class", "class", "class"]
    assert search(tmp_project, "teach the").text.tolist() == ["TEACH the"]


def test_diacritics_insensitive_option(tmp_project, add_text):
    text = "café cafe CAFÉ cafe\u0301 kávé kave"
    add_text(text)
    assert search(tmp_project, "cafe").text.tolist() == ["cafe"]
    found = search(tmp_project, "cafe", ignore_diacritics=True)
    assert found.text.tolist() == ["café", "cafe", "CAFÉ", "cafe\u0301"]
    assert search(tmp_project, "café", ignore_diacritics=True).shape[0] == 4
    assert search(tmp_project, "kave", ignore_diacritics=True).text.tolist() == ["kávé", "kave"]


def test_fold_keeps_a_map_back_to_the_original():
    folded, origin = fold("Ünő e\u0301x")
    assert folded == "Uno ex"
    assert [origin[i] for i in range(len(origin))] == [0, 1, 2, 3, 4, 6]
    assert unicodedata.combining("\u0301")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Saya suka belajar. Mereka belajar bersama-sama.", "belajar"),
        ("Die Schüler lernen. Über das Lernen", "über"),
        ("L'école est fermée. Élèves à l'école", "école"),
        ("A tanulók tanulnak. Az oltás hatékony, az oltást kérem", "oltás"),
    ],
)
def test_languages(tmp_project, add_text, text, word):
    add_text(text)
    frame = search(tmp_project, word)
    assert frame.shape[0] >= 1
    for row in frame.itertuples():
        assert text[row.start : row.end].casefold() == word.casefold()


def test_and_or_within_sentence_paragraph_document(tmp_project, add_text):
    text = "Cats like milk. Dogs like bones.\nMilk and dogs.\n"
    add_text(text)
    either = search(tmp_project, "cats OR bones")
    assert either.text.tolist() == ["Cats", "bones"]
    assert search(tmp_project, parse_query("cats AND bones", "document")).shape[0] == 2
    assert search(tmp_project, parse_query("cats AND bones", "paragraph")).shape[0] == 2
    assert search(tmp_project, parse_query("cats AND bones", "sentence")).empty
    same_sentence = search(tmp_project, parse_query("milk AND dogs", "sentence"))
    assert same_sentence.start.tolist() == [text.index("Milk and"), text.index("dogs.")]
    with pytest.raises(QdaError, match="AND or with OR"):
        parse_query("a AND b OR c")


def test_context_and_memos(tmp_project, add_text):
    doc = add_text("word " * 40 + "needle " + "word " * 40)
    tmp_project.add_memo("free", "Thoughts", "Another <b>needle</b> here")
    frame = search(tmp_project, "needle", memos=True)
    assert frame.kind.tolist() == ["document", "memo"]
    assert frame.document.tolist()[1] == "Thoughts"
    memo_hit = frame.iloc[1]
    assert "Another needle here"[memo_hit.start : memo_hit.end] == "needle"
    context = frame.context.iloc[0]
    assert "needle" in context and context.startswith("…") and context.endswith("…")
    assert frame.document_id.iloc[0] == doc


def test_index_follows_imports_edits_deletes_and_undo(tmp_project, corpus_dir):
    operation = tmp_project.import_documents(
        [corpus_dir / "qualcoder-example-focus-transcript.txt"]
    )
    assert search(tmp_project, "slides").shape[0] == 2
    tmp_project.undo(operation)
    assert search(tmp_project, "slides").empty
    tmp_project.redo(operation)
    assert search(tmp_project, "slides").shape[0] == 2
    delete = tmp_project.delete_documents([operation.result.imported[0]])
    assert search(tmp_project, "slides").empty
    tmp_project.undo(delete)
    assert search(tmp_project, "slides").shape[0] == 2
    memo = tmp_project.add_memo("free", "m", "zebra crossing").result
    tmp_project.update_memo(memo, body="giraffe")
    assert search(tmp_project, "zebra", memos=True).empty
    assert search(tmp_project, "giraffe", memos=True).shape[0] == 1
    for table in ("document_search", "memo_search"):
        tmp_project.db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


def test_index_narrows_to_candidate_documents(tmp_project, add_text):
    add_text("alpha beta", "one")
    add_text("gamma delta", "two")
    rows = tmp_project.db.execute(
        "SELECT rowid FROM document_search WHERE document_search MATCH 'gamma'"
    ).fetchall()
    assert len(rows) == 1
    assert search(tmp_project, "gamma").document.tolist() == ["two"]
    assert search(tmp_project, "GAM*").document.tolist() == ["two"]


def test_empty_queries_are_refused(tmp_project):
    for query in ["", "  ", "a AND ", "*"]:
        with pytest.raises(QdaError):
            search(tmp_project, query)
