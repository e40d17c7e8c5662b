"""Autocoding: code search hits (widened to words, a sentence or a paragraph) or speaker
turns with a code, as one undoable operation with a report."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qdadesk.core.analysis.text_units import TextUnits
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.analysis.queries import Coverage
    from qdadesk.core.changes import Operation
    from qdadesk.core.project import Project

Span = tuple[int, int, int]  # (document id, start, end)


@dataclass(frozen=True)
class AutocodeReport:
    """What an autocoding did: hits given, segments coded (after merging overlaps), and how
    many new segments the code has (fewer when some joined segments it already had)."""

    code_id: int
    hits: int
    segments: int
    new_segments: int


def parse_extend(extend: str) -> tuple[str, int]:
    """``hit``, ``words:N``, ``sentence`` or ``paragraph`` as (kind, N)."""
    extend = extend.strip().lower()
    if extend in ("hit", "sentence", "paragraph"):
        return extend, 0
    match = re.fullmatch(r"words?[:=]?\s*(\d+)", extend)
    if match:
        return "words", int(match.group(1))
    raise QdaError(
        tr("'{extend}': extend to hit, words:N, sentence or paragraph").format(extend=extend)
    )


def extend_spans(project: Project, spans: Iterable[Span], extend: str = "hit") -> list[Span]:
    """Widen each hit as ``extend`` says, then merge those that overlap (adjacent ones stay
    apart, as coded segments do). Sorted by document and position."""
    kind, count = parse_extend(extend)
    units: dict[int, TextUnits] = {}
    widened: list[Span] = []
    for document_id, start, end in spans:
        if kind != "hit":
            if document_id not in units:
                units[document_id] = TextUnits(project.text(document_id))
            unit = units[document_id]
            if kind == "words":
                start, end = unit.around_words(start, end, count)
            elif kind == "sentence":
                start, end = unit.sentence(start, end)
            else:
                start, end = unit.paragraph(start, end)
        if end > start:
            widened.append((document_id, start, end))
    return merge_spans(widened)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Join spans of the same document that share characters."""
    result: list[list[int]] = []
    for document_id, start, end in sorted(spans):
        if result and result[-1][0] == document_id and start < result[-1][2]:
            result[-1][2] = max(result[-1][2], end)
        else:
            result.append([document_id, start, end])
    return [(d, s, e) for d, s, e in result]


def code_spans(
    project: Project,
    spans: Sequence[Span],
    code: str | int,
    description: str | None = None,
    hits: int | None = None,
) -> Operation:
    """Code each span with ``code`` (an id, or a ``Parent\\Child`` path created if missing)
    in one undoable operation; overlapping spans are merged first. Result: ``AutocodeReport``."""
    merged = merge_spans(spans)
    lengths: dict[int, int] = {}
    for document_id, start, end in merged:
        if document_id not in lengths:
            lengths[document_id] = project.document(document_id).length
        if not 0 <= start < end <= lengths[document_id]:
            raise QdaError(tr("A stretch to code does not fit its document"))
    code_id = _existing_code(project, code)
    if code_id is not None and not project.code(code_id).codable:
        raise QdaError(
            tr("Code '{name}' is not for coding").format(name=project.code(code_id).name)
        )
    label = project.code_path(code_id) if code_id is not None else str(code)
    with project.transaction(description or tr("Autocode with '{name}'").format(name=label)) as w:
        if code_id is None:
            project.add_code_path(str(code))  # joins this operation
            code_id = project.find_code(str(code)).id
        before = _count(project, code_id)
        existing = _coverage_by_document(project, code_id)
        for document_id, start, end in merged:
            # The spans are disjoint already; only one that overlaps a segment the code had
            # needs the core's (slower) joining.
            coverage = existing.get(document_id)
            join = coverage is not None and coverage.overlaps(start, end)
            project.insert_coding(document_id, code_id, start, end, 0, "", None, join_overlaps=join)
        w.result = AutocodeReport(
            code_id,
            len(spans) if hits is None else hits,
            len(merged),
            _count(project, code_id) - before,
        )
    return w.operation


