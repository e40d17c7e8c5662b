"""Every PDF the core opens with PDFium is opened with PDFIUM_LOCK held: PDFium is not
thread-safe, and the window renders pages while exports and imports run in the background."""

from __future__ import annotations

import threading

import pypdfium2
import pytest

from qdadesk.core.pdf_pages import PDFIUM_LOCK, clear_cache
from tests.pdf_files import PdfPage, make_pdf

DATA = make_pdf([PdfPage(lines=[(72, 700, "alpha")], rotate=90), PdfPage(image=(20, 20))])


def _held_elsewhere() -> bool:
    """Whether another thread finds the lock taken (so this thread holds it)."""
    free: list[bool] = []

    def probe() -> None:
        got = PDFIUM_LOCK.acquire(blocking=False)
        if got:
            PDFIUM_LOCK.release()
        free.append(got)

    thread = threading.Thread(target=probe)
    thread.start()
    thread.join()
    return not free[0]


@pytest.fixture
def opened(monkeypatch) -> list[bool]:
    """For each PdfDocument opened from bytes: whether the lock was held."""
    clear_cache()
    held: list[bool] = []
    original = pypdfium2.PdfDocument.__init__

    def init(self, *args, **kwargs) -> None:
        held.append(_held_elsewhere())
        original(self, *args, **kwargs)

    monkeypatch.setattr(pypdfium2.PdfDocument, "__init__", init)
    yield held
    clear_cache()


def test_reading_a_pdfs_frames_for_an_exchange_file_holds_the_lock(opened) -> None:
    from qdadesk.core.exchange.import_paged import measure_pages
    from qdadesk.core.exchange.region_boxes import pdf_frames

    assert [frame.rotation for frame in pdf_frames(DATA)] == [90, 0]
    assert len(measure_pages("pdf", DATA)) == 2
    assert opened == [True, True]


def test_the_importer_and_the_text_layer_hold_the_lock(opened) -> None:
    from qdadesk.core.importers import import_document_bytes
    from qdadesk.core.pdf_text_layer import boxes_for_run

    import_document_bytes(DATA, "turned.pdf")
    boxes_for_run(DATA, 1, 0, 5)
    assert opened and all(opened)
