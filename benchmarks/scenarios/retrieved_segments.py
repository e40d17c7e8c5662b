"""Retrieved Segments: listing everything the activation retrieves, up to the first painted
screen, for the large project (100,000 segments; 10,000 with ``--quick``) and for a project of
100 segments. Every listing timed is a first one (the pane's cache of the last listing is
emptied), as after any change to the project.

- against a bare baseline: ``sqlite3`` doing what the listing needs, no more: the documents
  in Document System order, the count of codings per document, the first screen's ids in
  position order and their texts with ``substr``;
- the 100,000-segment list against the 100-segment one (the pane holds counts per document
  and reads pages, so the ratio stays small), with the Python memory the listing allocated
  for each.
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

_BARE_DOCUMENTS = "SELECT id FROM documents ORDER BY group_id IS NOT NULL, group_id, position, id"
_BARE_COUNTS = "SELECT document_id, count(*) FROM codings GROUP BY document_id"
_BARE_SCREEN = (
    'SELECT id, start, "end" FROM codings WHERE document_id = ? ORDER BY start, "end", id LIMIT ?'
)


def _bare_listing(path) -> None:
    """The simplest correct list: its length and documents, the first screen's texts."""
    with sqlite3.connect(path) as db:
        counts = dict(db.execute(_BARE_COUNTS).fetchall())
        order = [d for (d,) in db.execute(_BARE_DOCUMENTS) if counts.get(d)]
        shown = 0
        for document_id in order:
            if shown >= FIRST_SCREEN:
                break
            rows = db.execute(_BARE_SCREEN, [document_id, FIRST_SCREEN - shown]).fetchall()
            for _, start, end in rows:
                db.execute(
                    "SELECT substr(text, ? + 1, ?) FROM document_texts WHERE document_id = ?",
                    [start, end - start, document_id],
                ).fetchone()
            shown += len(rows)
    db.close()


def _listing(app, path) -> tuple[float, float, int, int, int]:
    """(seconds of ours, seconds of the bare list, segments, bytes the first screen
    allocated, bytes of those the listing itself allocated: its counts per document; the
    rest is mostly the texts of the documents on screen)."""
    from qdadesk.core.analysis.activation import Activation
    from qdadesk.core.analysis.segment_list import list_segments
    from qdadesk.ui.retrieved_segments import RetrievedSegmentsPane

    session = _session(path)
    pane = RetrievedSegmentsPane(None)
    pane.resize(700, 600)
    pane.show()
    pane.set_session(session)
    session.set_activation(Activation())  # everything

    def ours() -> None:
        pane._listing.clear()  # a first listing, as after any change
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
    tracemalloc.start()
    list_segments(session.project, Activation())
    _, listing_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    count = pane.segment_count()
    pane.set_session(None)
    pane.close()
    session.close()
    return (
        statistics.median(ours_times),
        statistics.median(bare_times),
        count,
        peak,
        listing_peak,
    )


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
    large_ours, large_bare, large_count, large_peak, large_listing = large
    small_ours, _, small_count, small_peak, small_listing = small
    before, before_peak = _every_row(ctx.large_project_path)
    return [
        ratio_result(
            f"Retrieved Segments lists {large_count:,} segments",
            large_ours,
            "sqlite3 counts per document + first screen's ids and texts",
            large_bare,
            max_ratio=4.0,
            note=f"Python memory allocated: {large_peak / 1e6:.1f} MB "
            f"(the listing {large_listing / 1e6:.2f} MB)",
        ),
        ratio_result(
            f"Retrieved Segments: {large_count:,} vs {small_count:,} segments",
            large_ours,
            f"the same pane listing {small_count:,}",
            small_ours,
            max_ratio=2.5,
            note=f"memory {large_peak / 1e6:.1f} MB vs {small_peak / 1e6:.1f} MB "
            f"(listings {large_listing / 1e6:.2f} MB vs {small_listing / 1e6:.2f} MB)",
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
