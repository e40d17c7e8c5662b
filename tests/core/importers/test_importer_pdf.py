"""PDF import: generated PDFs (text, blank, encrypted, damaged) and the real corpus PDFs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import import_document, import_document_bytes


def _pdf(pages: list[bytes | None], **encrypt: str) -> bytes:
    """A PDF with one page per item: text drawn in Helvetica, or a blank page for None."""
    writer = PdfWriter()
    for content in pages:
        page = writer.add_blank_page(612, 792)
        if content is None:
            continue
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        stream = DecodedStreamObject()
        stream.set_data(b"BT /F1 12 Tf 72 712 Td (" + content + b") Tj ET")
        page[NameObject("/Contents")] = writer._add_object(stream)
    if encrypt:
        # RC4 needs no extra package; AES would need 'cryptography'
        writer.encrypt(algorithm="RC4-128", **encrypt)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_text_pages_are_joined_with_newline(tmp_path: Path) -> None:
    path = tmp_path / "guide.pdf"
    path.write_bytes(_pdf([b"Hello PDF", b"Second page"]))
    document = import_document(path)
    assert document.text == "Hello PDF\nSecond page"
    assert document.name == "guide"
    assert document.original_type == "pdf"
    assert document.original == path.read_bytes()
    assert document.spans == []


def test_blank_pages_are_reported() -> None:
    document = import_document_bytes(_pdf([b"Text", None]), "mixed.pdf")
    assert document.text == "Text\n"
    assert document.report == ["no text on page 2 (images only?)"]


def test_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf([None, None]))
    with pytest.raises(ImportFailed, match=r"^scan\.pdf: .*no text layer .*run OCR first$"):
        import_document(path)


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.pdf"
    path.write_bytes(_pdf([b"Hidden"], user_password="secret", owner_password="owner"))
    with pytest.raises(ImportFailed, match=r"^secret\.pdf: the PDF is encrypted"):
        import_document(path)


def test_pdf_with_only_an_owner_password_opens() -> None:
    data = _pdf([b"Readable"], user_password="", owner_password="owner")
    assert import_document_bytes(data, "restricted.pdf").text == "Readable"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\nthis is not really a pdf\n%%EOF",
        b"",
        b"plain text pretending to be a PDF",
    ],
)
def test_damaged_pdf_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"^broken\.pdf: "):
        import_document_bytes(data, "broken.pdf")


def test_truncated_pdf_is_refused_or_read() -> None:
    data = _pdf([b"Hello PDF", b"Second page"])
    try:
        document = import_document_bytes(data[: len(data) // 2], "cut.pdf")
    except ImportFailed as exc:
        assert str(exc).startswith("cut.pdf: ")
    else:  # pypdf may rebuild the cross-reference table; then the text must be right
        assert "Hello PDF" in document.text


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("mannheimer-bsr-interview-guide.pdf", "Interview Guide"),
        ("mannheimer-nvivo-codebook.pdf", "comparability"),
    ],
)
def test_real_pdfs(corpus: Path, name: str, phrase: str) -> None:
    document = import_document(corpus / name)
    assert phrase in document.text
    assert len(document.text) > 3000
    assert "\r" not in document.text
