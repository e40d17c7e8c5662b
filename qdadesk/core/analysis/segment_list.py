"""Retrieved segments for a long list, read a page at a time.

``segment_ids`` answers "which segments does this activation retrieve, in which order" with
ids only (no text is read), and ``segment_rows_for`` gives the full rows of a few of them (a
page the window is about to show), reading only the texts of those rows' documents. A list
of 100,000 segments so costs its ids plus the pages looked at, not 100,000 texts.
"""

from __future__ import annotations

import json
import weakref
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.region_segments import REGION_COLUMNS, region_quote
from qdadesk.core.analysis.retrieval import effective_code_ids

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project


@dataclass(frozen=True)
class SegmentIds:
    """The segments a list shows, in order: coding ids and, in step, their documents
    (arrays of machine integers: 100,000 segments take 1.6 MB, not 7)."""

    coding_ids: array[int]
    document_ids: array[int]

    def __len__(self) -> int:
        return len(self.coding_ids)


@dataclass(frozen=True)
class SegmentRow:
    """One listed segment with what a list shows of it. ``text`` is the segment's text
    (empty for a region without text); paragraphs count lines of the document from 1;
    ``page`` and ``box`` (x1, y1, x2, y2) are a region coding's, else None."""

    coding_id: int
    document_id: int
    code_id: int
    document: str
    code: str
    start: int
    end: int
    text: str
    weight: int
    coder: str
    comment: str
    created: str
    first_paragraph: int
    last_paragraph: int
    page: int | None = None
    box: tuple[float, float, float, float] | None = None

    def fields(self) -> dict[str, Any]:
        """Field name -> value (what a Qt model hands its delegate); a region's box also
        as ``x1`` ... ``y2``, as retrieval's DataFrame has it."""
        fields = asdict(self)
        fields.update(zip(REGION_COLUMNS[1:], self.box or (None,) * 4, strict=True))
        return fields


def _id_filter(column: str, values: Iterable[int | str] | None) -> tuple[str, list[Any]]:
    """An SQL condition keeping ``column`` in ``values`` (any number of them; None: all)."""
    if values is None:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps(sorted(values))]


def segment_ids(project: Project, activation: Activation = ALL) -> SegmentIds:
    """The coded segments ``activation`` retrieves, as ids in list order: documents in
    Document System order, then by position (as ``retrieval.segment_rows`` lists them)."""
    code_ids = effective_code_ids(project, activation)
    documents, document_args = _id_filter("c.document_id", activation.document_ids)
    codes, code_args = _id_filter("c.code_id", code_ids)
    coders, coder_args = _id_filter("COALESCE(u.name, '')", activation.coders)
    # Documents ranked in Document System order first, then their codings through the
    # document index: twice as fast as sorting the codings joined with their documents.
    cursor = project.db.execute(
        "WITH ranked AS MATERIALIZED (SELECT id, row_number() OVER (ORDER BY "
        "group_id IS NOT NULL, group_id, position, id) AS rank FROM documents) "
        "SELECT c.id, c.document_id FROM ranked CROSS JOIN codings c "
        "ON c.document_id = ranked.id LEFT JOIN users u ON u.id = c.coder_id "
        "WHERE c.weight BETWEEN ? AND ?"
        + documents
        + codes
        + coders
        + ' ORDER BY ranked.rank, c.start, c."end", c.id',
        [activation.min_weight, activation.max_weight, *document_args, *code_args, *coder_args],
    )
    listed = SegmentIds(array("q"), array("q"))
    for coding_id, document_id in cursor:  # no list of row tuples: memory stays low
        listed.coding_ids.append(coding_id)
        listed.document_ids.append(document_id)
    return listed


class SegmentIdsCache:
    """The last listing's ids, given again while nothing in the project file has changed.

    Ordering 100,000 codings costs SQLite ~100 ms, while the pane asks for the same list
    again and again (a repaint, a memo edit, another pane's refresh). The cache keeps one
    listing: the project, the activation and the file's state when it was read (SQLite's
    ``data_version``, which moves when another program commits, and this connection's
    ``total_changes``, which moves with every row this project writes, undo included).
    Inside an open transaction nothing is cached (its writes may still be rolled back).
    """

    def __init__(self) -> None:
        self._project: weakref.ref[Project] | None = None
        self._key: tuple[Activation, int, int] | None = None
        self._listed: SegmentIds | None = None

    def segment_ids(self, project: Project, activation: Activation = ALL) -> SegmentIds:
        """``segment_ids(project, activation)``, read again only when the file changed."""
        conn = project.db.conn
        if conn.in_transaction:
            return segment_ids(project, activation)
        key = (activation, _data_version(project), conn.total_changes)
        cached_project = self._project() if self._project is not None else None
        if cached_project is project and key == self._key and self._listed is not None:
            return self._listed
        listed = segment_ids(project, activation)
        self._project, self._key, self._listed = weakref.ref(project), key, listed
        return listed

    def clear(self) -> None:
        self._project = self._key = self._listed = None


