"""The user guide's pages as text: which pages there are (in the order of the start page's
list), their headings and anchors, the images they show, and a search over all of them.

The guide is Markdown under ``resources/help/`` (shipped as ``qdadesk.resources``), so the
same files read well on GitHub and in the program's help window. Anchors are made from the
headings the way GitHub makes them, so ``queries.md#near--near`` works in both places.
No Qt here: the help window and the tests share these functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qdadesk.paths import resource_path

START_PAGE = "index.md"
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s#]+\.md)(?:#[^)\s]*)?\)")
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)|<img[^>]*\bsrc=\"([^\"]+)\"")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class SearchHit:
    page: str
    title: str
    heading: str
    anchor: str
    snippet: str


def help_dir() -> Path:
    """The folder of the guide's pages."""
    return resource_path("help")


def page_path(page: str) -> Path:
    return help_dir() / page


def plain_heading(text: str) -> str:
    """A heading as a reader sees it: without Markdown marks, links shown as their text."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[`*]", "", text).strip()


def slug(text: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = plain_heading(text).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def unique_slugs(texts: list[str]) -> list[str]:
    """Anchors for headings in page order; a repeated one gets -1, -2 … (as GitHub does)."""
    seen: dict[str, int] = {}
    anchors = []
    for text in texts:
        base = slug(text)
        count = seen.get(base, 0)
        anchors.append(base if count == 0 else f"{base}-{count}")
        seen[base] = count + 1
    return anchors


def _lines_outside_code(markdown: str) -> list[str]:
    lines, fenced = [], False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            lines.append(line)
    return lines


def headings(markdown: str) -> list[Heading]:
    """The page's headings (``#`` lines outside code blocks) with their anchors."""
    found = []
    for line in _lines_outside_code(markdown):
        match = _HEADING.match(line)
        if match:
            found.append((len(match.group(1)), plain_heading(match.group(2))))
    anchors = unique_slugs([text for _level, text in found])
    return [
        Heading(level, text, anchor) for (level, text), anchor in zip(found, anchors, strict=True)
    ]


def read_page(page: str) -> str:
    return page_path(page).read_text(encoding="utf-8")


def page_title(page: str) -> str:
    first = next((h for h in headings(read_page(page)) if h.level == 1), None)
    return first.text if first else page


def pages() -> list[str]:
    """The guide's pages in reading order: the start page, then each page it links to."""
    order = [START_PAGE]
    for _text, target in _LINK.findall(read_page(START_PAGE)):
        if target not in order and page_path(target).is_file():
            order.append(target)
    return order


def links(markdown: str) -> list[str]:
    """Every link target of a page (``page.md#anchor``, ``#anchor``, ``https://…``)."""
    targets = re.findall(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)", "\n".join(_lines_outside_code(markdown)))
    return targets + re.findall(r"<a [^>]*href=\"([^\"]+)\"", markdown)


def images(markdown: str) -> list[str]:
    """Every image a page shows (relative paths as written)."""
    text = "\n".join(_lines_outside_code(markdown))
    return [a or b for a, b in _IMAGE.findall(text)]


def _plain(markdown_line: str) -> str:
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", markdown_line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"<[^>]+>", "", line)
    return re.sub(r"[`*|]", "", line).strip()


def search(query: str, limit: int = 50) -> list[SearchHit]:
    """The sections (page + heading) holding every word of ``query``, ignoring case; best
    first (a word in the heading counts more, then how often the words occur)."""
    words = [w for w in query.lower().split() if w]
    if not words:
        return []
    scored: list[tuple[int, int, SearchHit]] = []
    for order, page in enumerate(pages()):
        markdown = read_page(page)
        title = page_title(page)
        anchors = iter(headings(markdown))
        sections: list[tuple[Heading | None, list[str]]] = [(None, [])]
        for line in _all(markdown):
            if _HEADING.match(line):
                sections.append((next(anchors, None), []))
            else:
                sections[-1][1].append(_plain(line))
        for heading, body in sections:
            text = " ".join(b for b in body if b)
            name = heading.text if heading else title
            haystack = (name + " " + text).lower()
            if not all(w in haystack for w in words):
                continue
            score = sum(10 for w in words if w in name.lower()) + sum(
                haystack.count(w) for w in words
            )
            scored.append(
                (
                    -score,
                    order,
                    SearchHit(
                        page, title, name, heading.anchor if heading else "", _snippet(text, words)
                    ),
                )
            )
    scored.sort(key=lambda item: (item[0], item[1]))
    return [hit for _score, _order, hit in scored[:limit]]


def _all(markdown: str) -> list[str]:
    """Lines with fenced code kept (searchable) but fences and headings inside them hidden."""
    lines, fenced = [], False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        lines.append("    " + line if fenced else line)
    return lines


def _snippet(text: str, words: list[str], width: int = 90) -> str:
    lower = text.lower()
    at = min((lower.find(w) for w in words if lower.find(w) >= 0), default=0)
    start = max(0, at - width // 3)
    piece = text[start : start + width].strip()
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(text) else "")
