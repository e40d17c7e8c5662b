"""Many qdadesk-cli processes on one project at once: writers wait their turn, readers read,
nobody fails (a write once lost its lock when the header was read beside it, and another
process's write or journal cleanup then failed it with "disk I/O error")."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from qdadesk.cli import main

_CLI = [sys.executable, "-c", "import sys; from qdadesk.cli import main; sys.exit(main())"]
_ROUNDS = 3


def _run(capsysbinary, *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


def _all_at_once(commands: list[list[str]]) -> list[tuple[list[str], int, str]]:
    processes = [
        subprocess.Popen(
            [*_CLI, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=None
        )
        for command in commands
    ]
    results = []
    for command, process in zip(commands, processes, strict=True):
        out, err = process.communicate()
        message = err.decode() or (out.decode() if process.returncode else "")
        results.append((command, process.returncode, message))
    return results


def _succeeded(command: list[str], code: int, message: str) -> bool:
    if (code, message) == (0, ""):
        return True
    # By design `check` names a journal it sees beside the project (a write in progress,
    # here another writer's; see test_hot_journal): the only finding allowed meanwhile.
    lines = message.splitlines()
    return command[0] == "check" and len(lines) == 1 and "a write is in progress" in lines[0]


def test_twelve_writers_and_readers_at_once_all_succeed(tmp_path: Path, capsysbinary) -> None:
    project = tmp_path / "study.qdadesk"
    assert _run(capsysbinary, "new", project)[0] == 0
    (tmp_path / "t.txt").write_text("😀 " * 400, encoding="utf-8")
    assert _run(capsysbinary, "import", project, tmp_path / "t.txt")[0] == 0
    assert _run(capsysbinary, "codes", "add", project, "K")[0] == 0
    p = str(project)
    coded = 0
    for round_ in range(_ROUNDS):
        commands: list[list[str]] = []
        for i in range(4):
            source = tmp_path / f"r{round_}d{i}.txt"
            source.write_text(f"Round {round_}, document {i}. " * 200, encoding="utf-8")
            commands.append(["import", p, str(source)])
            commands.append(["codes", "add", p, f"C{round_}-{i}"])
            start = (round_ * 4 + i) * 4
            commands.append(["code", p, "t", str(start), str(start + 1), "K"])
        commands += [
            ["check", p],
            ["info", p],
            ["segments", p, "--format", "json"],
            ["documents", p],
        ]
        failures = [result for result in _all_at_once(commands) if not _succeeded(*result)]
        assert failures == []
        coded += 4
    code, out, _err = _run(capsysbinary, "segments", project, "--format", "json")
    assert sorted(s["start"] for s in json.loads(out)) == list(range(0, coded * 4, 4))
    code, out, _err = _run(capsysbinary, "documents", project, "--format", "json")
    assert len(json.loads(out)) == 1 + 4 * _ROUNDS
    code, out, _err = _run(capsysbinary, "codes", "list", project, "--format", "json")
    assert len(json.loads(out)) == 1 + 4 * _ROUNDS
    assert _run(capsysbinary, "check", project)[1] == "ok\n"
    assert not Path(p + "-journal").exists()
