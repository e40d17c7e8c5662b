"""Fixtures for the whole suite: real shared files, and throw-away projects."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Widget tests run without a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English messages whatever the machine's language (tests that want Indonesian set it).
os.environ.setdefault("QDADESK_LANG", "en")

# CI runs the same examples every time (a red build must be reproducible); a developer's
# run keeps exploring new ones.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared folder (corpus, REFI-QDA samples and schemas)."""
    if not SHARED.is_dir():
        pytest.skip(f"shared folder not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus"


@pytest.fixture
def tmp_project(tmp_path: Path) -> Iterator[object]:
    """A fresh, empty project in a temporary folder."""
    from qdadesk.core import Project

    project = Project.create(tmp_path / "test.qdadesk")
    yield project
    project.close()