def _existing_code(project: Project, code: str | int) -> int | None:
    if isinstance(code, int):
        return project.code(code).id
    if not str(code).strip():
        raise QdaError(tr("Name a code to code with"))
    try:
        return project.find_code(str(code)).id
    except NotFoundError:
        return None


def _coverage_by_document(project: Project, code_id: int) -> dict[int, Coverage]:
    from qdadesk.core.analysis.queries import Coverage

    spans: dict[int, list[tuple[int, int]]] = {}
    for document_id, start, end in project.db.execute(
        'SELECT document_id, start, "end" FROM codings WHERE code_id = ?', [code_id]
    ):
        spans.setdefault(document_id, []).append((start, end))
    return {document_id: Coverage(found) for document_id, found in spans.items()}


def _count(project: Project, code_id: int) -> int:
    row = project.db.execute("SELECT COUNT(*) FROM codings WHERE code_id = ?", [code_id])
    return int(row.fetchone()[0])


def autocode_hits(
    project: Project, hits: pd.DataFrame, code: str | int, extend: str = "hit"
) -> Operation:
    """Code lexical search hits (rows of ``search``; memo hits are skipped) with ``code``,
    each widened as ``extend`` says; one undoable operation, result ``AutocodeReport``."""
    if "kind" in hits.columns:
        hits = hits[hits["kind"] == "document"]
    raw = [
        (int(r.document_id), int(r.start), int(r.end))
        for r in hits[["document_id", "start", "end"]].itertuples(index=False)
    ]
    spans = extend_spans(project, raw, extend)
    return code_spans(project, spans, code, hits=len(raw))


# -- speaker turns -------------------------------------------------------------------------
# A speaker label: "[id1]", or up to three words and a colon ("Max Bigman:", "admin-1:").
_LABEL_LIKE = re.compile(r"[ \t]*(\[[^\]\n]{1,40}\]|[^\s:\[][^\s:]*(?: [^\s:]+){0,2}:)(?=\s|$)")


def speaker_spans(text: str, label: str) -> list[tuple[int, int]]:
    """The turns of speaker ``label`` in a transcript: each paragraph that starts with the
    label, from the label to the end of the turn. A turn runs on over wrapped lines until a
    blank line or a line that starts with a speaker label (``[anything]``, or up to three
    words and a colon, or ``label`` itself); trailing spaces are left out."""
    label = label.strip()
    if not label:
        raise QdaError(tr("Name the speaker label to look for, e.g. 'Interviewer:'"))
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    labels = {label}
    for _, line in lines:
        match = _LABEL_LIKE.match(line)
        if match:
            labels.add(match.group(1))

    def starts_turn(line: str) -> str | None:
        stripped = line.lstrip()
        for known in labels:
            if stripped.startswith(known):
                return known
        return None

    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        offset, line = lines[index]
        stripped = line.lstrip()
        if stripped.startswith(label) and _label_ends(stripped, label):
            start = offset + len(line) - len(stripped)
            end = offset + len(line.rstrip())
            index += 1
            while index < len(lines):
                next_offset, next_line = lines[index]
                if not next_line.strip() or starts_turn(next_line):
                    break
                end = next_offset + len(next_line.rstrip())
                index += 1
            if end > start:
                spans.append((start, end))
            continue
        index += 1
    return spans


def _label_ends(line: str, label: str) -> bool:
    # "Max:" must not match "Maxine: ..."; a label ending in a letter needs a boundary.
    rest = line[len(label) :]
    return not (label[-1].isalnum() and rest[:1].isalnum())


def autocode_speaker(
    project: Project, label: str, code: str | int, document_ids: Iterable[int] | None = None
) -> Operation:
    """Code every turn of speaker ``label`` (see ``speaker_spans``) in the given documents
    (default: all) with ``code``; one undoable operation, result ``AutocodeReport``."""
    ids = [d.id for d in project.documents()] if document_ids is None else list(document_ids)
    spans: list[Span] = []
    for document_id in ids:
        spans.extend(
            (document_id, s, e) for s, e in speaker_spans(project.text(document_id), label)
        )
    return code_spans(
        project, spans, code, tr("Autocode speaker '{label}'").format(label=label.strip())
    )