def _data_version(project: Project) -> int:
    return int(project.db.execute("PRAGMA data_version").fetchone()[0])


def segment_rows_for(project: Project, coding_ids: Sequence[int]) -> list[SegmentRow]:
    """The rows of these segments, in the order given; ids that no longer exist are left
    out. Reads the text of each document concerned once."""
    if not coding_ids:
        return []
    found = project.db.execute(
        'SELECT c.id, c.document_id, c.code_id, d.name, c.start, c."end", c.weight, '
        "COALESCE(u.name, ''), c.comment, c.created, c.page, c.x1, c.y1, c.x2, c.y2 "
        "FROM codings c JOIN documents d ON d.id = c.document_id "
        "LEFT JOIN users u ON u.id = c.coder_id "
        "WHERE c.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(coding_ids))],
    ).fetchall()
    by_id = {row[0]: row for row in found}
    paths = project.code_paths()
    texts = {document_id: project.text(document_id) for document_id in {r[1] for r in found}}
    offsets = {(r[1], o) for r in found for o in (r[4], max(r[4], r[5] - 1))}
    paragraphs = _paragraph_numbers(texts, offsets)
    rows = []
    for coding_id in coding_ids:
        row = by_id.get(coding_id)
        if row is None:
            continue
        _, document_id, code_id, name, start, end, weight, coder, comment, created = row[:10]
        page, x1, y1, x2, y2 = row[10:]
        rows.append(
            SegmentRow(
                coding_id=coding_id,
                document_id=document_id,
                code_id=code_id,
                document=name,
                code=paths.get(code_id, ""),
                start=start,
                end=end,
                text=region_quote(texts[document_id][start:end], page)
                if x1 is not None
                else texts[document_id][start:end],
                weight=weight,
                coder=coder,
                comment=comment,
                created=created,
                first_paragraph=paragraphs[document_id, start],
                last_paragraph=paragraphs[document_id, max(start, end - 1)],
                page=page,
                box=None if x1 is None else (x1, y1, x2, y2),
            )
        )
    return rows


def paragraph_numbers(
    project: Project, positions: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], int]:
    """(document id, code-point offset) -> the line (from 1) the offset is on; reads each
    document's text once. A document that is gone counts as empty (line 1)."""
    from qdadesk.core.errors import QdaError

    positions = set(positions)
    texts: dict[int, str] = {}
    for document_id in {d for d, _ in positions}:
        try:
            texts[document_id] = project.text(document_id)
        except QdaError:
            texts[document_id] = ""
    return _paragraph_numbers(texts, positions)


def _paragraph_numbers(
    texts: dict[int, str], positions: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], int]:
    """Count newlines between consecutive sorted offsets, so each text is scanned once."""
    numbers: dict[tuple[int, int], int] = {}
    last_document, last_offset, lines = None, 0, 1
    for document_id, offset in sorted(positions):
        if document_id != last_document:
            last_document, last_offset, lines = document_id, 0, 1
        text = texts[document_id]
        lines += text.count("\n", last_offset, max(last_offset, offset))
        last_offset = max(last_offset, offset)
        numbers[document_id, offset] = lines
    return numbers


def segments_frame(project: Project, coding_ids: Sequence[int]) -> pd.DataFrame:
    """These segments as a DataFrame in ``RETRIEVAL_COLUMNS`` (what ``retrieve_segments``
    gives), for an export of a listed page-by-page list."""
    import pandas as pd

    from qdadesk.core.analysis.retrieval import RETRIEVAL_COLUMNS

    rows = segment_rows_for(project, coding_ids)
    return pd.DataFrame(
        [
            tuple(fields[name] for name in RETRIEVAL_COLUMNS)
            for fields in map(SegmentRow.fields, rows)
        ],
        columns=RETRIEVAL_COLUMNS,
    )
