"""The first window with a project comes up without the heavy libraries (issue 11, item 3):
pandas, openpyxl, python-docx and lxml load only when an analysis or export needs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from qdadesk.paths import sample_project_path

HEAVY = ("pandas", "numpy", "openpyxl", "docx", "lxml", "sqlite_utils")


def test_opening_the_sample_in_the_window_loads_no_heavy_library(tmp_path: Path) -> None:
    project = tmp_path / "sample.qdadesk"
    shutil.copyfile(sample_project_path(), project)
    code = (
        "import sys\n"
        "from qdadesk.ui.application import make_application\n"
        "app = make_application([])\n"
        "from qdadesk.ui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "window.show()\n"
        f"window.open_project({str(project)!r})\n"
        "app.processEvents()\n"
        "from qdadesk.core.analysis.activation import ALL\n"
        "window.session.set_activation(ALL)  # every segment listed\n"
        "app.processEvents()\n"
        "assert window.retrieved_segments.segment_count() > 0, 'no segments listed'\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QDADESK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
