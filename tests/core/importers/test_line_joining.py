"""Joining hard-wrapped lines at import: the rule, the spans, and a real wrapped book."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from qdadesk.core import Project
from qdadesk.core.analysis.autocode import extend_spans
from qdadesk.core.importers.document import FormatSpan, ImportedDocument
from qdadesk.core.importers.line_joining import join_hard_wraps

WPA = Path("/work/shared/corpus/wpa-slave-narratives-vol03-florida.txt")

WRAPPED = (
    "HEADING\n"
    "\n"
    "The first paragraph is long enough to wrap at the usual width of\n"
    "sixty characters or so, and it goes on over a third line that\n"
    "ends here.\n"
    "\n"
    "Interviewer: a question that is long enough to be wrapped here\n"
    "Respondent: an answer that starts a new speaker turn on its own\n"
    "line and then continues after the wrap as one more long line\n"
    "- a list item that is long enough to be wrapped like the others\n"
    "- the second item of that list which is long enough to wrap too\n"
    "[00:12:04] a time stamp starts a turn and it is also long enough\n"
    "\n"
    "A self-\n"
    "reliance hyphen ends the line before which is very long indeed\n"
    "continues.   \n"
    "   Indented deeper: a new paragraph in an indented text style\n"
)


def _joined(text: str, spans: list[FormatSpan] | None = None) -> ImportedDocument:
    document = ImportedDocument("wrapped", text, spans or [], b"", "txt")
    join_hard_wraps(document)
    return document


def test_the_rule_joins_paragraph_lines_and_keeps_the_rest() -> None:
    lines = _joined(WRAPPED).text.split("\n")
    assert lines == [
        "HEADING",
        "",
        "The first paragraph is long enough to wrap at the usual width of sixty characters "
        "or so, and it goes on over a third line that ends here.",
        "",
        "Interviewer: a question that is long enough to be wrapped here",
        "Respondent: an answer that starts a new speaker turn on its own line and then "
        "continues after the wrap as one more long line",
        "- a list item that is long enough to be wrapped like the others",
        "- the second item of that list which is long enough to wrap too",
        "[00:12:04] a time stamp starts a turn and it is also long enough",
        "",
        "A self-",  # a short line keeps its break
        "reliance hyphen ends the line before which is very long indeed continues.   ",
        "   Indented deeper: a new paragraph in an indented text style",
        "",
    ]


def test_hyphen_joins_without_a_space_and_crlf_is_normalised() -> None:
    text = (
        "This line is long enough to count as wrapped and it ends in self-\r\n"
        "reliance, which continues the word on the next line of the text.\r\n"
    )
    document = _joined(text)
    assert document.text == (
        "This line is long enough to count as wrapped and it ends in self-reliance, "
        "which continues the word on the next line of the text.\n"
    )
    assert document.report == ["1 hard-wrapped line breaks were joined (Join hard-wrapped lines)"]


def test_spans_move_with_their_text() -> None:
    text = "  Bold words come first here on a long line that wraps at the end  \n  of it.  \nx"
    bold = FormatSpan(text.index("wraps"), text.index("of it.") + 6, "bold")
    italic = FormatSpan(text.index("x"), text.index("x") + 1, "italic")
    document = _joined(text, [bold, italic])
    moved_bold, moved_italic = document.spans
    assert document.text[moved_bold.start : moved_bold.end] == "wraps at the end of it."
    assert document.text[moved_italic.start : moved_italic.end] == "x"


def test_structure_boundaries_are_never_joined() -> None:
    text = "A heading that is long enough to look like a wrapped line of text\nBody line\n"
    heading = FormatSpan(0, text.index("\n"), "heading", 1)
    assert _joined(text, [heading]).text == text


@given(
    st.lists(st.sampled_from(["word", "Word.", " ", "\n", "\n\n", "-", "Q:", "\t"]), max_size=60)
)
def test_only_line_breaks_and_their_spaces_change(pieces: list[str]) -> None:
    text = "".join(pieces)
    document = _joined(text)
    assert document.text.replace("\n", "").replace(" ", "").replace("\t", "") == text.replace(
        "\n", ""
    ).replace(" ", "").replace("\t", "")
    assert document.text.count("\n") <= text.count("\n")


def test_off_by_default_and_on_for_a_real_wrapped_book(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.qdadesk") as project:
        plain = project.import_documents([WPA]).result.imported[0]
        joined_report = project.import_documents([WPA], join_lines=True).result
        joined = joined_report.imported[0]
        plain_text, joined_text = project.text(plain), project.text(joined)
        assert "I was too young to remember much but I recleck seein my granma\nmilk" in (
            plain_text
        )
        assert "seein my granma milk de cows an do de washin." in joined_text
        assert any("hard-wrapped line breaks were joined" in n for _d, n in joined_report.notes)
        # paragraphs and short heading lines stay
        assert '\n\n"I doan member nothin bout my daddy.' in joined_text
        assert "FOLK STUFF, FLORIDA\nJules A. Frost\nTampa, Florida\n" in joined_text
        assert joined_text.count("\n") < plain_text.count("\n") * 0.6

        def sentences(document_id: int, word: str) -> list[str]:
            text = project.text(document_id)
            hits, start = [], text.find(word)
            while start >= 0:
                hits.append((document_id, start, start + len(word)))
                start = text.find(word, start + 1)
            return [text[s:e] for _d, s, e in extend_spans(project, hits, "sentence")]

        # "autocode by sentence": wrapped text cuts sentences at line ends, joined does not
        cut = [
            s
            for s in sentences(plain, "witches")
            if not s.rstrip("\"'”’)").endswith((".", "!", "?"))
        ]
        assert len(cut) >= 3
        whole = sentences(joined, "witches")
        assert len(whole) >= 5
        for sentence in whole:
            assert "\n" not in sentence
            assert sentence.rstrip("\"'”’)").endswith((".", "!", "?", ":", ";")), sentence


def test_structured_formats_keep_their_paragraphs(corpus_dir: Path) -> None:
    from qdadesk.core.importers import import_document

    docx = import_document(corpus_dir / "qualcoder-example-ID1.docx")
    before = docx.text
    assert join_hard_wraps(docx) == 0 and docx.text == before


def test_a_wrapped_transcript_keeps_turns_and_bracketed_time_stamps(corpus_dir: Path) -> None:
    from qdadesk.core.importers import import_document

    document = import_document(corpus_dir / "qc-demo-admin-interview-1.txt")
    assert join_hard_wraps(document) > 300
    text = document.text
    # a time stamp wrapped inside a sentence is joined; each speaker turn is one line
    assert "for the [Pallis 00:00:52] Unified School District." in text
    turn = next(line for line in text.split("\n") if line.startswith("admin-1:     Sure, sounds"))
    assert turn.endswith("So I had been involved in the committee from the start.")
    assert "\n\nadmin-1:     Sure.\n\n" in text
