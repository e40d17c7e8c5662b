"""Reproducible builds: CI and the bundle install the versions pinned in constraints.txt."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    name = re.split(r"[\s<>=!~;\[]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "constraints.txt").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[_name(name)] = version
    return pins


def test_every_dependency_and_extra_is_pinned() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted += extra
    pins = _pins()
    assert sorted({_name(r) for r in wanted} - set(pins)) == []
    assert "pypdfium2" in pins


def test_ci_installs_with_the_constraints() -> None:
    script = (REPO / ".ci" / "run").read_text()
    assert 'export PIP_CONSTRAINT="$PWD/constraints.txt"' in script
    assert script.index("PIP_CONSTRAINT") < script.index("\npip install")
