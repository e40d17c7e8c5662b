"""Retrieval of coded segments: what Retrieved Segments lists and ``segments`` prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.region_segments import REGION_COLUMNS, region_quote

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

SEGMENT_COLUMNS = ["document", "code", "start", "end", "text", "weight", "coder", "comment"]


def effective_code_ids(project: Project, activation: Activation) -> list[int] | None:
    """The code ids an activation selects, with subcodes added when it asks for them."""
    if activation.code_ids is None:
        return None
    if not activation.include_subcodes:
        return sorted(activation.code_ids)
    ids: set[int] = set()
    for code_id in activation.code_ids:
        ids.update(project.code_subtree(code_id))
    return sorted(ids)


# A region coding's page and box (REFI-QDA coordinates); None for text segments.
RETRIEVAL_COLUMNS = SEGMENT_COLUMNS + ["coding_id", "document_id", "code_id", "created"]
RETRIEVAL_COLUMNS += REGION_COLUMNS


@dataclass(frozen=True)
class SegmentRows:
    """Retrieved segments as plain tuples in ``RETRIEVAL_COLUMNS`` order.

    What the window lists when a project opens: building it needs no pandas (a third of a
    second at start-up); ``to_frame`` gives the DataFrame when an analysis or export wants it.
    """

    rows: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.rows)

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.rows, columns=RETRIEVAL_COLUMNS)


def segment_rows(project: Project, activation: Activation = ALL) -> SegmentRows:
    """One row per coded segment of an activated code in an activated document, as plain
    tuples (``RETRIEVAL_COLUMNS``); rows in document order (as the Document System lists
    them) then by position."""
    code_ids = effective_code_ids(project, activation)
    document_ids = None if activation.document_ids is None else sorted(activation.document_ids)
    codings = project.codings(document_ids=document_ids, code_ids=code_ids)
    codings = [c for c in codings if activation.allows_coding(c.weight, c.coder)]
    if not codings:
        return SegmentRows([])
    order = {d.id: (index, d.name) for index, d in enumerate(project.documents())}
    paths = project.code_paths()
    texts: dict[int, str] = {}
    rows = []
    for coding in sorted(codings, key=lambda c: (order[c.document_id][0], c.start, c.end, c.id)):
        if coding.document_id not in texts:
            texts[coding.document_id] = project.text(coding.document_id)
        quote = texts[coding.document_id][coding.start : coding.end]
        if coding.is_region:
            quote = region_quote(quote, coding.page)
        rows.append(
            (
                order[coding.document_id][1],
                paths[coding.code_id],
                coding.start,
                coding.end,
                quote,
                coding.weight,
                coding.coder or "",
                coding.comment,
                coding.id,
                coding.document_id,
                coding.code_id,
                coding.created,
                coding.page,
                coding.x1,
                coding.y1,
                coding.x2,
                coding.y2,
            )
        )
    return SegmentRows(rows)


def retrieve_segments(project: Project, activation: Activation = ALL) -> pd.DataFrame:
    """One row per coded segment of an activated code in an activated document.

    Columns: ``SEGMENT_COLUMNS`` plus ``coding_id``, ``document_id``, ``code_id``,
    ``created`` and a region's ``page``, ``x1``, ``y1``, ``x2``, ``y2`` (empty for text; a
    region's ``text`` is its text in the box, else "[region p. N]"); rows in document order
    (as the Document System lists them) then by position.
    """
    return segment_rows(project, activation).to_frame()


def segments_for_codings(project: Project, coding_ids: list[int]) -> pd.DataFrame:
    """The segments with these coding ids, as ``retrieve_segments`` lists them (a display
    cell's segments, sent to Retrieved Segments)."""
    if not coding_ids:
        return retrieve_segments(project, Activation(document_ids=frozenset()))
    rows = project.db.execute(
        "SELECT DISTINCT document_id, code_id FROM codings WHERE id IN "
        "(SELECT value FROM json_each(?))",
        [str(list(coding_ids))],
    ).fetchall()
    activation = Activation(
        document_ids=frozenset(r[0] for r in rows), code_ids=frozenset(r[1] for r in rows)
    )
    frame = retrieve_segments(project, activation)
    return frame[frame["coding_id"].isin(set(coding_ids))].reset_index(drop=True)
