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
        "imageformats/libqjpeg.so",
        "sqldrivers/libqsqlite.so",
        "tls/libqopensslbackend.so",
        "networkinformation/libqnetworkmanager.so",
    ):
        assert not keep_binary(f"{plugins}/{dropped}"), dropped
    assert not keep_binary("PySide6/Qt/lib/libQt6Network.so.6")
    assert not keep_binary("PySide6/Qt/lib/libQt6Qml.so.6")
    assert keep_binary("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert keep_binary("PySide6/Qt/lib/libQt6DBus.so.6")  # Qt GUI needs it on Linux
