"""Every package directory is listed in pyproject.toml, so a plain `pip install .` has it."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_package_is_listed() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "qdadesk").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
