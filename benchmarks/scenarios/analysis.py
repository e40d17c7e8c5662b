"""The analysis area's scenarios: lexical search, complex coding queries, autocoding.

- a whole-word search over all documents against a bare FTS5 query that does the same job
  with SQLite alone (every matching document with all its hits marked by ``highlight()``);
- each complex coding query mode over two query codes with ~5,000 segments each
  (absolute target: under 0.5 s);
- autocoding 10,000 search hits onto a new code (one undoable operation): absolute target,
  with a bare ``executemany`` INSERT of the same spans plus COMMIT noted for comparison.
"""

from __future__ import annotations

import sqlite3

from benchmarks.framework import BenchContext, Result, absolute_result, measure, ratio_result


def _word_search(ctx: BenchContext, word: str, label: str) -> Result:
    from qdadesk.core import Project
    from qdadesk.core.analysis.search import search

    with Project.open(ctx.large_project_path) as project:
        hits = len(search(project, word))
        ours = measure(lambda: search(project, word), repeats=ctx.repeats)
        documents = project.db.execute(
            "SELECT COUNT(*) FROM document_search WHERE document_search MATCH ?", [word]
        ).fetchone()[0]
    connection = sqlite3.connect(f"file:{ctx.large_project_path}?mode=ro", uri=True)

    def bare() -> None:
        connection.execute(
            "SELECT rowid, highlight(document_search, 0, '[', ']') FROM document_search "
            "WHERE document_search MATCH ?",
            [f'"{word}"'],
        ).fetchall()

    try:
        baseline = measure(bare, repeats=ctx.repeats)
    finally:
        connection.close()
    return ratio_result(
        f"Word search '{word}' ({label}: {hits:,} hits in {documents:,} docs)",
        ours,
        "FTS5 MATCH + highlight() of every hit",
        baseline,
        max_ratio=2.0,
        note="ours: hits with code-point offsets and context, as a DataFrame",
    )


def word_search(ctx: BenchContext) -> list[Result]:
    return [
        _word_search(ctx, "certificate", "a middling word"),
        _word_search(ctx, "privacy", "another"),
        _word_search(ctx, "Łódź", "non-ASCII"),
    ]


def query_modes(ctx: BenchContext) -> list[Result]:
    from qdadesk.core import Project
    from qdadesk.core.analysis.queries import QUERY_MODES, coding_query

    a, b = ctx.facts.query_code_ids[:2]
    size = ctx.facts.query_code_segments
    results = []
    with Project.open(ctx.large_project_path) as project:
        for mode in QUERY_MODES:
            options = {"distance": 200} if mode in ("followed-by", "near") else {}
            found = len(coding_query(project, mode, [a, b], **options))
            seconds = measure(
                lambda mode=mode, options=options: coding_query(project, mode, [a, b], **options),
                repeats=ctx.repeats,
            )
            results.append(
                absolute_result(
                    f"Query {mode} (2 codes x {size:,} segments)",
                    seconds,
                    0.5,
                    note=f"{found:,} results",
                )
            )
    return results


def autocode_hits(ctx: BenchContext) -> list[Result]:
    import shutil

    from qdadesk.core import Project
    from qdadesk.core.analysis.autocode import autocode_hits as autocode
    from qdadesk.core.analysis.search import search

    wanted = 1_000 if ctx.quick else 10_000
    path = ctx.writable_copy()
    with Project.open(path) as project:
        hits = search(project, "the").head(wanted)
    spans = [
        (int(d), int(s), int(e))
        for d, s, e in zip(hits.document_id, hits.start, hits.end, strict=True)
    ]
    copies: list = []

    def fresh() -> None:
        for project in copies:
            project.close()
        copies.clear()
        target = ctx.tmp_dir / f"autocode-{len(list(ctx.tmp_dir.iterdir()))}.qdadesk"
        shutil.copy(path, target)
        copies.append(Project.open(target))

    def ours() -> None:
        report = autocode(copies[0], hits, "Autocoded\\the").result
        assert report.segments == len(spans)

    seconds = measure(ours, repeats=3, setup=fresh)
    for project in copies:
        project.close()

    def bare_setup() -> None:
        target = ctx.tmp_dir / f"bare-{len(list(ctx.tmp_dir.iterdir()))}.qdadesk"
        shutil.copy(path, target)
        copies.clear()
        copies.append(sqlite3.connect(target, isolation_level=None))

    def bare() -> None:
        connection = copies[0]
        connection.execute("BEGIN")
        code = connection.execute(
            "INSERT INTO codes (guid, name, color, created, modified) "
            "VALUES (lower(hex(randomblob(16))), 'bare', '#000000', '', '')"
        ).lastrowid
        connection.executemany(
            'INSERT INTO codings (guid, document_id, code_id, start, "end", created, modified) '
            "VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, '', '')",
            [(d, code, s, e) for d, s, e in spans],
        )
        connection.execute("COMMIT")
        connection.close()

    baseline = measure(bare, repeats=3, setup=bare_setup)
    return [
        absolute_result(
            f"Autocode {len(spans):,} search hits onto a new code (one undoable step)",
            seconds,
            3.0 if not ctx.quick else 0.5,
            note=f"a bare executemany INSERT + COMMIT of the same rows (no undo log, GUIDs, "
            f"overlap check) takes {baseline * 1000:.0f} ms",
        )
    ]


SCENARIOS = [word_search, query_modes, autocode_hits]
