"""Intercoder agreement between two coders: MAXQDA's unit levels plus paragraph statistics.

The two coders are either two coders of one project, or one coder in each of two project
files holding the same documents. The definitions (also in ``resources/help/agreement.md``):

- **Codes in the table**: the codes either coder used in the chosen documents, or the chosen
  codes (with ``include_subcodes``, a subcode's segments count as the chosen code's).
- ``presence``: a unit is a (document, code) pair that at least one coder used; it agrees
  when both used the code in that document.
- ``frequency``: the same units; a unit agrees when both coders have the same number of
  segments of that code in that document.
- ``segment``: every segment of either coder is a unit; it agrees when the other coder has a
  segment of the same code in the same document whose overlap with it, |intersection| /
  |union| of the two character ranges, is at least the threshold (default 90 %).
- Per code ``agree``, ``disagree``, ``percent`` = 100·agree/(agree+disagree); overall
  ``percent`` over all units; ``kappa_brennan_prediger`` = (Po − 1/k)/(1 − 1/k), Po =
  percent/100, k = the number of codes in the table (None when k < 2).
- **Regions** (boxes on PDF pages and pictures) are segments like any other at the
  ``presence`` and ``frequency`` levels. At the ``segment`` level a region agrees with the
  other coder's region of the same code on the same page (picture) whose overlap,
  |intersection| / |union| of the two boxes' areas, is at least the threshold; a region
  and a text segment never agree. In the paragraph statistics a region counts through the
  text in its box (a region without text rates no paragraph).
- **Paragraph statistics**: a paragraph is a maximal non-empty run of characters between
  ``\\n``s; for each paragraph and each code in the table each coder's rating is 1 when they
  coded at least one character of the paragraph with the code, else 0. Pooled and per code:
  ``percent``, ``cohen_kappa`` and ``krippendorff_alpha`` (nominal); None where undefined.

With another project file, documents are matched by GUID (when the texts are identical),
then by identical text; codes by GUID, then by path. Documents without a match are left out
and named in ``AgreementResult.unmatched_documents``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis.region_segments import region_quote
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import CODE_PATH_SEPARATOR
from qdadesk.core.table_values import python_value

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

LEVELS = ("presence", "frequency", "segment")
CODE_COLUMNS = ["code", "agree", "disagree", "percent"]
PARAGRAPH_CODE_COLUMNS = ["code", "units", "percent", "cohen_kappa", "krippendorff_alpha"]
DISAGREEMENT_COLUMNS = ["document", "code", "coder", "start", "end", "text"]
RATING_COLUMNS = ["document", "paragraph", "start", "end", "code", "coder_a", "coder_b"]
UNIT_COLUMNS = ["document", "code", "start", "end", "coder_a", "coder_b", "agree"]
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class AgreementSegment:
    """One coder's segment as the comparison sees it (``document_id`` is in the first file)."""

    document_id: int
    document: str
    code: str
    coder: str
    side: str  # "a" or "b"
    start: int
    end: int
    page: int | None = None  # a region's page (None on a picture) and box
    box: tuple[float, float, float, float] | None = None


@dataclass
class ParagraphStatistics:
    """Paragraph x code units: pooled figures and a per-code table."""

    units: int
    percent: float | None
    cohen_kappa: float | None
    krippendorff_alpha: float | None
    codes: pd.DataFrame  # PARAGRAPH_CODE_COLUMNS


@dataclass
class ParagraphRatings:
    """Every paragraph (document, number from 1, start, end) and, per code in the table,
    each coder's 0/1 rating: ``a`` and ``b`` are (paragraphs x codes) arrays of 0/1."""

    documents: list[str]
    numbers: Any  # numpy int arrays, one entry per paragraph
    starts: Any
    ends: Any
    codes: list[str]
    a: Any  # numpy uint8, paragraphs x codes
    b: Any

    def frame(self) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        n_codes = len(self.codes)
        return pd.DataFrame(
            {
                "document": np.repeat(np.array(self.documents, dtype=object), n_codes),
                "paragraph": np.repeat(self.numbers, n_codes),
                "start": np.repeat(self.starts, n_codes),
                "end": np.repeat(self.ends, n_codes),
                "code": np.tile(np.array(self.codes, dtype=object), len(self.documents)),
                "coder_a": self.a.ravel().astype(np.int64),
                "coder_b": self.b.ravel().astype(np.int64),
            },
            columns=RATING_COLUMNS,
        )


