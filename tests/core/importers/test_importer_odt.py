"""ODT import: a generated document with exact expectations, and the real transcripts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from odf import dc, draw, office, table, text
from odf.namespaces import OFFICENS
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties

from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import ImportedDocument, import_document


def _spans(document: ImportedDocument, kind: str) -> list[tuple[str, int]]:
    return [
        (document.text[span.start : span.end], span.level)
        for span in document.spans
        if span.kind == kind
    ]


def _text_style(document: OpenDocumentText, name: str, **props: str) -> Style:
    style = Style(name=name, family="text")
    style.addElement(TextProperties(**props))
    document.automaticstyles.addElement(style)
    return style


@pytest.fixture
def rich_odt(tmp_path: Path) -> Path:
    doc = OpenDocumentText()
    bold = _text_style(doc, "B", fontweight="bold")
    italic = _text_style(doc, "I", fontstyle="italic")
    underline = _text_style(doc, "U", textunderlinestyle="solid")
    body = doc.text

    body.addElement(text.H(outlinelevel=1, text="Heading 😀"))
    paragraph = text.P(text="  lead   spaces ")
    outer = text.Span(stylename=bold, text="bold ")
    outer.addElement(text.Span(stylename=italic, text="both"))
    paragraph.addElement(outer)
    paragraph.addElement(text.S(c=3))
    paragraph.addText("x")
    paragraph.addElement(text.Tab())
    paragraph.addText("y")
    paragraph.addElement(text.LineBreak())
    paragraph.addText("z ")
    paragraph.addElement(text.Span(stylename=underline, text="under"))
    body.addElement(paragraph)

    body.addElement(text.H(outlinelevel=2, text="Ελληνικά 日本語"))

    items = text.List()
    first = text.ListItem()
    first.addElement(text.P(text="item one"))
    nested = text.List()
    nested_item = text.ListItem()
    nested_item.addElement(text.P(text="nested"))
    nested.addElement(nested_item)
    first.addElement(nested)
    items.addElement(first)
    body.addElement(items)

    grid = table.Table(name="T")
    grid.addElement(table.TableColumn(numbercolumnsrepeated=2))
    for cells in (("A1", "B1"), ("merged", None)):
        row = table.TableRow()
        for value in cells:
            if value is None:
                row.addElement(table.CoveredTableCell())
                continue
            cell = table.TableCell(numbercolumnsspanned=2 if value == "merged" else 1)
            cell.addElement(text.P(text=value))
            row.addElement(cell)
        grid.addElement(row)
    body.addElement(grid)

    with_note = text.P(text="Quote")
    note = text.Note(id="ftn1", noteclass="footnote")
    note.addElement(text.NoteCitation(text="1"))
    note_body = text.NoteBody()
    note_body.addElement(text.P(text="The note."))
    note.addElement(note_body)
    with_note.addElement(note)
    with_note.addText(" ends.")
    body.addElement(with_note)

    commented = text.P(text="See ")
    # office:name (ODF 1.2) ties the comment to its end; odfpy's name= would write draw:name
    annotation = office.Annotation()
    annotation.setAttrNS(OFFICENS, "name", "c1")
    annotation.addElement(dc.Creator(text="Ana"))
    annotation.addElement(text.P(text="Check this."))
    commented.addElement(annotation)
    commented.addText("this part")
    commented.addElement(office.AnnotationEnd(name="c1"))
    commented.addText(" here.")
    body.addElement(commented)

    anchored = text.P(text="Anchor")
    frame = draw.Frame(name="box", anchortype="paragraph", width="4cm", height="2cm")
    box = draw.TextBox()
    box.addElement(text.P(text="Boxed text"))
    frame.addElement(box)
    anchored.addElement(frame)
    body.addElement(anchored)

    path = tmp_path / "rich.odt"
    doc.save(str(path))
    return path


def test_generated_odt_exact_text(rich_odt: Path) -> None:
    document = import_document(rich_odt)
    assert document.text == (
        "Heading 😀\n"
        "lead spaces bold both   x\ty\nz under\n"
        "Ελληνικά 日本語\n"
        "item one\nnested\n"
        "A1\nB1\nmerged\n"
        "Quote[1] ends.\n"
        "See this part here.\n"
        "Anchor\nBoxed text\n"
        "\nFootnotes\n[1] The note.\n"
        "\nComments\n[Comment 1, Ana, on “this part”] Check this."
    )
    assert document.name == "rich"
    assert document.original_type == "odt"


def test_generated_odt_spans(rich_odt: Path) -> None:
    document = import_document(rich_odt)
    assert _spans(document, "heading") == [("Heading 😀", 1), ("Ελληνικά 日本語", 2)]
    assert _spans(document, "bold") == [("bold both", 0)]
    assert _spans(document, "italic") == [("both", 0)]
    assert _spans(document, "underline") == [("under", 0)]
    assert _spans(document, "list_item") == [("item one", 1), ("nested", 2)]
    assert _spans(document, "table_cell") == [("A1", 0), ("B1", 0), ("merged", 0)]
    assert _spans(document, "text_box") == [("Boxed text", 0)]
    assert _spans(document, "footnote") == [("[1] The note.", 0)]
    assert _spans(document, "comment") == [("[Comment 1, Ana, on “this part”] Check this.", 0)]
    assert any("footnote" in line for line in document.report)
    assert any("comment" in line for line in document.report)


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.odt"
    path.write_bytes(b"not a zip at all" * 50)
    with pytest.raises(ImportFailed, match=r"^notes\.odt: not an OpenDocument text"):
        import_document(path)


def test_spreadsheet_renamed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sheet.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    with pytest.raises(ImportFailed, match="spreadsheet"):
        import_document(path)


def test_malformed_content_xml_is_refused(rich_odt: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.odt"
    with zipfile.ZipFile(rich_odt) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "content.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(ImportFailed, match=r"^broken\.odt: the OpenDocument file is damaged"):
        import_document(broken)


def test_content_xml_with_entities_is_refused(rich_odt: Path, tmp_path: Path) -> None:
    """A DTD (where entity bombs and external entities live) stops at defusedxml's gate."""
    bomb = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">]><r>&a;</r>'
    hostile = tmp_path / "hostile.odt"
    with zipfile.ZipFile(rich_odt) as source, zipfile.ZipFile(hostile, "w") as target:
        for item in source.infolist():
            data = bomb if item.filename == "content.xml" else source.read(item)
            target.writestr(item, data)
    with pytest.raises(ImportFailed, match=r"^hostile\.odt: the document contains a DTD"):
        import_document(hostile)


