"""``qdadesk --version`` answers before Qt loads (so a bundle can be checked headless)."""

from __future__ import annotations

import subprocess
import sys

from qdadesk import __version__


def test_version_prints_without_loading_qt() -> None:
    code = (
        "import sys; from qdadesk.app import main; code = main(['--version']); "
        "print('qt loaded' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == [f"qdadesk {__version__}", "no qt"]