@dataclass
class AgreementResult:
    """What ``intercoder_agreement`` computed, with every table it was computed from."""

    level: str
    coders: tuple[str, str]
    overlap: float
    codes: pd.DataFrame  # CODE_COLUMNS, one row per code in the table
    percent: float | None
    kappa_brennan_prediger: float | None
    paragraphs: ParagraphStatistics
    disagreements: pd.DataFrame  # DISAGREEMENT_COLUMNS + document_id
    units: pd.DataFrame  # UNIT_COLUMNS: the level's units
    paragraph_ratings: ParagraphRatings
    # Both coders' segments under the table's codes (subcodes merged when asked).
    segments: list[AgreementSegment] = field(default_factory=list)
    unmatched_documents: list[str] = field(default_factory=list)

    @property
    def ratings(self) -> pd.DataFrame:
        """RATING_COLUMNS: the raw paragraph x code ratings, one row per unit (built on
        demand: a big project has millions)."""
        return self.paragraph_ratings.frame()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object ``qdadesk-cli agreement --format json`` prints."""
        paragraphs = self.paragraphs
        return {
            "level": self.level,
            "coders": list(self.coders),
            "overlap": _number(self.overlap),
            "codes": _records(self.codes, CODE_COLUMNS),
            "percent": self.percent,
            "kappa_brennan_prediger": self.kappa_brennan_prediger,
            "paragraphs": {
                "units": paragraphs.units,
                "percent": paragraphs.percent,
                "cohen_kappa": paragraphs.cohen_kappa,
                "krippendorff_alpha": paragraphs.krippendorff_alpha,
                "codes": _records(
                    paragraphs.codes, ["code", "percent", "cohen_kappa", "krippendorff_alpha"]
                ),
            },
            "disagreements": _records(self.disagreements, DISAGREEMENT_COLUMNS),
        }

    def summary_frame(self) -> pd.DataFrame:
        """The pooled figures as a two-column table (for a sheet or a printed summary)."""
        import pandas as pd

        p = self.paragraphs
        rows = [
            (tr("Level"), self.level),
            (tr("Coder A"), self.coders[0]),
            (tr("Coder B"), self.coders[1]),
            (tr("Overlap threshold (%)"), _number(self.overlap)),
            (tr("Codes in the table"), len(self.codes)),
            (tr("Units"), len(self.units)),
            (tr("Percent agreement"), self.percent),
            (tr("Kappa (Brennan & Prediger)"), self.kappa_brennan_prediger),
            (tr("Paragraph units"), p.units),
            (tr("Paragraph percent agreement"), p.percent),
            (tr("Paragraph Cohen's kappa"), p.cohen_kappa),
            (tr("Paragraph Krippendorff's alpha"), p.krippendorff_alpha),
        ]
        if self.unmatched_documents:
            rows.append((tr("Documents without a match"), "; ".join(self.unmatched_documents)))
        return pd.DataFrame(rows, columns=[tr("Figure"), tr("Value")], dtype=object)


# -- statistics -------------------------------------------------------------------------------
def percent_of(agree: int, total: int) -> float | None:
    return None if total == 0 else 100.0 * agree / total


def brennan_prediger(percent: float | None, k: int) -> float | None:
    """(Po − 1/k)/(1 − 1/k); None when k < 2 or there are no units."""
    if percent is None or k < 2:
        return None
    chance = 1.0 / k
    return (percent / 100.0 - chance) / (1.0 - chance)


def cohen_kappa(pairs: list[tuple[int, int]]) -> float | None:
    """Cohen's kappa of two raters' 0/1 ratings; None when undefined (no units, or chance
    agreement 1: both raters constant at the same value)."""
    return _kappa_from_counts(*_counts(pairs))


def _counts(pairs: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    """(units, equal ratings, A's 1s, B's 1s) of 0/1 rating pairs."""
    return (
        len(pairs),
        sum(1 for a, b in pairs if a == b),
        sum(a for a, _ in pairs),
        sum(b for _, b in pairs),
    )


def _kappa_from_counts(n: int, agree: int, a1: int, b1: int) -> float | None:
    if n == 0:
        return None
    observed = Fraction(agree, n)
    expected = Fraction(a1 * b1 + (n - a1) * (n - b1), n * n)
    if expected == 1:
        return None
    return float((observed - expected) / (1 - expected))


def _alpha_from_counts(n: int, agree: int, a1: int, b1: int) -> float | None:
    # Coincidences: each unit adds one ordered pair per coder order (m_u − 1 = 1), so
    # alpha = 1 − (N − 1)·D / (N0·N1) over the N = 2n ratings, D the differing units.
    if n == 0:
        return None
    ratings = 2 * n
    ones = a1 + b1
    zeros = ratings - ones
    if ones == 0 or zeros == 0:
        return None
    return float(1 - Fraction((ratings - 1) * (n - agree), zeros * ones))


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> Fraction:
    """|intersection| / |union| of two character ranges (end exclusive)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return Fraction(0)
    union = max(a[1], b[1]) - min(a[0], b[0])
    return Fraction(inter, union)


