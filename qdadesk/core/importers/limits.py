"""Guards every importer applies before parsing: file size and zip-archive sanity.

A researcher may pick any file; a huge file or a zip bomb must end in a clear
:class:`ImportFailed` quickly instead of exhausting memory in a parser.
"""

from __future__ import annotations

import io
import zipfile

from qdadesk.core.i18n import tr
from qdadesk.core.importers.common import failure

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Largest file accepted for import (bytes on disk)."""

MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024
"""Largest total declared size of all members of a zip-based document (DOCX, ODT)."""

MAX_COMPRESSION_RATIO = 100
"""Largest uncompressed/compressed ratio of one zip member; real DOCX XML stays below ~40."""

MIN_BYTES_FOR_RATIO_CHECK = 1024 * 1024
"""Members smaller than this are not ratio-checked: tiny XML parts compress extremely well."""

MAX_XML_BYTES = 64 * 1024 * 1024
"""Most XML (all ``.xml`` and ``.rels`` parts together) a DOCX or ODT may unpack to. Parsing
takes about 15 bytes of memory per byte of XML, so this bounds an import near 1 GB; the XML
of a 1,000-page Word document is about 10 MB."""

MAX_ZIP_MEMBERS = 10_000
"""Most members a document archive may have."""


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_file_size(size: int, filename: str) -> None:
    """Refuse a file larger than :data:`MAX_FILE_BYTES`."""
    if size > MAX_FILE_BYTES:
        raise failure(
            filename,
            "the file is too large to import ({size}; the limit is {limit})",
            size=_megabytes(size),
            limit=_megabytes(MAX_FILE_BYTES),
        )


def open_checked_zip(data: bytes, filename: str, what: str, ext: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip archive after checking it is not a zip bomb.

    ``what`` names the format for the message ("a Word document"), ``ext`` the archive
    type ("DOCX"). The declared sizes are trusted here because :mod:`zipfile` refuses
    to return more bytes than a member declares (it fails its CRC check instead).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise failure(
            filename, "not {what} (the file is not a valid {ext} archive)", what=tr(what), ext=ext
        ) from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise failure(
            filename, "the {ext} archive has too many parts ({n})", ext=ext, n=len(members)
        )
    total = 0
    xml_total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise failure(filename, "the {ext} archive is password-protected", ext=ext)
        total += info.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise failure(
                filename,
                "the {ext} archive unpacks to more than {limit}; refused as a possible zip bomb",
                ext=ext,
                limit=_megabytes(MAX_UNCOMPRESSED_BYTES),
            )
        if info.filename.lower().endswith((".xml", ".rels")):
            xml_total += info.file_size
            if xml_total > MAX_XML_BYTES:
                raise failure(
                    filename,
                    "the {ext} document's XML unpacks to more than {limit}, more than QDA Desk "
                    "reads (a document this large would take gigabytes of memory); split it "
                    "into smaller documents",
                    ext=ext,
                    limit=_megabytes(MAX_XML_BYTES),
                )
        if info.file_size >= MIN_BYTES_FOR_RATIO_CHECK:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_COMPRESSION_RATIO:
                raise failure(
                    filename,
                    "the {ext} archive part {part} is compressed {ratio}:1; "
                    "refused as a possible zip bomb",
                    ext=ext,
                    part=repr(info.filename),
                    ratio=f"{ratio:.0f}",
                )
    return archive
