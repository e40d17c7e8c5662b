"""A project with a PDF (real bytes from the corpus) and a picture, for the tests of how
every analysis, display and export treats region codings (issue 13, item 4)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument, ImportedPage

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_PDF = CORPUS / "mannheimer-bsr-interview-guide.pdf"
# Two pages of text as the PDF importer would give them: page 1 is "Budget planning\n"
# (0..16), page 2 is "Staff training and staff time\n" (16..46).
PDF_TEXT = "Budget planning\nStaff training and staff time\n"


@dataclass
class RegionProject:
    project: Project
    pdf: int
    picture: int
    text: int


def pdf_bytes() -> bytes:
    return CORPUS_PDF.read_bytes()


def blank_pdf_bytes() -> bytes:
    """Two A4 pages without a text layer: a region's text run is only what a test sets
    (``add_region(..., run=...)``), never what the corpus PDF has in that box."""
    from tests.pdf_files import PdfPage, make_pdf

    return make_pdf([PdfPage(width=595, height=842), PdfPage(width=595, height=842)])


def make_region_project(path: Path, picture: bytes = b"not decoded in the core") -> RegionProject:
    """A project with a two-page PDF, a 640 x 480 picture and a text document."""
    project = Project.create(path)
    pdf = project.add_document(
        ImportedDocument(
            name="policy.pdf",
            text=PDF_TEXT,
            original=blank_pdf_bytes(),
            original_type="pdf",
            kind="pdf",
            pages=[ImportedPage(595, 842, 0, 16), ImportedPage(595, 842, 16, 46)],
        )
    ).result
    photo = project.add_document(
        ImportedDocument(
            name="photo.png",
            text="",
            original=picture,
            original_type="png",
            kind="picture",
            pages=[ImportedPage(640, 480)],
        )
    ).result
    text = project.add_document(
        ImportedDocument(name="interview", text="We plan the budget.\nStaff time matters.\n")
    ).result
    return RegionProject(project, pdf, photo, text)


def add_region(
    project: Project,
    document_id: int,
    code_id: int,
    box: tuple[float, float, float, float],
    page: int | None = None,
    run: tuple[int, int] | None = None,
    **options: object,
) -> int:
    """Code a region; ``run`` sets its text run as the PDF's text layer would (the run of
    the text representation inside the box)."""
    coding_id = project.add_region_coding(document_id, code_id, box, page=page, **options).result
    if run is not None:
        with project._writing("test: text run"):
            project.db.execute(
                'UPDATE codings SET start = ?, "end" = ? WHERE id = ?', [*run, coding_id]
            )
    return coding_id


def pdf_as_imported() -> tuple[str, list[ImportedPage]]:
    """The corpus PDF's text as a PDF importer gives it: each page's text layer (line
    endings normalised), pages one after another, with each page's run."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_bytes())
    text, pages = "", []
    try:
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            body = page.get_textpage().get_text_range().replace("\r\n", "\n")
            start = len(text)
            text += body + "\n"
            pages.append(ImportedPage(width, height, start, start + len(body)))
    finally:
        document.close()
    return text, pages


def word_box(page: int, word: str) -> tuple[float, float, float, float]:
    """The box (REFI-QDA coordinates) around the first ``word`` on a page of the corpus PDF."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_bytes())
    try:
        pdf_page = document[page - 1]
        height = pdf_page.get_size()[1]
        text_page = pdf_page.get_textpage()
        index = text_page.get_text_range().index(word)
        boxes = [text_page.get_charbox(i) for i in range(index, index + len(word))]
    finally:
        document.close()
    return (
        min(b[0] for b in boxes) - 1,
        height - max(b[3] for b in boxes) - 1,
        max(b[2] for b in boxes) + 1,
        height - min(b[1] for b in boxes) + 1,
    )
