"""What the PyInstaller bundle leaves out (used by build.spec; tested in tests/test_bundle.py).

QDA Desk uses QtCore, QtGui, QtWidgets and QtSvg (charts and matrices drawn as SVG). The
PySide6 hook collects more than that: plugins for networking, SQL, printing, multimedia and
QML, and Qt's own translations for forty languages. QDA Desk ships English and Indonesian,
so only those of Qt's translations are kept. Test suites (pandas' and numpy's) and compiled
duplicates of modules never belong in an installed program.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path, PurePath

# PySide6 modules QDA Desk never imports (PyInstaller then leaves their libraries out).
QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in [
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtBluetooth",
        "QtCharts",
        "QtConcurrent",
        "QtDBus",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtHelp",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetwork",
        "QtNetworkAuth",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtPrintSupport",
        "QtQml",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    ]
]

# Qt plugin folders the window needs: drawing on screen (platforms, their GL and EGL
# integrations, Wayland), the desktop's theme and file dialogs, input methods (typing
# Indonesian or any other language through IBus/Fcitx), SVG icons and common image formats.
_QT_PLUGIN_FOLDERS = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "iconengines",
    "imageformats",
    "styles",
}
# Platforms: X11, Wayland, and offscreen (--self-test); not the embedded-device ones (eglfs,
# linuxfb, vnc, vkkhrdisplay, minimal).
_PLATFORMS = re.compile(r"q(xcb|wayland[\w-]*|offscreen|windows|cocoa|direct2d)\b", re.IGNORECASE)
# The GTK 3 theme plugin loads the host's GTK, which must not meet the bundle's own copies of
# cairo, pango and glib (a known cause of crashes); Qt's own dialogs and Fusion style are used
# there instead. The XDG portal theme (native file dialogs in sandboxes) stays.
_PLATFORM_THEMES = re.compile(r"(xdgdesktopportal|qgnome|qkde)", re.IGNORECASE)
# Image formats: SVG (icons, charts, SVG pictures) and the pictures a project may hold: JPEG,
# GIF, TIFF and WebP (PNG and BMP Qt reads by itself). Not ICNS, ICO, TGA, WBMP or PDF.
_IMAGE_FORMATS = re.compile(r"q(svg|jpeg|gif|tiff|webp)\b", re.IGNORECASE)
# Qt translations kept: the languages QDA Desk ships.
_QT_LANGUAGES = ("en", "id")
# Qt libraries only the left-out plugins and modules use.
_UNUSED_QT_LIBRARIES = re.compile(
    r"(Qt6?(Network|Qml\w*|Quick\w*|Pdf\w*|Sql|Test|Multimedia\w*|Positioning|OpenGLWidgets|"
    r"VirtualKeyboard\w*|Designer\w*|Help|Charts\w*|DataVisualization\w*|WebEngine\w*|"
    r"3D\w*|Bluetooth|Nfc|SerialPort|Sensors|TextToSpeech|Location|SpatialAudio|"
    r"ShaderTools|Concurrent|StateMachine|RemoteObjects|Scxml|WebSockets|WebChannel|"
    r"HttpServer|NetworkAuth|Graphs\w*|UiTools|PrintSupport|EglFS\w*|EglFsKmsSupport)\b)"
)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def keep_module(name: str) -> bool:
    """False for test suites and their helpers (``pandas.tests``, ``numpy._core.tests``)."""
    parts = name.split(".")
    return not any(part in ("tests", "conftest") for part in parts)


def keep_binary(dest: str) -> bool:
    """False for Qt plugins and libraries QDA Desk never loads."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts:
        below = parts[parts.index("plugins") + 1 :]
        folder = below[0] if len(below) > 1 else ""
        if folder not in _QT_PLUGIN_FOLDERS:
            return False
        if folder == "imageformats" and not _IMAGE_FORMATS.search(name):
            return False
        if folder == "platforms" and not _PLATFORMS.search(name):
            return False
        return not (folder == "platformthemes" and not _PLATFORM_THEMES.search(name))
    if _UNUSED_QT_LIBRARIES.search(name) and ("PySide6" in parts or name.startswith("libQt6")):
        return False
    return keep_data(dest)


def keep_data(dest: str) -> bool:
    """False for Qt translations of languages not shipped, test data, compiled duplicates."""
    parts = _parts(dest)
    name = parts[-1]
    if "__pycache__" in parts or name.endswith((".pyc", ".pyo")):
        return False
    if any(part in ("tests", "testing_data") for part in parts[:-1]):
        return False
    if "translations" in parts and name.endswith(".qm") and ("PySide6" in parts or "Qt" in parts):
        language = name[: -len(".qm")].rsplit("_", 1)[-1]
        return language in _QT_LANGUAGES
    return True


# Libraries of the Linux desktop itself (X11 and XCB, xkbcommon, fontconfig and FreeType,
# D-Bus and systemd, GLib). Qt for Python's wheels already take them from the system (see
# .ci/run for the list a bare system lacks), as AppImages do; copies from the build machine
# only add 10 MB and can clash with the host's own (loaded by its input methods and drivers).
HOST_LIBRARIES = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb[\w-]*|xkbcommon[\w-]*|fontconfig|freetype|"
    r"dbus-1|systemd|glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|EGL|GL|"
    r"GLX|OpenGL|GLdispatch)\.so"
)


def _needed(path: str) -> list[str]:
    """The libraries a binary names itself (ELF DT_NEEDED), not those they need in turn."""
    result = subprocess.run(["objdump", "-p", path], capture_output=True, text=True)
    return re.findall(r"^\s*NEEDED\s+(\S+)", result.stdout, re.MULTILINE)


def prune_unreferenced_libraries(binaries: list, platform: str) -> list:
    """Linux: leave out the desktop's own libraries (``HOST_LIBRARIES``), then every library
    collected at the bundle's top level that no kept binary needs any more (cairo and pango
    once the GTK 3 theme is out, libsystemd once D-Bus comes from the system)."""
    if not platform.startswith("linux") or shutil.which("objdump") is None:
        return binaries

    def top_level(entry) -> bool:
        return len(_parts(entry[0])) == 1 and ".so" in entry[0]

    libraries = {entry[0]: entry for entry in binaries if top_level(entry)}
    reachable: set[str] = set()
    pending = [entry[1] for entry in binaries if not top_level(entry)]
    pending += [entry[1] for name, entry in libraries.items() if name.startswith("libpython")]
    while pending:
        for name in _needed(pending.pop()):
            if name in libraries and name not in reachable and not HOST_LIBRARIES.match(name):
                reachable.add(name)
                pending.append(libraries[name][1])
    return [
        entry
        for entry in binaries
        if not top_level(entry) or entry[0] in reachable or entry[0].startswith("libpython")
    ]


def finish_bundle(folder: Path, platform: str) -> list[Path]:
    """Remove links to the libraries left out (above), then strip the symbol tables of the
    bundle's Linux libraries; returns those stripped. Wheels' vendored libraries
    (``numpy.libs`` and the like, rewritten by auditwheel's patchelf) are left alone:
    stripping them breaks them. So are the executables (their archive is appended)."""
    for link in folder.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    if not platform.startswith("linux") or shutil.which("strip") is None:
        return []
    stripped = []
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(folder).parts):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        result = subprocess.run(["strip", str(path)], capture_output=True)
        if result.returncode == 0:
            stripped.append(path)
    return stripped
