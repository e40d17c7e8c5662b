"""The window in Bahasa Indonesia: menus, Qt's standard buttons, and the Preferences choice."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import importlib
import pkgutil

import pytest
from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    workspace_project,
)
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
)

import qdadesk.ui
from qdadesk.core.i18n import install_language, read_qm
from qdadesk.paths import resource_path
from qdadesk.ui.language import install_window_language, window_language

# Some modules make translated labels when imported: import them all now, in English, so
# the Indonesian window below cannot leave Indonesian labels behind for later tests.
for _module in pkgutil.walk_packages(qdadesk.ui.__path__, "qdadesk.ui."):
    importlib.import_module(_module.name)


@pytest.fixture
def indonesian_window(qtbot, qapp, isolated_settings, workspace_project, monkeypatch, tmp_path):
    from qdadesk.ui import MainWindow

    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QDADESK_LANG", "id")
    assert install_window_language(qapp) == "id"
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1300, 850)
    assert main.open_project(workspace_project.path)
    yield main
    main.close()
    monkeypatch.setenv("QDADESK_LANG", "en")
    install_window_language(qapp)  # English, and Qt's translator removed
    install_language("en")


def test_menus_and_standard_buttons_in_indonesian(indonesian_window, qapp):
    titles = [a.text() for a in indonesian_window.menuBar().actions()]
    assert titles[:4] == ["Berkas", "Sunting", "Dokumen", "Kode"]
    assert "Alat Visual" in titles and titles[-1] == "Bantuan"
    edit = [a.text() for a in indonesian_window.menu("Edit").actions() if a.text()]
    assert edit[:2] == ["Urungkan", "Ulangi"] and "Preferensi…" in edit
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "QDA Desk",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Yes,)}
    assert texts == {"&Ya"}
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Batal"
    files = QFileDialog(indonesian_window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in files.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    header = indonesian_window.retrieved_segments.header.text()
    assert "Segmen Terambil" in header or "segmen" in header.lower()


def test_preferences_choose_the_language_for_the_next_start(
    qtbot, qapp, isolated_settings, workspace_project, monkeypatch, tmp_path
):
    from qdadesk.ui import MainWindow

    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("QDADESK_LANG", raising=False)
    window = MainWindow()
    qtbot.addWidget(window)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        combo = dialog.findChild(QComboBox, "preferencesLanguage")
        combo.setCurrentIndex(combo.findData("id"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    window.findChild(QAction, "actionPreferences").trigger()  # window-modal, not blocking
    choose()
    assert QSettings().value("language") == "id"
    assert window_language() == "id"
    # This window keeps its language until the next start.
    assert window.menuBar().actions()[0].text() == "File"


def test_qt_reads_the_same_catalogue_as_the_core(qapp):
    """The core reads the .qm with the standard library; QTranslator agrees with it."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "qdadesk_id.qm")))
    catalog, plurals = read_qm(resource_path("translations", "qdadesk_id.qm"))
    for source, text in list(catalog.items())[::25]:
        assert translator.translate("qdadesk", source) == text
    for (source, comment), forms in plurals.items():
        if comment:
            assert translator.translate("qdadesk", source, comment, 2) == forms[0]
