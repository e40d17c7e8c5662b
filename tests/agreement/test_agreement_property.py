"""Intercoder agreement on random two-coder projects equals an independent reference.

The reference is computed here from the definitions alone: paragraphs found by walking the
text, ratings by looking at every character, Cohen's kappa from the 2x2 table with numpy,
Krippendorff's alpha by the ``krippendorff`` package, segment overlaps in integers."""

from __future__ import annotations

import tempfile
from pathlib import Path

import krippendorff
import numpy as np
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from qdadesk.core import Project
from qdadesk.core.analysis.agreement import intercoder_agreement
from qdadesk.core.importers.document import ImportedDocument

CODES = ["C1", "C2", "C2\\Sub"]
CODERS = ("Ann", "Ben")


@st.composite
def two_coder_projects(draw):
    """Documents of random lines (empty ones and blank runs included) and random codings by
    two coders, overlapping each other and themselves in every way."""
    documents = []
    for _ in range(draw(st.integers(1, 3))):
        lines = draw(
            st.lists(st.sampled_from(["", "", "ab", "hello world", " ", "x", "é😀 z"]), max_size=7)
        )
        text = "\n".join(lines)
        codings = []
        if text:
            for _ in range(draw(st.integers(0, 8))):
                start = draw(st.integers(0, len(text) - 1))
                end = draw(st.integers(start + 1, len(text)))
                codings.append(
                    (draw(st.sampled_from(CODERS)), draw(st.sampled_from(CODES)), start, end)
                )
            # The same range by both coders, and near-copies, so agreements happen.
            for coder, code, start, end in list(codings[:3]):
                other = CODERS[1 - CODERS.index(coder)]
                shift = draw(st.sampled_from([0, 0, 1, 2]))
                codings.append((other, code, start, max(start + 1, end - shift)))
        documents.append((text, codings))
    return documents


def _build(path: Path, documents) -> Project:
    project = Project.create(path)
    ids = {c: project.add_code_path(c).result for c in CODES}
    for number, (text, codings) in enumerate(documents):
        doc = project.add_document(ImportedDocument(f"D{number}", text)).result
        with project._writing("test codings"):
            for coder, code, start, end in codings:
                # Unjoined, as another tool or an old project may hold them.
                project.insert_coding(doc, ids[code], start, end, 0, "", coder, join_overlaps=False)
    return project


def _reference_paragraphs(text: str) -> list[tuple[int, int]]:
    found, start = [], None
    for i, ch in enumerate(text + "\n"):
        if ch == "\n":
            if start is not None:
                found.append((start, i))
            start = None
        elif start is None:
            start = i
    return found


def _kappa(a: list[int], b: list[int]) -> float | None:
    if not a:
        return None
    table = np.zeros((2, 2))
    for x, y in zip(a, b, strict=True):
        table[x, y] += 1
    n = table.sum()
    po = np.trace(table) / n
    pe = float((table.sum(axis=1) * table.sum(axis=0)).sum()) / n**2
    return None if abs(1 - pe) < 1e-12 else (po - pe) / (1 - pe)


def _alpha(a: list[int], b: list[int]) -> float | None:
    if not a or len(set(a) | set(b)) < 2:
        return None
    return float(
        krippendorff.alpha(reliability_data=np.array([a, b]), level_of_measurement="nominal")
    )


def _close(actual, expected) -> bool:
    if expected is None:
        return actual is None
    # Equal to 4 decimals (compared by difference: rounding 0.74375 is at a tie).
    return actual is not None and abs(actual - expected) < 5e-5


