"""On a USB stick (portable mode), window settings stay beside the executable."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QStandardPaths

from qdadesk.ui import application


def test_portable_mode_keeps_settings_beside_the_executable(qtbot, tmp_path, monkeypatch) -> None:
    (tmp_path / "portable.txt").write_text("")
    monkeypatch.setattr("qdadesk.paths.application_dir", lambda: tmp_path)
    try:
        application.use_portable_settings()
        settings = QSettings()
        settings.setValue("probe", 1)
        settings.sync()
        assert settings.fileName().startswith(str(tmp_path / "data" / "settings"))
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
        home = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.GenericConfigLocation
        )
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)


def test_installed_mode_leaves_settings_alone(qtbot, monkeypatch) -> None:
    monkeypatch.setattr("qdadesk.paths.application_dir", lambda: None)
    application.use_portable_settings()
    assert QSettings.defaultFormat() == QSettings.Format.NativeFormat
