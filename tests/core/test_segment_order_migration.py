"""Migration 0011_segment_order: the codings' position index that lists Retrieved Segments
without sorting. A project from before it opens, migrates and lists as before, and the
listing's queries read that index instead of sorting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.analysis.activation import Activation
from qdadesk.core.analysis.retrieval import segment_rows
from qdadesk.core.analysis.segment_list import _CODINGS, _coding_conditions, list_segments
from qdadesk.core.store.connection import APPLICATION_ID
from qdadesk.core.store.database import Database
from qdadesk.core.store.schema import MIGRATIONS, migration_names, schema_version

INDEX = "codings_segment_order"


def _indexes(project: Project) -> set[str]:
    rows = project.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {row[0] for row in rows}


def test_a_project_from_before_the_index_migrates_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "old.qdadesk"
    names = migration_names()
    first_new = names.index("0011_segment_order")
    db = Database(sqlite3.connect(path))
    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
    MIGRATIONS.apply(db, stop_before=names[first_new:])
    db.execute(f"PRAGMA user_version={first_new}")
    for statement in [
        "INSERT INTO documents (id, guid, name, length, created, modified) "
        "VALUES (7, 'D7', 'Interview', 11, 't', 't')",
        "INSERT INTO document_texts (document_id, text) VALUES (7, 'hello world')",
        "INSERT INTO codes (id, guid, name, created, modified) VALUES (5, 'C5', 'X', 't', 't')",
        'INSERT INTO codings (id, guid, document_id, code_id, start, "end", created, modified) '
        "VALUES (11, 'S11', 7, 5, 6, 11, 't', 't')",
        'INSERT INTO codings (id, guid, document_id, code_id, start, "end", created, modified) '
        "VALUES (12, 'S12', 7, 5, 0, 5, 't', 't')",
    ]:
        db.execute(statement)
    db.conn.commit()
    assert INDEX not in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    db.close()
    with Project.open(path) as project:
        assert project.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        assert INDEX in _indexes(project)
        assert list(list_segments(project).coding_ids) == [12, 11]
        assert project.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_new_project_has_the_index(tmp_project: Project) -> None:
    assert INDEX in _indexes(tmp_project)


def _plan(project: Project, sql: str, args: list) -> str:
    return " / ".join(row[3] for row in project.db.execute("EXPLAIN QUERY PLAN " + sql, args))


def test_a_page_of_a_document_is_read_from_the_index_without_sorting(
    tmp_project: Project,
) -> None:
    activation = Activation(
        code_ids=frozenset({1}), min_weight=10, max_weight=90, coders=frozenset({"", "Ann"})
    )
    for chosen in (Activation(), activation):
        conditions, args = _coding_conditions(tmp_project, chosen)
        page = (
            f"SELECT id FROM {_CODINGS} WHERE document_id = ?{conditions} "
            'ORDER BY start, "end", id LIMIT ? OFFSET ?'
        )
        plan = _plan(tmp_project, page, [1, *args, 100, 0])
        assert f"COVERING INDEX {INDEX}" in plan and "TEMP B-TREE" not in plan, plan
        codings = _CODINGS if conditions else "codings"
        counts = f"SELECT document_id, count(*) FROM {codings} WHERE 1{conditions} GROUP BY 1"
        plan = _plan(tmp_project, counts, args)
        # Counted in an index, in document order: the table is not read, nothing sorted.
        assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, plan


def test_listing_an_old_style_project_gives_what_retrieval_gives(tmp_project: Project) -> None:
    from qdadesk.core.importers.document import ImportedDocument

    document_id = tmp_project.add_document(ImportedDocument("a", "x" * 50, [], b"x", "txt"))
    code = tmp_project.add_code("X").result
    for start in (30, 10, 20):
        tmp_project.add_coding(document_id.result, code, start, start + 5)
    expected = [row[8] for row in segment_rows(tmp_project).rows]
    assert list(list_segments(tmp_project).coding_ids) == expected
