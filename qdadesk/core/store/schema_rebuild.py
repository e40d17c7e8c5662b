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
from typing import Any

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
        # Pages holding surviving schema rows (``find_tables``): no lost table starts there.
        self._schema_pages: set[int] = set()

    # -- finding the tables ------------------------------------------------------------------
    def find_tables(self) -> dict[str, int]:
        """Every table whose schema row survives, with the page its b-tree starts on."""
        found: dict[str, int] = {}
        self._schema_pages = set()
        for root, rows in self._probe(self._root_pages(), 5):
            for kind, name, _table, root_page, sql in rows:
                if kind in ("table", "index", "trigger", "view") and _text(name, sql):
                    self._schema_pages.add(root)
                    if kind == "table" and isinstance(root_page, int) and root_page > 1:
                        found.setdefault(name, root_page)
        return found

    def match_lost_tables(
        self, found: dict[str, int], wanted: dict[str, list[tuple[str, str, bool, bool]]]
    ) -> dict[str, int]:
        """Tables whose schema rows were lost, recognised by the shape of their rows: each
        column's kind of value (``wanted``: name -> (column, type, not null, is rowid)).
        Only a start page that fits exactly one table, and a table that fits exactly one
        start page, is taken."""
        claimed = set(found.values()) | self._schema_pages
        roots = [root for root in self._root_pages() if root not in claimed]
        width = max((len(columns) for columns in wanted.values()), default=0) + 1
        fits: dict[int, list[str]] = {}
        for root, rows in self._probe(roots, width, limit=50):
            if rows:
                fits[root] = [name for name, columns in wanted.items() if _rows_fit(rows, columns)]
        matched: dict[str, int] = {}
        while True:  # a sure match takes its table out of the other pages' choices
            by_table: dict[str, list[int]] = {}
            for root, names in fits.items():
                open_names = [name for name in names if name not in matched]
                if len(open_names) == 1 and root not in matched.values():
                    by_table.setdefault(open_names[0], []).append(root)
            sure = {name: roots[0] for name, roots in by_table.items() if len(roots) == 1}
            if not sure:
                return matched
            matched.update(sure)

    def _probe(
        self, roots: list[int], width: int, limit: int | None = None
    ) -> Iterator[tuple[int, list[tuple[Any, ...]]]]:
        """The rows on each b-tree starting at ``roots``, read as ``width`` plain columns."""
        columns = [(f"c{i}", False) for i in range(width)]
        listed = ", ".join(f"c{i}" for i in range(width))
        for start in range(0, len(roots), _PROBE_BATCH):
            batch = roots[start : start + _PROBE_BATCH]
            self.declare({f"p{root}": (root, columns) for root in batch})
            conn = self.connect()
            try:
                for root in batch:
                    query = f'SELECT {listed} FROM "p{root}"'
                    if limit is not None:
                        query += f" LIMIT {int(limit)}"
                    try:
                        rows = conn.execute(query).fetchall()
                    except (sqlite3.Error, UnicodeDecodeError):
                        continue
                    yield root, rows
            finally:
                conn.close()

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


def _text(*values: object) -> bool:
    return all(isinstance(value, str) for value in values) and str(values[-1]).upper().startswith(
        "CREATE"
    )


def _rows_fit(rows: list[tuple[Any, ...]], columns: list[tuple[str, str, bool, bool]]) -> bool:
    """True when every row has exactly the table's columns, each value of its kind."""
    for row in rows:
        if any(value is not None for value in row[len(columns) :]):
            return False
        for value, (name, kind, not_null, is_rowid) in zip(row, columns, strict=False):
            if is_rowid:
                if value is not None:  # the rowid is stored as an empty field
                    return False
                continue
            if value is None:
                if not_null:
                    return False
                continue
            if not _kind_fits(value, kind) or not _name_fits(name, value):
                return False
    return True


def _kind_fits(value: object, kind: str) -> bool:
    kind = kind.upper()
    if "INT" in kind:
        return isinstance(value, int)
    if "TEXT" in kind or "CHAR" in kind:
        return isinstance(value, str)
    if "BLOB" in kind:
        return isinstance(value, bytes)
    if "REAL" in kind or "FLOA" in kind:
        return isinstance(value, (int, float))
    return True


def _name_fits(name: str, value: object) -> bool:
    if name == "guid":
        return isinstance(value, str) and len(value) == 36 and value.count("-") == 4
    if name in ("created", "modified"):
        return isinstance(value, str) and value[:4].isdigit() and value[4:5] == "-"
    return True


def table_batches(names: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(names), _TABLE_BATCH):
        yield names[start : start + _TABLE_BATCH]
