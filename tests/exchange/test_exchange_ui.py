"""File → Import/Export REFI-QDA in the window: background jobs, report dialog, undo."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument


@pytest.fixture
def exchange_window(qtbot, tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QSettings

    from qdadesk.ui import MainWindow

    qapp.setOrganizationName("QDA Desk Tests")
    qapp.setApplicationName("QDA Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "ui.qdadesk"
    with Project.create(path) as project:
        document = project.add_document(ImportedDocument("Talk", "We talk 😀 about cost.")).result
        code = project.add_code("Cost", color="#aa0000").result
        project.add_coding(document, code, 12, 16, weight=20, comment="money")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    assert window.open_project(path)
    yield window
    window.close()


def wait(qtbot, job) -> None:
    assert job is not None
    if job.result is None and job.error is None:
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass


def test_actions_are_in_the_file_menu(exchange_window) -> None:
    names = {a.objectName() for a in exchange_window.menu("File").actions()}
    for name in (
        "actionImportQdpx",
        "actionExportQdpx",
        "actionImportCodebook",
        "actionExportCodebook",
    ):
        assert name in names
        assert exchange_window.findChild(QAction, name).isEnabled()


def test_export_then_import_in_the_window(exchange_window, qtbot, tmp_path: Path) -> None:
    actions = exchange_window.exchange_actions
    out = tmp_path / "ui.qdpx"
    wait(qtbot, actions.export_qdpx(str(out)))
    assert zipfile.is_zipfile(out)
    dialog = actions.last_report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.tree.topLevelItemCount() >= 1
    target = tmp_path / "reimported.qdadesk"
    wait(qtbot, actions.import_qdpx(str(out), str(target)))
    assert Path(exchange_window.session.project.path) == target
    project = exchange_window.session.project
    assert [c.weight for c in project.codings()] == [20]
    shown = actions.last_report_dialog
    assert shown.isVisible() and "reimported" in shown.report.title
    shown.grab().save(str(tmp_path / "report.png"))


def test_codebook_import_is_one_undoable_step(exchange_window, qtbot, corpus_dir: Path) -> None:
    actions = exchange_window.exchange_actions
    session = exchange_window.session
    before = len(session.project.codes())
    wait(qtbot, actions.import_codebook(str(corpus_dir / "swj2022-taguette-codebook.csv")))
    assert len(session.project.codes()) == before + 22
    session.undo_stack.undo()
    assert len(session.project.codes()) == before
    session.undo_stack.redo()
    assert len(session.project.codes()) == before + 22


def test_bad_file_shows_an_error(exchange_window, qtbot, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.qdpx"
    bogus.write_bytes(b"nope")
    job = exchange_window.exchange_actions.import_qdpx(str(bogus), str(tmp_path / "n.qdadesk"))
    wait(qtbot, job)
    assert job.result is None and "not a REFI-QDA project" in job.error
    assert "not a REFI-QDA project" in exchange_window.last_error
    assert not (tmp_path / "n.qdadesk").exists()
