"""The foundation's scenarios: importing DOCX files, opening a large project, and one edit.

- import of generated DOCX files through ``Project.import_documents`` against a bare
  python-docx read of the same files;
- opening the large project and listing what the window lists at start (absolute target),
  showing that no document text is read;
- adding and removing one coded segment in the large project against a bare
  ``INSERT``/``DELETE`` + ``COMMIT`` on a plain sqlite3 connection to a copy of the file.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.framework import (
    BenchContext,
    Result,
    absolute_result,
    measure,
    ratio_result,
)


# -- (a) DOCX import --------------------------------------------------------------------------
def import_docx(ctx: BenchContext) -> list[Result]:
    import docx

    from qdadesk.core import Project

    count = 50 if ctx.quick else 200
    paths = sorted(ctx.docx_folder(count).glob("*.docx"))
    projects: list[Project] = []

    def fresh_project() -> None:
        for project in projects:
            project.close()
        projects.clear()
        target = ctx.tmp_dir / f"import-{time.perf_counter_ns()}.qdadesk"
        projects.append(Project.create(target))

    def ours() -> None:
        report = projects[0].import_documents(paths).result
        assert len(report.imported) == len(paths), report.failed

    def bare() -> None:
        for path in paths:
            document = docx.Document(str(path))
            "\n".join(paragraph.text for paragraph in document.paragraphs)

    repeats = 3
    ours_seconds = measure(ours, repeats=repeats, setup=fresh_project)
    for project in projects:
        project.close()
    baseline_seconds = measure(bare, repeats=repeats)
    return [
        ratio_result(
            f"Import {count} DOCX files (import_documents)",
            ours_seconds,
            "python-docx: Document() + paragraph texts",
            baseline_seconds,
            max_ratio=1.5,
        )
    ]


# -- (b) opening the large project -------------------------------------------------------------
def _list_as_window(project) -> tuple[int, int]:
    """What the main window reads at start: the document tree, the code tree with counts,
    and the variables."""
    documents = project.documents()
    project.groups()
    codes = project.codes()
    project.code_coding_counts()
    project.document_coding_counts()
    project.variables()
    return len(documents), len(codes)


def _bytes_read() -> int | None:
    """Bytes this process has read through system calls so far (Linux), or None."""
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("rchar:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


# A query that reads rows of document_texts.
_READS_TEXTS = re.compile(r'\b(FROM|JOIN)\s+(main\.)?"?document_texts\b', re.IGNORECASE)


def open_large_project(ctx: BenchContext) -> list[Result]:
    from qdadesk.core import Project
    from qdadesk.core.store import connection

    path = ctx.large_project_path

    def ours() -> None:
        with Project.open(path) as project:
            _list_as_window(project)

    def bare() -> None:
        conn = sqlite3.connect(str(path))
        conn.execute("SELECT id, name, group_id, position, length FROM documents").fetchall()
        conn.execute("SELECT id, name, parent_id FROM document_groups").fetchall()
        conn.execute("SELECT id, parent_id, name, color, position FROM codes").fetchall()
        conn.execute("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id").fetchall()
        conn.execute("SELECT document_id, COUNT(*) FROM codings GROUP BY document_id").fetchall()
        conn.execute("SELECT id, name, type FROM variables").fetchall()
        conn.close()

    ours_seconds = measure(ours, repeats=ctx.repeats * 2)
    baseline_seconds = measure(bare, repeats=ctx.repeats * 2)

    # One more, untimed run that watches every statement and counts the bytes read.
    statements: list[str] = []
    original_connect = connection._connect

    def traced_connect(target: Path):
        db = original_connect(target)
        db.conn.set_trace_callback(statements.append)
        return db

    connection._connect = traced_connect
    try:
        before = _bytes_read()
        with Project.open(path) as project:
            documents, codes = _list_as_window(project)
        after = _bytes_read()
    finally:
        connection._connect = original_connect
    text_reads = [
        s
        for s in statements
        if s.lstrip().upper().startswith(("SELECT", "WITH")) and _READS_TEXTS.search(s)
    ]
    size_mb = path.stat().st_size / 1e6
    read = (
        f"{(after - before) / 1e6:.1f} MB read of the {size_mb:.0f} MB file"
        if before is not None and after is not None
        else f"{size_mb:.0f} MB file"
    )
    note = f"{documents:,} documents, {codes} codes listed; {read}; " + (
        "no statement touched document_texts"
        if not text_reads
        else f"{len(text_reads)} statements read document_texts!"
    )
    result = absolute_result(
        f"Open large project + list documents, codes, counts ({documents:,} docs)",
        ours_seconds,
        0.3,
        note,
        baseline_name="sqlite3: connect + the same SELECTs (shown only)",
        baseline=baseline_seconds,
    )
    if text_reads:
        result.passed = False
    return [result]


# -- (c) one coding in the large project -------------------------------------------------------
def _free_range(conn: sqlite3.Connection, document_id: int, code_id: int) -> tuple[int, int]:
    """A range in the document not covered by the code, so no join happens."""
    length = conn.execute("SELECT length FROM documents WHERE id = ?", [document_id]).fetchone()[0]
    segments = conn.execute(
        'SELECT start, "end" FROM codings WHERE document_id = ? AND code_id = ? ORDER BY start',
        [document_id, code_id],
    ).fetchall()
    previous_end = 0
    for start, end in [*segments, (length, length)]:
        if start - previous_end >= 40:
            middle = (previous_end + start) // 2
            return middle - 10, middle + 10
        previous_end = max(previous_end, end)
    raise RuntimeError("no free range for the benchmark coding")


def add_remove_coding(ctx: BenchContext) -> list[Result]:
    from qdadesk.core import Project

    ours_path = ctx.writable_copy()
    bare_path = ctx.writable_copy()
    document_id = ctx.facts.big_document_id
    code_id = ctx.facts.query_code_ids[0]

    bare = sqlite3.connect(str(bare_path), isolation_level=None)
    bare.execute("PRAGMA foreign_keys=ON")
    bare.execute("PRAGMA journal_mode=DELETE")
    start, end = _free_range(bare, document_id, code_id)
    project = Project.open(ours_path)
    repeats = 9 if ctx.quick else 21
    timings: dict[str, list[float]] = {"add": [], "remove": [], "insert": [], "delete": []}
    try:
        for round_number in range(repeats + 2):  # two warm-up rounds
            begin = time.perf_counter()
            coding_id = project.add_coding(document_id, code_id, start, end).result
            added = time.perf_counter()
            project.remove_coding(coding_id)
            removed = time.perf_counter()

            bare.execute("BEGIN")
            cursor = bare.execute(
                'INSERT INTO codings (guid, document_id, code_id, start, "end", weight, comment, '
                "coder_id, created, modified) VALUES (?, ?, ?, ?, ?, 0, '', 1, ?, ?)",
                [
                    f"BENCH-{round_number}",
                    document_id,
                    code_id,
                    start,
                    end,
                    "2026-01-01T00:00:00Z",
                    "2026-01-01T00:00:00Z",
                ],
            )
            bare.execute("COMMIT")
            inserted = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("DELETE FROM codings WHERE id = ?", [cursor.lastrowid])
            bare.execute("COMMIT")
            deleted = time.perf_counter()
            if round_number >= 2:
                timings["add"].append(added - begin)
                timings["remove"].append(removed - added)
                timings["insert"].append(inserted - removed)
                timings["delete"].append(deleted - inserted)
        problems = project.check() if ctx.quick else []
    finally:
        project.close()
        bare.close()
    med = {key: statistics.median(values) for key, values in timings.items()}
    note = f"big document, a code with ~5,000 segments; median of {repeats}"
    if problems:
        note += f"; check(): {problems[:2]}"
    return [
        ratio_result(
            "Add one coded segment (add_coding, large project)",
            med["add"],
            "sqlite3: INSERT + COMMIT on a copy",
            med["insert"],
            3.0,
            note,
        ),
        ratio_result(
            "Remove one coded segment (remove_coding, large project)",
            med["remove"],
            "sqlite3: DELETE + COMMIT on a copy",
            med["delete"],
            3.0,
            note,
        ),
    ]


SCENARIOS = [import_docx, open_large_project, add_remove_coding]
