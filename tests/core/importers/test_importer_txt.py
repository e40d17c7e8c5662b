"""Plain-text import: encodings, line ends, binary refusal, real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import import_document, import_document_bytes

CP1252_SAMPLE = "café – “quoted” … €5"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8-sig", b""), ("utf-16", b""), ("utf-16-le", b"\xff\xfe")],
)
def test_unicode_encodings_round_trip(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "Ünïcödé ✓ 日本語 😀 Ελληνικά\nsecond line"
    path = tmp_path / "note.txt"
    path.write_bytes(prefix + text.encode(encoding))
    document = import_document(path)
    assert document.text == text
    assert document.name == "note"
    assert document.original_type == "txt"
    assert document.original == path.read_bytes()
    assert document.report == []


def test_utf16_big_endian_with_bom() -> None:
    data = b"\xfe\xff" + "grüß 😀".encode("utf-16-be")
    assert import_document_bytes(data, "a.txt").text == "grüß 😀"


def test_emoji_is_one_code_point() -> None:
    document = import_document_bytes("a😀b".encode(), "e.txt")
    assert len(document.text) == 3
    assert document.text[1] == "😀"


def test_cp1252_is_detected_and_reported() -> None:
    data = CP1252_SAMPLE.encode("cp1252")
    document = import_document_bytes(data, "legacy.txt")
    assert document.text == CP1252_SAMPLE
    assert any("Windows-1252" in line for line in document.report)


def test_latin1_fallback_for_bytes_cp1252_does_not_define() -> None:
    data = b"caf\xe9 \x81"  # 0x81 is undefined in cp1252
    document = import_document_bytes(data, "legacy.txt")
    assert document.text == "café \x81"
    assert any("ISO-8859-1" in line for line in document.report)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_ends_are_normalised(newline: str) -> None:
    raw = newline.join(["one", "", "  two  ", "three", ""])
    document = import_document_bytes(raw.encode(), "lines.txt")
    assert document.text == "one\n\n  two  \nthree\n"  # nothing stripped


def test_mixed_line_ends() -> None:
    document = import_document_bytes(b"a\r\nb\rc\nd\r\r\ne", "mixed.txt")
    assert document.text == "a\nb\nc\nd\n\ne"


def test_whitespace_only_and_empty_files_are_kept() -> None:
    assert import_document_bytes(b"", "empty.txt").text == ""
    assert import_document_bytes(b"  \t \n", "blank.txt").text == "  \t \n"


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03binary\x00",
        bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
        "no bom".encode("utf-16-le"),
    ],
)
def test_binary_bytes_are_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    with pytest.raises(ImportFailed, match=r"^data\.txt: looks like a binary file, not text$"):
        import_document(path)


def test_bad_bytes_after_a_utf8_bom_are_replaced_and_reported() -> None:
    document = import_document_bytes(b"\xef\xbb\xbfok \xff end", "x.txt")
    assert document.text == "ok \ufffd end"
    assert document.report


# --- real files --------------------------------------------------------------------------


def test_wpa_narratives_utf8_bom_crlf(corpus: Path) -> None:
    path = corpus / "wpa-slave-narratives-vol03-florida.txt"
    document = import_document(path)
    assert "\r" not in document.text
    assert "\ufeff" not in document.text
    assert document.text.startswith("The Project Gutenberg eBook of Slave Narratives")
    raw = path.read_bytes()
    assert document.original == raw
    assert len(document.text) == len(raw.decode("utf-8-sig").replace("\r\n", "\n"))
    assert "FLORIDA NARRATIVES" in document.text.upper()


def test_nvivo_plain_text_has_emoji(corpus: Path) -> None:
    document = import_document(corpus / "nvivo-oltas-youtube-comments-hu.plain.txt")
    assert document.text.startswith("video_id\nvideo_title\n")
    assert sum(1 for ch in document.text if ord(ch) > 0xFFFF) > 800


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("qc-demo-admin-interview-1.txt", "Automation:"),
        ("qc-demo-school-board-meeting-2017.txt", "Speaker 1:"),
        ("qualcoder-example-focus-transcript.txt", "[id1] hello"),
    ],
)
def test_ascii_transcripts(corpus: Path, name: str, start: str) -> None:
    path = corpus / name
    document = import_document(path)
    assert document.text.startswith(start)
    assert document.text == path.read_bytes().decode("ascii").replace("\r\n", "\n")


# --- property: UTF-8 and UTF-16 import is exact -------------------------------------------

_TEXT_CHARS = st.characters(
    blacklist_categories=("Cc", "Cs"),  # control characters would (rightly) look binary
    blacklist_characters="\ufeff",  # a leading U+FEFF is indistinguishable from a BOM
)
_PIECES = st.one_of(
    st.text(_TEXT_CHARS, max_size=20),
    st.sampled_from(["\r\n", "\r", "\n", "\t", "\r\r\n", "😀", "𝄞", "👩‍👩‍👧"]),
)
RANDOM_TEXT = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(RANDOM_TEXT)
def test_property_utf8_and_utf16_round_trip(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    for data in (text.encode("utf-8"), text.encode("utf-8-sig"), text.encode("utf-16")):
        assert import_document_bytes(data, "random.txt").text == expected
