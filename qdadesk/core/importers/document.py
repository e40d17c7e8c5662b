"""What every importer returns: the plain text, its formatting and the original file."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FormatSpan:
    """Formatting over ``text[start:end]`` (code points, end exclusive).

    ``kind`` is one of: ``bold``, ``italic``, ``underline``, ``heading`` (``level`` 1-9),
    ``table`` (a whole table), ``table_row``, ``table_cell``, ``list_item``, ``footnote``,
    ``comment``, ``text_box``.
    """

    start: int
    end: int
    kind: str
    level: int = 0


@dataclass
class ImportedPage:
    """A page of a PDF (or a picture, as its one page): its size in REFI-QDA units (points;
    pixels for a picture) and the run of ``text`` taken from it."""

    width: float
    height: float
    text_start: int = 0
    text_end: int = 0


@dataclass
class ImportedDocument:
    """A document read from a file, ready to be stored in a project.

    ``text`` uses ``\\n`` line ends only (one line per paragraph); offsets in ``spans`` are
    code points into it. ``report`` names what the importer could not keep as text or chose
    to leave out (text boxes, comments, images ...), one line each, so nothing goes silently.
    """

    name: str
    text: str
    spans: list[FormatSpan] = field(default_factory=list)
    original: bytes = b""
    original_type: str = ""  # lower-case extension without dot: "docx", "txt", ...
    report: list[str] = field(default_factory=list)
    # "text", or "pdf" / "picture" for documents shown as pages, whose ``pages`` are kept
    # and whose ``original`` is what the Document Browser shows.
    kind: str = "text"
    pages: list[ImportedPage] = field(default_factory=list)
