"""The displays area's scenarios: code matrix, code relations, summary table export.

- the code x document matrix (all codes x all documents, counts) against the bare SQL
  ``GROUP BY code_id, document_id`` over the same codings on a plain sqlite3 connection;
- the Code Relations Browser by overlap (all 400 codes) against the bare SQL self-join on
  ``codings`` with the overlap condition, grouped by code pair;
- a Summary Table of 200 documents x 20 codes written to DOCX (absolute: under 5 s).
"""

from __future__ import annotations

import sqlite3

from benchmarks.framework import BenchContext, Result, absolute_result, measure, ratio_result

_GROUP_BY = "SELECT code_id, document_id, COUNT(*) FROM codings GROUP BY code_id, document_id"
_SELF_JOIN = (
    "SELECT a.code_id, b.code_id, COUNT(*) FROM codings a JOIN codings b "
    'ON b.document_id = a.document_id AND b.code_id > a.code_id AND b.start < a."end" '
    'AND a.start < b."end" GROUP BY a.code_id, b.code_id'
)


def _bare(ctx: BenchContext, sql: str) -> float:
    connection = sqlite3.connect(f"file:{ctx.large_project_path}?mode=ro", uri=True)
    try:
        return measure(lambda: connection.execute(sql).fetchall(), repeats=ctx.repeats)
    finally:
        connection.close()


def code_matrix_vs_group_by(ctx: BenchContext) -> list[Result]:
    from qdadesk.core import Project
    from qdadesk.core.analysis.matrices import code_matrix

    with Project.open(ctx.large_project_path) as project:
        table = code_matrix(project)
        shape = table.values.shape
        ours = measure(lambda: code_matrix(project), repeats=ctx.repeats)
    baseline = _bare(ctx, _GROUP_BY)
    return [
        ratio_result(
            f"Code matrix ({shape[0]:,} codes x {shape[1]:,} docs, counts)",
            ours,
            "bare SQL GROUP BY code_id, document_id",
            baseline,
            max_ratio=2.0,
            note="ours: the full labelled matrix with totals, as DataFrames",
        )
    ]


def code_relations_vs_self_join(ctx: BenchContext) -> list[Result]:
    from qdadesk.core import Project
    from qdadesk.core.analysis.relations import code_relations

    with Project.open(ctx.large_project_path) as project:
        frame = code_relations(project)
        ours = measure(lambda: code_relations(project), repeats=ctx.repeats)
    baseline = _bare(ctx, _SELF_JOIN)
    return [
        ratio_result(
            f"Code relations by overlap ({len(frame):,} codes)",
            ours,
            "bare SQL self-join on codings grouped by code pair",
            baseline,
            max_ratio=2.0,
            note="ours: the symmetric square with the diagonal, as a DataFrame",
        )
    ]


def summary_table_docx(ctx: BenchContext) -> list[Result]:
    from qdadesk.core import Project
    from qdadesk.core.analysis.activation import Activation
    from qdadesk.core.analysis.summaries import summary_table
    from qdadesk.core.exporters.tables_docx import write_summary_table_docx

    path = ctx.writable_copy()
    with Project.open(path) as project:
        documents = [d.id for d in project.documents()][:200]
        codes = [c.id for c in project.codes()][:20]
        text = (
            "The participant links the delay to staffing and budget; the office sees it as "
            "a temporary problem while developers call it structural."
        )
        stamp = "2026-01-15T00:00:00Z"
        rows = [
            (f"BENCH-{d}-{c}", c, d, text, str((d + c) % 5 + 1), stamp, stamp)
            for d in documents
            for c in codes
        ]
        # Benchmark setup only: thousands of summaries without thousands of operations.
        with project.db.atomic():
            project.db.conn.executemany(
                "INSERT OR IGNORE INTO summaries (guid, code_id, document_id, text, rating, "
                "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        out = ctx.tmp_dir / "summary-table.docx"

        chosen = Activation(document_ids=frozenset(documents))

        def export() -> None:
            frame = summary_table(project, codes, "documents", activation=chosen)
            write_summary_table_docx(frame, out, "Summary table")

        ours = measure(export, repeats=max(1, ctx.repeats - 2))
    return [
        absolute_result(
            f"Summary table ({len(documents)} docs x {len(codes)} codes) to DOCX",
            ours,
            5.0,
            note="table built and written with python-docx",
        )
    ]


SCENARIOS = [code_matrix_vs_group_by, code_relations_vs_self_join, summary_table_docx]
