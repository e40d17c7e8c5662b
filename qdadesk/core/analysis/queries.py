"""Complex coding queries (MAXQDA's Complex Coding Query), each returning coded segments.

Every mode takes a list of codes; the first is "A" (the code whose segments are tested),
the others are "B". Segments are first filtered by the activation (documents, weight range,
coders). Two segments overlap when they share at least one character: ``a.start < b.end``
and ``b.start < a.end``; adjacent segments (``a.end == b.start``) do not. The exact rule of
each mode, with pictures, is in ``resources/help/queries.md`` (the user guide).

Region codings (boxes on PDF pages and pictures) follow ``region_segments``: a region and
another region overlap when their boxes share some area on the same page, and one is inside
another when its box lies in the other's; a region and a text segment meet through the
region's text run (the text inside its box). "Near" and "followed by" count characters or
paragraphs between text, so a region takes part through its text run; two regions are near
(distance 0) when their boxes intersect and never "follow" one another; a region without
text (a picture, a box over no text) is only ever compared by its box. "Intersection" makes
stretches of text, so a region adds only its text run.

Results have the columns of ``retrieve_segments``. ``intersection`` makes new stretches, not
existing segments: their ``code`` is the codes' paths joined with `` & ``, ``coding_id`` is
empty, weight 0, coder and comment empty.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.region_segments import (
    REGION_COLUMNS,
    box_inside,
    boxes_intersect,
    region_quote,
)
from qdadesk.core.analysis.retrieval import SEGMENT_COLUMNS
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.changes import Operation
    from qdadesk.core.project import Project

QUERY_MODES = (
    "intersection",
    "intersection-set",
    "overlapping",
    "only-one",
    "only-this",
    "if-inside",
    "if-outside",
    "followed-by",
    "near",
)
DISTANCE_UNITS = ("characters", "paragraphs")
RESULT_COLUMNS = SEGMENT_COLUMNS + ["coding_id", "document_id", "code_id", "created"]
RESULT_COLUMNS += REGION_COLUMNS


class Segment(NamedTuple):
    """A coded segment as the queries see it."""

    coding_id: int
    document_id: int
    code_id: int
    start: int
    end: int
    weight: int
    coder: str
    comment: str
    created: str
    page: int | None = None
    box: tuple[float, float, float, float] | None = None
    # A region's runs of text inside its box (``pdf_text_boxes.RegionTexts``).
    runs: tuple[tuple[int, int], ...] = ()


def _pieces(segment: Segment) -> list[tuple[int, int]]:
    """The text a segment covers: its range, or a region's runs of text in its box."""
    if segment.box is None:
        return [(segment.start, segment.end)]
    return list(segment.runs)


def _extent(segment: Segment) -> tuple[int, int] | None:
    """From a segment's first to its last character (None: a region without text)."""
    if segment.box is None:
        return (segment.start, segment.end)
    return (segment.runs[0][0], segment.runs[-1][1]) if segment.runs else None


