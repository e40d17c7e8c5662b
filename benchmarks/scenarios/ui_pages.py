"""The Document Browser's pages: a 300-page PDF's first page on screen.

Ours: ``DocumentBrowser.open_document`` of a 300-page PDF document (original bytes read
from the project, pages laid out, the first page rendered at the zoom shown, codings
drawn) up to the painted first screen. Baseline: the bare way to show that page, the same
bytes opened with PDFium, page 1 rendered at the same scale into a ``QImage`` and painted
in a ``QLabel``. The issue's target is an absolute 0.5 s; the ratio shows the overhead.
"""

from __future__ import annotations

import os
import statistics

from benchmarks.framework import BenchContext, Result, absolute_result, measure, ratio_result

PAGES = 300


def first_page_of_a_300_page_pdf(ctx: BenchContext) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import pypdfium2
    from PySide6.QtGui import QImage, QPixmap
    from PySide6.QtWidgets import QApplication, QLabel

    from benchmarks.paged_documents import many_pages_pdf, pdf_document
    from qdadesk.core import Project
    from qdadesk.ui.document_browser import DocumentBrowser
    from qdadesk.ui.session import ProjectSession

    app = QApplication.instance() or QApplication(["benchmark"])
    data = many_pages_pdf(PAGES)
    path = ctx.tmp_dir / "pages.qdadesk"
    with Project.create(path) as project:
        document_id = project.add_document(pdf_document(data, "report")).result
        code_id = project.add_code_path("Layout").result
        for page in range(1, PAGES + 1, 3):
            project.add_region_coding(document_id, code_id, (60, 80, 300, 200), page)
    session = ProjectSession(Project.open(path))
    browser = DocumentBrowser()
    browser.resize(1000, 700)
    browser.show()
    browser.set_session(session)
    view = browser.paged.view
    rendered: list[int] = []

    def ours() -> None:
        browser.open_document(document_id)
        while True:  # paint, then render what the paint asked for, until the page is there
            view.viewport().repaint()
            app.processEvents()
            if not view._wanted:
                break
        rendered.append(len(view.pdf.rendered))

    def close() -> None:
        browser.close_document()
        app.processEvents()

    label = QLabel()
    label.resize(1000, 700)
    label.show()

    def baseline() -> None:
        pdf = pypdfium2.PdfDocument(data)
        page = pdf[0]
        bitmap = page.render(scale=view.zoom or 1.0, prefer_bgrx=True)
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB32,
        ).copy()
        label.setPixmap(QPixmap.fromImage(image))
        label.repaint()
        app.processEvents()
        page.close()
        pdf.close()

    def clear() -> None:
        label.clear()
        app.processEvents()

    ours_times, bare_times = [], []
    for _ in range(ctx.repeats + 1):  # interleaved; the first round warms up
        ours_times.append(measure(ours, repeats=1, setup=close, warmup=False))
        bare_times.append(measure(baseline, repeats=1, setup=clear, warmup=False))
    ours_seconds = statistics.median(ours_times[1:])
    baseline_seconds = statistics.median(bare_times[1:])
    browser.close()
    label.close()
    session.close()
    note = f"{len(data) // 1024:,} KB PDF, {max(rendered)} page(s) rendered"
    return [
        ratio_result(
            f"First page of a {PAGES}-page PDF in the browser",
            ours_seconds,
            "PDFium open + render page 1 + QLabel paint",
            baseline_seconds,
            max_ratio=3.0,
            note=note,
        ),
        absolute_result(
            f"First page of a {PAGES}-page PDF (issue 13 target)",
            ours_seconds,
            0.5,
            note=note,
        ),
    ]


SCENARIOS = [first_page_of_a_300_page_pdf]
