"""Indonesian text: sentences around abbreviations (Bpk., dll., dsb.), reduplicated words
(anak-anak) counted as one word, Indonesian stop words, whole-word and prefix search."""

from __future__ import annotations

import pytest

from qdadesk.core.analysis.stopwords import stopwords
from qdadesk.core.analysis.text_units import TextUnits
from qdadesk.core.analysis.word_frequencies import count_words

PARAGRAPH = (
    "Bpk. Ahmad dari Diskominfo mengatakan bahwa kebijakan data terbuka belum berjalan. "
    "Anak-anak muda, mahasiswa, dll. sering memakai aplikasi itu, mis. untuk mengurus KTP. "
    "Kebijakan-kebijakan baru dibuat tiap tahun, dsb. Namun kebijakannya tidak jelas! "
    "Menurut Sdr. Budi dan Prof. Dr. Ir. Sari, koordinasi antardinas masih lemah, dst. "
    "Warga bertanya-tanya: siapa yang bertanggung jawab?"
)


def sentences(text: str) -> list[str]:
    units = TextUnits(text)
    starts, ends = units._sentences
    return [text[s:e] for s, e in zip(starts, ends, strict=True)]


def test_sentences_do_not_end_at_abbreviations():
    assert sentences(PARAGRAPH) == [
        "Bpk. Ahmad dari Diskominfo mengatakan bahwa kebijakan data terbuka belum berjalan.",
        "Anak-anak muda, mahasiswa, dll. sering memakai aplikasi itu, mis. untuk mengurus KTP.",
        "Kebijakan-kebijakan baru dibuat tiap tahun, dsb.",
        "Namun kebijakannya tidak jelas!",
        "Menurut Sdr. Budi dan Prof. Dr. Ir. Sari, koordinasi antardinas masih lemah, dst.",
        "Warga bertanya-tanya: siapa yang bertanggung jawab?",
    ]


def test_english_sentences_unchanged():
    text = "I said no. Then we left. It was 5 p.m. Fine."
    assert sentences(text) == ["I said no.", "Then we left.", "It was 5 p.m.", "Fine."]


def test_reduplicated_words_count_as_one_word():
    counts = count_words([PARAGRAPH], stop=stopwords(None, ["id"]), reduplication=True)
    assert counts["anak-anak"] == 1 and "anak" not in counts
    assert counts["kebijakan-kebijakan"] == 1
    assert counts["bertanya-tanya"] == 1
    assert counts["kebijakan"] == 1 and counts["kebijakannya"] == 1
    for stop_word in ("dari", "bahwa", "yang", "dan", "itu", "untuk", "tidak"):
        assert stop_word not in counts, stop_word


def test_other_languages_unchanged():
    counts = count_words(["A well-being survey, long-term and so-so."])
    assert counts["well"] == 1 and counts["being"] == 1 and counts["so"] == 2
    # Even in Indonesian text, only reduplication joins: other compounds split.
    counts = count_words(["Program e-KTP dan kerja sama lintas-sektor."], reduplication=True)
    assert counts["ktp"] == 1 and counts["lintas"] == 1 and counts["sektor"] == 1


def test_word_frequencies_with_indonesian_stop_words(indonesian_project):
    from qdadesk.core.analysis.word_frequencies import word_frequencies

    frame = word_frequencies(indonesian_project, languages=["id"])
    counts = dict(zip(frame.word, frame["count"], strict=True))
    assert counts["anak-anak"] == 1 and "anak" not in counts and "yang" not in counts
    english = word_frequencies(indonesian_project)
    assert "anak-anak" not in set(english.word) and "yang" in set(english.word)


@pytest.fixture
def indonesian_project(tmp_project):
    from qdadesk.core.importers.document import ImportedDocument

    tmp_project.add_document(ImportedDocument("Wawancara", PARAGRAPH, [], b"", "txt"))
    return tmp_project


def test_search_whole_word_and_prefix(indonesian_project):
    from qdadesk.core.analysis.search import search

    whole = search(indonesian_project, "kebijakan")
    # "kebijakan" and both halves of "Kebijakan-kebijakan"; not "kebijakannya".
    assert list(whole["text"]) == ["kebijakan", "Kebijakan", "kebijakan"]
    prefix = search(indonesian_project, "kebijak*")
    assert list(prefix["text"]) == ["kebijakan", "Kebijakan", "kebijakan", "kebijakannya"]
    both = search(indonesian_project, "anak-anak")
    assert list(both["text"]) == ["Anak-anak"]
