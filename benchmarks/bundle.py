"""The bundle's size and the first window's start-up, against a bare PySide6 window.

``python -m benchmarks.bundle [--bundle dist/qdadesk] [--runs 5] [--save]``

Prints (and with ``--save`` writes to benchmarks/bundle.md):

* the unpacked size of the PyInstaller bundle (``pyinstaller build.spec``), against the
  target of 200 MB (issue 11);
* the time from starting the program to its first window with the sample project open
  (``QDADESK_STARTUP_PROBE``: the window prints "ready" and quits), from source and from the
  bundle, each next to a bare PySide6 window started the same way in the same run, so the
  ratio means something on any machine. Targets: 0.5 s from source, 1.5 s from the bundle.

The first run of each is the cold one (files not yet in the system's cache); the median of
the rest is the warm figure. Without a bundle (no dist/qdadesk) only the source is measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "qdadesk"
REPORT = Path(__file__).resolve().parent / "bundle.md"
SIZE_TARGET_MB = 200  # megabytes of 1,000,000 bytes
SOURCE_TARGET_S = 0.5
BUNDLE_TARGET_S = 1.5

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
window.show()
def ready():
    print("ready", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (links counted once, as the files they are)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def time_to_ready(command: list[str], env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from starting ``command`` to its "ready" line (killed after ``timeout``)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "ready":
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{command[0]} ended without reaching its window")
        process.wait()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
    return elapsed


def measure(command: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """(cold, warm median) seconds."""
    times = [time_to_ready(command, env) for _ in range(runs)]
    return times[0], statistics.median(times[1:] or times)


def run(bundle: Path, runs: int) -> list[str]:
    lines = [
        f"# Bundle: size and start-up ({dt.date.today()}, {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} cores)",
        "",
    ]
    with tempfile.TemporaryDirectory(prefix="qdadesk-bench-") as folder:
        work = Path(folder)
        sample = work / "sample.qdadesk"
        from qdadesk.paths import sample_project_path

        shutil.copyfile(sample_project_path(), sample)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            QDADESK_STARTUP_PROBE="1",
            QDADESK_DATA_DIR=str(work / "data"),
        )
        rows = []
        bare = measure([sys.executable, "-c", BARE_WINDOW], env, runs)
        source = measure([sys.executable, "-m", "qdadesk.app", str(sample)], env, runs)
        rows.append(("bare PySide6 window (python)", bare, None))
        rows.append(("QDA Desk from source, sample open", source, SOURCE_TARGET_S))
        ratios = [("source", source[1] / bare[1])]
        if (bundle / "qdadesk").is_file():
            ours = measure([str(bundle / "qdadesk"), str(sample)], env, runs)
            rows.append(("QDA Desk bundle, sample open", ours, BUNDLE_TARGET_S))
            ratios.append(("bundle", ours[1] / bare[1]))
    lines += [
        "| start-up to the first window | cold (s) | warm median (s) | target (s) |",
        "|---|---:|---:|---:|",
    ]
    for name, (cold, warm), target in rows:
        lines.append(f"| {name} | {cold:.2f} | {warm:.2f} | {target or ''} |")
    lines.append("")
    lines += [f"ratio {name} / bare window (warm): {value:.1f}x" for name, value in ratios]
    if (bundle / "qdadesk").is_file():
        size = folder_size(bundle)
        verdict = "under" if size < SIZE_TARGET_MB * 1_000_000 else "OVER"
        lines += [
            "",
            f"bundle size: {size / 1_000_000:.1f} MB ({size / 2**20:.1f} MiB) unpacked, "
            f"{verdict} the {SIZE_TARGET_MB} MB target ({bundle})",
        ]
    else:
        lines += ["", f"no bundle at {bundle}: build it with `pyinstaller build.spec --noconfirm`"]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bundle", description=__doc__)
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--save", action="store_true", help=f"write {REPORT.name}")
    args = parser.parse_args(argv)
    lines = run(args.bundle, max(1, args.runs))
    print("\n".join(lines))
    if args.save:
        REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
