"""``qdadesk --self-test``: check that this installation works, without a screen.

Opens a copy of the bundled sample project in the real window, codes a selection, undoes it,
computes a code matrix and a display, exports ``.qdpx`` and XLSX into a temporary folder and
imports the ``.qdpx`` again. One line per step; exit code 0, or 1 with the failing step.
Made for checking a PyInstaller bundle (every library the steps need must be in it), and for
users asked by a helper "does the program work on your computer?".
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qdadesk.core.i18n import install_language, resolve_language, tr, tr_noop


class SelfTestError(Exception):
    """A step's check did not hold."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _say(line: str) -> None:
    # A windowed program on Windows has no console: sys.stdout is None there.
    if sys.stdout is not None:
        print(line, flush=True)


_SAMPLE_PDF_TEXT = "QDA Desk PDF"


def _sample_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in 24 pt Helvetica, made by PDFium itself."""
    import ctypes
    import io

    import pypdfium2
    import pypdfium2.raw as pdfium_c

    from qdadesk.core.pdf_pages import PDFIUM_LOCK

    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument.new()
        try:
            page = document.new_page(300, 200)
            text_object = pdfium_c.FPDFPageObj_NewTextObj(document, b"Helvetica", 24.0)
            encoded = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(
                text_object, ctypes.cast(encoded, ctypes.POINTER(pdfium_c.FPDF_WCHAR))
            )
            pdfium_c.FPDFPageObj_Transform(text_object, 1, 0, 0, 1, 20, 100)
            pdfium_c.FPDFPage_InsertObject(page, text_object)
            pdfium_c.FPDFPage_GenerateContent(page)
            page.close()
            out = io.BytesIO()
            document.save(out)
            return out.getvalue()
        finally:
            document.close()


class _SelfTest:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.app: Any = None
        self.window: Any = None
        self.display: Any = None

    @property
    def project(self) -> Any:
        return self.window.session.project

    def open_sample(self) -> str:
        from qdadesk import paths
        from qdadesk.ui.application import make_application

        self.app = make_application([])
        # As the window starts (application.run): also checks that Qt reads the catalogue.
        from qdadesk.ui.language import install_window_language

        install_window_language(self.app)
        from qdadesk.ui.main_window import MainWindow

        self.window = MainWindow()
        self.window.show()
        if not self.window.open_sample():
            # The window shows the reason in a (non-blocking) message box and keeps it.
            raise SelfTestError(self.window.last_error or tr("it did not open"))
        self.app.processEvents()
        documents = len(self.project.documents())
        _check(documents > 0, tr("the sample project has no documents"))
        return tr("{documents} documents, copy in {folder}").format(
            documents=documents, folder=paths.user_data_dir()
        )

    def code_selection(self) -> str:
        project = self.project
        document = project.documents()[0]
        code = project.codes()[0]
        before = len(project.codings())
        self.window.open_document_id(document.id)
        self.window.select_range(document.id, 0, 12)
        self.window.set_current_code(code.id)
        self.window.coding.with_current.trigger()
        self.app.processEvents()
        _check(len(project.codings()) == before + 1, tr("the selection was not coded"))
        return tr("{document} 0-12 with {code}").format(
            document=repr(document.name), code=repr(code.name)
        )

    def undo(self) -> str:
        before = len(self.project.codings())
        self.window.action_undo.trigger()
        self.app.processEvents()
        _check(len(self.project.codings()) == before - 1, tr("undo did not remove the coding"))
        return tr("{n} coded segments again").format(n=before - 1)

    def code_matrix(self) -> str:
        from qdadesk.core.analysis.matrices import code_matrix

        table = code_matrix(self.project, columns="documents")
        _check(table.grand_total > 0, tr("the code matrix is empty"))
        return tr("{codes} codes x {documents} documents").format(
            codes=len(table.codes), documents=len(table.columns)
        )

    def compute_display(self) -> str:
        from qdadesk.core.analysis.displays import DisplayDefinition, compute_display

        self.display = compute_display(
            self.project, DisplayDefinition(rows="codes", columns="documents", cells="quotes")
        )
        frame = self.display.text_frame()
        _check(frame.size > 0, tr("the display is empty"))
        return tr("{rows} x {columns} quotes display").format(
            rows=frame.shape[0], columns=frame.shape[1]
        )

    def export_qdpx(self) -> str:
        from qdadesk.core.exchange.export_project import export_qdpx

        path = self.folder / "sample.qdpx"
        export_qdpx(self.project, path)
        _check(path.stat().st_size > 0, tr("the .qdpx file is empty"))
        return tr("{name}, {n} KB").format(name=path.name, n=path.stat().st_size // 1024)

    def export_xlsx(self) -> str:
        from qdadesk.core.exporters.tables_xlsx import write_displays_xlsx

        path = self.folder / "display.xlsx"
        write_displays_xlsx([self.display], path)
        _check(path.stat().st_size > 0, tr("the XLSX file is empty"))
        return tr("{name}, {n} KB").format(name=path.name, n=path.stat().st_size // 1024)

    def import_qdpx(self) -> str:
        from qdadesk.core import Project
        from qdadesk.core.exchange.import_project import import_qdpx

        target = self.folder / "reimported.qdadesk"
        import_qdpx(self.folder / "sample.qdpx", target)
        with Project.open(target) as copy:
            documents, codings = len(copy.documents()), len(copy.codings())
        _check(documents == len(self.project.documents()), tr("documents were lost"))
        _check(codings == len(self.project.codings()), tr("coded segments were lost"))
        return tr("{documents} documents, {codings} coded segments").format(
            documents=documents, codings=codings
        )

    def draw_pdf_page(self) -> str:
        from PySide6.QtGui import QColor

        from qdadesk.core.importers import import_document_bytes
        from qdadesk.render.page_images import pdf_page_image

        data = _sample_pdf(_SAMPLE_PDF_TEXT)
        document = import_document_bytes(data, "self-test.pdf")
        _check(document.text == _SAMPLE_PDF_TEXT, tr("the PDF's text layer was not read"))
        image = pdf_page_image(data, 1, scale=1.0)
        dark = sum(
            1
            for x in range(image.width())
            for y in range(0, image.height(), 2)
            if QColor(image.pixel(x, y)).lightness() < 128
        )
        _check(dark > 50, tr("the PDF page was drawn blank"))
        return tr("{width} x {height} pixels, {n} dark").format(
            width=image.width(), height=image.height(), n=dark
        )

    def close(self) -> None:
        if self.window is not None:
            self.window.close()  # saves the layout and closes the project


def run_self_test() -> int:
    """Run every step; 0 when all pass, 1 at the first that fails."""
    # No screen needed: Qt draws into memory unless a platform was chosen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qdadesk import __version__, paths

    install_language(resolve_language())  # QDADESK_LANG or the system's, as the window
    kind = tr("bundle") if paths.is_frozen() else tr("source")
    _say(tr("QDA Desk {version} self-test ({kind})").format(version=__version__, kind=kind))
    with tempfile.TemporaryDirectory(prefix="qdadesk-self-test-") as folder:
        test = _SelfTest(Path(folder))
        steps: list[tuple[str, Callable[[], str]]] = [
            (tr_noop("open the sample project in the window"), test.open_sample),
            (tr_noop("code a selection"), test.code_selection),
            (tr_noop("undo the coding"), test.undo),
            (tr_noop("compute a code matrix"), test.code_matrix),
            (tr_noop("compute a display"), test.compute_display),
            (tr_noop("export .qdpx"), test.export_qdpx),
            (tr_noop("export XLSX"), test.export_xlsx),
            (tr_noop("import the .qdpx again"), test.import_qdpx),
            (tr_noop("draw a PDF page"), test.draw_pdf_page),
        ]
        try:
            for number, (name, step) in enumerate(steps, 1):
                started = time.perf_counter()
                try:
                    detail = step()
                except Exception as error:  # noqa: BLE001 (any failure is the step's)
                    _say(
                        tr("FAILED {number}/{total} {step}: {error}").format(
                            number=number, total=len(steps), step=tr(name), error=error
                        )
                    )
                    if not isinstance(error, SelfTestError):
                        _say(traceback.format_exc().rstrip())
                    return 1
                seconds = time.perf_counter() - started
                _say(
                    tr("ok     {number}/{total} {step} ({seconds:.2f} s): {detail}").format(
                        number=number,
                        total=len(steps),
                        step=tr(name),
                        seconds=seconds,
                        detail=detail,
                    )
                )
        finally:
            test.close()
    _say(tr("self-test passed"))
    return 0