# -- interval helpers (all intervals half-open, sorted by start) ------------------------------
def merged(intervals: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The characters covered by ``intervals`` as sorted, disjoint, non-touching runs."""
    runs: list[list[int]] = []
    for start, end in sorted(intervals):
        if runs and start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return [(s, e) for s, e in runs]


def intersect_runs(
    first: list[tuple[int, int]], second: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The characters in both of two run lists (each sorted and disjoint)."""
    result: list[tuple[int, int]] = []
    i = j = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        if start < end:
            if result and result[-1][1] == start:
                result[-1] = (result[-1][0], end)
            else:
                result.append((start, end))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return result


class Coverage:
    """The characters a set of segments covers, for "does this overlap?" in O(log n)."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        self.runs = merged(intervals)
        self.ends = [e for _, e in self.runs]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.ends, start)  # first run ending after ``start``
        return index < len(self.runs) and self.runs[index][0] < end


class _Reach:
    """Segments sorted by start with the running maximum of their ends: answers "is there a
    segment with ``start <= x`` and ``end >= y``?" in O(log n)."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []
        best = -1
        for _, end in ordered:
            best = max(best, end)
            self.max_end.append(best)

    def any_with(self, start_at_most: int, end_at_least: int) -> bool:
        count = bisect_right(self.starts, start_at_most)
        return count > 0 and self.max_end[count - 1] >= end_at_least

    def first_start_from(self, position: int) -> int | None:
        index = bisect_left(self.starts, position)
        return self.starts[index] if index < len(self.starts) else None


class _Paragraphs:
    """Paragraph numbers of positions: paragraphs are the text's lines (the Browser's
    blocks); blank lines are not counted, so in ``p1\\n\\np2`` p2 is one paragraph after p1."""

    def __init__(self, text: str) -> None:
        # Start offset of each non-empty line, in order.
        self.starts = [m.start() for m in re.finditer(r"(?m)^(?=[^\n])", text)]
        self.length = len(text)

    def number(self, position: int) -> int:
        """The number of the paragraph holding that character: how many non-empty lines start
        at or before it, minus one (a blank line counts with the paragraph before it)."""
        return bisect_right(self.starts, position) - 1

    def start_of(self, number: int) -> int:
        """Where paragraph ``number`` starts (0 before the first, past the end after the last)."""
        if number <= 0:
            return 0
        if number >= len(self.starts):
            return self.length + 1
        return self.starts[number]


def _paragraph_number(paragraphs: _Paragraphs, position: int) -> int:
    # A character before the first paragraph (leading blank lines) counts as paragraph 0.
    return max(paragraphs.number(position), 0)


class _Others:
    """The B segments a segment is compared with, text and regions apart (module doc)."""

    def __init__(self, segments: Sequence[Segment]) -> None:
        self.text = [(s.start, s.end) for s in segments if s.box is None and s.start < s.end]
        self.runs = [r for s in segments if s.box is not None for r in s.runs if r[0] < r[1]]
        self.regions = [(s.page, s.box) for s in segments if s.box is not None]
        # built on first use; keyed by "text only" (for a region) or not
        self._coverages: dict[bool, Coverage] = {}
        self._reaches: dict[bool, _Reach] = {}

    def _spans(self, text_only: bool) -> list[tuple[int, int]]:
        return self.text if text_only else self.text + self.runs

    def coverage(self, segment: Segment) -> Coverage:
        """What a segment meets by offsets: text meets text and regions' runs; a region's
        run meets text only."""
        text_only = bool(segment.box)
        found = self._coverages.get(text_only)
        if found is None:
            found = self._coverages[text_only] = Coverage(self._spans(text_only))
        return found

    def reach(self, segment: Segment) -> _Reach:
        text_only = bool(segment.box)
        found = self._reaches.get(text_only)
        if found is None:
            found = self._reaches[text_only] = _Reach(self._spans(text_only))
        return found

    def box_meets(self, segment: Segment) -> bool:
        return segment.box is not None and any(
            page == segment.page and boxes_intersect(segment.box, box) for page, box in self.regions
        )

    def overlaps(self, segment: Segment) -> bool:
        coverage = self.coverage(segment)
        if any(s < e and coverage.overlaps(s, e) for s, e in _pieces(segment)):
            return True
        return self.box_meets(segment)

    def holds(self, segment: Segment) -> bool:
        """Some B segment holds ``segment`` wholly (by offsets, or box in box)."""
        extent = _extent(segment)
        if extent is not None and extent[0] < extent[1] and self.reach(segment).any_with(*extent):
            return True
        return segment.box is not None and any(
            page == segment.page and box_inside(segment.box, box) for page, box in self.regions
        )


# -- the modes ------------------------------------------------------------------------------
def _segments_by_document(
    project: Project, code_ids: list[int], activation: Activation, include_subcodes: bool
) -> dict[int, list[list[Segment]]]:
    """For each document, the segments of each listed code (subcodes folded in if asked),
    as the activation's documents, weight range and coders allow."""
    members: dict[int, list[int]] = {}
    for index, code_id in enumerate(code_ids):
        subtree = project.code_subtree(code_id) if include_subcodes else [code_id]
        for member in subtree:
            members.setdefault(member, []).append(index)
    documents = activation.document_ids
    coders = activation.coders
    by_document: dict[int, list[list[Segment]]] = {}
    coder_names = dict(project.db.execute("SELECT id, name FROM users"))
    # Unordered: every mode sorts what it needs, and the results are sorted at the end.
    rows = project.db.execute(
        'SELECT id, document_id, code_id, start, "end", weight, coder_id, comment, created, '
        f"page, x1, y1, x2, y2 FROM codings WHERE code_id IN ({','.join('?' * len(members))}) "
        "AND weight BETWEEN ? AND ?",
        [*members, activation.min_weight, activation.max_weight],
    )
    for row in rows:
        id_, document_id, code_id, start, end, weight, coder_id, comment, created = row[:9]
        page, x1, y1, x2, y2 = row[9:]
        segment = Segment(
            id_,
            document_id,
            code_id,
            start,
            end,
            weight,
            coder_names.get(coder_id, ""),
            comment,
            created,
            page,
            None if x1 is None else (x1, y1, x2, y2),
        )
        if documents is not None and segment.document_id not in documents:
            continue
        if coders is not None and segment.coder not in coders:
            continue
        lists = by_document.get(segment.document_id)
        if lists is None:
            lists = by_document[segment.document_id] = [[] for _ in code_ids]
        for index in members[segment.code_id]:
            lists[index].append(segment)
    return by_document


def _read_region_texts(project: Project, by_document: dict[int, list[list[Segment]]]) -> None:
    """Give each region its runs of text inside its box (read from the PDF's text layer)."""
    regions = (s.box is not None for ls in by_document.values() for l_ in ls for s in l_)
    if not any(regions):
        return
    from qdadesk.core.pdf_text_boxes import RegionTexts

    region_texts = RegionTexts(project)
    for lists in by_document.values():
        for segments in lists:
            segments[:] = [
                s if s.box is None else s._replace(runs=tuple(region_texts.runs(s.coding_id)))
                for s in segments
            ]


def _texts(project: Project, document_ids: Sequence[int]) -> dict[int, str]:
    """The texts of some documents, read in few queries."""
    ids = list(document_ids)
    texts: dict[int, str] = {}
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        texts.update(
            project.db.execute(
                "SELECT document_id, text FROM document_texts WHERE document_id IN "
                f"({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return texts


def _spans(segments: list[Segment]) -> list[tuple[int, int]]:
    """The text stretches of segments (a region's text in its box; none without text)."""
    return [piece for s in segments for piece in _pieces(s) if piece[0] < piece[1]]


def _mode_intersection(
    lists: list[list[Segment]], _text: Callable[[], str], _n: int, _unit: str
) -> list[tuple[int, int]]:
    runs = merged(_spans(lists[0]))
    for other in lists[1:]:
        runs = intersect_runs(runs, merged(_spans(other)))
    return runs


def _mode_intersection_set(lists: list[list[Segment]], *_args: object) -> list[Segment]:
    groups = [_Others(segments) for segments in lists]
    found: list[Segment] = []
    for index, segments in enumerate(lists):
        others = [c for i, c in enumerate(groups) if i != index]
        found.extend(s for s in segments if all(c.overlaps(s) for c in others))
    return found


def _others(lists: list[list[Segment]]) -> list[Segment]:
    return [s for segments in lists[1:] for s in segments]


def _mode_overlapping(lists: list[list[Segment]], *_args: object) -> list[Segment]:
    others = _Others(_others(lists))
    return [s for s in lists[0] if others.overlaps(s)]


def _mode_only_this(lists: list[list[Segment]], *_args: object) -> list[Segment]:
    others = _Others(_others(lists))
    return [s for s in lists[0] if not others.overlaps(s)]


def _mode_only_one(lists: list[list[Segment]], *_args: object) -> list[Segment]:
    found: list[Segment] = []
    for index, segments in enumerate(lists):
        others = _Others([s for i, other in enumerate(lists) if i != index for s in other])
        found.extend(s for s in segments if not others.overlaps(s))
    return found


def _mode_if_inside(lists: list[list[Segment]], *_args: object) -> list[Segment]:
    others = _Others(_others(lists))
    return [s for s in lists[0] if others.holds(s)]


def _mode_if_outside(lists: list[list[Segment]], *_args: object) -> list[Segment]:
    others = _Others(_others(lists))
    return [s for s in lists[0] if not others.holds(s)]


def _mode_followed_by(
    lists: list[list[Segment]], text: Callable[[], str], distance: int, unit: str
) -> list[Segment]:
    others = _Others(_others(lists))
    paragraphs = _Paragraphs(text()) if unit == "paragraphs" else None
    found = []
    for s in lists[0]:
        extent = _extent(s)
        if extent is None or extent[0] >= extent[1]:  # a region without text follows nothing
            continue
        end = extent[1]
        following = others.reach(s).first_start_from(end)
        if following is None:
            continue
        if paragraphs is None:
            if following - end <= distance:
                found.append(s)
        elif (
            _paragraph_number(paragraphs, following) - _paragraph_number(paragraphs, end - 1)
        ) <= distance:
            found.append(s)
    return found


def _mode_near(
    lists: list[list[Segment]], text: Callable[[], str], distance: int, unit: str
) -> list[Segment]:
    others = _Others(_others(lists))
    paragraphs = _Paragraphs(text()) if unit == "paragraphs" else None
    found = []
    for s in lists[0]:
        if others.box_meets(s):
            found.append(s)
            continue
        extent = _extent(s)
        if extent is None or extent[0] >= extent[1]:  # a region without text: no characters
            continue
        start, end = extent
        reach = others.reach(s)
        if paragraphs is None:
            # A B segment is near when the gap between them is at most ``distance``.
            latest_start, earliest_end = end + distance, start - distance
        else:
            last = _paragraph_number(paragraphs, end - 1)
            first = _paragraph_number(paragraphs, start)
            latest_start = paragraphs.start_of(last + distance + 1) - 1
            earliest_end = paragraphs.start_of(first - distance) + 1
        if reach.any_with(latest_start, earliest_end):
            found.append(s)
    return found


_MODES: dict[str, Callable[..., list[Any]]] = {
    "intersection": _mode_intersection,
    "intersection-set": _mode_intersection_set,
    "overlapping": _mode_overlapping,
    "only-one": _mode_only_one,
    "only-this": _mode_only_this,
    "if-inside": _mode_if_inside,
    "if-outside": _mode_if_outside,
    "followed-by": _mode_followed_by,
    "near": _mode_near,
}


def coding_query(
    project: Project,
    mode: str,
    code_ids: Sequence[int],
    activation: Activation = ALL,
    distance: int = 0,
    unit: str = "characters",
    include_subcodes: bool = False,
) -> pd.DataFrame:
    """Run one complex coding query; rows as ``retrieve_segments`` gives them, in document
    order. The first code is A; the rest are B (see the module docstring)."""
    import pandas as pd

    if mode not in _MODES:
        raise QdaError(
            tr("Unknown query mode '{mode}' (choose one of: {modes})").format(
                mode=mode, modes=", ".join(QUERY_MODES)
            )
        )
    if unit not in DISTANCE_UNITS:
        raise QdaError(tr("The distance unit is characters or paragraphs"))
    if not isinstance(distance, int) or distance < 0:
        raise QdaError(tr("The distance is a whole number of at least 0"))
    code_ids = list(code_ids)
    if len(code_ids) < 2:
        raise QdaError(tr("A coding query needs at least two codes"))
    for code_id in code_ids:
        project.code(code_id)
    by_document = _segments_by_document(project, code_ids, activation, include_subcodes)
    _read_region_texts(project, by_document)
    paths = project.code_paths()
    order = {d.id: (index, d.name) for index, d in enumerate(project.documents())}
    documents = sorted(by_document, key=lambda d: order[d][0])
    # Paragraph distances need every text; otherwise only those with results are read.
    texts = _texts(project, documents) if unit == "paragraphs" else {}
    found_by_document: list[tuple[int, list[Any]]] = []
    for document_id in documents:
        lists = by_document[document_id]
        if mode not in ("intersection-set", "only-one") and not lists[0]:
            continue

        def text(document_id: int = document_id) -> str:
            return texts[document_id]

        found = _MODES[mode](lists, text, distance, unit)
        if found:
            found_by_document.append((document_id, found))
    missing = [d for d, _ in found_by_document if d not in texts]
    texts.update(_texts(project, missing))

    rows: list[tuple[Any, ...]] = []
    join_name = " & ".join(paths[c] for c in code_ids)
    for document_id, found in found_by_document:
        name, body = order[document_id][1], texts[document_id]
        if mode == "intersection":
            rows.extend(
                (
                    name,
                    join_name,
                    start,
                    end,
                    body[start:end],
                    0,
                    "",
                    "",
                    None,
                    document_id,
                    None,
                    "",
                    None,
                    None,
                    None,
                    None,
                    None,
                )
                for start, end in found
            )
            continue
        unique = {s.coding_id: s for s in found}.values()
        for s in sorted(unique, key=lambda s: (s.start, s.end, paths[s.code_id], s.coding_id)):
            quote = body[s.start : s.end]
            box = s.box or (None, None, None, None)
            rows.append(
                (
                    name,
                    paths[s.code_id],
                    s.start,
                    s.end,
                    region_quote(quote, s.page) if s.box else quote,
                    s.weight,
                    s.coder,
                    s.comment,
                    s.coding_id,
                    document_id,
                    s.code_id,
                    s.created,
                    s.page,
                    *box,
                )
            )
    frame = pd.DataFrame(rows, columns=RESULT_COLUMNS)
    for column in ("coding_id", "code_id"):
        frame[column] = frame[column].astype("Int64")
    return frame


def code_query_results(project: Project, frame: pd.DataFrame, code: str | int) -> Operation:
    """Code every result row with ``code`` (a path, created if missing, or an id) in one
    undoable operation; result: an ``AutocodeReport``. A region row is coded as the same
    region (a box the code has there already is not coded twice)."""
    from qdadesk.core.analysis.autocode import AutocodeReport, code_spans, merge_spans

    regions = frame[frame["x1"].notna()] if "x1" in frame.columns else frame.iloc[0:0]
    text = frame[frame["x1"].isna()] if "x1" in frame.columns else frame
    spans = [
        (int(row.document_id), int(row.start), int(row.end))
        for row in text[["document_id", "start", "end"]].itertuples(index=False)
    ]
    if regions.empty:
        return code_spans(project, spans, code, tr("Code query results"))
    with project.transaction(tr("Code query results")) as w:
        if isinstance(code, int):
            code_id = project.code(code).id
        else:
            try:
                code_id = project.find_code(str(code)).id
            except QdaError:
                project.add_code_path(str(code))  # joins this operation
                code_id = project.find_code(str(code)).id
        before = len(project.codings(code_ids=[code_id]))
        if spans:
            code_spans(project, spans, code_id)  # joins this operation
        had = {
            (c.document_id, c.page, c.box)
            for c in project.codings(code_ids=[code_id])
            if c.is_region
        }
        for row in regions.itertuples(index=False):
            page = None if row.page != row.page else int(row.page)
            box = (float(row.x1), float(row.y1), float(row.x2), float(row.y2))
            if (int(row.document_id), page, box) in had:
                continue
            had.add((int(row.document_id), page, box))
            project.add_region_coding(int(row.document_id), code_id, box, page=page)
        w.result = AutocodeReport(
            code_id,
            len(frame),
            len(merge_spans(spans)) + len(regions),
            len(project.codings(code_ids=[code_id])) - before,
        )
    return w.operation
