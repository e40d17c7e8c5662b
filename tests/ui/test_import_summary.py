"""After an import in the window (menu or drop) a summary shows the documents, their notes
and the skipped files; a document's Properties show its import notes later."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    window,
    workspace_project,
)
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl

from qdadesk.ui.document_properties import DocumentPropertiesDialog


def _wait(qtbot, job):
    assert job is not None
    if job.operation is None and job.error is None:
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass


def test_menu_import_shows_notes_and_skipped_files(window, qtbot, corpus_dir, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "PANRB-04.docx"
    broken.write_bytes(b"not a zip")
    paths = [str(corpus_dir / "mammoth-comments.docx"), str(empty), str(broken)]
    job = window._workspace_actions.import_documents(paths)
    _wait(qtbot, job)
    dialog = job.summary_dialog
    assert dialog is not None and dialog.isVisible()
    lines = dialog.lines()
    text = "\n".join(lines)
    assert dialog.headline.text() == "2 documents imported, 1 file skipped, 2 with notes"
    assert "  mammoth-comments" in lines and "  empty" in lines
    assert any("comment" in line and line.startswith("    ") for line in lines), text
    assert any("empty document" in line for line in lines), text
    skipped = [line for line in lines if "PANRB-04.docx" in line]
    assert len(skipped) == 1 and skipped[0].count("PANRB-04.docx") == 1, skipped
    dialog.grab().save("/tmp/h5/import-summary.png")
    dialog.accept()

    # Later: the document's Properties (Document System context menu) show the notes.
    pane = window.document_system
    project = window.session.project
    document = project.find_document("mammoth-comments")
    pane.tree.setCurrentIndex(pane.model.index_of("document", document.id))
    menu = pane.build_context_menu(pane.model.index_of("document", document.id))
    action = next(a for a in menu.actions() if a.text() == "Properties…")
    action.trigger()
    properties = window.findChild(DocumentPropertiesDialog)
    assert properties.isVisible()
    assert properties.values["name"] == "mammoth-comments"
    assert properties.values["file"] == "mammoth-comments.docx"
    assert properties.values["type"] == "Word document (DOCX)"
    assert "KB" in properties.values["size"] and "characters" in properties.values["size"]
    assert properties.values["imported"][:4].isdigit()
    assert "comment" in properties.values["notes"]
    properties.grab().save("/tmp/h5/document-properties.png")
    properties.close()


def test_dropped_files_get_a_summary(window, qtbot, tmp_path):
    note = tmp_path / "dropped.txt"
    note.write_text("Dropped text.", encoding="utf-8")
    pane = window.document_system
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    assert pane.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    (job,) = pane.jobs or [None]
    _wait(qtbot, job)
    dialog = job.summary_dialog
    assert dialog.headline.text() == "1 document imported"
    assert "  dropped" in dialog.lines()
