"""Retrieved segments for a long list, read a page at a time.

``list_segments`` answers "which segments does this activation retrieve, in which order"
without reading them all: it orders the (few) documents, counts each one's matching codings
in the codings' position index, and so knows the list's length and which document each row
belongs to; the ids of a stretch of rows are read when asked for, through the same index,
only for the documents that stretch spans. ``segment_rows_for`` gives the full rows of a few
ids (a page the window is about to show), reading only those rows' documents' texts. A list
of 100,000 segments so costs a count per document plus the pages looked at.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any, overload

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.region_segments import REGION_COLUMNS, region_quote
from qdadesk.core.analysis.retrieval import effective_code_ids

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

# As ``Project.documents`` orders them: the list follows the Document System.
_DOCUMENT_ORDER = "SELECT id FROM documents ORDER BY group_id IS NOT NULL, group_id, position, id"
# Codings read through the index of migration 0011, which holds every column the listing
# filters on: counts and pages come from the index alone (the table is never read), and a
# document's codings come in list order (never sorted).
_CODINGS = "codings INDEXED BY codings_segment_order"
_POSITION_ORDER = ' ORDER BY start, "end", id'
CHUNK = 128  # ids read at a time for a single row's id
KEPT_CHUNKS = 8


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
        fields = dict(vars(self))  # every value is immutable: no deep copy (asdict's)
        fields.update(zip(REGION_COLUMNS[1:], self.box or (None,) * 4, strict=True))
        return fields


def _coding_conditions(project: Project, activation: Activation) -> tuple[str, list[Any]]:
    """SQL conditions (each `` AND ...``) on ``codings`` for the activation's codes, weights
    and coders, with their arguments; every column they name is in the position index."""
    conditions = ""
    args: list[Any] = []
    if activation.min_weight > 0 or activation.max_weight < 100:  # else every weight passes
        conditions += " AND weight BETWEEN ? AND ?"
        args += [activation.min_weight, activation.max_weight]
    code_ids = effective_code_ids(project, activation)
    if code_ids is not None:
        conditions += " AND code_id IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(code_ids))
    if activation.coders is not None:
        # Coders by name (a segment without a coder counts as ""), compared as ids: users
        # are few, and the index holds coder_id, not the name.
        names = sorted(activation.coders)
        coder_ids = [
            row[0]
            for row in project.db.execute(
                "SELECT id FROM users WHERE name IN (SELECT value FROM json_each(?))",
                [json.dumps(names)],
            )
        ]
        without = " OR coder_id IS NULL" if "" in activation.coders else ""
        conditions += f" AND (coder_id IN (SELECT value FROM json_each(?)){without})"
        args.append(json.dumps(coder_ids))
    return conditions, args


def list_segments(project: Project, activation: Activation = ALL) -> SegmentListing:
    """The coded segments ``activation`` retrieves, in list order (documents in Document
    System order, then by position, as ``retrieval.segment_rows`` lists them), counted per
    document now and read a stretch at a time later."""
    conditions, args = _coding_conditions(project, activation)
    order = [row[0] for row in project.db.execute(_DOCUMENT_ORDER)]
    if activation.document_ids is not None:
        order = [d for d in order if d in activation.document_ids]
    counts: dict[int, int] = {}
    if order:
        documents = ""
        if activation.document_ids is not None:
            documents = " AND document_id IN (SELECT value FROM json_each(?))"
        # Without filters any index on document_id counts (SQLite takes the smallest).
        codings = _CODINGS if conditions else "codings"
        counts = dict(
            project.db.execute(
                f"SELECT document_id, count(*) FROM {codings} WHERE 1{documents}{conditions} "
                "GROUP BY document_id",
                ([json.dumps(order)] if documents else []) + args,
            )
        )
    listed = array("q", (d for d in order if counts.get(d)))
    ends = array("q", accumulate(counts[d] for d in listed))
    return SegmentListing(project, listed, ends, conditions, args)


class SegmentListing:
    """The segments of one listing: their number, the documents they are in and the ids of
    any stretch of them, read when asked for.

    Memory is the count per document, not per segment. ``coding_ids`` and ``document_ids``
    are read-only sequences in list order (as ``SegmentIds`` has them) that read through the
    project on access. The counts are those of the moment of listing: whoever shows the list
    lists again when the project changes (ids of segments removed since are missing from a
    stretch read later).
    """

    def __init__(
        self,
        project: Project,
        documents: array[int],
        ends: array[int],
        conditions: str,
        args: list[Any],
    ) -> None:
        self.project = project
        self.documents = documents  # ids of the documents with listed segments, in order
        self._ends = ends  # rows up to the end of each of those documents
        self._query = (
            f"SELECT id FROM {_CODINGS} WHERE document_id = ?{conditions}{_POSITION_ORDER}"
        )
        self._args = args
        self._chunks: OrderedDict[int, list[int]] = OrderedDict()
        self.coding_ids = ListedCodingIds(self)
        self.document_ids = ListedDocumentIds(self)

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def document_count(self) -> int:
        """How many documents the listed segments are in."""
        return len(self.documents)

    def document_index(self, row: int) -> int:
        """The position in ``documents`` of the document of list row ``row``."""
        return bisect_right(self._ends, row)

    def document_start(self, index: int) -> int:
        """The first list row of ``documents[index]``."""
        return self._ends[index - 1] if index else 0

    def read_ids(self, start: int, stop: int) -> list[int]:
        """The coding ids of list rows ``start`` to ``stop`` (end excluded), one query per
        document they span, each reading its stretch from the position index."""
        start, stop = max(0, start), min(stop, len(self))
        ids: list[int] = []
        index = self.document_index(start)
        while start < stop:
            offset = start - self.document_start(index)
            take = min(stop, self._ends[index]) - start
            ids.extend(self.document_coding_ids(index, take, offset))
            start += take
            index += 1
        return ids

    def document_coding_ids(self, index: int, limit: int = -1, offset: int = 0) -> list[int]:
        """Ids of ``documents[index]``'s listed segments (``limit`` of them from ``offset``;
        -1: all)."""
        cursor = self.project.db.execute(
            self._query + " LIMIT ? OFFSET ?",
            [self.documents[index], *self._args, limit, offset],
        )
        return [row[0] for row in cursor]

    def coding_id_at(self, row: int) -> int:
        """One row's coding id; its neighbours are read with it and a few such chunks kept
        (a selection or a context menu asks row after row)."""
        number = row // CHUNK
        chunk = self._chunks.get(number)
        if chunk is None:
            chunk = self._chunks[number] = self.read_ids(number * CHUNK, (number + 1) * CHUNK)
            while len(self._chunks) > KEPT_CHUNKS:
                self._chunks.popitem(last=False)
        else:
            self._chunks.move_to_end(number)
        return chunk[row % CHUNK]


def _rows(key: slice, length: int) -> range:
    return range(*key.indices(length))


class ListedCodingIds(Sequence[int]):
    """A listing's coding ids in list order, read through the project as they are asked for."""

    def __init__(self, listing: SegmentListing) -> None:
        self._listing = listing

    def __len__(self) -> int:
        return len(self._listing)

    @overload
    def __getitem__(self, key: int) -> int: ...
    @overload
    def __getitem__(self, key: slice) -> list[int]: ...
    def __getitem__(self, key: int | slice) -> int | list[int]:
        if isinstance(key, slice):
            rows = _rows(key, len(self))
            if rows.step == 1:
                return self._listing.read_ids(rows.start, rows.stop)
            return [self[row] for row in rows]
        row = key + len(self) if key < 0 else key
        if not 0 <= row < len(self):
            raise IndexError(key)
        return self._listing.coding_id_at(row)

    def __iter__(self) -> Iterator[int]:
        for index in range(self._listing.document_count()):  # one query per document
            yield from self._listing.document_coding_ids(index)


