"""The application icon in every form the systems want.

``python packaging/make_icons.py`` renders resources/icons/qdadesk.svg to the PNG sizes kept
in resources/icons (run it after changing the SVG; it needs PySide6). At build time
build.spec calls ``platform_icon``, which makes the Windows ``.ico`` or the macOS ``.icns``
from those PNGs with Pillow (in the ``package`` extra).
"""

from __future__ import annotations

import sys
from pathlib import Path

ICON_NAME = "qdadesk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render_pngs(folder: Path = ICONS) -> list[Path]:
    """Render the SVG to ``qdadesk-<size>.png`` for every size (needs PySide6)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(folder / f"{ICON_NAME}.svg"))
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"{ICON_NAME}-{size}.png"
        image.save(str(path))
        written.append(path)
    return written


def write_ico(folder: Path, target: Path) -> Path:
    """A Windows .ico holding every size up to 256 (Pillow)."""
    from PIL import Image

    image = Image.open(folder / f"{ICON_NAME}-256.png")
    image.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return target


def write_icns(folder: Path, target: Path) -> Path:
    """A macOS .icns from the 512-pixel PNG (Pillow makes the smaller sizes)."""
    from PIL import Image

    Image.open(folder / f"{ICON_NAME}-512.png").save(target, format="ICNS")
    return target


def platform_icon(folder: Path, build_folder: Path, platform: str = sys.platform) -> str | None:
    """The icon file PyInstaller wants on this system: .ico on Windows, .icns on macOS,
    none on Linux (the .desktop file names the PNG there)."""
    if platform not in ("win32", "darwin"):
        return None
    build_folder.mkdir(parents=True, exist_ok=True)
    if platform == "win32":
        return str(write_ico(folder, build_folder / f"{ICON_NAME}.ico"))
    return str(write_icns(folder, build_folder / f"{ICON_NAME}.icns"))


if __name__ == "__main__":
    for path in render_pngs():
        print(path)
