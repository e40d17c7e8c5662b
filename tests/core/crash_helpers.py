"""Leaving a project as a process killed mid-write leaves it: a hot ``-journal`` beside it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# A child that starts a write transaction, changes enough pages that SQLite must write some
# of them into the main file before COMMIT (a tiny page cache), and is killed with SIGKILL.
_KILLED_WRITER = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=2")
conn.execute("BEGIN IMMEDIATE")
conn.execute(sys.argv[2])
for _ in range(40):
    conn.execute("INSERT INTO settings (key, value) VALUES (hex(randomblob(8)), randomblob(6000))")
os.kill(os.getpid(), signal.SIGKILL)
"""


def kill_mid_write(path: Path, statement: str = "UPDATE documents SET name = name || '!'") -> None:
    """Run ``statement`` in a child process and SIGKILL it before it commits."""
    subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(path), statement], check=False)
    assert Path(str(path) + "-journal").exists(), "the killed writer left no journal"


def forge_half_written_page_one(path: Path, application_id: int) -> None:
    """Leave ``path`` as a crash in the middle of COMMIT leaves it: page 1 in the main file
    already rewritten (here with another application id), its original saved in a hot
    journal (SQLite's format: header, then page number, page, checksum)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    original = bytes(data[:page_size])
    data[68:72] = application_id.to_bytes(4, "big")
    seed = 0x1234567
    checksum = seed + sum(original[i] for i in range(page_size - 200, 0, -200))
    header = (
        bytes.fromhex("d9d505f920a163d7")
        + (1).to_bytes(4, "big")
        + seed.to_bytes(4, "big")
        + (len(data) // page_size).to_bytes(4, "big")
        + (512).to_bytes(4, "big")
        + page_size.to_bytes(4, "big")
    ).ljust(512, b"\0")
    record = (1).to_bytes(4, "big") + original + (checksum & 0xFFFFFFFF).to_bytes(4, "big")
    Path(str(path) + "-journal").write_bytes(header + record)
    path.write_bytes(bytes(data))


# ``qdadesk-cli`` as another program: a process of its own.
CLI = [sys.executable, "-c", "import sys; from qdadesk.cli import main; sys.exit(main())"]


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    """Run ``qdadesk-cli ARGS`` in a separate process."""
    return subprocess.run(
        [*CLI, *map(str, args)], capture_output=True, text=True, check=False, timeout=120
    )
