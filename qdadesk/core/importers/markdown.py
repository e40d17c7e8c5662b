"""Markdown import: the source text as it is, with heading spans.

Markdown is plain text meant to be read as written, so the text is kept exactly as in a
.txt import (same encodings, only line ends normalised). ATX headings (``# Title``) and
setext headings (a line underlined with ``===`` or ``---``) get a ``heading`` span over the
whole heading line; lines inside fenced code blocks are never headings.
"""

from __future__ import annotations

import re

from qdadesk.core.importers.document import FormatSpan, ImportedDocument
from qdadesk.core.importers.txt import import_txt

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_BLOCK_START = re.compile(r" {0,3}(?:[>*+-]|\d{1,9}[.)])(?:[ \t]|$)")


def heading_spans(text: str) -> list[FormatSpan]:
    """Heading spans of the Markdown ``text`` (whole lines, code points)."""
    spans: list[FormatSpan] = []
    fence: str | None = None
    start = 0
    previous: tuple[int, int] | None = None  # paragraph a setext line may underline
    for line in text.split("\n"):
        end = start + len(line)
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip(fence[0]).strip():
                fence = None
            previous = None
        elif match := _FENCE.match(line):
            marker = match.group(1)
            if not (marker[0] == "`" and "`" in line[match.end() :]):
                fence = marker
            previous = None
        elif match := _ATX.match(line):
            spans.append(FormatSpan(start, end, "heading", len(match.group(1))))
            previous = None
        elif (match := _SETEXT.match(line)) and previous is not None:
            level = 1 if match.group(1)[0] == "=" else 2
            spans.append(FormatSpan(previous[0], previous[1], "heading", level))
            previous = None
        elif line.strip() and not line.startswith(("    ", "\t")) and not _BLOCK_START.match(line):
            previous = (previous[0] if previous else start, end)  # paragraph so far
        else:
            previous = None
        start = end + 1
    return spans


def import_markdown(data: bytes, filename: str) -> ImportedDocument:
    """Import a .md/.markdown file: its source text with heading spans."""
    document = import_txt(data, filename)
    document.spans = heading_spans(document.text)
    document.original_type = "md"
    return document
