"""Encrypted members and members packed with a method zipfile cannot read give a clear
error (not an internal one) and leave no project behind; found in a bug hunt."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from qdadesk.core.errors import QdaError
from qdadesk.core.exchange.import_project import import_qdpx

QDE = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>'
    b'<TextSource guid="22222222-2222-2222-2222-222222222222" name="d" '
    b'plainTextPath="internal://a.txt"/></Sources></Project>'
)


def patched(path: Path, member: bytes, field: str, value: int) -> Path:
    """The zip at ``path`` with ``member``'s headers changed: ``flags`` or'ed with
    ``value`` (bit 0: encrypted), or the compression ``method`` set to ``value``."""
    data = bytearray(path.read_bytes())
    for signature, name_at, flags_at in ((b"PK\x03\x04", 30, 6), (b"PK\x01\x02", 46, 8)):
        at = data.find(signature)
        while at != -1:
            if data[at + name_at : at + name_at + len(member)] == member:
                if field == "flags":
                    old = struct.unpack_from("<H", data, at + flags_at)[0]
                    struct.pack_into("<H", data, at + flags_at, old | value)
                else:
                    struct.pack_into("<H", data, at + flags_at + 2, value)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("member", "field", "value", "words"),
    [
        (b"sources/a.txt", "flags", 1, "is encrypted"),
        (b"project.qde", "flags", 1, "is encrypted"),
        (b"sources/a.txt", "method", 99, "compression method that cannot be read"),
    ],
)
def test_unreadable_members_are_refused_clearly(
    tmp_path: Path, member: bytes, field: str, value: int, words: str
) -> None:
    source = tmp_path / "x.qdpx"
    with zipfile.ZipFile(source, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", QDE)
        archive.writestr("sources/a.txt", "abc def")
    patched(source, member, field, value)
    target = tmp_path / "p.qdadesk"
    with pytest.raises(QdaError, match=words) as error:
        import_qdpx(source, target)
    assert "\n" not in str(error.value)
    assert not target.exists()
