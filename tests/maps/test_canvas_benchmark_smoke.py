"""The maps canvas benchmark runs on a tiny generated project (no timings judged here)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.framework import BenchContext
from benchmarks.generate import GeneratorParams, generate_project
from benchmarks.scenarios import maps

TINY = GeneratorParams(documents=5, words=2000, codes=12, codings=100, variables=10)


def test_canvas_fluidity_scenario_runs(tmp_path: Path, qapp, monkeypatch) -> None:
    monkeypatch.setattr(maps, "STEPS", 1)
    path = tmp_path / "tiny.qdadesk"
    facts = generate_project(path, TINY)
    (tmp_path / "work").mkdir()
    context = BenchContext(path, tmp_path / "work", True, TINY, facts, repeats=1)
    results = maps.canvas_fluidity(context)
    assert len(results) == 8
    built, zoom, pan, slowest = results[:4]
    assert built.name.startswith("Map canvas built, min 1 (")
    assert built.baseline_seconds is not None and built.ours_seconds > 0
    assert zoom.name.startswith("Map canvas zoom") and zoom.baseline_seconds > 0
    assert pan.name.startswith("Map canvas pan") and pan.baseline_seconds > 0
    assert slowest.ours_seconds == max(zoom.ours_seconds, pan.ours_seconds)
    assert maps.canvas_fluidity in maps.SCENARIOS
