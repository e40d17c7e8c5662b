"""DOCX import: generated documents with exact expectations, and the real corpus files."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import FormatSpan, ImportedDocument, import_document, limits


def _spans(document: ImportedDocument, kind: str) -> list[tuple[str, int]]:
    """(text slice, level) of every span of ``kind``, in order."""
    return [
        (document.text[span.start : span.end], span.level)
        for span in document.spans
        if span.kind == kind
    ]


def _save(document: docx.document.Document, path: Path) -> Path:
    document.save(str(path))
    return path


@pytest.fixture
def rich_docx(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Interview 😀 one", level=1)
    paragraph = document.add_paragraph("Plain ")
    paragraph.add_run("bold").bold = True
    paragraph.add_run(" and ").bold = True  # adjacent bold runs: one span
    run = paragraph.add_run("bold-italic")
    run.bold = True
    run.italic = True
    paragraph.add_run(" ")
    paragraph.add_run("under").underline = True
    paragraph.add_run(" end.")
    document.add_heading("Ελληνικά και 日本語", level=2)
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "A1", (0, 1): "B1 😀", (1, 0): "A2", (1, 1): ""}.items():
        table.cell(row, col).text = text
    breaks = document.add_paragraph("tab\there")
    breaks.add_run().add_break()
    breaks.add_run("after soft break")
    document.add_paragraph("Last 𝄞 line")
    return _save(document, tmp_path / "rich.docx")


def test_generated_docx_exact_text(rich_docx: Path) -> None:
    document = import_document(rich_docx)
    assert document.text == (
        "Interview 😀 one\n"
        "Plain bold and bold-italic under end.\n"
        "Ελληνικά και 日本語\n"
        "A1\nB1 😀\nA2\n\n"
        "tab\there\nafter soft break\n"
        "Last 𝄞 line"
    )
    assert document.name == "rich"
    assert document.original_type == "docx"
    assert document.original == rich_docx.read_bytes()
    assert document.report == []


def test_generated_docx_spans(rich_docx: Path) -> None:
    document = import_document(rich_docx)
    assert _spans(document, "heading") == [("Interview 😀 one", 1), ("Ελληνικά και 日本語", 2)]
    # adjacent bold runs merge into one span; bold+italic adds its own italic span
    assert _spans(document, "bold") == [("bold and bold-italic", 0)]
    assert _spans(document, "italic") == [("bold-italic", 0)]
    assert _spans(document, "underline") == [("under", 0)]
    assert _spans(document, "table") == [("A1\nB1 😀\nA2\n", 0)]
    assert _spans(document, "table_row") == [("A1\nB1 😀", 0), ("A2\n", 0)]
    assert _spans(document, "table_cell") == [("A1", 0), ("B1 😀", 0), ("A2", 0), ("", 0)]
    for span in document.spans:
        assert 0 <= span.start <= span.end <= len(document.text)
    assert document.spans == sorted(document.spans, key=lambda s: (s.start, -s.end))


def test_offsets_count_code_points(rich_docx: Path) -> None:
    document = import_document(rich_docx)
    (cell,) = [s for s in document.spans if document.text[s.start : s.end] == "B1 😀"]
    assert cell.end - cell.start == 4  # the emoji is one code point


def test_merged_and_nested_table_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before")
    table = document.add_table(rows=3, cols=3)
    labels = iter("abcdefghi")
    for row in table.rows:
        for cell in row.cells:
            cell.text = next(labels)
    table.cell(0, 0).merge(table.cell(0, 1))  # horizontal: text "a\nb" once
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical: the continuation cell is skipped
    inner = table.cell(2, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "x"
    inner.cell(0, 1).text = "y"
    document.add_paragraph("After")
    imported = import_document(_save(document, tmp_path / "merged.docx"))
    assert imported.text == "Before\na\nb\nc\nd\ne\nf\ni\ng\nx\ny\n\nh\nAfter"
    assert _spans(imported, "table")[1] == ("x\ny", 0)  # the nested table
    assert len(_spans(imported, "table_row")) == 4  # 3 outer rows + 1 nested


def test_list_paragraphs_get_list_spans(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("first", style="List Bullet")
    document.add_paragraph("second", style="List Number 2")
    document.add_paragraph("plain")
    imported = import_document(_save(document, tmp_path / "list.docx"))
    assert imported.text == "first\nsecond\nplain"
    assert [text for text, _level in _spans(imported, "list_item")] == ["first", "second"]


def test_runs_inside_links_insertions_and_content_controls(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_heading("The title", level=0)
    paragraph = document.add_paragraph("Start ")
    for fragment in (
        '<w:hyperlink r:id="rId99"><w:r><w:t>link</w:t></w:r></w:hyperlink>',
        '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> inserted</w:t></w:r></w:ins>',
        '<w:del w:id="2" w:author="a"><w:r><w:delText> deleted</w:delText></w:r></w:del>',
        '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> control</w:t></w:r>'
        "</w:sdtContent></w:sdt>",
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>",
        '<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>'
        '<w:t xml:space="preserve"> strong</w:t></w:r>',
    ):
        paragraph._p.append(parse_xml(f"<root {nsdecls('w', 'r')}>{fragment}</root>")[0])
    imported = import_document(_save(document, tmp_path / "inline.docx"))
    assert imported.text == "The title\nStart link inserted control strong"
    assert _spans(imported, "heading") == [("The title", 1)]  # "Title" style
    assert _spans(imported, "bold") == [(" strong", 0)]  # from the "Strong" character style
    assert "1 tracked deletion left out" in imported.report
    assert "1 piece of hidden text left out" in imported.report


def test_page_break_inside_and_at_edges(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("end of page")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("new page")
    lone = document.add_paragraph()
    lone.add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("next")
    imported = import_document(_save(document, tmp_path / "breaks.docx"))
    assert imported.text == "end of page\nnew page\n\nnext"


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "interview.docx"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ImportFailed, match=r"^interview\.docx: not a Word document"):
        import_document(path)


def test_old_doc_renamed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(ImportFailed, match="password-protected Word file or an old"):
        import_document(path)


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ImportFailed, match=r"^other\.docx: "):
        import_document(path)


def test_damaged_document_xml(rich_docx: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(rich_docx) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(ImportFailed, match=r"^broken\.docx: "):
        import_document(broken)


def test_zip_bomb_is_refused_fast(rich_docx: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(rich_docx) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item), compress_type=zipfile.ZIP_DEFLATED)
        target.writestr(
            "word/media/padding.bin", b"\0" * (64 * 1024 * 1024), compress_type=zipfile.ZIP_DEFLATED
        )
    assert bomb.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ImportFailed, match="zip bomb"):
        import_document(bomb)
    assert time.perf_counter() - started < 2


def test_total_uncompressed_size_limit(rich_docx: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(ImportFailed, match="unpacks to more than"):
        import_document(rich_docx)


# --- real files --------------------------------------------------------------------------


def test_mammoth_tables_reading_order(corpus: Path) -> None:
    document = import_document(corpus / "mammoth-tables.docx")
    assert document.text == "Above\nTop left\nTop right\nBottom left\nBottom right\nBelow"
    assert _spans(document, "table") == [("Top left\nTop right\nBottom left\nBottom right", 0)]
    assert _spans(document, "table_row") == [
        ("Top left\nTop right", 0),
        ("Bottom left\nBottom right", 0),
    ]


def test_mammoth_footnotes_are_appended(corpus: Path) -> None:
    document = import_document(corpus / "mammoth-footnotes.docx")
    assert document.text.startswith("Ouch[1].[2]\n")
    assert _spans(document, "footnote") == [
        ("[1] A tachyon walks into a bar.", 0),
        ("[2] Fin.", 0),
    ]
    assert any("footnote" in line for line in document.report)


def test_mammoth_comments_are_appended(corpus: Path) -> None:
    document = import_document(corpus / "mammoth-comments.docx")
    assert document.text.startswith("Ouch.\n")
    comments = [text for text, _level in _spans(document, "comment")]
    assert comments == [
        "[Comment 1, Michael Williamson, on “Ouch”] A tachyon walks into a bar.",
        "[Comment 2, Michael Williamson] Fin.",
    ]
    assert any("comment" in line for line in document.report)


def test_mammoth_text_box_is_kept_once(corpus: Path) -> None:
    document = import_document(corpus / "mammoth-text-box.docx")
    assert document.text == "Datum plane"  # DrawingML and its VML fallback: read once
    assert _spans(document, "text_box") == [("Datum plane", 0)]
    assert any("text box" in line for line in document.report)


def test_mammoth_strict_format_is_refused(corpus: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^mammoth-strict-format\.docx: .*Strict Open XML"):
        import_document(corpus / "mammoth-strict-format.docx")


def test_nvivo_youtube_comments(corpus: Path) -> None:
    document = import_document(corpus / "nvivo-oltas-youtube-comments-hu.docx")
    assert 500_000 < len(document.text) < 700_000
    assert document.text.startswith("video_id\nvideo_title\nvideo_date\n")
    assert "Kötelező oltás" in document.text
    assert sum(1 for ch in document.text if ord(ch) > 0xFFFF) > 800  # emoji survive
    assert len(_spans(document, "table")) == 249
    assert "\r" not in document.text
    # NVivo's own plain-text rendition of this source is the same text, so its codings fit
    plain = (corpus / "nvivo-oltas-youtube-comments-hu.plain.txt").read_bytes()
    assert document.text == plain.decode("utf-8-sig").replace("\r\n", "\n")


def test_taguette_export_headings_and_bold(corpus: Path) -> None:
    document = import_document(corpus / "swj2022-taguette-highlights-export.docx")
    assert document.text.startswith("Taguette highlights\n")
    headings = _spans(document, "heading")
    assert headings[0] == ("Taguette highlights", 1)
    bold = {text for text, _level in _spans(document, "bold")}
    assert {"Document:", "Tags:"} <= bold
    assert document.text.count("\n") > 4000


def test_qualcoder_example(corpus: Path) -> None:
    document = import_document(corpus / "qualcoder-example-ID1.docx")
    assert document.text.startswith("I really like learning new things.")
    assert "€" in document.text


def test_span_records_are_format_spans(corpus: Path) -> None:
    document = import_document(corpus / "mammoth-tables.docx")
    assert all(isinstance(span, FormatSpan) for span in document.spans)


def test_docx_from_bytes_has_same_result(rich_docx: Path) -> None:
    from qdadesk.core.importers import import_document_bytes

    data = io.BytesIO(rich_docx.read_bytes()).getvalue()
    assert import_document_bytes(data, "rich.docx").text == import_document(rich_docx).text
