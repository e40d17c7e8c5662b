"""What scenario modules use: the context they get, the result they return, and timing.

See benchmarks/README.md for the contract.
"""

from __future__ import annotations

import math
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.generate import GeneratorParams, ProjectFacts

CACHE_DIR = Path(__file__).resolve().parent / ".cache"


@dataclass
class Result:
    """One measured comparison (or one absolute timing) for the table."""

    name: str
    ours_seconds: float
    baseline_name: str | None
    baseline_seconds: float | None
    target: str
    passed: bool | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Our time over the baseline's, when there is a baseline."""
        if (
            self.baseline_seconds is None
            or not self.baseline_seconds
            or math.isnan(self.ours_seconds)
        ):
            return None
        return self.ours_seconds / self.baseline_seconds


def ratio_result(
    name: str,
    ours: float,
    baseline_name: str,
    baseline: float,
    max_ratio: float,
    note: str = "",
) -> Result:
    """A comparison that passes when ``ours / baseline <= max_ratio``."""
    passed = baseline > 0 and ours / baseline <= max_ratio
    return Result(name, ours, baseline_name, baseline, f"ratio <= {max_ratio:g}", passed, note)


def absolute_result(
    name: str,
    ours: float,
    max_seconds: float,
    note: str = "",
    baseline_name: str | None = None,
    baseline: float | None = None,
) -> Result:
    """A timing that passes when ``ours < max_seconds`` (a baseline, if given, is shown only)."""
    return Result(
        name, ours, baseline_name, baseline, f"< {max_seconds:g} s", ours < max_seconds, note
    )


def measure(
    fn: Callable[[], object],
    repeats: int = 5,
    setup: Callable[[], object] | None = None,
    warmup: bool = True,
) -> float:
    """Median wall-clock seconds of ``fn()`` over ``repeats`` runs; ``setup()`` runs untimed
    before each run (and before the warm-up run, whose time is discarded)."""
    if warmup:
        if setup is not None:
            setup()
        fn()
    times = []
    for _ in range(max(1, repeats)):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@dataclass
class BenchContext:
    """What the runner hands each scenario function (see benchmarks/README.md)."""

    large_project_path: Path
    tmp_dir: Path
    quick: bool
    params: GeneratorParams
    facts: ProjectFacts
    repeats: int = 5
    _copies: int = field(default=0, repr=False)

    def writable_copy(self) -> Path:
        """A fresh copy of the large project in ``tmp_dir``, yours to change."""
        self._copies += 1
        target = self.tmp_dir / f"large-copy-{self._copies}.qdadesk"
        shutil.copyfile(self.large_project_path, target)
        return target

    def docx_folder(self, count: int) -> Path:
        """A cached folder of ``count`` generated .docx files (read-only, shared)."""
        from benchmarks.generate import cache_lock, write_docx_files

        folder = CACHE_DIR / f"docx-{count}-seed{self.params.seed}"
        marker = folder / ".complete"
        with cache_lock(CACHE_DIR):
            if not marker.exists():
                if folder.exists():
                    shutil.rmtree(folder)
                write_docx_files(folder, count, seed=self.params.seed)
                marker.write_text("ok", encoding="utf-8")
        return folder
