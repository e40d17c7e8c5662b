"""Guards every importer applies before parsing: file size, zip-archive and PDF sanity.

A researcher may pick any file; a huge file or a zip bomb must end in a clear
:class:`ImportFailed` quickly instead of exhausting memory in a parser.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

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


# -- PDF ------------------------------------------------------------------------------------
# PDFium inflates a page's streams whole when it reads the page: a small file whose streams
# unpack to gigabytes (a PDF bomb) would take that much memory. check_pdf inflates every
# Flate stream once beforehand, a chunk at a time, counting and discarding what comes out.

MAX_PDF_PAGES = 10_000
"""Most pages a PDF may have."""

MIN_PDF_PAGE_SIDE = 1.0
MAX_PDF_PAGE_SIDE = 200_000.0
"""A PDF page's sides in points (a poster of 70 m fits; PDF itself allows 14,400 points
times a ``/UserUnit`` of up to 75,000)."""

MAX_PDF_STREAM_BYTES = 128 * 1024 * 1024
"""Largest unpacked size of one PDF stream other than an image (page content, fonts, object
streams): a page whose content alone unpacks to this much is not a document page."""

MAX_PDF_IMAGE_BYTES = 512 * 1024 * 1024
"""Largest unpacked size of one image in a PDF (a 600 dpi A4 colour scan is about 100 MB)."""

MAX_PDF_UNPACKED_BYTES = 8 * 1024 * 1024 * 1024
"""Largest unpacked size of all of a PDF's streams together. PDFium reads a page at a time,
so this bounds the time spent checking more than memory: 300 colour pages scanned at 300 dpi
and compressed losslessly unpack to about 8 GB (checked in about 20 s)."""

_PDF_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_PDF_DICTIONARY_LOOKBACK = 4096
_PDF_FLATE = re.compile(rb"/Fl(?:ateDecode)?(?![A-Za-z0-9])")
_PDF_ASCII_FILTER = re.compile(rb"/(?:A85|ASCII85Decode|AHx|ASCIIHexDecode)(?![A-Za-z0-9])")
_PDF_IMAGE = re.compile(rb"/Subtype\s*/Image(?![A-Za-z0-9])")
_INFLATE_CHUNK = 1024 * 1024


def _inflated_size(data: bytes, start: int, limit: int) -> int:
    """How many bytes the zlib stream at ``data[start:]`` unpacks to, counted up to just
    past ``limit``; what cannot be inflated counts as what came out before the error."""
    inflater = zlib.decompressobj()
    produced = 0
    position = start
    pending = b""
    try:
        while produced <= limit:
            if not pending:
                if position >= len(data):
                    break
                pending = data[position : position + _INFLATE_CHUNK]
                position += len(pending)
            produced += len(inflater.decompress(pending, _INFLATE_CHUNK))
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        pass
    return produced


def check_pdf(data: bytes, filename: str) -> None:
    """Refuse a PDF whose Flate streams unpack to more than the limits above.

    Streams are found by their ``stream`` keyword after a dictionary; a stream encoded
    ASCII85 or ASCIIHex before Flate is not measured (such files are rare and their
    text filter limits how much a bomb can hide), nor are encrypted streams."""
    total = 0
    for match in _PDF_STREAM.finditer(data):
        head = data[max(0, match.start() - _PDF_DICTIONARY_LOOKBACK) : match.start()]
        head = head[head.rfind(b"obj") + 1 :]  # this object's dictionary only
        if not head.rstrip().endswith(b">>") or not _PDF_FLATE.search(head):
            continue
        if _PDF_ASCII_FILTER.search(head):
            continue
        image = bool(_PDF_IMAGE.search(head))
        limit = MAX_PDF_IMAGE_BYTES if image else MAX_PDF_STREAM_BYTES
        size = _inflated_size(data, match.end(), min(limit, MAX_PDF_UNPACKED_BYTES - total))
        total += size
        if size > limit or total > MAX_PDF_UNPACKED_BYTES:
            raise failure(
                filename,
                "the PDF's compressed streams unpack to more than {limit}; refused as a "
                "possible PDF bomb",
                limit=_megabytes(limit if size > limit else MAX_PDF_UNPACKED_BYTES),
            )


def check_pdf_page_count(count: int, filename: str) -> None:
    """Refuse a PDF with more than :data:`MAX_PDF_PAGES` pages."""
    if count > MAX_PDF_PAGES:
        raise failure(
            filename,
            "the PDF has {count} pages; QDA Desk reads PDFs of up to {limit} pages: split it",
            count=count,
            limit=MAX_PDF_PAGES,
        )
