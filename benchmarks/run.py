"""Run the benchmark scenarios and print (and save) the table of ratios.

``python -m benchmarks.run [--quick] [--only NAME ...]``; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import math
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks.framework import CACHE_DIR, BenchContext, Result
from benchmarks.generate import FULL, QUICK, GeneratorParams, cached_project

SCENARIO_DIR = Path(__file__).resolve().parent / "scenarios"
LATEST = Path(__file__).resolve().parent / "latest.md"

Scenario = Callable[[BenchContext], list[Result]]


def discover(only: list[str] | None = None) -> list[tuple[str, Scenario]]:
    """(module name, scenario function) for every scenario, filtered by ``only`` (module
    names or function names)."""
    found: list[tuple[str, Scenario]] = []
    for path in sorted(SCENARIO_DIR.glob("*.py")):
        if path.name.startswith("_"):
            continue
        module_name = path.stem
        try:
            module = importlib.import_module(f"benchmarks.scenarios.{module_name}")
        except Exception:  # one broken module must not hide the others' results
            traceback.print_exc()
            found.append((module_name, _broken(module_name)))
            continue
        for scenario in getattr(module, "SCENARIOS", []):
            if only and module_name not in only and scenario.__name__ not in only:
                continue
            found.append((module_name, scenario))
    return found


def _broken(module_name: str) -> Scenario:
    def broken(ctx: BenchContext) -> list[Result]:
        raise RuntimeError(f"benchmarks/scenarios/{module_name}.py does not import")

    broken.__name__ = f"{module_name}_import"
    return broken


def run(quick: bool, only: list[str] | None, params: GeneratorParams | None = None) -> list[Result]:
    params = params or (QUICK if quick else FULL)
    scenarios = discover(only)
    if not scenarios:
        print("no scenarios matched", file=sys.stderr)
        return []
    started = time.perf_counter()
    print(f"large project: {params} ...", flush=True)
    path, facts = cached_project(params, CACHE_DIR)
    print(f"  ready in {time.perf_counter() - started:.1f} s: {path.name}", flush=True)
    results: list[Result] = []
    for module_name, scenario in scenarios:
        label = f"{module_name}.{scenario.__name__}"
        print(f"- {label} ...", flush=True)
        tmp_dir = Path(tempfile.mkdtemp(prefix="qdadesk-bench-"))
        ctx = BenchContext(path, tmp_dir, quick, params, facts, repeats=3 if quick else 5)
        began = time.perf_counter()
        try:
            produced = scenario(ctx)
        except Exception as error:
            traceback.print_exc()
            produced = [Result(label, math.nan, None, None, "", False, f"error: {error}")]
        finally:
            shutil.rmtree(tmp_dir, ignore_errors=True)
        for result in produced:
            print("   " + _row(result), flush=True)
        print(f"  ({time.perf_counter() - began:.1f} s)", flush=True)
        results.extend(produced)
    return results


# -- the table -------------------------------------------------------------------------------
_HEADER = ("Scenario", "QDA Desk", "Baseline (same run)", "Baseline", "Ratio", "Target", "OK")


def _seconds(value: float | None) -> str:
    if value is None:
        return ""
    if math.isnan(value):
        return "—"
    if value < 0.001:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def _cells(result: Result) -> list[str]:
    ratio = result.ratio
    ok = {True: "yes", False: "**NO**", None: ""}[result.passed]
    name = result.name + (f" — {result.note}" if result.note else "")
    return [
        name,
        _seconds(result.ours_seconds),
        result.baseline_name or "",
        _seconds(result.baseline_seconds),
        f"{ratio:.2f}" if ratio is not None else "",
        result.target,
        ok,
    ]


def _row(result: Result) -> str:
    return " | ".join(cell for cell in _cells(result) if cell)


def markdown_table(results: list[Result]) -> str:
    lines = ["| " + " | ".join(_HEADER) + " |", "|" + "---|" * len(_HEADER)]
    for result in results:
        cells = [cell.replace("|", "\\|") for cell in _cells(result)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def machine_line() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def write_latest(results: list[Result], command: str, params: GeneratorParams) -> Path:
    text = (
        f"# Benchmark results\n\n"
        f"`{command}` on {dt.date.today().isoformat()} ({machine_line()}).\n"
        f"Large project: {params.documents:,} documents, {params.words:,} words, "
        f"{params.codes:,} codes, {params.codings:,} coded segments, "
        f"{params.variables} variables. Times are medians; each baseline ran in the same "
        f"run on the same files.\n\n" + markdown_table(results) + "\n"
    )
    LATEST.write_text(text, encoding="utf-8")
    return LATEST


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="small project and fewer repeats (about a minute)"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        help="scenario modules or scenario function names to run",
    )
    save = parser.add_mutually_exclusive_group()
    save.add_argument(
        "--save",
        action="store_true",
        help=f"write {LATEST.name} even with --quick or --only",
    )
    save.add_argument("--no-save", action="store_true", help=f"do not write {LATEST.name}")
    args = parser.parse_args(argv)
    results = run(args.quick, args.only)
    if not results:
        return 1
    print()
    print(markdown_table(results))
    # latest.md is the README's table: only a full run of every scenario replaces it.
    if args.save or not (args.no_save or args.quick or args.only):
        command = "python -m benchmarks.run" + (" --quick" if args.quick else "")
        if args.only:
            command += " --only " + " ".join(args.only)
        path = write_latest(results, command, QUICK if args.quick else FULL)
        print(f"\nwritten to {path}")
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
