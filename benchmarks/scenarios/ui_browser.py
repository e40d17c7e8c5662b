"""The coding workspace's scenarios: the Document Browser and the Code System.

- opening the big document (>= 30,000 words, >= 1,000 codings) in the Document Browser with
  its formatting, highlights, stripes and paragraph numbers, up to the first painted screen,
  against a bare ``QTextEdit.setPlainText`` of the same text painted the same way;
- adding one coding in the open window until text, stripes, Code System counts and the other
  panes have been told (absolute target, 50 ms);
- opening the large project (1,000 documents, 400 codes) in the main window (absolute).
"""

from __future__ import annotations

import os
import statistics

from benchmarks.framework import BenchContext, Result, absolute_result, measure, ratio_result


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["benchmark"])
    app.setOrganizationName("QDA Desk Benchmarks")
    app.setApplicationName("QDA Desk Benchmarks")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app


def _window(ctx: BenchContext, path):
    from PySide6.QtCore import QSettings

    from qdadesk.ui.main_window import MainWindow

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ctx.tmp_dir / "settings")
    )
    QSettings().clear()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    window.open_project(path)
    return window


def _session(path):
    from qdadesk.core import Project
    from qdadesk.ui.session import ProjectSession

    return ProjectSession(Project.open(path))


class _silenced:
    """Detach the window's listeners for a core-only timing."""

    def __init__(self, project) -> None:
        self.project = project

    def __enter__(self) -> None:
        self.listeners = list(self.project._listeners)
        self.project._listeners.clear()

    def __exit__(self, *exc: object) -> None:
        self.project._listeners.extend(self.listeners)


def open_big_document(ctx: BenchContext) -> list[Result]:
    app = _app()
    from PySide6.QtWidgets import QTextEdit

    from qdadesk.ui.document_browser import DocumentBrowser

    document_id = ctx.facts.big_document_id
    session = _session(ctx.large_project_path)
    text = session.project.text(document_id)
    codings = len(session.project.codings(document_ids=[document_id]))
    browser = DocumentBrowser()
    browser.resize(1000, 700)
    browser.show()
    browser.set_session(session)

    def ours() -> None:
        browser.open_document(document_id)
        browser.grab()  # lays out and paints the first screen, stripes included
        app.processEvents()

    def close() -> None:
        browser.close_document()
        app.processEvents()

    bare = QTextEdit()
    bare.resize(1000, 700)
    bare.show()

    def baseline() -> None:
        bare.setPlainText(text)
        bare.grab()
        app.processEvents()

    def clear() -> None:
        bare.clear()
        app.processEvents()

    # Interleaved, so both see the same machine load.
    ours_times, bare_times = [], []
    for _ in range(ctx.repeats + 1):
        ours_times.append(measure(ours, repeats=1, setup=close, warmup=False))
        bare_times.append(measure(baseline, repeats=1, setup=clear, warmup=False))
    ours_seconds = statistics.median(ours_times[1:])
    baseline_seconds = statistics.median(bare_times[1:])
    words = len(text.split())
    browser.close()
    bare.close()
    session.close()
    return [
        ratio_result(
            f"Open document in browser ({words:,} words, {codings:,} codings)",
            ours_seconds,
            "QTextEdit.setPlainText + first paint",
            baseline_seconds,
            max_ratio=3.0,
            note="formatting, highlights, stripes, paragraph numbers",
        )
    ]


def add_coding_shows(ctx: BenchContext) -> list[Result]:
    app = _app()
    from qdadesk.ui.code_system import CodeSystemPane
    from qdadesk.ui.document_browser import DocumentBrowser

    document_id = ctx.facts.big_document_id
    results = []
    for label, in_window in (("Document Browser + Code System", False), ("whole window", True)):
        path = ctx.writable_copy()
        if in_window:
            window = _window(ctx, path)
            window.open_document_id(document_id)
            session, margin = window.session, window.document_browser.margin
            widgets = [window]
        else:
            session = _session(path)
            browser, codes = DocumentBrowser(), CodeSystemPane()
            for widget in (browser, codes):
                widget.resize(900, 700)
                widget.show()
                widget.set_session(session)
            browser.open_document(document_id)
            margin = browser.margin
            widgets = [browser, codes]
        project = session.project
        code_id = project.codes()[-1].id
        app.processEvents()
        position = [0]

        def ours(
            session=session, project=project, code_id=code_id, margin=margin, position=position
        ) -> None:
            start = position[0]
            session.perform(lambda: project.add_coding(document_id, code_id, start, start + 40))
            margin.grab()  # the stripe is drawn
            app.processEvents()

        def setup(position=position) -> None:
            position[0] += 97  # a new place each time, never joined with an earlier one

        seconds = measure(ours, repeats=ctx.repeats, setup=setup)

        def core_only(project=project, code_id=code_id, position=position) -> None:
            start = position[0]
            with _silenced(project):
                project.add_coding(document_id, code_id, start, start + 40)

        core_seconds = measure(core_only, repeats=ctx.repeats, setup=setup)
        for widget in widgets:
            widget.close()
        if not in_window:
            session.close()
        results.append(
            absolute_result(
                f"Add a coding in the open big document ({label})",
                seconds,
                0.05,
                note=f"of which the core write alone: {core_seconds * 1000:.0f} ms",
            )
        )
    return results


def open_large_project(ctx: BenchContext) -> list[Result]:
    app = _app()

    from qdadesk.core import Project

    with Project.open(ctx.large_project_path) as project:
        documents, codes = len(project.documents()), len(project.codes())
    holder = []

    def ours() -> None:
        holder.append(_window(ctx, ctx.large_project_path))
        app.processEvents()

    def close() -> None:
        while holder:
            holder.pop().close()
        app.processEvents()

    seconds = measure(ours, repeats=max(1, ctx.repeats // 2), setup=close)
    close()
    return [
        absolute_result(
            f"Open project in the window ({documents:,} documents, {codes} codes)",
            seconds,
            2.0,
            note="all four panes filled",
        )
    ]


SCENARIOS = [open_big_document, add_coding_shows, open_large_project]
