"""Reading a project whose table of contents (SQLite's schema) is damaged.

When a page of the schema is overwritten SQLite cannot find any table, though the tables'
own pages are intact, and so are most pages of the schema itself (it spans several pages:
the first one only points to them). ``StandIn`` finds the pages where b-trees start, reads
the schema rows that survive on them (each names a table and its first page), and writes a
copy of the file whose first page declares those tables afresh, a few at a time, so that
SQLite can read their rows again. Nothing is written to the damaged file.
"""

from __future__ import annotations

import mmap
import shutil
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path

from qdadesk.core.store.connection import APPLICATION_ID

_HEADER = b"SQLite format 3\x00"
_INTERIOR_TABLE, _LEAF_TABLE = 0x05, 0x0D
_PROBE_BATCH = 40  # probe tables declared on one first page
_TABLE_BATCH = 10  # real tables declared on one first page


class StandIn:
    """A copy of a damaged file whose first page is rewritten to declare chosen tables."""

    def __init__(self, damaged: Path, workdir: Path) -> None:
        self.path = workdir / "readable.qdadesk"
        self._scratch = workdir / "first-page.db"
        shutil.copyfile(damaged, self.path)
        with self.path.open("rb") as handle:
            header = handle.read(100)
        intact = header[:16] == _HEADER
        size = struct.unpack(">H", header[16:18])[0] if intact else 4096
        self.page_size = 65536 if size == 1 else size
        self.user_version = struct.unpack(">I", header[60:64])[0] if intact else None
        self.pages = self.path.stat().st_size // self.page_size

    # -- finding the tables ------------------------------------------------------------------
    def find_tables(self) -> dict[str, int]:
        """Every table whose schema row survives, with the page its b-tree starts on."""
        found: dict[str, int] = {}
        roots = self._root_pages()
        for start in range(0, len(roots), _PROBE_BATCH):
            batch = roots[start : start + _PROBE_BATCH]
            columns = [("c0", False), ("c1", False), ("c2", False), ("c3", False), ("c4", False)]
            self.declare({f"p{root}": (root, columns) for root in batch})
            for root in batch:
                for kind, name, root_page in self._schema_rows(f"p{root}"):
                    if kind == "table" and 1 < root_page <= self.pages:
                        found.setdefault(name, root_page)
        return found

    def _root_pages(self) -> list[int]:
        """Table b-tree pages that no interior page points to (page 1 left out)."""
        tables: set[int] = set()
        children: set[int] = set()
        size = self.page_size
        with (
            self.path.open("rb") as handle,
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
        ):
            for page in range(2, self.pages + 1):
                offset = (page - 1) * size
                kind = data[offset]
                if kind not in (_INTERIOR_TABLE, _LEAF_TABLE):
                    continue
                header_size = 12 if kind == _INTERIOR_TABLE else 8
                cells = struct.unpack(">H", data[offset + 3 : offset + 5])[0]
                if header_size + 2 * cells > size:
                    continue
                tables.add(page)
                if kind != _INTERIOR_TABLE:
                    continue
                children.add(struct.unpack(">I", data[offset + 8 : offset + 12])[0])
                for cell in range(cells):
                    at = offset + header_size + 2 * cell
                    pointer = struct.unpack(">H", data[at : at + 2])[0]
                    if 0 < pointer <= size - 4:
                        children.add(
                            struct.unpack(">I", data[offset + pointer : offset + pointer + 4])[0]
                        )
        return sorted(tables - children)

    def _schema_rows(self, probe: str) -> Iterator[tuple[str, str, int]]:
        conn = self.connect()
        try:
            rows = conn.execute(f'SELECT c0, c1, c3, c4 FROM "{probe}"').fetchall()
        except (sqlite3.Error, UnicodeDecodeError):
            return
        finally:
            conn.close()
        for kind, name, root, sql in rows:
            if (
                kind in ("table", "index", "trigger", "view")
                and isinstance(name, str)
                and isinstance(root, int)
                and isinstance(sql, str)
                and sql.upper().startswith("CREATE")
            ):
                yield kind, name, root

    # -- declaring tables ----------------------------------------------------------------------
    def declare(self, tables: dict[str, tuple[int, list[tuple[str, bool]]]]) -> None:
        """Rewrite the copy's first page to declare ``tables``: name -> (first page, columns
        as (name, is the rowid))."""
        first_page = self._first_page(tables)
        header = bytearray(first_page[:100])
        struct.pack_into(">I", header, 28, self.pages)
        if self.user_version is not None:
            struct.pack_into(">I", header, 60, self.user_version)
        struct.pack_into(">I", header, 68, APPLICATION_ID)
        with self.path.open("r+b") as handle:
            handle.write(bytes(header) + first_page[100:])

    def connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True)
        conn.text_factory = lambda raw: raw.decode("utf-8")
        return conn

    def _first_page(self, tables: dict[str, tuple[int, list[tuple[str, bool]]]]) -> bytes:
        self._scratch.unlink(missing_ok=True)
        conn = sqlite3.connect(self._scratch, isolation_level=None)
        try:
            conn.execute(f"PRAGMA page_size={self.page_size}")
            conn.execute("PRAGMA journal_mode=OFF")
            for name, (_root, columns) in tables.items():
                declared = ", ".join(
                    f'"{column}" INTEGER PRIMARY KEY' if is_rowid else f'"{column}"'
                    for column, is_rowid in columns
                )
                conn.execute(f'CREATE TABLE "{name}" ({declared})')
            schema_pages = conn.execute(
                "SELECT count(*) FROM dbstat WHERE name = 'sqlite_schema'"
            ).fetchone()[0]
            conn.execute("PRAGMA writable_schema=ON")
            for name, (root, _columns) in tables.items():
                conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", [root, name])
            conn.execute("PRAGMA writable_schema=OFF")
        finally:
            conn.close()
        if schema_pages != 1:
            raise ValueError("the declarations do not fit on one page")
        with self._scratch.open("rb") as handle:
            return handle.read(self.page_size)


def table_batches(names: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(names), _TABLE_BATCH):
        yield names[start : start + _TABLE_BATCH]
