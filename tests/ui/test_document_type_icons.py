"""The Document System tells TXT, DOCX, ODT and PDF documents apart by their icons."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from qdadesk.ui.document_system import DocumentSystemPane
from qdadesk.ui.session import ProjectSession

FILES = {
    "txt": "qc-demo-admin-interview-1.txt",
    "docx": "qualcoder-example-ID1.docx",
    "odt": "qualcoder-example-ID2.odt",
    "pdf": "mannheimer-bsr-interview-guide.pdf",
}
BANDS = {"txt": "#607d8b", "docx": "#2b579a", "odt": "#0b8a9f", "pdf": "#d32f2f"}


def _matches(image: QImage, rect: QRect, color: QColor) -> int:
    found = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red()) < 25
                and abs(pixel.green() - color.green()) < 25
                and abs(pixel.blue() - color.blue()) < 25
            ):
                found += 1
    return found


def test_each_file_type_has_its_own_icon(tmp_project, corpus_dir, qtbot):
    project = tmp_project
    ids = project.import_documents([corpus_dir / name for name in FILES.values()]).result.imported
    assert project.document_file_types() == dict(zip(ids, FILES, strict=True))
    pane = DocumentSystemPane(ProjectSession(project))
    qtbot.addWidget(pane)
    pane.resize(400, 300)
    pane.show()
    qtbot.waitExposed(pane)
    pane.tree.expandAll()
    image = pane.tree.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rows = {}
    for kind, document_id in zip(FILES, ids, strict=True):
        index = pane.model.index_of("document", document_id)
        rect = pane.tree.visualRect(index)
        # the icon sits after the activation circle, at the start of the row
        area = QRect(
            int(rect.left() * ratio),
            int(rect.top() * ratio),
            int(60 * ratio),
            int(rect.height() * ratio),
        )
        rows[kind] = area
    for kind, area in rows.items():
        own = _matches(image, area, QColor(BANDS[kind]))
        assert own >= 6, f"no {kind} colour in its row's icon"
        for other in BANDS:
            if other != kind:
                assert _matches(image, area, QColor(BANDS[other])) < own, (kind, other)


PICTURE_SKY = "#64b5f6"  # the picture icon: a landscape (sky, hill, sun) in a frame
PICTURE_HILL = "#43a047"


def test_pdf_and_picture_documents_have_their_own_icons(tmp_project, corpus_dir, tmp_path, qtbot):
    """A PDF shown as pages has the PDF icon, whatever its file was called or made by (a
    REFI-QDA import stores no file type); a picture has a picture's icon, not a text page."""
    from qdadesk.core.importers.document import ImportedDocument, ImportedPage

    project = tmp_project
    photo = QImage(40, 30, QImage.Format.Format_RGB32)
    photo.fill(QColor("white"))
    png = tmp_path / "photo.png"
    assert photo.save(str(png))
    (pdf_id, picture_id) = project.import_documents(
        [corpus_dir / FILES["pdf"], png]
    ).result.imported
    refi_pdf = project.add_document(
        ImportedDocument(
            name="from REFI",
            text="x",
            original=(corpus_dir / FILES["pdf"]).read_bytes(),
            original_type="",
            kind="pdf",
            pages=[ImportedPage(612, 792, 0, 1)],
        )
    ).result
    kinds = {document.id: document.kind for document in project.documents()}
    assert (kinds[pdf_id], kinds[picture_id], kinds[refi_pdf]) == ("pdf", "picture", "pdf")
    pane = DocumentSystemPane(ProjectSession(project))
    qtbot.addWidget(pane)
    pane.resize(400, 300)
    pane.show()
    qtbot.waitExposed(pane)
    pane.tree.expandAll()
    image = pane.tree.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def area(document_id: int) -> QRect:
        rect = pane.tree.visualRect(pane.model.index_of("document", document_id))
        return QRect(
            int(rect.left() * ratio),
            int(rect.top() * ratio),
            int(60 * ratio),
            int(rect.height() * ratio),
        )

    for document_id in (pdf_id, refi_pdf):
        assert _matches(image, area(document_id), QColor(BANDS["pdf"])) >= 6
    picture = area(picture_id)
    assert _matches(image, picture, QColor(PICTURE_SKY)) >= 6
    assert _matches(image, picture, QColor(PICTURE_HILL)) >= 3
    assert _matches(image, picture, QColor(BANDS["pdf"])) == 0
