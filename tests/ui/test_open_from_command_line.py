"""``qdadesk FILE`` (and so a double-click through the .desktop file, the Windows installer's
association or the macOS document types) opens a project, or imports a REFI-QDA file."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.paths import sample_project_path
from qdadesk.ui.application import open_from_command_line, parse_arguments
from qdadesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


def test_a_project_path_opens_the_project(window, tmp_path) -> None:
    project = tmp_path / "study.qdadesk"
    shutil.copyfile(sample_project_path(), project)
    args = parse_arguments([str(project)])
    open_from_command_line(window, args.project)
    assert window.session is not None
    assert window.session.project.path == project


def test_a_qdpx_path_is_imported_into_a_new_project(window, qtbot, tmp_path, monkeypatch):
    exchange = tmp_path / "from MAXQDA.qdpx"
    copy = tmp_path / "sample.qdadesk"
    shutil.copyfile(sample_project_path(), copy)  # opening may migrate: never the original
    with Project.open(copy) as sample:
        export_qdpx(sample, exchange)
    target = tmp_path / "imported.qdadesk"
    asked = []

    def save_name(parent, caption, suggestion, filters):
        asked.append(suggestion)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    open_from_command_line(window, str(exchange))
    qtbot.waitUntil(lambda: window.session is not None, timeout=60000)
    assert asked == [str(exchange.with_suffix(".qdadesk"))]
    assert window.session.project.path.resolve() == target.resolve()
    assert len(window.session.project.documents()) == 5
