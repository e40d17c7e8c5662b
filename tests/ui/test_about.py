"""Help → About (issue 11, item 7): version, MIT, the bundled libraries' licences (Qt under
the LGPL, with how to replace it), and where the user's data and settings are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from qdadesk import __version__
from qdadesk.paths import sample_project_path
from qdadesk.ui.about_dialog import AboutDialog, licence_index
from qdadesk.ui.main_window import MainWindow


@pytest.fixture
def settings_in_tmp(tmp_path, qapp, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "settings"


def test_every_library_has_its_licence_text() -> None:
    index = licence_index()
    names = {entry["name"] for entry in index["libraries"]}
    assert {"qdadesk", "python", "pyside6-essentials", "shiboken6", "pandas", "numpy"} <= names
    from qdadesk.paths import resource_path

    for entry in index["libraries"]:
        assert entry["files"], entry["name"]
        for name in entry["files"]:
            assert resource_path("licenses", *name.split("/")).stat().st_size > 0
    assert resource_path("licenses", "REPLACING-QT.txt").is_file()


def test_about_shows_version_licences_and_data_places(qtbot, tmp_path, settings_in_tmp) -> None:
    project = tmp_path / "study.qdadesk"
    shutil.copyfile(sample_project_path(), project)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_project(project)
    window.action_about.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.findChild(object, "aboutHeading").text()

    rows = [dialog.libraries.item(i).text() for i in range(dialog.libraries.count())]
    qt_row = next(i for i, text in enumerate(rows) if text.startswith("pyside6-essentials"))
    assert "LGPL-3.0" in rows[qt_row]
    dialog.libraries.setCurrentRow(qt_row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    dialog.libraries.setCurrentRow(0)
    assert "Replacing the Qt libraries" in dialog.licence_text.toPlainText()
    assert rows[1].startswith("qdadesk") and "MIT" in rows[1]

    places = dict(dialog.locations)
    assert places["Settings file"] == QSettings().fileName()
    assert places["Settings file"].startswith(str(settings_in_tmp))
    assert places["QDA Desk's data folder"] == str(tmp_path / "data")
    assert places["Portable mode"].startswith("no")
    assert places["Its backups"] == str(Path(project).resolve().parent / "Backups")
    dialog.tabs.setCurrentIndex(0)
    dialog.grab().save(str(tmp_path / "about.png"))
