"""Bug-hunt regressions for word frequencies: combining accents and lower-casing."""

from __future__ import annotations

from qdadesk.core.analysis.word_frequencies import count_words


def test_combining_accent_is_part_of_the_word() -> None:
    # "Cafe" + U+0301 is the word café (as typed on some systems), not "cafe".
    counts = count_words(["Cafe\u0301 and café, Kave\u0301 cafe"])
    assert counts["café"] == 2
    assert counts["kavé"] == 1
    assert counts["cafe"] == 1
    assert "kave" not in counts


def test_lower_case_keeps_the_words_letters() -> None:
    # casefold() would report "grüsse", a word the text does not contain.
    counts = count_words(["Schöne Grüße, GRÜßE"])
    assert counts["grüße"] == 2
    assert "grüsse" not in counts
