"""Word frequencies, stop words (bundled and the project's own)."""

from __future__ import annotations

from collections import Counter

from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.stopwords import (
    available_languages,
    bundled_stopwords,
    project_stopwords,
    set_project_stopwords,
)
from qdadesk.core.analysis.word_frequencies import FREQUENCY_COLUMNS, word_frequencies


def test_counts_percent_and_rank(tmp_project, add_text):
    add_text("The cat and the dog. The CAT!", "one")
    add_text("A dog, a dog's bone; 42 cats", "two")
    frame = word_frequencies(tmp_project)
    assert list(frame.columns) == FREQUENCY_COLUMNS
    counts = dict(zip(frame.word, frame["count"], strict=False))
    assert counts == {
        "the": 3,
        "cat": 2,
        "and": 1,
        "dog": 2,
        "a": 2,
        "dog's": 1,
        "bone": 1,
        "cats": 1,
    }
    assert frame.percent.sum() == 100.0 or abs(frame.percent.sum() - 100) < 0.1
    ranks = dict(zip(frame.word, frame["rank"], strict=False))
    assert ranks["the"] == 1 and ranks["cat"] == ranks["dog"] == ranks["a"] == 2
    assert ranks["and"] == 5


def test_stopwords_min_length_and_project_additions(tmp_project, add_text):
    add_text("The cat and the dog sat with a cat. Yang kucing dan anjing.")
    frame = word_frequencies(tmp_project, languages=["en", "id"], min_length=3)
    assert set(frame.word) == {"cat", "dog", "sat", "kucing", "anjing"}
    set_project_stopwords(tmp_project, "en", ["Cat", "sat"])
    assert project_stopwords(tmp_project, "en") == ["cat", "sat"]
    frame = word_frequencies(tmp_project, languages="en", min_length=3)
    assert "cat" not in set(frame.word) and "sat" not in set(frame.word)
    assert {"en", "id", "de", "fr", "hu"} <= set(available_languages())
    assert "yang" in bundled_stopwords("id") and "the" in bundled_stopwords("en")


def test_words_of_a_code_and_activation(tmp_project, add_text):
    one = add_text("red red blue green", "one")
    two = add_text("red yellow", "two")
    code = tmp_project.add_code_path("Colours").result
    tmp_project.add_coding(one, code, 0, 7)  # "red red"
    tmp_project.add_coding(two, code, 0, 3)
    assert dict(
        zip(
            *word_frequencies(tmp_project, code_ids=[code])[["word", "count"]].T.values,
            strict=False,
        )
    ) == {"red": 3}
    only_two = word_frequencies(tmp_project, Activation(document_ids=frozenset({two})))
    assert set(only_two.word) == {"red", "yellow"}


def test_real_transcript_matches_a_plain_count(tmp_project, corpus_dir):
    path = corpus_dir / "nvivo-oltas-youtube-comments-hu.plain.txt"
    doc = tmp_project.import_documents([path]).result.imported[0]
    frame = word_frequencies(tmp_project)
    import re

    words = [w.casefold() for w in re.findall(r"[^\W_]+(?:['’][^\W_]+)*", tmp_project.text(doc))]
    expected = Counter(w.replace("’", "'") for w in words if not w.isdigit())
    assert dict(zip(frame.word, frame["count"], strict=False)) == dict(expected)
    assert frame.iloc[0].word == expected.most_common(1)[0][0]
