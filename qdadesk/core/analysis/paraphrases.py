"""Paraphrases as data: the Paraphrases Matrix (documents or groups side by side) and the
paraphrases that fall on a coded segment (for the Miles & Huberman display cells)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qdadesk.core.analysis.activation import ALL, Activation
from qdadesk.core.analysis.matrices import activated_document_ids, column_axis
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

MATRIX_COLUMNS = ("documents", "groups")


@dataclass(frozen=True)
class ParaphraseEntry:
    """A paraphrase with its passage and where it comes from."""

    paraphrase_id: int
    document_id: int
    document: str
    paragraph: int  # 1-based paragraph (line) where the passage starts
    start: int
    end: int
    text: str  # the paraphrase
    passage: str  # the paraphrased text

    @property
    def source(self) -> str:
        return tr("{document}, ¶ {paragraph}").format(
            document=self.document, paragraph=self.paragraph
        )

    def cited(self, with_document: bool = True) -> str:
        """The paraphrase followed by its source (``¶ n`` alone inside a document's column)."""
        where = self.source if with_document else tr("¶ {n}").format(n=self.paragraph)
        return f"{' '.join(self.text.split())} ({where})"


def paraphrase_entries(
    project: Project, document_ids: list[int] | None = None
) -> list[ParaphraseEntry]:
    """Every paraphrase (of some documents) with its passage, in document order."""
    names = {d.id: d.name for d in project.documents()}
    texts: dict[int, str] = {}
    result = []
    for p in project.paraphrases(document_ids):
        text = texts.get(p.document_id)
        if text is None:
            text = texts[p.document_id] = project.text(p.document_id)
        result.append(
            ParaphraseEntry(
                p.id,
                p.document_id,
                names.get(p.document_id, ""),
                text.count("\n", 0, p.start) + 1,
                p.start,
                p.end,
                p.text,
                text[p.start : p.end],
            )
        )
    return result


@dataclass
class ParaphraseMatrix:
    """Columns (documents or groups) each holding its paraphrases in text order."""

    columns: str
    labels: list[str]
    cells: list[list[ParaphraseEntry]] = field(default_factory=list)

    def depth(self) -> int:
        return max((len(c) for c in self.cells), default=0)

    def as_frame(self) -> pd.DataFrame:
        """One column per document or group, one paraphrase per row (with its source)."""
        import pandas as pd

        with_document = self.columns != "documents"
        data = {
            label: [e.cited(with_document) for e in cell] + [""] * (self.depth() - len(cell))
            for label, cell in zip(self.labels, self.cells, strict=True)
        }
        return pd.DataFrame(data, columns=self.labels, dtype=object)


def paraphrase_matrix(
    project: Project, columns: str = "documents", activation: Activation = ALL
) -> ParaphraseMatrix:
    """The Paraphrases Matrix over the activated documents (all when nothing is activated
    in ``ALL``); only documents or groups holding paraphrases get a column."""
    if columns not in MATRIX_COLUMNS:
        raise QdaError(
            tr("Unknown columns '{columns}': use documents or groups").format(columns=columns)
        )
    scope = activated_document_ids(project, activation)
    entries = paraphrase_entries(project, scope)
    matrix = ParaphraseMatrix(columns, [], [])
    for column in column_axis(project, columns, scope):
        cell = [e for e in entries if e.document_id in column.document_ids]  # text order
        if cell:
            matrix.labels.append(column.label)
            matrix.cells.append(cell)
    return matrix


def paraphrases_by_document(project: Project) -> dict[int, list[ParaphraseEntry]]:
    """Every document's paraphrases (for looking up those on a segment)."""
    result: dict[int, list[ParaphraseEntry]] = {}
    for entry in paraphrase_entries(project):
        result.setdefault(entry.document_id, []).append(entry)
    return result


def paraphrases_on(
    by_document: dict[int, list[ParaphraseEntry]], document_id: int, start: int, end: int
) -> list[ParaphraseEntry]:
    """The paraphrases whose passage overlaps ``start..end`` of a document (none for an
    empty range: a region without text)."""
    if start >= end:
        return []
    return [e for e in by_document.get(document_id, []) if e.start < end and start < e.end]
