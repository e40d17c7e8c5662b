"""Plain records the core hands out: read-only snapshots of project rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

VARIABLE_TYPES = ("text", "integer", "float", "date", "boolean")
MEMO_KINDS = ("free", "project", "document", "group", "code", "coding", "position")
CODE_PATH_SEPARATOR = "\\"


@dataclass(frozen=True)
class User:
    id: int
    guid: str
    name: str


@dataclass(frozen=True)
class DocumentGroup:
    id: int
    guid: str
    name: str
    parent_id: int | None
    position: int
    color: str | None


@dataclass(frozen=True)
class Document:
    """A document's catalogue entry; its text is read separately (``Project.text``)."""

    id: int
    guid: str
    name: str
    group_id: int | None
    position: int
    kind: str
    length: int
    color: str | None
    created: str
    modified: str


@dataclass(frozen=True)
class Code:
    id: int
    guid: str
    parent_id: int | None
    name: str
    color: str
    position: int
    description: str
    codable: bool
    shortcut: int | None
    created: str
    modified: str


@dataclass(frozen=True)
class Coding:
    """A coded segment: ``text[start:end]`` of a document (code points) carries a code.

    A region coding (``is_region``) is a box on a page of a PDF (``page`` 1-based) or on a
    picture (``page`` None), in REFI-QDA's coordinates: points for PDFs, pixels for
    pictures, from the top-left corner. Its ``start``/``end`` are the run of the text
    representation that lies in the box (equal when there is none).
    """

    id: int
    guid: str
    document_id: int
    code_id: int
    start: int
    end: int
    weight: int
    comment: str
    coder: str | None
    created: str
    modified: str
    page: int | None = None
    x1: float | None = None
    y1: float | None = None
    x2: float | None = None
    y2: float | None = None

    @property
    def is_region(self) -> bool:
        return self.x1 is not None

    @property
    def box(self) -> tuple[float, float, float, float] | None:
        """``(x1, y1, x2, y2)`` for a region, None for a text segment."""
        if self.x1 is None or self.y1 is None or self.x2 is None or self.y2 is None:
            return None
        return (self.x1, self.y1, self.x2, self.y2)


@dataclass(frozen=True)
class Page:
    """One page of a PDF document, or a picture (page 1): its size in REFI-QDA units
    (points; pixels for a picture, after EXIF orientation) and the run
    ``text[text_start:text_end]`` of the text representation taken from it."""

    document_id: int
    page: int
    width: float
    height: float
    text_start: int = 0
    text_end: int = 0


@dataclass(frozen=True)
class Variable:
    id: int
    guid: str
    name: str
    scope: str
    type: str
    description: str
    position: int


@dataclass(frozen=True)
class Memo:
    id: int
    guid: str
    title: str
    body: str
    plain: str
    kind: str
    document_id: int | None
    group_id: int | None
    code_id: int | None
    coding_id: int | None
    start: int | None
    end: int | None
    author: str | None
    created: str
    modified: str


@dataclass(frozen=True)
class LogEntry:
    id: int
    guid: str
    date: str
    text: str
    author: str | None
    created: str


@dataclass(frozen=True)
class Case:
    id: int
    guid: str
    name: str
    description: str
    position: int


@dataclass(frozen=True)
class DocumentSet:
    """A named collection of documents across groups (MAXQDA's document sets)."""

    id: int
    guid: str
    name: str
    description: str
    position: int


@dataclass(frozen=True)
class Summary:
    id: int
    guid: str
    code_id: int
    document_id: int | None
    case_id: int | None
    text: str
    rating: str | None
    author: str | None
    modified: str


@dataclass(frozen=True)
class SavedItem:
    id: int
    guid: str
    kind: str
    name: str
    definition: Any


@dataclass(frozen=True)
class Paraphrase:
    """A researcher's short paraphrase of ``text[start:end]`` of a document (code points)."""

    id: int
    guid: str
    document_id: int
    start: int
    end: int
    text: str
    author: str | None
    created: str
    modified: str
