"""Code points <-> Qt positions: checked against a real QTextDocument, with emoji,
non-Latin text and a DOCX table rendered with its formatting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qdadesk.ui.offsets import OffsetMap

ALPHABET = st.sampled_from(
    list("ab \n.,") + ["é", "ü", "Ж", "中", "文", "ع", "\u0301", "😀", "👍", "🏽", "𝒳", "🎉", "\t"]
)


def _qt_text(text: str):
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setPlainText(text)
    return document


def test_plain_ascii_is_identity():
    offsets = OffsetMap("hello\nworld")
    assert [offsets.to_qt(i) for i in range(12)] == list(range(12))
    assert offsets.range_to_points(2, 8) == (2, 8)


def test_emoji_shift_positions_after_them():
    text = "a😀b👍🏽c"
    offsets = OffsetMap(text)
    assert offsets.to_qt(1) == 1  # the emoji starts where it starts
    assert offsets.to_qt(2) == 3  # 'b' after a surrogate pair
    assert offsets.to_qt(len(text)) == len(text.encode("utf-16-le")) // 2
    assert offsets.to_point(3) == 2
    # Inside a surrogate pair: start rounds down, end rounds up (keeps the emoji whole).
    assert offsets.to_point(2) == 1
    assert offsets.to_point(2, round_up=True) == 2
    assert offsets.range_to_points(2, 2) == (1, 2)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_matches_a_real_qtextdocument(qapp, text):
    document = _qt_text(text)
    offsets = OffsetMap(text)
    assert document.characterCount() == offsets.qt_length + 1  # plus Qt's final separator
    for point, char in enumerate(text):
        position = offsets.to_qt(point)
        assert position == len(text[:point].encode("utf-16-le")) // 2
        assert offsets.to_point(position) == point
        shown = document.characterAt(position)
        if char == "\n":
            assert shown == "\u2029"
        elif ord(char) < 0x10000:
            assert shown == char
        # Selecting [point, point+1) in Qt gives back exactly that character.
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(offsets.to_qt(point + 1), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace("\u2029", "\n") == char
        assert offsets.range_to_points(cursor.selectionStart(), cursor.selectionEnd()) == (
            point,
            point + 1,
        )


def test_formatted_docx_table_keeps_positions(qapp, tmp_project, corpus_dir):
    """Formatting (table rows shaded, first row bold, headings) adds no positions."""
    from PySide6.QtGui import QFont, QPalette, QTextCursor

    from qdadesk.ui.document_browser.rendering import build_document

    report = tmp_project.import_documents(
        [corpus_dir / "mammoth-tables.docx", corpus_dir / "mammoth-strict-format.docx"]
    ).result
    for document_id in report.imported:
        text = tmp_project.text(document_id)
        spans = tmp_project.formatting(document_id)
        offsets = OffsetMap(text)
        document = build_document(text, spans, offsets, QPalette(), QFont())
        assert document.characterCount() == offsets.qt_length + 1
        assert document.blockCount() == text.count("\n") + 1
        for span in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(offsets.to_qt(span.start))
            cursor.setPosition(offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            assert cursor.selectedText().replace("\u2029", "\n") == text[span.start : span.end]
    table_text = tmp_project.text(report.imported[0])
    assert "Top right" in table_text
