"""What build.spec leaves out of the bundle (packaging/bundle_filters.py), without building."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "packaging"))

from bundle_filters import keep_binary, keep_data, keep_module  # noqa: E402


def test_test_suites_are_left_out() -> None:
    assert not keep_module("pandas.tests.frame.test_api")
    assert not keep_module("numpy._core.tests")
    assert not keep_module("pandas.conftest")
    assert keep_module("pandas._testing")  # pandas imports it
    assert keep_module("qdadesk.core.project")


def test_only_english_and_indonesian_qt_translations_are_kept() -> None:
    assert keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert keep_data("PySide6/Qt/translations/qtbase_id.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep_data("PySide6/Qt/translations/qt_help_pt_BR.qm")
    assert keep_data("qdadesk/resources/sample/sample.qdadesk")
    assert not keep_data("pandas/tests/io/data/test.csv")
    assert not keep_data("foo/__pycache__/bar.cpython-311.pyc")


def test_qt_plugins_and_libraries_never_loaded_are_left_out() -> None:
    plugins = "PySide6/Qt/plugins"
    for kept in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platforms/qwindows.dll",
        "platforms/libqcocoa.dylib",
        "imageformats/libqsvg.so",
        "imageformats/libqjpeg.so",  # pictures a project holds (issue 13)
        "imageformats/libqgif.so",
        "imageformats/libqtiff.so",
        "imageformats/libqwebp.so",
        "imageformats/qjpeg.dll",
        "imageformats/qtiff.dll",
        "imageformats/libqwebp.dylib",
        "iconengines/libqsvgicon.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "platformthemes/libqxdgdesktopportal.so",
    ):
        assert keep_binary(f"{plugins}/{kept}"), kept
    for dropped in (
        "platforms/libqeglfs.so",
        "platforms/libqvnc.so",
        "platformthemes/libqgtk3.so",
        "imageformats/libqpdf.so",
        "imageformats/libqicns.so",
        "imageformats/libqico.so",
        "imageformats/libqtga.so",
        "imageformats/libqwbmp.so",
        "sqldrivers/libqsqlite.so",
        "tls/libqopensslbackend.so",
        "networkinformation/libqnetworkmanager.so",
    ):
        assert not keep_binary(f"{plugins}/{dropped}"), dropped
    assert not keep_binary("PySide6/Qt/lib/libQt6Network.so.6")
    assert not keep_binary("PySide6/Qt/lib/libQt6Qml.so.6")
    assert keep_binary("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert keep_binary("PySide6/Qt/lib/libQt6DBus.so.6")  # Qt GUI needs it on Linux


def test_every_picture_format_the_importer_accepts_has_its_qt_plugin_kept() -> None:
    """Each picture extension QDA Desk imports is shown by a Qt plugin the bundle keeps
    (PNG is built into Qt) and that the installed PySide6 has."""
    from PySide6.QtCore import QLibraryInfo

    from qdadesk.core.importers import SUPPORTED_EXTENSIONS

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "imageformats"
    installed = {path.name for path in folder.iterdir()}
    plugin = {".jpg": "jpeg", ".jpeg": "jpeg", ".gif": "gif", ".tif": "tiff", ".tiff": "tiff"}
    plugin |= {".webp": "webp", ".svg": "svg"}
    for extension in (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".webp", ".svg"):
        assert extension in SUPPORTED_EXTENSIONS
        if extension == ".png":
            continue
        (name,) = [n for n in installed if n.split(".")[0].lstrip("lib") == f"q{plugin[extension]}"]
        assert keep_binary(f"PySide6/Qt/plugins/imageformats/{name}"), name
