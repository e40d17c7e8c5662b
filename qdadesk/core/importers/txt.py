"""Plain-text import, and the encoding detection the other text formats share.

Encodings, in the order they are tried: a byte-order mark (UTF-8, UTF-16 LE/BE,
UTF-32 LE/BE) wins; otherwise strict UTF-8; otherwise Windows-1252 (what "ANSI" text
from Windows almost always is); otherwise ISO-8859-1, which accepts any byte. Bytes
that look binary (NUL bytes without a UTF-16/32 BOM, or many control characters) are
refused. The only change made to the text is ``\\r\\n`` and lone ``\\r`` becoming ``\\n``:
nothing is stripped or added, so the researcher's text is exactly what the file holds.
"""

from __future__ import annotations

import codecs

from qdadesk.core.importers.common import document_name, failure, note
from qdadesk.core.importers.document import ImportedDocument

# Longest BOMs first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# C0 controls that never occur in real text; tab, LF, VT, FF, CR, SUB (old DOS end-of-file)
# and ESC (ANSI colour codes in logs) are allowed.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27)) + b"\x7f"
_MAX_CONTROL_RATIO = 0.01


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls > len(data) * _MAX_CONTROL_RATIO


def decode_text(data: bytes, filename: str, check_binary: bool = True) -> tuple[str, list[str]]:
    """Decode ``data`` as text; returns the text and report lines about the encoding.

    Raises :class:`ImportFailed` when ``check_binary`` is set and the bytes look binary.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec), []
            except UnicodeDecodeError:
                return body.decode(codec, errors="replace"), [
                    note(
                        "the file is marked as {encoding} but has invalid byte sequences; "
                        "they were replaced by \N{REPLACEMENT CHARACTER}",
                        encoding=label,
                    )
                ]
    if check_binary and _looks_binary(data):
        raise failure(filename, "looks like a binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), [
            note("the text is not UTF-8; it was read as Windows-1252 (Western European)")
        ]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [
            note("the text is neither UTF-8 nor Windows-1252; it was read as ISO-8859-1 (Latin-1)")
        ]


def import_txt(data: bytes, filename: str) -> ImportedDocument:
    """Import a plain-text file (see the module docstring for the encoding rules)."""
    text, report = decode_text(data, filename)
    return ImportedDocument(
        name=document_name(filename),
        text=normalise_newlines(text),
        original=data,
        original_type="txt",
        report=report,
    )
