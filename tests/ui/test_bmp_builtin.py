"""Qt reads BMP without any image-format plugin, so the frozen bundle (which keeps only the
SVG, JPEG, GIF, TIFF and WebP plugins: ``packaging/bundle_filters.py``) shows BMP pictures."""

from __future__ import annotations

import os
import subprocess
import sys

from tests import picture_files as pf

SCRIPT = r"""
import sys
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice
QCoreApplication.setLibraryPaths([])  # no plugin folder at all: what Qt has built in
from PySide6.QtGui import QImageReader
app = QCoreApplication(["x"])  # decoding needs no window system (itself a plugin)
buffer = QBuffer()
buffer.setData(sys.stdin.buffer.read())
buffer.open(QIODevice.OpenModeFlag.ReadOnly)
image = QImageReader(buffer).read()
formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
print(image.width(), image.height(), "bmp" in formats, "jpeg" in formats)
"""


def test_qt_reads_bmp_with_no_image_format_plugin() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("QT_PLUGIN_PATH", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=pf.bmp(37, 21, "v5", 24, top_down=True),
        capture_output=True,
        env=environment,
        check=True,
    )
    # JPEG is a plugin: its absence shows that no plugin was loaded.
    assert done.stdout.decode().split() == ["37", "21", "True", "False"]