def box_overlap_ratio(a: tuple[float, ...], b: tuple[float, ...]) -> Fraction:
    """|intersection| / |union| of two boxes' areas (x1, y1, x2, y2)."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return Fraction(0)
    inter = Fraction(width) * Fraction(height)
    areas = Fraction(a[2] - a[0]) * Fraction(a[3] - a[1]) + Fraction(b[2] - b[0]) * Fraction(
        b[3] - b[1]
    )
    return inter / (areas - inter)


def segments_agree(s: AgreementSegment, t: AgreementSegment, threshold: Fraction) -> bool:
    """Two segments of one unit agree: ranges (text) or boxes on one page (regions) that
    overlap by at least ``threshold``; a region and a text segment never do."""
    if (s.box is None) != (t.box is None):
        return False
    if s.box is None or t.box is None:
        return overlap_ratio((s.start, s.end), (t.start, t.end)) >= threshold
    return s.page == t.page and box_overlap_ratio(s.box, t.box) >= threshold


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of each maximal non-empty run of characters between ``\\n``s."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]


# -- the comparison ---------------------------------------------------------------------------
def intercoder_agreement(
    project: Project,
    coder_a: str,
    coder_b: str,
    *,
    other: Project | None = None,
    level: str = "segment",
    overlap: float = 90,
    code_paths: list[str] | None = None,
    include_subcodes: bool = False,
    document_names: list[str] | None = None,
) -> AgreementResult:
    """Compare coder A (in ``project``) with coder B (in ``other``, or ``project`` too)."""
    import pandas as pd

    if level not in LEVELS:
        raise QdaError(
            tr("Unknown level '{level}' (choose one of: {levels})").format(
                level=level, levels=", ".join(LEVELS)
            )
        )
    if not 0 < overlap <= 100:
        raise QdaError(tr("The overlap threshold is a percentage above 0 and at most 100"))
    coder_a, coder_b = coder_a.strip(), coder_b.strip()
    if not coder_a or not coder_b:
        raise QdaError(tr("Name two coders"))
    if other is None and coder_a == coder_b:
        raise QdaError(tr("Choose two different coders"))
    if document_names:
        documents = [project.find_document(name) for name in document_names]
    else:
        documents = project.documents()
    texts = {d.id: project.text(d.id) for d in documents}
    names = {d.id: d.name for d in documents}
    chosen = [project.code_path(project.find_code(p).id) for p in code_paths or []]
    chosen = list(dict.fromkeys(chosen))

    segments = _segments(project, coder_a, "a", {d.id: d.id for d in documents}, None)
    unmatched: list[str] = []
    if other is None:
        segments += _segments(project, coder_b, "b", {d.id: d.id for d in documents}, None)
    else:
        mapping, unmatched = _match_documents(project, other, documents, texts)
        for document_id in [d.id for d in documents if d.name in unmatched]:
            texts.pop(document_id)
            segments = [s for s in segments if s.document_id != document_id]
        segments += _segments(other, coder_b, "b", mapping, _code_labels(project, other))
    segments = [
        AgreementSegment(
            s.document_id,
            names[s.document_id],
            s.code,
            s.coder,
            s.side,
            s.start,
            s.end,
            s.page,
            s.box,
        )
        for s in segments
    ]

    # The codes in the table, and each segment under the table's code(s) it counts for.
    if chosen:
        table_codes = chosen

        def labels(path: str) -> list[str]:
            return [
                c
                for c in chosen
                if path == c or (include_subcodes and path.startswith(c + CODE_PATH_SEPARATOR))
            ]
    else:
        order = {path: i for i, path in enumerate(project.code_path(c.id) for c in project.codes())}
        used = {s.code for s in segments}
        table_codes = sorted(used, key=lambda p: (order.get(p, len(order)), p))

        def labels(path: str) -> list[str]:
            return [path]

    counted = [
        AgreementSegment(
            s.document_id, s.document, label, s.coder, s.side, s.start, s.end, s.page, s.box
        )
        for s in segments
        for label in labels(s.code)
    ]
    by_unit: dict[tuple[int, str], dict[str, list[AgreementSegment]]] = {}
    for s in counted:
        by_unit.setdefault((s.document_id, s.code), {"a": [], "b": []})[s.side].append(s)
    for unit in by_unit.values():
        for listed in unit.values():
            listed.sort(key=lambda s: (s.start, s.end))

    document_order = {d.id: i for i, d in enumerate(documents)}
    code_order = {c: i for i, c in enumerate(table_codes)}
    unit_keys = sorted(by_unit, key=lambda k: (document_order[k[0]], code_order[k[1]]))
    unit_rows: list[tuple[Any, ...]] = []
    disagreements: list[tuple[Any, ...]] = []
    tally = {c: [0, 0] for c in table_codes}
    threshold = Fraction(str(overlap)) / 100
    for key in unit_keys:
        unit = by_unit[key]
        document, code = names[key[0]], key[1]
        if level == "segment":
            for side, mine, theirs in (("a", unit["a"], unit["b"]), ("b", unit["b"], unit["a"])):
                for s in mine:
                    agree = any(segments_agree(s, t, threshold) for t in theirs)
                    unit_rows.append((document, code, s.start, s.end, *_side_marks(side), agree))
                    tally[code][0 if agree else 1] += 1
                    if not agree:
                        disagreements.append(_disagreement(s, texts))
            continue
        a, b = len(unit["a"]), len(unit["b"])
        agree = (a > 0 and b > 0) if level == "presence" else a == b
        values = (int(a > 0), int(b > 0)) if level == "presence" else (a, b)
        unit_rows.append((document, code, None, None, *values, agree))
        tally[code][0 if agree else 1] += 1
        if not agree:
            disagreements.extend(_disagreement(s, texts) for s in unit["a"] + unit["b"])

    # Read in the documents' order, as a coder would go through them.
    disagreements.sort(key=lambda r: (document_order[r[6]], r[3], r[4], code_order[r[1]], r[2]))
    code_rows = [(c, ag, dis, percent_of(ag, ag + dis)) for c, (ag, dis) in tally.items()]
    total_agree = sum(ag for ag, _ in tally.values())
    total = sum(ag + dis for ag, dis in tally.values())
    percent = percent_of(total_agree, total)
    ratings = _ratings(documents, texts, table_codes, counted)
    return AgreementResult(
        level=level,
        coders=(coder_a, coder_b),
        overlap=overlap,
        codes=pd.DataFrame(code_rows, columns=CODE_COLUMNS, dtype=object),
        percent=percent,
        kappa_brennan_prediger=brennan_prediger(percent, len(table_codes)),
        paragraphs=_paragraph_statistics(ratings),
        disagreements=pd.DataFrame(
            disagreements, columns=[*DISAGREEMENT_COLUMNS, "document_id"], dtype=object
        ),
        units=pd.DataFrame(unit_rows, columns=UNIT_COLUMNS, dtype=object),
        paragraph_ratings=ratings,
        segments=counted,
        unmatched_documents=unmatched,
    )


def _side_marks(side: str) -> tuple[int, int]:
    return (1, 0) if side == "a" else (0, 1)


def _disagreement(s: AgreementSegment, texts: dict[int, str]) -> tuple[Any, ...]:
    text = texts[s.document_id][s.start : s.end]
    if s.box is not None:  # a region: its text in the box, else "[region p. N]"
        text = region_quote(text, s.page)
    return (s.document, s.code, s.coder, s.start, s.end, text, s.document_id)


def _ratings(
    documents: list[Any],
    texts: dict[int, str],
    table_codes: list[str],
    segments: list[AgreementSegment],
) -> ParagraphRatings:
    """Each coder's 0/1 rating of every (paragraph, code): 1 when a segment of theirs with
    that code covers a character of the paragraph. Each segment marks the run of
    paragraphs it touches, found by bisection, so this is linear in the segments."""
    import numpy as np

    names: list[str] = []
    numbers: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    rows: dict[int, tuple[int, int]] = {}  # document id -> its paragraphs' rows
    for document in documents:
        if document.id not in texts:
            continue
        row0 = len(starts)
        for number, (p_start, p_end) in enumerate(paragraphs_of(texts[document.id]), 1):
            names.append(document.name)
            numbers.append(number)
            starts.append(p_start)
            ends.append(p_end)
        rows[document.id] = (row0, len(starts))
    code_column = {code: i for i, code in enumerate(table_codes)}
    a = np.zeros((len(starts), len(table_codes)), dtype=np.uint8)
    b = np.zeros_like(a)
    start_array, end_array = np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)
    for s in segments:
        span = rows.get(s.document_id)
        column = code_column.get(s.code)
        if span is None or column is None or s.start >= s.end:  # a region without text
            continue
        row0, row1 = span
        # Paragraphs of this document with end > s.start and start < s.end.
        low = row0 + int(np.searchsorted(end_array[row0:row1], s.start, side="right"))
        high = row0 + int(np.searchsorted(start_array[row0:row1], s.end, side="left"))
        if low < high:
            (a if s.side == "a" else b)[low:high, column] = 1
    return ParagraphRatings(
        names,
        np.array(numbers, dtype=np.int64),
        start_array,
        end_array,
        list(table_codes),
        a,
        b,
    )


def _paragraph_statistics(ratings: ParagraphRatings) -> ParagraphStatistics:
    import numpy as np
    import pandas as pd

    a, b = ratings.a.astype(np.int64), ratings.b.astype(np.int64)
    equal = a == b
    per_code = []
    for column, code in enumerate(ratings.codes):
        counts = (
            a.shape[0],
            int(equal[:, column].sum()),
            int(a[:, column].sum()),
            int(b[:, column].sum()),
        )
        per_code.append(
            (
                code,
                counts[0],
                percent_of(counts[1], counts[0]),
                _kappa_from_counts(*counts),
                _alpha_from_counts(*counts),
            )
        )
    pooled = (int(a.size), int(equal.sum()), int(a.sum()), int(b.sum()))
    return ParagraphStatistics(
        units=pooled[0],
        percent=percent_of(pooled[1], pooled[0]),
        cohen_kappa=_kappa_from_counts(*pooled),
        krippendorff_alpha=_alpha_from_counts(*pooled),
        codes=pd.DataFrame(per_code, columns=PARAGRAPH_CODE_COLUMNS, dtype=object),
    )


# -- reading each side ----------------------------------------------------------------------
def _segments(
    project: Project,
    coder: str,
    side: str,
    documents: dict[int, int],
    code_labels: dict[int, str] | None,
) -> list[AgreementSegment]:
    """The coder's segments in the given documents (keys: this project's document ids,
    values: the first project's), with codes as the first project's paths."""
    labels = code_labels if code_labels is not None else project.code_paths()
    found = []
    for c in project.codings(document_ids=list(documents)):
        if (c.coder or "") != coder:
            continue
        found.append(
            AgreementSegment(
                documents[c.document_id],
                "",
                labels[c.code_id],
                coder,
                side,
                c.start,
                c.end,
                c.page,
                c.box,
            )
        )
    return found


def _code_labels(project: Project, other: Project) -> dict[int, str]:
    """Each of ``other``'s codes as a path in ``project``: matched by GUID, else its own
    path (which then matches a code of the same path, or stands for itself)."""
    by_guid = {c.guid: path for c, path in _paths_of(project)}
    return {c.id: by_guid.get(c.guid, path) for c, path in _paths_of(other)}


def _paths_of(project: Project) -> list[tuple[Any, str]]:
    paths = project.code_paths()
    return [(c, paths[c.id]) for c in project.codes()]


def _match_key(project: Project, document: Any, text: str) -> Any:
    """What two files' documents share when they are the same document: the text, and for
    a PDF or picture (whose text may be empty) also the original file's bytes."""
    if document.kind == "text":
        return text
    import hashlib

    original = project.original_file(document.id)
    digest = hashlib.sha256(original[2]).hexdigest() if original else document.guid
    return (document.kind, digest, text)


