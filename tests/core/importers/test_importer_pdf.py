"""PDF import with PDFium: documents of pages with their text layer; generated PDFs (text,
blank, scanned, rotated, encrypted, damaged) and the real corpus PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import import_document, import_document_bytes
from qdadesk.core.pdf_text_layer import page_text
from tests.pdf_files import PdfPage, make_pdf

DATA = Path(__file__).parent / "data"


def _pdf(*texts: str | None) -> bytes:
    """One page per item: the text drawn near the top, or a blank page for None."""
    return make_pdf([PdfPage(lines=[(72, 712, text)] if text else []) for text in texts])


def test_a_pdf_becomes_a_document_of_pages_with_its_text(tmp_path: Path) -> None:
    path = tmp_path / "guide.pdf"
    path.write_bytes(_pdf("Hello PDF", "Second page"))
    document = import_document(path)
    assert document.kind == "pdf"
    assert document.text == "Hello PDF\nSecond page"
    assert [(p.width, p.height, p.text_start, p.text_end) for p in document.pages] == [
        (612, 792, 0, 9),
        (612, 792, 10, 21),
    ]
    assert document.name == "guide"
    assert document.original_type == "pdf"
    assert document.original == path.read_bytes()
    assert document.spans == []
    assert document.report == []


def test_blank_pages_are_reported_and_keep_an_empty_run() -> None:
    document = import_document_bytes(_pdf("Text", None), "mixed.pdf")
    assert document.text == "Text\n"
    assert [(p.text_start, p.text_end) for p in document.pages] == [(0, 4), (5, 5)]
    assert document.report == ["no text on page 2 (images only?)"]


def test_a_scanned_pdf_imports_as_pages_to_code_by_regions(tmp_path: Path) -> None:
    scan = make_pdf([PdfPage(image=(50, 60)), PdfPage(image=(50, 60), width=842, height=595)])
    (tmp_path / "scan.pdf").write_bytes(scan)
    with Project.create(tmp_path / "p.qdadesk") as project:
        report = project.import_documents([tmp_path / "scan.pdf"]).result
        (document_id,) = report.imported
        document = project.document(document_id)
        assert (document.kind, project.text(document_id)) == ("pdf", "")
        assert [
            (p.width, p.height, p.text_start, p.text_end) for p in project.pages(document_id)
        ] == [
            (612, 792, 0, 0),
            (842, 595, 0, 0),
        ]
        assert [note for _, note in report.notes] == [
            "the PDF has no text layer (a scanned PDF?): its pages can be coded by regions; "
            "to code its text, run OCR on it first"
        ]
        code_id = project.add_code_path("Stamp").result
        coding = project.coding(
            project.add_region_coding(document_id, code_id, (10, 10, 400, 300), page=2).result
        )
        assert (coding.page, coding.box, coding.start, coding.end) == (
            2,
            (10, 10, 400, 300),
            0,
            0,
        )
        assert project.check() == []  # a region holds no text, and that is sound


@pytest.mark.parametrize("name", ["rc4-password.pdf", "aes256-password.pdf"])
def test_a_pdf_with_a_password_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes((DATA / name).read_bytes())
    with pytest.raises(ImportFailed, match=r"^\S+\.pdf: the PDF is encrypted; remove its password"):
        import_document(path)


@pytest.mark.parametrize("name", ["rc4-owner-only.pdf", "aes256-owner-only.pdf"])
def test_a_pdf_with_only_an_owner_password_opens(name: str) -> None:
    document = import_document_bytes((DATA / name).read_bytes(), name)
    assert document.text.startswith("Encrypted with ")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\nthis is not really a pdf\n%%EOF",
        b"",
        b"plain text pretending to be a PDF",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>",
    ],
)
def test_damaged_pdf_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"^broken\.pdf: "):
        import_document_bytes(data, "broken.pdf")


def test_truncated_pdf_is_refused_or_read() -> None:
    data = _pdf("Hello PDF", "Second page")
    try:
        document = import_document_bytes(data[: len(data) // 2], "cut.pdf")
    except ImportFailed as exc:
        assert str(exc).startswith("cut.pdf: ")
    else:  # PDFium may rebuild the cross-reference table; then the text must be right
        assert "Hello PDF" in document.text


@pytest.mark.parametrize(
    ("name", "phrase", "pages"),
    [
        ("mannheimer-bsr-interview-guide.pdf", "Interview Guide", 5),
        ("mannheimer-nvivo-codebook.pdf", "comparability", 5),
    ],
)
def test_real_pdfs(corpus: Path, name: str, phrase: str, pages: int) -> None:
    document = import_document(corpus / name)
    assert phrase in document.text
    assert len(document.text) > 3000
    assert "\r" not in document.text
    assert len(document.pages) == pages
    # Each page's run is what the text layer reads there now: offsets name places on pages.
    for number, page in enumerate(document.pages, start=1):
        assert document.text[page.text_start : page.text_end] == page_text(
            document.original, number
        )


def test_corpus_text_is_as_complete_as_the_old_pypdf_text(corpus: Path) -> None:
    """0.1 read these files with pypdf; these words (each counted) are what it read."""
    import re
    from collections import Counter

    text = import_document(corpus / "mannheimer-bsr-interview-guide.pdf").text
    words = Counter(re.findall(r"\w+(?:[-\N{RIGHT SINGLE QUOTATION MARK}']\w+)*", text))
    assert sum(words.values()) == 1152  # pypdf 7.1: 1152 words, the same multiset
    assert (words["data"], words["context"], len(words)) == (48, 8, 380)
    assert "communities can inform the other for mutual benefit. The research" in text


def test_text_of_a_pdf_imported_by_0_1_stays_a_text_document(tmp_path: Path) -> None:
    """A project from before pages (0.1 stored a PDF's text only) keeps its documents."""
    import sqlite3

    from qdadesk.core.store.connection import APPLICATION_ID
    from qdadesk.core.store.database import Database
    from qdadesk.core.store.schema import MIGRATIONS, migration_names

    path = tmp_path / "old.qdadesk"
    names = migration_names()
    before = names.index("0010_regions")
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    MIGRATIONS.apply(db, stop_before=names[before:])
    db.execute(f"PRAGMA user_version={before}")
    pdf = _pdf("Old text")
    db.execute(
        "INSERT INTO documents (id, guid, name, length, created, modified) "
        "VALUES (1, 'D1', 'guide', 8, 't', 't')"
    )
    db.execute("INSERT INTO document_texts (document_id, text) VALUES (1, 'Old text')")
    db.execute(
        "INSERT INTO document_files (document_id, file_name, file_type, data) "
        "VALUES (1, 'guide.pdf', 'pdf', ?)",
        [pdf],
    )
    db.conn.commit()
    db.close()
    with Project.open(path) as project:
        document = project.document(1)
        assert (document.kind, project.text(1), project.pages(1)) == ("text", "Old text", [])
        code_id = project.add_code_path("X").result
        assert project.coding(project.add_coding(1, code_id, 0, 3).result).end == 3
        assert project.original_file(1) == ("guide.pdf", "pdf", pdf)


def test_joining_hard_wrapped_lines_leaves_a_pdf_of_pages_as_its_text_layer() -> None:
    from qdadesk.core.importers.line_joining import join_hard_wraps

    long_line = "a line of a paragraph that goes on and on across the page to its margin"
    data = make_pdf([PdfPage(lines=[(72, 700 - 14 * n, long_line) for n in range(12)])])
    document = import_document_bytes(data, "wrapped.pdf")
    before = document.text
    assert join_hard_wraps(document) == 0
    assert document.text == before == page_text(data, 1)
