"""Crash trials, kept short for CI (``python -m benchmarks.crash_trials`` runs longer ones):
children editing a project are killed with SIGKILL at random moments; each time the project
opens, ``qdadesk-cli check`` prints ok, and its content is exactly the acknowledged
operations (or those plus the one that committed just before the kill), nothing half-done."""

from __future__ import annotations

import sys

import pytest

from benchmarks.crash_trials import run_trials


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writers_never_lose_acknowledged_work() -> None:
    results = run_trials(trials=6, first_seed=101, max_delay=0.6, cli_check=True)
    problems = [(r.seed, r.problems) for r in results if r.problems]
    assert problems == []
    assert sum(r.acknowledged for r in results) > 0