def _match_documents(
    project: Project, other: Project, documents: list[Any], texts: dict[int, str]
) -> tuple[dict[int, int], list[str]]:
    """``other``'s document id -> the first project's, matched by GUID when the texts are
    identical, then by identical text; the first project's documents left unmatched."""
    others = other.documents()
    other_texts = {d.id: other.text(d.id) for d in others}
    by_guid = {d.guid: d.id for d in others}
    by_text: dict[Any, list[int]] = {}
    for d in others:
        by_text.setdefault(_match_key(other, d, other_texts[d.id]), []).append(d.id)
    mapping: dict[int, int] = {}
    unmatched: list[str] = []
    pending = []
    for document in documents:
        other_id = by_guid.get(document.guid)
        if other_id is not None and other_texts[other_id] == texts[document.id]:
            mapping[other_id] = document.id
        else:
            pending.append(document)
    for document in pending:
        key = _match_key(project, document, texts[document.id])
        candidates = [i for i in by_text.get(key, []) if i not in mapping]
        if candidates:
            mapping[candidates[0]] = document.id
        else:
            unmatched.append(document.name)
    return mapping, unmatched


def coders_of(project: Project) -> list[str]:
    """The names of the coders who coded at least one segment, sorted."""
    rows = project.db.execute(
        "SELECT DISTINCT u.name FROM codings c JOIN users u ON u.id = c.coder_id ORDER BY u.name"
    )
    return [r[0] for r in rows]


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict[str, Any]]:
    records = []
    for row in frame[columns].itertuples(index=False):
        records.append({c: _plain(v) for c, v in zip(columns, row, strict=True)})
    return records


