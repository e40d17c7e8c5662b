"""Teamwork in the window: File → Merge Project…, Export for a Team Member…, Audit Trail."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from qdadesk.core import Project
from qdadesk.ui import MainWindow
from qdadesk.ui.background import jobs_running
from tests.exchange.test_qdpx_roundtrip import build_rich_project


def make_pair(tmp_path: Path) -> tuple[Path, Path]:
    ours = tmp_path / "ours.qdadesk"
    build_rich_project(ours).close()
    theirs = tmp_path / "theirs.qdadesk"
    shutil.copy(ours, theirs)
    with Project.open(theirs) as p:
        doc = p.find_document("Interview 1").id
        code = p.add_code("Trust").result
        p.add_coding(doc, code, 0, 5, coder="Bob")
    return ours, theirs


def open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.open_project(path)
    return window


def action(window: MainWindow, name: str):
    from PySide6.QtGui import QAction

    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def test_merge_from_the_file_menu_shows_a_report_and_undoes(qtbot, tmp_path, monkeypatch):
    ours, theirs = make_pair(tmp_path)
    window = open_window(qtbot, ours)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(theirs), ""))
    )
    project = window.session.project
    before = len(project.codings())
    action(window, "actionMergeProject").trigger()
    actions = window.teamwork_actions
    qtbot.waitUntil(lambda: actions.last_report_dialog is not None, timeout=60_000)
    dialog = actions.last_report_dialog
    assert dialog.isVisible()
    counts = {
        dialog.counts.item(r, 0).text(): int(dialog.counts.item(r, 2).text())
        for r in range(dialog.counts.rowCount())
    }
    assert counts["Coded segments"] == 1 and counts["Codes"] == 1
    dialog.grab().save("/tmp/h12-merge-report.png")
    assert len(project.codings()) == before + 1
    window.session.undo()
    assert len(project.codings()) == before
    assert "Trust" not in [c.name for c in project.codes()]


def test_export_for_a_team_member_from_the_document_system(qtbot, tmp_path, monkeypatch):
    ours, _theirs = make_pair(tmp_path)
    window = open_window(qtbot, ours)
    target = tmp_path / "part.qdadesk"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    system = window.document_system
    doc = window.session.project.find_document("Field notes").id
    index = system.model.index_of("document", doc)
    system.tree.setCurrentIndex(index)
    system.tree.selectionModel().select(
        index,
        system.tree.selectionModel().SelectionFlag.ClearAndSelect
        | system.tree.selectionModel().SelectionFlag.Rows,
    )
    menu = system.build_context_menu(index)
    entry = next(a for a in menu.actions() if a.text() == "Export for a Team Member…")
    entry.trigger()
    qtbot.waitUntil(lambda: not jobs_running() and target.exists(), timeout=60_000)
    with Project.open(target) as part:
        assert [d.name for d in part.documents()] == ["Field notes"]


def test_audit_trail_dialog_filters_and_exports(qtbot, tmp_path):
    ours, _theirs = make_pair(tmp_path)
    window = open_window(qtbot, ours)
    session = window.session
    code = session.project.find_code("Place").id
    session.perform(lambda: session.project.rename_code(code, "Location"))
    action(window, "actionAuditTrail").trigger()
    dialog = window.teamwork_actions.dialogs["audit"]
    assert dialog.isVisible()
    total = dialog.model.rowCount()
    assert total >= 5  # codes created by the fixture, the rename
    dialog.action_box.setCurrentIndex(dialog.action_box.findData("code renamed"))
    assert dialog.model.rowCount() == 1
    record = dialog.model.record(0)
    assert (record["what"], record["detail"]) == ("Place", "Location")
    dialog.grab().save("/tmp/h12-audit.png")
    # A new change shows up while the dialog is open.
    session.perform(lambda: session.project.rename_code(code, "Site"))
    assert dialog.model.rowCount() == 2
    out = dialog.export_xlsx(str(tmp_path / "audit.xlsx"))
    import openpyxl

    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("when", "user", "action", "what", "detail")
    assert [r[3] for r in rows[1:]] == ["Place", "Location"]
    counts = openpyxl.load_workbook(out)["Coding counts"]
    assert next(counts.iter_rows(values_only=True))[0] == "code"
    assert dialog.counts_model.rowCount() >= 1  # the codes of the day's first snapshot
