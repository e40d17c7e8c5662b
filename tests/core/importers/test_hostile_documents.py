"""Hostile documents: a DOCX or ODT whose XML unpacks to more than QDA Desk reads is refused
from the zip directory, before any XML is parsed, in bounded memory."""

from __future__ import annotations

import os
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import import_document, limits

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SENTENCE = "The interviewer asked about the school board meeting and the answer went on. " * 3


def _paragraphs(size: int, open_tag: str, close_tag: str) -> bytes:
    """About ``size`` bytes of paragraphs that compress about 40:1, like real text does
    (under the ratio guard: only the total size can catch them)."""
    noise = os.urandom(size // 250 * 4).hex()
    parts, total, index = [], 0, 0
    while total < size:
        part = f"{open_tag}{_SENTENCE}{noise[index : index + 8]}{close_tag}"
        index += 8
        parts.append(part)
        total += len(part)
    return "".join(parts).encode()


def _big_docx(path: Path, xml_bytes: int) -> Path:
    skeleton = path.with_suffix(".skeleton.docx")
    document = docx.Document()
    document.add_paragraph("small")
    document.save(skeleton)
    body = _paragraphs(xml_bytes, "<w:p><w:r><w:t>", "</w:t></w:r></w:p>")
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'.encode()
        + body
        + b"</w:body></w:document>"
    )
    with zipfile.ZipFile(skeleton) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = xml if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    skeleton.unlink()
    return path


def _big_odt(path: Path, xml_bytes: int, corpus: Path) -> Path:
    body = _paragraphs(xml_bytes, "<text:p>", "</text:p>")
    xml = (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        b"<office:body><office:text>" + body + b"</office:text></office:body>"
        b"</office:document-content>"
    )
    with (
        zipfile.ZipFile(corpus / "qualcoder-example-ID2.odt") as source,
        zipfile.ZipFile(path, "w") as target,
    ):
        for item in source.infolist():
            data = xml if item.filename == "content.xml" else source.read(item)
            kind = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(item.filename, data, compress_type=kind)
    return path


def _refused_within(path: Path, bytes_: int) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailed) as raised:
            import_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The whole file is read (it is small); nothing is unpacked or parsed.
    assert peak < bytes_, f"peak {peak / 2**20:.1f} MiB"
    return str(raised.value)


def test_docx_whose_xml_is_too_large_is_refused_before_parsing(tmp_path: Path) -> None:
    path = _big_docx(tmp_path / "huge.docx", limits.MAX_XML_BYTES + 2 * 2**20)
    size = path.stat().st_size
    assert size < limits.MAX_XML_BYTES / limits.MAX_COMPRESSION_RATIO * 4  # ratio ~40:1
    message = _refused_within(path, 3 * size + 8 * 2**20)
    assert message.startswith("huge.docx: ")
    assert "XML unpacks to more than 64 MB" in message


def test_odt_whose_xml_is_too_large_is_refused_before_parsing(tmp_path: Path, corpus: Path) -> None:
    path = _big_odt(tmp_path / "huge.odt", limits.MAX_XML_BYTES + 2 * 2**20, corpus)
    message = _refused_within(path, 3 * path.stat().st_size + 8 * 2**20)
    assert message.startswith("huge.odt: ") and "XML unpacks to more than" in message


def test_xml_just_under_the_limit_still_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_XML_BYTES", 4 * 2**20)
    path = _big_docx(tmp_path / "fits.docx", 3 * 2**20)
    document = import_document(path)
    assert document.text.count("\n") > 10_000
    path = _big_docx(tmp_path / "too-big.docx", 5 * 2**20)
    with pytest.raises(ImportFailed, match="more than 4 MB"):
        import_document(path)
