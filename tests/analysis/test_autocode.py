"""Autocoding search hits (hit, words, sentence, paragraph) and speaker turns."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdadesk.core.analysis.autocode import (
    autocode_hits,
    autocode_speaker,
    code_spans,
    extend_spans,
    parse_extend,
    speaker_spans,
)
from qdadesk.core.analysis.search import search
from qdadesk.core.errors import QdaError

TEXT = (
    "First line has a cat. The cat sat! Did it?\n"
    "\n"
    "Second paragraph: «the cat» said “no.” Then more words here\n"
    "cat"
)


def coded(project, code_id):
    return [
        (c.start, c.end, project.text(c.document_id)[c.start : c.end])
        for c in project.codings(code_ids=[code_id])
    ]


@pytest.fixture
def cats(tmp_project, add_text):
    doc = add_text(TEXT)
    return tmp_project, doc, search(tmp_project, "cat")


def test_hits_only(cats):
    project, _, hits = cats
    report = autocode_hits(project, hits, "Animals\\Cat").result
    assert (report.hits, report.segments, report.new_segments) == (4, 4, 4)
    assert [t for _, _, t in coded(project, report.code_id)] == ["cat"] * 4


def test_sentence_includes_closing_punctuation_and_overlaps_merge(cats):
    project, _, hits = cats
    report = autocode_hits(project, hits, "S", "sentence").result
    assert [t for _, _, t in coded(project, report.code_id)] == [
        "First line has a cat.",
        "The cat sat!",
        "Second paragraph: «the cat» said “no.”",
        "cat",
    ]
    assert report.segments == 4


def test_paragraph_and_words(cats):
    project, _, hits = cats
    paragraph = autocode_hits(project, hits, "P", "paragraph").result
    assert [t for _, _, t in coded(project, paragraph.code_id)] == [
        "First line has a cat. The cat sat! Did it?",
        "Second paragraph: «the cat» said “no.” Then more words here",
        "cat",
    ]
    # Two hits in the first paragraph became one segment.
    assert (paragraph.hits, paragraph.segments) == (4, 3)
    words = autocode_hits(project, hits, "W", "words:1").result
    assert [t for _, _, t in coded(project, words.code_id)] == [
        "a cat. The cat sat",
        "the cat» said",
        "here\ncat",
    ]


def test_one_undo_removes_everything(cats):
    project, _, hits = cats
    operation = autocode_hits(project, hits, "New\\Code", "sentence")
    project.undo(operation)
    assert project.codings() == []
    with pytest.raises(QdaError):
        project.find_code("New\\Code")


def test_joins_existing_segments_of_the_code(cats):
    project, doc, hits = cats
    code_id = project.add_code_path("C").result
    project.add_coding(doc, code_id, 0, 5)
    report = autocode_hits(project, hits, code_id, "sentence").result
    assert report.segments == 4 and report.new_segments == 3


def test_extend_spec_is_checked():
    assert parse_extend("words:3") == ("words", 3)
    with pytest.raises(QdaError):
        parse_extend("lines")


def test_merge_keeps_adjacent_apart(tmp_project, add_text):
    doc = add_text("abcdefghij")
    assert extend_spans(tmp_project, [(doc, 0, 3), (doc, 3, 5), (doc, 4, 8)]) == [
        (doc, 0, 3),
        (doc, 3, 8),
    ]


def test_speaker_focus_group(tmp_project, corpus_dir):
    path = corpus_dir / "qualcoder-example-focus-transcript.txt"
    doc = tmp_project.import_documents([path]).result.imported[0]
    text = tmp_project.text(doc)
    report = autocode_speaker(tmp_project, "[id1]", "Speakers\\id1").result
    lines = [line for line in text.split("\n") if line.startswith("[id1]")]
    assert report.segments == len(lines) == 3
    assert [t for _, _, t in coded(tmp_project, report.code_id)] == lines


def test_speaker_interview_with_wrapped_lines(tmp_project, corpus_dir):
    path = corpus_dir / "qc-demo-admin-interview-1.txt"
    doc = tmp_project.import_documents([path]).result.imported[0]
    text = tmp_project.text(doc)
    report = autocode_speaker(tmp_project, "admin-1:", "Speakers\\admin").result
    turns = [line for line in text.split("\n") if line.startswith("admin-1:")]
    assert report.segments == len(turns) > 10
    for _start, end, segment in coded(tmp_project, report.code_id):
        assert segment.startswith("admin-1:")
        assert "\n\n" not in segment and "Max Bigman:" not in segment
        # A turn runs to the end of a line (trailing spaces left out).
        after = text[end:].lstrip(" \t")
        assert after == "" or after.startswith("\n")
        assert not segment[-1].isspace()
    interviewer = autocode_speaker(tmp_project, "Max Bigman:", "Speakers\\Max").result
    assert interviewer.segments == sum(
        1 for line in text.split("\n") if line.startswith("Max Bigman:")
    )


def test_speaker_turns_without_blank_lines():
    text = "A: one\ncontinued\nB: two\nA: three"
    assert [text[s:e] for s, e in speaker_spans(text, "A:")] == ["A: one\ncontinued", "A: three"]
    assert speaker_spans("Maxine: hi", "Max") == []
    with pytest.raises(QdaError):
        speaker_spans(text, " ")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    spans=st.lists(st.tuples(st.integers(0, 39), st.integers(1, 8)), max_size=8),
    before=st.lists(st.tuples(st.integers(0, 39), st.integers(1, 8)), max_size=3),
)
def test_coded_characters_are_the_union_of_hits_and_existing(emoji_doc, spans, before):
    """Whatever the hits, the code ends up covering exactly the hits' characters plus those it
    had, in segments that do not overlap; one undo restores what it had."""
    project, doc, code_id = emoji_doc
    with project._writing("reset"):
        project.db.execute("DELETE FROM codings")
        for start, length in before:
            project.insert_coding(doc, code_id, start, min(start + length, 40), 0, "", None)
    had = [(c.start, c.end) for c in project.codings(code_ids=[code_id])]
    hits = [(doc, s, min(s + n, 40)) for s, n in spans]
    operation = code_spans(project, hits, code_id)
    now = [(c.start, c.end) for c in project.codings(code_ids=[code_id])]
    covered = {p for s, e in now for p in range(s, e)}
    expected = {p for _, s, e in hits for p in range(s, e)} | {
        p for s, e in had for p in range(s, e)
    }
    assert covered == expected
    ordered = sorted(now)
    assert all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:], strict=False))
    project.undo(operation)
    assert [(c.start, c.end) for c in project.codings(code_ids=[code_id])] == had


@pytest.fixture
def emoji_doc(tmp_project, add_text):
    tmp_project.db.execute("PRAGMA synchronous=OFF")
    doc = add_text("😀👍🏽 ab cd éf gh 🇩🇪 ij kl mn op qr st uv wx")
    code_id = tmp_project.add_code_path("C").result
    return tmp_project, doc, code_id


def test_emoji_before_hits_code_the_hit(tmp_project, add_text):
    text = "😀👩‍👧 caf\u00e9 and CAFÉ 🇩🇪 café"
    doc = add_text(text)
    report = autocode_hits(tmp_project, search(tmp_project, "café"), "Cafe").result
    assert report.segments == 3
    assert [text[c.start : c.end] for c in tmp_project.codings(document_ids=[doc])] == [
        "café",
        "CAFÉ",
        "café",
    ]