def _reference(documents, codes: list[str], level: str, overlap: int, merge: bool = False):
    def counts_as(k: str) -> str:
        return "C2" if merge and k == "C2\\Sub" else k

    def segs(coder, doc_index, code):
        return [
            (s, e) for c, k, s, e in documents[doc_index][1] if c == coder and counts_as(k) == code
        ]

    tally = {c: [0, 0] for c in codes}
    for d in range(len(documents)):
        for code in codes:
            a, b = segs("Ann", d, code), segs("Ben", d, code)
            if level == "segment":
                for mine, theirs in ((a, b), (b, a)):
                    for s, e in mine:
                        ok = False
                        for t0, t1 in theirs:
                            inter = len(set(range(s, e)) & set(range(t0, t1)))
                            union = len(set(range(s, e)) | set(range(t0, t1)))
                            ok = ok or 100 * inter >= overlap * union
                        tally[code][0 if ok else 1] += 1
            elif a or b:
                agree = bool(a and b) if level == "presence" else len(a) == len(b)
                tally[code][0 if agree else 1] += 1
    ratings = {c: ([], []) for c in codes}
    for d, (text, _) in enumerate(documents):
        for p0, p1 in _reference_paragraphs(text):
            for code in codes:
                for which, coder in enumerate(CODERS):
                    chars = {i for s, e in segs(coder, d, code) for i in range(s, e)}
                    ratings[code][which].append(int(any(p0 <= i < p1 for i in chars)))
    return tally, ratings


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    documents=two_coder_projects(),
    level=st.sampled_from(["presence", "frequency", "segment"]),
    overlap=st.sampled_from([90, 50, 100, 1]),
    merge=st.booleans(),
)
# Exactly at the threshold: 9 of 10 characters shared is 90 %, identical ranges 100 %.
@example([("0123456789\nabc", [("Ann", "C1", 0, 10), ("Ben", "C1", 0, 9)])], "segment", 90, False)
@example([("0123456789\nabc", [("Ann", "C1", 0, 10), ("Ben", "C1", 0, 10)])], "segment", 100, False)
def test_agreement_matches_reference(documents, level, overlap, merge) -> None:
    """``merge``: the chosen codes C1 and C2 with subcodes merged (C2\\Sub counts as C2)."""
    with tempfile.TemporaryDirectory() as folder:
        project = _build(Path(folder) / "p.qdadesk", documents)
        try:
            result = intercoder_agreement(
                project,
                "Ann",
                "Ben",
                level=level,
                overlap=overlap,
                code_paths=["C1", "C2"] if merge else None,
                include_subcodes=merge,
            )
        finally:
            project.close()
    used = [c for c in CODES if any(k == c for _, cs in documents for _, k, _, _ in cs)]
    if merge:
        used = ["C1", "C2"]  # the chosen codes, used or not
    tally, ratings = _reference(documents, used, level, overlap, merge)
    assert result.codes["code"].tolist() == used
    for row in result.codes.itertuples(index=False):
        agree, disagree = tally[row.code]
        assert (row.agree, row.disagree) == (agree, disagree)
        assert _close(row.percent, 100 * agree / (agree + disagree) if agree + disagree else None)
    total = sum(a + d for a, d in tally.values())
    po = sum(a for a, _ in tally.values()) / total if total else None
    assert _close(result.percent, None if po is None else 100 * po)
    k = len(used)
    bp = None if po is None or k < 2 else (po - 1 / k) / (1 - 1 / k)
    assert _close(result.kappa_brennan_prediger, bp)

    pooled_a = [x for c in used for x in ratings[c][0]]
    pooled_b = [x for c in used for x in ratings[c][1]]
    p = result.paragraphs
    assert p.units == len(pooled_a) == len(result.ratings)
    agree = sum(x == y for x, y in zip(pooled_a, pooled_b, strict=True))
    assert _close(p.percent, 100 * agree / len(pooled_a) if pooled_a else None)
    assert _close(p.cohen_kappa, _kappa(pooled_a, pooled_b))
    assert _close(p.krippendorff_alpha, _alpha(pooled_a, pooled_b))
    for row in p.codes.itertuples(index=False):
        a, b = ratings[row.code]
        assert row.units == len(a)
        assert _close(row.cohen_kappa, _kappa(a, b))
        assert _close(row.krippendorff_alpha, _alpha(a, b))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents=two_coder_projects(), level=st.sampled_from(["presence", "frequency", "segment"]))
def test_two_files_give_what_one_file_gives(documents, level) -> None:
    """Coder B's codings in a second file (new GUIDs: documents matched by text, codes by
    path) give exactly the figures of both coders in one file."""
    only_ben = [(t, [c for c in cs if c[0] == "Ben"]) for t, cs in documents]
    with tempfile.TemporaryDirectory() as folder:
        both = _build(Path(folder) / "both.qdadesk", documents)
        other = _build(Path(folder) / "ben.qdadesk", only_ben)
        try:
            within = intercoder_agreement(both, "Ann", "Ben", level=level)
            across = intercoder_agreement(both, "Ann", "Ben", level=level, other=other)
        finally:
            both.close()
            other.close()
    assert across.to_dict() == within.to_dict()
    assert across.ratings.equals(within.ratings)
