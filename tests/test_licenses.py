"""Every library QDA Desk ships has its licence text in resources/licenses (Help → About)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "packaging"))

from collect_licenses import runtime_distributions  # noqa: E402


def test_every_runtime_dependency_has_its_licence() -> None:
    index = json.loads((REPO / "resources" / "licenses" / "licenses.json").read_text())
    listed = {entry["name"] for entry in index["libraries"]}
    missing = set(runtime_distributions()) - listed
    assert not missing, f"run python packaging/collect_licenses.py (missing: {sorted(missing)})"
    assert {"qdadesk", "python"} <= listed
    assert (REPO / "resources" / "licenses" / "qdadesk" / "LICENSE").read_text() == (
        REPO / "LICENSE"
    ).read_text()
