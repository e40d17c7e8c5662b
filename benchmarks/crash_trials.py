"""Crash trials: child processes edit a project and are killed (SIGKILL) at random moments.

Each child opens the project and performs a deterministic stream of mixed operations (code,
uncode, weight, new code, merge, delete, import, undo) chosen by a seeded random generator;
after each operation has committed it appends the step's number to an acknowledgement file
and fsyncs it. The parent kills the child at a random moment, then checks that:

- the project opens (a leftover journal is rolled back) and ``qdadesk-cli check`` prints ok;
- every acknowledged operation is there and nothing is half-done: the project's content equals
  a replay, in this process and without a crash, of exactly the acknowledged steps, or of one
  step more (the child may die after a commit and before its acknowledgement).

    python -m benchmarks.crash_trials --trials 24
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from qdadesk.core import Project, QdaError
from qdadesk.core.importers.document import ImportedDocument

OPERATIONS = ("code", "uncode", "weight", "new code", "merge", "delete", "import", "undo")
# Columns that differ between two runs of the same steps (random GUIDs, clock times).
_VOLATILE = {"guid", "selection_guid", "created", "modified", "applied_at", "at"}
# Tables that are bookkeeping, not content (the trash names its process).
_SKIPPED = {"undo_trash", "sqlite_sequence", "_sqlite_migrations"}
_WORDS = ["cost", "bus", "clinic", "nurse", "kind", "far", "money", "time", "family", "help"]


def make_project(path: Path) -> None:
    """The starting project every trial begins from: three documents and four codes."""
    rng = random.Random(0)
    with Project.create(path) as project:
        for number in range(3):
            project.add_document(_imported(rng, f"Interview {number}", 3000))
        for name in ("Cost", "Distance", "Care", "Family"):
            project.add_code(name)


def _imported(rng: random.Random, name: str, words: int) -> ImportedDocument:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return ImportedDocument(name, text, [], text.encode("utf-8") * 4, "txt")


class Worker:
    """Performs step ``i`` of the stream; the same seed on the same project makes the same
    changes in any process."""

    def __init__(self, project: Project, seed: int) -> None:
        self.project = project
        self.rng = random.Random(seed)
        self.imported = 0

    def step(self) -> str:
        name = self.rng.choice(OPERATIONS)
        # A refusal (nothing to undo, a clash) writes nothing: the stream goes on.
        with contextlib.suppress(QdaError):
            getattr(self, "_" + name.replace(" ", "_"))()
        return name

    def _ids(self, table: str) -> list[int]:
        return [row[0] for row in self.project.db.execute(f"SELECT id FROM {table} ORDER BY id")]

    def _code(self) -> None:
        documents, codes = self._ids("documents"), self._ids("codes")
        if not documents or not codes:
            return
        document = self.rng.choice(documents)
        length = self.project.document(document).length
        start = self.rng.randrange(max(1, length - 50))
        end = min(length, start + self.rng.randint(1, 200))
        self.project.add_coding(document, self.rng.choice(codes), start, end)

    def _uncode(self) -> None:
        codings = self._ids("codings")
        if codings:
            self.project.remove_coding(self.rng.choice(codings))

    def _weight(self) -> None:
        codings = self._ids("codings")
        if codings:
            self.project.set_coding_weight(self.rng.choice(codings), self.rng.randint(0, 100))

    def _new_code(self) -> None:
        codes = self._ids("codes")
        parent = self.rng.choice([None, *codes])
        self.project.add_code(f"Code {self.rng.randrange(10**6)}", parent_id=parent)

    def _merge(self) -> None:
        codes = self._ids("codes")
        if len(codes) > 3:
            source, target = self.rng.sample(codes, 2)
            self.project.merge_codes([source], target)

    def _delete(self) -> None:
        documents, codes = self._ids("documents"), self._ids("codes")
        if self.rng.random() < 0.4 and len(documents) > 1:
            self.project.delete_documents([self.rng.choice(documents)])
        elif len(codes) > 2:
            self.project.delete_code(self.rng.choice(codes))

    def _import(self) -> None:
        self.imported += 1
        words = self.rng.choice((500, 5000, 40000))
        self.project.add_document(_imported(self.rng, f"Imported {self.imported}", words))

    def _undo(self) -> None:
        self.project.undo_last()


def child_main(path: str, seed: int, acknowledgements: str, steps: int) -> None:
    """Run in the child: ``steps`` operations, each acknowledged once committed."""
    handle = os.open(acknowledgements, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    with Project.open(path) as project:
        worker = Worker(project, seed)
        for number in range(steps):
            name = worker.step()
            os.write(handle, f"{number} {name}\n".encode())
            os.fsync(handle)
    os.close(handle)


def content_digest(path: Path) -> str:
    """A digest of what the project holds, leaving out GUIDs, clock times and bookkeeping."""
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        for table in tables:
            if table in _SKIPPED or "_search_" in table:
                continue
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            kept = ", ".join(f'"{c}"' for c in columns if c not in _VOLATILE)
            digest.update(table.encode())
            for row in conn.execute(f'SELECT {kept} FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def replayed_digests(start: Path, seed: int, steps: int, work: Path) -> tuple[str, str]:
    """Digests after ``steps`` and after ``steps + 1`` operations, replayed without a crash."""
    copy = work / "replay.qdadesk"
    shutil.copyfile(start, copy)
    with Project.open(copy) as project:
        worker = Worker(project, seed)
        for _ in range(steps):
            worker.step()
        after = content_digest(copy)
        worker.step()
        one_more = content_digest(copy)
    copy.unlink()
    return after, one_more


@dataclass
class TrialResult:
    seed: int
    acknowledged: int
    operations: dict[str, int] = field(default_factory=dict)
    journal_left: bool = False
    problems: list[str] = field(default_factory=list)


def run_trial(work: Path, seed: int, start: Path, max_delay: float, cli_check: bool) -> TrialResult:
    """One child, killed after a random delay once it has acknowledged its first step."""
    path = work / f"trial-{seed}.qdadesk"
    acknowledgements = work / f"trial-{seed}.acks"
    shutil.copyfile(start, path)
    code = (
        "import sys; from benchmarks.crash_trials import child_main; "
        "child_main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))"
    )
    repository = str(Path(__file__).resolve().parents[1])
    environment = {**os.environ, "PYTHONPATH": repository}
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path), str(seed), str(acknowledgements), "100000"],
        env=environment,
        cwd=repository,
    )
    deadline = time.monotonic() + 60
    while not acknowledgements.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(random.Random(seed).uniform(0.0, max_delay))
    child.send_signal(signal.SIGKILL)
    child.wait()
    lines = acknowledgements.read_text().splitlines() if acknowledgements.exists() else []
    result = TrialResult(seed, len(lines))
    for line in lines:
        name = line.split(" ", 1)[1]
        result.operations[name] = result.operations.get(name, 0) + 1
    result.journal_left = Path(str(path) + "-journal").exists()
    try:
        with Project.open(path) as project:
            result.problems += project.check()
    except QdaError as error:
        result.problems.append(f"does not open: {error}")
        return result
    if cli_check:
        checked = subprocess.run(
            [sys.executable, "-c", "import sys; from qdadesk.cli import main; sys.exit(main())"]
            + ["check", str(path)],
            capture_output=True,
            text=True,
            env=environment,
            check=False,
        )
        if checked.stdout.strip() != "ok":
            result.problems.append(f"qdadesk-cli check: {checked.stdout}{checked.stderr}")
    found = content_digest(path)
    after, one_more = replayed_digests(start, seed, len(lines), work)
    if found not in (after, one_more):
        result.problems.append(
            f"content after {len(lines)} acknowledged steps matches neither the replay of "
            "those steps nor of one more (an acknowledged change is missing or half-done)"
        )
    path.unlink(missing_ok=True)
    acknowledgements.unlink(missing_ok=True)
    return result


def run_trials(
    trials: int, first_seed: int = 1, max_delay: float = 1.0, cli_check: bool = True
) -> list[TrialResult]:
    work = Path(tempfile.mkdtemp(prefix="qdadesk-crash-"))
    try:
        start = work / "start.qdadesk"
        make_project(start)
        return [
            run_trial(work, seed, start, max_delay, cli_check)
            for seed in range(first_seed, first_seed + trials)
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crash_trials")
    parser.add_argument("--trials", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1, help="seed of the first trial")
    parser.add_argument(
        "--max-delay", type=float, default=3.0, help="longest run of a child before its kill (s)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = run_trials(args.trials, args.seed, args.max_delay)
    operations: dict[str, int] = {}
    for result in results:
        for name, count in result.operations.items():
            operations[name] = operations.get(name, 0) + count
        state = "FAILED: " + "; ".join(result.problems) if result.problems else "ok"
        journal = " (journal left, rolled back)" if result.journal_left else ""
        print(f"trial seed={result.seed}: {result.acknowledged} operations{journal}: {state}")
    failed = [r for r in results if r.problems]
    total = sum(r.acknowledged for r in results)
    journals = sum(r.journal_left for r in results)
    print(
        f"{len(results)} trials, {total} acknowledged operations "
        f"({', '.join(f'{k} {v}' for k, v in sorted(operations.items()))}), "
        f"{journals} kills left a journal, {len(failed)} failed, "
        f"{time.perf_counter() - started:.0f} s"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
