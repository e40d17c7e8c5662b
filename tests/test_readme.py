"""The README's two opening commands are the ones CI and newcomers run."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INSTALL_AND_OPEN = "pip install . && qdadesk --sample"
INSTALL_AND_TEST = "pip install '.[test]' && pytest"


def test_readme_opens_with_the_two_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", (REPO / "README.md").read_text(), re.S)
    assert [b.strip() for b in blocks[:2]] == [INSTALL_AND_OPEN, INSTALL_AND_TEST]


def test_ci_runs_the_readme_test_command() -> None:
    script = (REPO / ".ci" / "run").read_text()
    install, test = INSTALL_AND_TEST.split(" && ")
    assert f"\n{install} --quiet\n" in script
    assert f"\n{test}\n" in script  # the whole suite, exactly as the README says
    # The bundle is built and checked after the suite; CI still closes with a pytest run.
    assert script.rstrip().splitlines()[-1].startswith(f"{test} ")
