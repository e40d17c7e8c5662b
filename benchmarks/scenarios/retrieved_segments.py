"""Retrieved Segments: listing everything the activation retrieves, up to the first painted
screen, for the large project (100,000 segments; 10,000 with ``--quick``) and for a project of
100 segments.

- against a bare baseline: ``sqlite3`` listing the same segment ids in the same order and
  reading the first screen's texts with ``substr``;
- the 100,000-segment list against the 100-segment one (the pane holds ids and reads pages,
  so the ratio stays small), with the Python memory the listing allocated for each.
"""

from __future__ import annotations

import sqlite3
import statistics
import tracemalloc

from benchmarks.framework import BenchContext, Result, measure, ratio_result
from benchmarks.generate import GeneratorParams, generate_project
from benchmarks.scenarios.ui_browser import _app, _session

SMALL = GeneratorParams(documents=10, words=20_000, codes=20, codings=100, variables=1)
FIRST_SCREEN = 20  # rows a bare list would read to paint its first screen

# The same ordering query the core uses (documents ranked, then their codings by position).
_BARE_IDS = (
    "WITH ranked AS MATERIALIZED (SELECT id, row_number() OVER (ORDER BY "
    "group_id IS NOT NULL, group_id, position, id) AS rank FROM documents) "
    'SELECT c.id, c.document_id, c.start, c."end" FROM ranked CROSS JOIN codings c '
    'ON c.document_id = ranked.id ORDER BY ranked.rank, c.start, c."end", c.id'
)


def _bare_listing(path) -> None:
    """The simplest correct list: every id in order, the first screen's texts."""
    with sqlite3.connect(path) as db:
        rows = db.execute(_BARE_IDS).fetchall()
        for _, document_id, start, end in rows[:FIRST_SCREEN]:
            db.execute(
                "SELECT substr(text, ? + 1, ?) FROM document_texts WHERE document_id = ?",
                [start, end - start, document_id],
            ).fetchone()
    db.close()


def _listing(app, path) -> tuple[float, float, int, int]:
    """(seconds of ours, seconds of the bare list, segments, bytes the listing allocated)."""
    from qdadesk.core.analysis.activation import Activation
    from qdadesk.ui.retrieved_segments import RetrievedSegmentsPane

    session = _session(path)
    pane = RetrievedSegmentsPane(None)
    pane.resize(700, 600)
    pane.show()
    pane.set_session(session)
    session.set_activation(Activation())  # everything

    def ours() -> None:
        pane.show_activated()
        pane.grab()  # lays out and paints the first screen
        app.processEvents()

    ours_times, bare_times = [], []
    for _ in range(3):
        ours_times.append(measure(ours, repeats=1, warmup=False))
        bare_times.append(measure(lambda: _bare_listing(path), repeats=1, warmup=False))
    tracemalloc.start()
    ours()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    count = pane.segment_count()
    pane.set_session(None)
    pane.close()
    session.close()
    return statistics.median(ours_times), statistics.median(bare_times), count, peak


def _every_row(path) -> tuple[float, int]:
    """(seconds, bytes) of what 0.1's pane did before its first paint: every row, with its
    text, read at once (``segment_rows``)."""
    from qdadesk.core import Project
    from qdadesk.core.analysis.activation import Activation
    from qdadesk.core.analysis.retrieval import segment_rows

    with Project.open(path, read_only=True) as project:
        seconds = measure(lambda: segment_rows(project, Activation()), repeats=1, warmup=False)
        tracemalloc.start()
        rows = segment_rows(project, Activation())
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del rows
    return seconds, peak


def list_activated_segments(ctx: BenchContext) -> list[Result]:
    app = _app()
    small_path = ctx.tmp_dir / "small.qdadesk"
    generate_project(small_path, SMALL)
    large = _listing(app, ctx.large_project_path)
    small = _listing(app, small_path)
    large_ours, large_bare, large_count, large_peak = large
    small_ours, _, small_count, small_peak = small
    before, before_peak = _every_row(ctx.large_project_path)
    return [
        ratio_result(
            f"Retrieved Segments lists {large_count:,} segments",
            large_ours,
            "sqlite3 ids in order + first screen's texts",
            large_bare,
            max_ratio=4.0,
            note=f"Python memory allocated: {large_peak / 1e6:.1f} MB",
        ),
        ratio_result(
            f"Retrieved Segments: {large_count:,} vs {small_count:,} segments",
            large_ours,
            f"the same pane listing {small_count:,}",
            small_ours,
            max_ratio=15.0,
            note=f"memory {large_peak / 1e6:.1f} MB vs {small_peak / 1e6:.1f} MB",
        ),
        ratio_result(
            f"Retrieved Segments lists {large_count:,}: ids and pages",
            large_ours,
            "every row with its text at once (0.1's model, rows only)",
            before,
            max_ratio=1.0,
            note=f"memory {large_peak / 1e6:.1f} MB vs {before_peak / 1e6:.1f} MB",
        ),
    ]


SCENARIOS = [list_activated_segments]
