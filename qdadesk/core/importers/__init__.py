"""Document importers: turn a file into plain text, formatting spans and the original bytes.

``import_document(path)`` picks the importer by file extension. Every failure caused by
the file (missing, too large, damaged, encrypted, wrong format) is an
:class:`~qdadesk.core.errors.ImportFailed` with a one-line message naming the file; no
other exception escapes for bad input. Importer modules load their heavy libraries
(python-docx, odfpy, pypdfium2, striprtf) only when called, so importing this package is cheap.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from qdadesk.core.errors import ImportFailed
from qdadesk.core.i18n import tr
from qdadesk.core.importers import limits
from qdadesk.core.importers.common import failure
from qdadesk.core.importers.document import FormatSpan, ImportedDocument
from qdadesk.core.importers.limits import check_file_size

Importer = Callable[[bytes, str], ImportedDocument]


# One function per format that imports its module when called: the heavy libraries load
# only for a file of that format (and the freezer sees every import).
def _txt(data: bytes, filename: str) -> ImportedDocument:
    from qdadesk.core.importers.txt import import_txt

    return import_txt(data, filename)


def _docx(data: bytes, filename: str) -> ImportedDocument:
    from qdadesk.core.importers.docx import import_docx

    return import_docx(data, filename)


def _odt(data: bytes, filename: str) -> ImportedDocument:
    from qdadesk.core.importers.odt import import_odt

    return import_odt(data, filename)


def _rtf(data: bytes, filename: str) -> ImportedDocument:
    from qdadesk.core.importers.rtf import import_rtf

    return import_rtf(data, filename)


def _html(data: bytes, filename: str) -> ImportedDocument:
    from qdadesk.core.importers.html import import_html

    return import_html(data, filename)


def _markdown(data: bytes, filename: str) -> ImportedDocument:
    from qdadesk.core.importers.markdown import import_markdown

    return import_markdown(data, filename)


def _pdf(data: bytes, filename: str) -> ImportedDocument:
    from qdadesk.core.importers.pdf import import_pdf

    return import_pdf(data, filename)


def _picture(data: bytes, filename: str) -> ImportedDocument:
    from qdadesk.core.importers.picture import import_picture

    return import_picture(data, filename)


# extension -> (importer, what the format is called in messages)
_IMPORTERS: dict[str, tuple[Importer, str]] = {
    "txt": (_txt, "a text file"),
    "docx": (_docx, "a Word document"),
    "odt": (_odt, "an OpenDocument text"),
    "rtf": (_rtf, "an RTF document"),
    "html": (_html, "an HTML page"),
    "htm": (_html, "an HTML page"),
    "md": (_markdown, "a Markdown file"),
    "markdown": (_markdown, "a Markdown file"),
    "pdf": (_pdf, "a PDF"),
    # Pictures, coded by region (the formats the window's Qt reads).
    "png": (_picture, "a picture"),
    "jpg": (_picture, "a picture"),
    "jpeg": (_picture, "a picture"),
    "gif": (_picture, "a picture"),
    "tif": (_picture, "a picture"),
    "tiff": (_picture, "a picture"),
    "webp": (_picture, "a picture"),
    "bmp": (_picture, "a picture"),
    "svg": (_picture, "a picture"),
}

SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(f".{ext}" for ext in _IMPORTERS)
"""File extensions :func:`import_document` accepts (lower case, with the dot)."""

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "FormatSpan",
    "ImportedDocument",
    "import_document",
    "import_document_bytes",
]


def _extension(filename: str) -> str:
    return Path(filename).suffix.lower().lstrip(".")


def import_document(path: str | os.PathLike[str]) -> ImportedDocument:
    """Read the file at ``path`` and import it by its extension."""
    filename = _displayable(Path(path).name)
    if _extension(filename) not in _IMPORTERS:
        raise _unsupported(filename)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise failure(filename, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise failure(filename, "not a regular file")
        check_file_size(info.st_size, filename)
        with open(path, "rb") as handle:
            # Read what the file holds (asking for the limit would allocate it at once);
            # if it grew meanwhile, read on up to the limit.
            limit = limits.MAX_FILE_BYTES + 1
            data = handle.read(min(info.st_size + 1, limit))
            if len(data) > info.st_size:
                data += handle.read(limit - len(data))
    except ImportFailed:
        raise
    except FileNotFoundError as exc:
        raise failure(filename, "file not found") from exc
    except PermissionError as exc:
        raise failure(filename, "permission denied") from exc
    except OSError as exc:
        raise failure(filename, "cannot be read ({reason})", reason=exc.strerror or exc) from exc
    except ValueError as exc:  # e.g. a NUL character in the path
        raise failure(filename, "cannot be read (invalid file name)") from exc
    return import_document_bytes(data, filename)


def import_document_bytes(data: bytes, filename: str) -> ImportedDocument:
    """Import a file's content ``data``; ``filename`` chooses the format and names it.

    For files that do not come from disk, e.g. the sources inside a REFI-QDA project.
    """
    filename = Path(filename).name
    ext = _extension(filename)
    if ext not in _IMPORTERS:
        raise _unsupported(filename)
    check_file_size(len(data), filename)
    importer, what = _IMPORTERS[ext]
    try:
        document = importer(data, filename)
    except ImportFailed:
        raise
    except Exception as exc:  # a parser choking on bad input must not escape as a crash
        raise failure(
            filename,
            "could not be read as {what} (the file seems damaged: {error})",
            what=tr(what),
            error=type(exc).__name__,
        ) from exc
    document.original_type = ext
    return document


def _displayable(filename: str) -> str:
    """The file name as text that can be stored and printed.

    On Linux a name that is not valid UTF-8 reaches Python with lone surrogates
    (``surrogateescape``), which SQLite and UTF-8 output refuse; such bytes show as U+FFFD.
    """
    return filename.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _unsupported(filename: str) -> ImportFailed:
    known = ", ".join(SUPPORTED_EXTENSIONS)
    return failure(filename, "this file type cannot be imported (supported: {known})", known=known)
