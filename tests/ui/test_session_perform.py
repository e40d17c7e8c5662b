"""One way to run an edit from the window: ``session.perform`` returns the operation, or None
when the core refuses it, and shows the refusal in one place (the window's error box, or the
line of the dialog that asked for the edit)."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    window,
    workspace_project,
)
from PySide6.QtWidgets import QMessageBox

from qdadesk.core import Project
from qdadesk.core.analysis.activation import Activation
from qdadesk.ui.session import ProjectSession


def test_a_refused_edit_returns_none_and_goes_to_one_place(tmp_project: Project, qtbot) -> None:
    session = ProjectSession(tmp_project)
    shown: list[str] = []
    session.failed.connect(shown.append)
    code = session.perform(lambda: tmp_project.add_code("A"))
    assert code is not None and session.undo_stack.count() == 1
    assert session.perform(lambda: tmp_project.add_code("A")) is None  # a name clash
    assert len(shown) == 1 and "A" in shown[0]
    assert session.undo_stack.count() == 1  # nothing pushed for the refused edit
    in_dialog: list[str] = []
    assert session.perform(lambda: tmp_project.add_code("A"), on_error=in_dialog.append) is None
    assert len(in_dialog) == 1 and len(shown) == 1  # the dialog's line, not the window's box
    session.close()


def test_a_pane_shows_a_refused_edit_in_the_windows_error_box(window, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    project = window.session.project
    ids = {path: code_id for code_id, path in project.code_paths().items()}
    document = project.documents()[0].id
    window.session.perform(lambda: project.add_coding(document, ids["Places"], 0, 5))
    window.session.set_activation(Activation())
    pane = window.retrieved_segments
    coding_id = pane.model.column("coding_id")[0]
    pane.change_weight(coding_id, 150)  # out of 0..100: the core refuses it
    assert warnings == []  # no box of the pane's own
    assert "100" in window.last_error
    box = window.findChild(QMessageBox, "errorMessage")
    assert box is not None and box.text() == window.last_error
    assert project.coding(coding_id).weight != 150
