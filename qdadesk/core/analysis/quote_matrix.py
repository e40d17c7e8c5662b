"""Interactive Quote Matrix: codes x document groups (or variable values, documents), each
cell holding the full quotes of its segments with their source."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qdadesk.core.analysis import retrieval
from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.matrices import (
    Column,
    activated_document_ids,
    code_rows,
    column_axis,
    shown_ancestors,
)
from qdadesk.core.analysis.region_segments import is_blank, region_label
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project


@dataclass(frozen=True)
class Quote:
    """A coded segment's text with where it comes from."""

    text: str
    document: str
    paragraph: int  # 1-based paragraph (line) where the segment starts
    start: int
    end: int
    weight: int
    code: str
    coder: str
    coding_id: int
    document_id: int
    code_id: int
    # A region coding's page (None on a picture) and box; a text segment has no box.
    page: int | None = None
    box: tuple[float, float, float, float] | None = None

    @property
    def source(self) -> str:
        """``Document, ¶ 3`` — what a publication cites under a quote (a region on a PDF:
        ``Document, p. 3``; on a picture: the document)."""
        if self.box is not None:
            if self.page is None:
                return self.document
            return tr("{document}, p. {page}").format(document=self.document, page=self.page)
        return tr("{document}, ¶ {paragraph}").format(
            document=self.document, paragraph=self.paragraph
        )

    @property
    def is_label(self) -> bool:
        """A region without text: its text is "[region p. N]", not words to quote."""
        return self.box is not None and self.text == region_label(self.page)

    def cited(self) -> str:
        """The quote in quotation marks followed by its source (a region's label bare)."""
        if self.is_label:
            return f"{self.text} ({self.source})"
        return f"\u201c{' '.join(self.text.split())}\u201d ({self.source})"


def quotes(project: Project, activation: Activation = ALL) -> list[Quote]:
    """Every activated segment as a Quote, in document order then position."""
    frame = retrieval.retrieve_segments(project, activation)
    return quotes_from_segments(project, frame)


def quotes_from_segments(project: Project, frame: pd.DataFrame) -> list[Quote]:
    """Quotes for a segments DataFrame (columns of ``retrieve_segments``)."""
    texts: dict[int, str] = {}
    result = []
    has_boxes = "x1" in frame.columns
    for row in frame.itertuples(index=False):
        page, box = None, None
        if has_boxes and not is_blank(row.x1):
            page = None if is_blank(row.page) else int(row.page)
            box = (float(row.x1), float(row.y1), float(row.x2), float(row.y2))
        document_id = int(row.document_id)
        if document_id not in texts:
            texts[document_id] = project.text(document_id)
        paragraph = texts[document_id].count("\n", 0, int(row.start)) + 1
        result.append(
            Quote(
                text=row.text,
                document=row.document,
                paragraph=paragraph,
                start=int(row.start),
                end=int(row.end),
                weight=int(row.weight),
                code=row.code,
                coder=row.coder,
                coding_id=int(row.coding_id),
                document_id=document_id,
                code_id=int(row.code_id),
                page=page,
                box=box,
            )
        )
    return result


def strongest(quotes_: list[Quote]) -> Quote | None:
    """The highest-weighted quote (ties: the longer, then the first)."""
    if not quotes_:
        return None
    return max(quotes_, key=lambda q: (q.weight, len(q.text), -quotes_.index(q)))


@dataclass
class QuoteMatrix:
    """Codes x columns, each cell the list of its quotes."""

    codes: pd.DataFrame
    columns: list[Column]
    cells: dict[tuple[int, str], list[Quote]] = field(default_factory=dict)

    def cell(self, code_id: int, column_label: str) -> list[Quote]:
        return self.cells.get((code_id, column_label), [])

    def as_frame(self) -> pd.DataFrame:
        """A text table (first column ``code``): quotes cited one per line."""
        import pandas as pd

        rows = []
        for code_id, path in self.codes["path"].items():
            row = {"code": path}
            for column in self.columns:
                row[column.label] = "\n".join(q.cited() for q in self.cell(code_id, column.label))
            rows.append(row)
        return pd.DataFrame(rows, columns=["code"] + [c.label for c in self.columns])


def quote_matrix(
    project: Project,
    activation: Activation = ALL,
    columns: str = "groups",
    include_subcodes: bool = False,
) -> QuoteMatrix:
    """The quote matrix; ``columns`` as for ``code_matrix`` (groups, variable:NAME, ...)."""
    codes = code_rows(project, activation)
    axis = column_axis(project, columns, activated_document_ids(project, activation))
    all_quotes = quotes(project, activation)
    chains = shown_ancestors(codes) if include_subcodes else {i: [i] for i in codes.index}
    by_document: dict[int, list[str]] = {}
    for column in axis:
        for document_id in column.document_ids:
            by_document.setdefault(document_id, []).append(column.label)
    matrix = QuoteMatrix(codes=codes, columns=axis)
    for quote in all_quotes:
        for code_id in chains.get(quote.code_id, []):
            for label in by_document.get(quote.document_id, []):
                matrix.cells.setdefault((code_id, label), []).append(quote)
    return matrix
