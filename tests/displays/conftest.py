"""Fixtures of the display tests (the projects are built in displays_fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from displays_fixtures import build_project

from qdadesk.core import Project


@pytest.fixture
def small_project(tmp_path: Path) -> Iterator[Project]:
    project = build_project(tmp_path / "small.qdadesk")
    yield project
    project.close()
