"""Code Relations Browser: how often the segments of two codes meet in the same document.

A cell (A, B), A != B, is the number of pairs (segment of A, segment of B) in the same
document that meet under the mode:

- ``overlap``: they share at least one character (``a.start < b.end and b.start < a.end``);
  segments that only touch (one ends where the other starts) do NOT overlap.
- ``distance:N``: at most N characters lie between them (overlapping segments included;
  touching segments are 0 apart).
- ``paragraph``: they share a paragraph (a paragraph is a line of the stored text split on
  ``"\\n"``; a segment belongs to every paragraph it touches).

Region codings (boxes on PDF pages and pictures) follow ``region_segments``: two regions
meet in every mode when their boxes share some area on the same page; a region and a text
segment meet through the region's text run (the text inside its box), and a region without
text never meets a text segment.

A region's text is read from the PDF's text layer (``pdf_text_boxes``): the characters
whose centres lie in the box; where that cannot be read, its stored text run stands in.

The table is symmetric: (A, B) == (B, A). The diagonal (A, A) holds the number of A's
activated segments, so a row can be read against its code's size; the window greys it.
The whole table is one SQL self-join on ``codings`` grouped by code pair.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis import retrieval
from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.matrices import code_rows, segment_filter
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

_SPANS = "temp.qdadesk_relation_spans"


def parse_mode(mode: str) -> tuple[str, int]:
    """``overlap`` | ``paragraph`` | ``distance:N`` -> (kind, N)."""
    mode = mode.strip()
    if mode in ("overlap", "paragraph"):
        return mode, 0
    if mode.startswith("distance:"):
        try:
            distance = int(mode.split(":", 1)[1])
        except ValueError:
            distance = -1
        if distance >= 0:
            return "distance", distance
    raise QdaError(
        tr("Unknown mode '{mode}': use overlap, paragraph or distance:N (N >= 0)").format(mode=mode)
    )


def _pair_parts(
    project: Project, activation: Activation, kind: str, distance: int
) -> tuple[str, str, str, list[Any], list[Any]]:
    """What the relations self-join needs: the table of segments (codings, or their
    paragraphs), the pair condition, the activation filter on both sides, and their
    arguments: ``(table, condition, where, condition_args, where_args)``."""
    if kind == "paragraph":
        table, where, args_w = _paragraph_spans(project, activation), "1", []
    else:
        table = "codings"
        where_a, args_a = segment_filter(project, activation, "a")
        where_b, args_b = segment_filter(project, activation, "b")
        where, args_w = f"{where_a} AND {where_b}", args_a + args_b
    condition, args_c = _pair_condition(project, table, kind, distance)
    # Text meets text here; two regions meet by their boxes (``_REGION_PAIR``), a region
    # and text through the text inside the region's box (``_region_text_pairs``).
    condition += " AND a.x1 IS NULL AND b.x1 IS NULL"
    return table, condition, where, args_c, args_w


_REGION_PAIR = "a.page IS b.page AND a.x1 < b.x2 AND b.x1 < a.x2 AND a.y1 < b.y2 AND b.y1 < a.y2"


def _region_text_pairs(
    project: Project, activation: Activation, kind: str, distance: int
) -> list[tuple[int, int, int, int]]:
    """(region id, region's code, text segment id, its code) for every activated region of
    a PDF and activated text segment of that PDF that meet under the mode, by the text
    inside the region's box."""
    from qdadesk.core.pdf_text_boxes import RegionTexts

    where, args = segment_filter(project, activation, "c")
    regions = project.db.execute(
        "SELECT c.id, c.document_id, c.code_id FROM codings c JOIN documents d "
        f"ON d.id = c.document_id WHERE c.x1 IS NOT NULL AND d.kind = 'pdf' AND {where}",
        args,
    ).fetchall()
    if not regions:
        return []
    region_texts = RegionTexts(project)
    texts: dict[int, list[tuple[int, int, int, int]]] = {}
    newlines: dict[int, list[int]] = {}
    found = []
    for region_id, document_id, region_code in regions:
        runs = region_texts.runs(region_id)
        if not runs:
            continue
        if document_id not in texts:
            texts[document_id] = project.db.execute(
                'SELECT c.id, c.code_id, c.start, c."end" FROM codings c WHERE '
                f"c.document_id = ? AND c.x1 IS NULL AND {where}",
                [document_id, *args],
            ).fetchall()
            if kind == "paragraph":
                text = project.text(document_id)
                newlines[document_id] = [m.start() for m in re.finditer("\n", text)]
        for text_id, text_code, start, end in texts[document_id]:
            if any(
                _runs_meet(run, (start, end), kind, distance, newlines.get(document_id, []))
                for run in runs
            ):
                found.append((region_id, region_code, text_id, text_code))
    return found


def _runs_meet(
    a: tuple[int, int], b: tuple[int, int], kind: str, distance: int, newlines: list[int]
) -> bool:
    if kind == "overlap":
        return b[0] < a[1] and a[0] < b[1]
    if kind == "distance":
        return b[0] <= a[1] + distance and a[0] <= b[1] + distance
    first_a, last_a = bisect.bisect_left(newlines, a[0]), bisect.bisect_left(newlines, a[1] - 1)
    first_b, last_b = bisect.bisect_left(newlines, b[0]), bisect.bisect_left(newlines, b[1] - 1)
    return first_b <= last_a and first_a <= last_b


def _regions_table(project: Project, activation: Activation) -> tuple[str, list[Any]]:
    """A ``WITH regions AS (...)`` of the activated regions: read in one pass over
    ``codings`` (joined on itself, the few regions would cost a lookup per segment)."""
    where, args = segment_filter(project, activation, "c")
    return (
        "WITH regions AS MATERIALIZED (SELECT c.id, c.document_id, c.code_id, c.page, c.x1, "
        f"c.y1, c.x2, c.y2 FROM codings c WHERE c.x1 IS NOT NULL AND {where}) ",
        args,
    )


def _pair_condition(
    project: Project, table: str, kind: str, distance: int
) -> tuple[str, list[int]]:
    """The join condition for two segments ``a`` and ``b`` of ``table`` that meet.

    A segment that meets ``a`` starts no earlier than ``a.start`` minus the longest segment
    (and the distance): that lower bound adds nothing logically but lets SQLite search the
    ``(document_id, start)`` index for a window instead of every earlier segment.
    """
    longest = project.db.execute(f'SELECT COALESCE(MAX("end" - start), 0) FROM {table}').fetchone()
    window = int(longest[0]) + distance
    if kind == "distance":
        return (
            'b.start <= a."end" + ? AND b.start >= a.start - ? AND a.start <= b."end" + ?',
            [distance, window, distance],
        )
    return 'b.start < a."end" AND b.start >= a.start - ? AND a.start < b."end"', [window]


def code_relations(
    project: Project, activation: Activation = ALL, mode: str = "overlap"
) -> pd.DataFrame:
    """Codes x codes: index and columns are code ids (in code-system order); see module doc.

    ``frame.attrs["paths"]`` maps code ids to paths.
    """
    kind, distance = parse_mode(mode)
    codes = code_rows(project, activation)
    ids = list(codes.index)
    table, condition, where, args_c, args_w = _pair_parts(project, activation, kind, distance)
    pairs = project.db.execute(
        f"SELECT a.code_id, b.code_id, COUNT(*) FROM {table} a JOIN {table} b "
        f"ON b.document_id = a.document_id AND b.code_id > a.code_id AND {condition} "
        f"WHERE {where} GROUP BY a.code_id, b.code_id",
        args_c + args_w,
    ).fetchall()
    regions, args_r = _regions_table(project, activation)
    pairs += project.db.execute(
        f"{regions}SELECT a.code_id, b.code_id, COUNT(*) FROM regions a JOIN regions b "
        f"ON b.document_id = a.document_id AND b.code_id > a.code_id AND {_REGION_PAIR} "
        "GROUP BY a.code_id, b.code_id",
        args_r,
    ).fetchall()
    mixed: dict[tuple[int, int], int] = {}
    for _, region_code, _, text_code in _region_text_pairs(project, activation, kind, distance):
        if region_code != text_code:
            key = (min(region_code, text_code), max(region_code, text_code))
            mixed[key] = mixed.get(key, 0) + 1
    pairs += [(a, b, n) for (a, b), n in mixed.items()]
    where, args = segment_filter(project, activation, "c")
    sizes = dict(
        project.db.execute(
            f"SELECT c.code_id, COUNT(*) FROM codings c WHERE {where} GROUP BY c.code_id", args
        ).fetchall()
    )
    return _square(pairs, sizes, ids, codes["path"].to_dict())


def _square(
    pairs: list[tuple[int, int, int]], sizes: dict[int, int], ids: list[int], paths: dict[str, Any]
) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    position = {code_id: index for index, code_id in enumerate(ids)}
    grid = np.zeros((len(ids), len(ids)), dtype="int64")
    for a, b, n in pairs:  # text pairs and region pairs of one code pair add up
        if a in position and b in position:
            grid[position[a], position[b]] += n
            if a != b:
                grid[position[b], position[a]] += n
    for code_id, index in position.items():
        grid[index, index] = sizes.get(code_id, 0)
    frame = pd.DataFrame(grid, index=pd.Index(ids, name="code_id"), columns=ids)
    frame.attrs["paths"] = dict(paths)
    return frame


def labelled_relations(frame: pd.DataFrame) -> pd.DataFrame:
    """The square table with code paths: first column ``code``, one column per code path."""
    paths = frame.attrs.get("paths", {})
    labelled = frame.copy()
    labelled.columns = [paths.get(i, str(i)) for i in frame.columns]
    labelled.insert(0, "code", [paths.get(i, str(i)) for i in frame.index])
    return labelled.reset_index(drop=True)


def _paragraph_spans(project: Project, activation: Activation) -> str:
    """Fill a temporary table with each activated segment's paragraph range (first, last+1),
    so the overlap join can run on paragraphs; returns its name."""
    where, args = segment_filter(project, activation, "c")
    rows = project.db.execute(
        f'SELECT c.id, c.document_id, c.code_id, c.start, c."end", c.x1 FROM codings c '
        f'WHERE {where} AND c."end" > c.start ORDER BY c.document_id',
        args,
    ).fetchall()
    breaks: dict[int, list[int]] = {}
    spans = []
    for coding_id, document_id, code_id, start, end, x1 in rows:
        if document_id not in breaks:
            text = project.text(document_id)
            breaks[document_id] = [m.start() for m in re.finditer("\n", text)]
        newlines = breaks[document_id]
        first = bisect.bisect_left(newlines, start)
        last = bisect.bisect_left(newlines, end - 1)
        spans.append((coding_id, document_id, code_id, first, last + 1, x1))
    db = project.db
    db.execute(f"DROP TABLE IF EXISTS {_SPANS}")
    db.execute(
        f"CREATE TABLE {_SPANS} (id INTEGER, document_id INTEGER, code_id INTEGER, "
        'start INTEGER, "end" INTEGER, x1 REAL)'
    )
    db.conn.executemany(f"INSERT INTO {_SPANS} VALUES (?, ?, ?, ?, ?, ?)", spans)
    db.execute(
        "CREATE INDEX temp.qdadesk_relation_spans_doc ON qdadesk_relation_spans "
        "(document_id, start)"
    )
    return _SPANS


def relation_cell_segments(
    project: Project, activation: Activation, code_a: int, code_b: int, mode: str = "overlap"
) -> pd.DataFrame:
    """The segments of codes A and B that meet (under ``mode``) a segment of the other code,
    as ``retrieve_segments`` lists them. On the diagonal: all of A's segments."""
    from dataclasses import replace

    kind, distance = parse_mode(mode)
    if code_a == code_b:
        cell = replace(activation, code_ids=frozenset([code_a]), include_subcodes=False)
        shown = retrieval.effective_code_ids(project, activation)
        if shown is not None and code_a not in shown:
            cell = replace(cell, code_ids=frozenset())
        return retrieval.retrieve_segments(project, cell)
    table, condition, where, args_c, args_w = _pair_parts(project, activation, kind, distance)
    rows = project.db.execute(
        f"SELECT a.id, b.id FROM {table} a JOIN {table} b "
        f"ON b.document_id = a.document_id AND {condition} "
        f"WHERE a.code_id = ? AND b.code_id = ? AND {where}",
        args_c + [code_a, code_b] + args_w,
    ).fetchall()
    regions, args_r = _regions_table(project, activation)
    rows += project.db.execute(
        f"{regions}SELECT a.id, b.id FROM regions a JOIN regions b "
        f"ON b.document_id = a.document_id AND {_REGION_PAIR} "
        "WHERE a.code_id = ? AND b.code_id = ?",
        args_r + [code_a, code_b],
    ).fetchall()
    rows += [
        (region, text)
        for region, region_code, text, text_code in _region_text_pairs(
            project, activation, kind, distance
        )
        if {region_code, text_code} == {code_a, code_b}
    ]
    wanted = {i for pair in rows for i in pair}
    cell = replace(activation, code_ids=frozenset([code_a, code_b]), include_subcodes=False)
    segments = retrieval.retrieve_segments(project, cell)
    return segments[segments["coding_id"].isin(wanted)].reset_index(drop=True)