@pytest.mark.parametrize(
    ("name", "min_lines", "start"),
    [
        ("swj2022-P01-think-aloud-transcript.odt", 200, "1 Read the ‘Home’ tab information."),
        ("swj2022-P05-think-aloud-transcript.odt", 200, "1 Read the ‘Home’ tab information."),
        ("qualcoder-example-ID2.odt", 3, "I have not studied much before, but my father"),
    ],
)
def test_real_odt_files(corpus: Path, name: str, min_lines: int, start: str) -> None:
    document = import_document(corpus / name)
    lines = document.text.split("\n")
    assert len(lines) >= min_lines
    assert document.text.startswith(start)
    assert "\r" not in document.text
    assert not any(line.endswith(" ") and line.strip() == "" for line in lines[:1])


def test_think_aloud_keeps_tabs_and_explicit_spaces(corpus: Path) -> None:
    document = import_document(corpus / "swj2022-P01-think-aloud-transcript.odt")
    lines = document.text.split("\n")
    assert lines[1] == "\tAlright, so I have logged in. Let me get the other tasks open."
    assert lines[5].startswith("    1.a Was the information presented")  # <text:s c="4"/>
    assert "MODERATOR: Could you please start in task 1?" in document.text


def test_qualcoder_odt_drops_trailing_collapsible_space(corpus: Path) -> None:
    document = import_document(corpus / "qualcoder-example-ID2.odt")
    first = document.text.split("\n")[0]
    assert first.endswith("searching the web did not help.")
    assert "€200.00" in document.text