class ListedDocumentIds(Sequence[int]):
    """A listing's document id of each row, in list order (from the counts: no reading)."""

    def __init__(self, listing: SegmentListing) -> None:
        self._listing = listing

    def __len__(self) -> int:
        return len(self._listing)

    @overload
    def __getitem__(self, key: int) -> int: ...
    @overload
    def __getitem__(self, key: slice) -> list[int]: ...
    def __getitem__(self, key: int | slice) -> int | list[int]:
        listing = self._listing
        if isinstance(key, slice):
            return [listing.documents[listing.document_index(row)] for row in _rows(key, len(self))]
        row = key + len(self) if key < 0 else key
        if not 0 <= row < len(self):
            raise IndexError(key)
        return listing.documents[listing.document_index(row)]

    def __iter__(self) -> Iterator[int]:
        listing = self._listing
        for index, document_id in enumerate(listing.documents):
            count = listing.document_start(index + 1) - listing.document_start(index)
            for _ in range(count):
                yield document_id


def segment_ids(project: Project, activation: Activation = ALL) -> SegmentIds:
    """Every id of ``list_segments(project, activation)`` at once, in list order (for a
    caller that needs them all, such as an export)."""
    listing = list_segments(project, activation)
    listed = SegmentIds(array("q"), array("q"))
    for index, document_id in enumerate(listing.documents):
        ids = listing.document_coding_ids(index)
        listed.coding_ids.extend(ids)
        listed.document_ids.extend([document_id] * len(ids))
    return listed


class SegmentIdsCache:
    """The last listing, given again while nothing in the project file has changed.

    The pane asks for the same list again and again (a repaint, a memo edit, another pane's
    refresh). The cache keeps one listing: the project, the activation and the file's state
    when it was counted (SQLite's ``data_version``, which moves when another program commits,
    and this connection's ``total_changes``, which moves with every row this project writes,
    undo included). Inside an open transaction nothing is cached (its writes may still be
    rolled back).
    """

    def __init__(self) -> None:
        self._key: tuple[Activation, int, int] | None = None
        self._listed: SegmentListing | None = None

    def segment_ids(self, project: Project, activation: Activation = ALL) -> SegmentListing:
        """``list_segments(project, activation)``, counted again only when the file changed."""
        conn = project.db.conn
        if conn.in_transaction:
            return list_segments(project, activation)
        key = (activation, _data_version(project), conn.total_changes)
        listed = self._listed
        if listed is not None and listed.project is project and key == self._key:
            return listed
        listed = list_segments(project, activation)
        self._key, self._listed = key, listed
        return listed

    def clear(self) -> None:
        self._key = self._listed = None


def _data_version(project: Project) -> int:
    return int(project.db.execute("PRAGMA data_version").fetchone()[0])


def segment_rows_for(project: Project, coding_ids: Sequence[int]) -> list[SegmentRow]:
    """The rows of these segments, in the order given; ids that no longer exist are left
    out. Reads the text of each document concerned once."""
    coding_ids = list(coding_ids)  # a listing's lazy ids are read once
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