def _plain(value: Any) -> Any:
    value = python_value(value)
    if isinstance(value, float) and value != value:
        return None
    return value


def agreement_sheets(result: AgreementResult) -> list[tuple[str, pd.DataFrame]]:
    """Every table of a result, titled, in the order a workbook shows them."""
    ratings = result.ratings.rename(
        columns={"coder_a": result.coders[0], "coder_b": result.coders[1]}
    )
    if len(set(ratings.columns)) < len(ratings.columns):  # a coder called "code" etc.
        ratings = result.ratings
    return [
        (tr("Summary"), result.summary_frame()),
        (tr("Codes"), result.codes),
        (tr("Paragraphs by code"), result.paragraphs.codes),
        (tr("Disagreements"), result.disagreements[DISAGREEMENT_COLUMNS]),
        (tr("Units"), result.units),
        (tr("Paragraph ratings"), ratings),
    ]


def export_agreement_xlsx(
    result: AgreementResult,
    path: str | Path,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write every table of ``result`` to a workbook, one sheet each, the raw paragraph x
    code ratings included (see ``qdadesk.core.exporters.agreement_xlsx``)."""
    from qdadesk.core.exporters.agreement_xlsx import write_agreement_xlsx

    return write_agreement_xlsx(agreement_sheets(result), path, progress, cancelled)
