"""The project file's schema, built and migrated forward with ``Migrations`` (database.py).

Each migration is one transaction. ``PRAGMA user_version`` holds the number of migrations
applied, so an older QDA Desk can tell that a file is newer than it knows and refuse it.
New migrations are appended at the end and never edited once released.
"""

from __future__ import annotations

import re
import sqlite3

from qdadesk.core.store.database import Database, Migrations

MIGRATIONS = Migrations("qdadesk")

_INITIAL_SCHEMA = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);
CREATE TABLE document_groups (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES document_groups(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    color TEXT,
    created TEXT NOT NULL
);
CREATE INDEX document_groups_parent ON document_groups(parent_id, position);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    group_id INTEGER REFERENCES document_groups(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'text',
    length INTEGER NOT NULL DEFAULT 0,
    color TEXT,
    creator_id INTEGER REFERENCES users(id),
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX documents_group ON documents(group_id, position);
-- Text and file bytes live apart so listing documents never reads them.
CREATE TABLE document_texts (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    formatting TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE document_files (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    file_type TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE document_sets (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE document_set_members (
    set_id INTEGER NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, document_id)
);
CREATE INDEX document_set_members_document ON document_set_members(document_id);
CREATE TABLE variables (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT 'document' CHECK (scope IN ('document', 'case')),
    type TEXT NOT NULL CHECK (type IN ('text', 'integer', 'float', 'date', 'boolean')),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (scope, name)
);
CREATE TABLE document_values (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
    value,
    PRIMARY KEY (document_id, variable_id)
);
CREATE INDEX document_values_variable ON document_values(variable_id);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
-- A case holds whole documents (start/end NULL) or segments of them.
CREATE TABLE case_members (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX case_members_case ON case_members(case_id);
CREATE INDEX case_members_document ON case_members(document_id);
CREATE TABLE case_values (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
    value,
    PRIMARY KEY (case_id, variable_id)
);
CREATE TABLE codes (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#1f77b4',
    position INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    codable INTEGER NOT NULL DEFAULT 1,
    shortcut INTEGER,
    creator_id INTEGER REFERENCES users(id),
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX codes_parent ON codes(parent_id, position);
CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    weight INTEGER NOT NULL DEFAULT 0 CHECK (weight BETWEEN 0 AND 100),
    comment TEXT NOT NULL DEFAULT '',
    coder_id INTEGER REFERENCES users(id),
    selection_guid TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX codings_document ON codings(document_id, start);
CREATE INDEX codings_code ON codings(code_id, document_id);
CREATE TABLE memos (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    plain TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('free', 'project', 'document', 'group', 'code',
                                       'coding', 'position')),
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES document_groups(id) ON DELETE CASCADE,
    code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    coding_id INTEGER REFERENCES codings(id) ON DELETE CASCADE,
    start INTEGER,
    "end" INTEGER,
    author_id INTEGER REFERENCES users(id),
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX memos_document ON memos(document_id);
CREATE INDEX memos_code ON memos(code_id);
CREATE INDEX memos_coding ON memos(coding_id);
CREATE TABLE logbook (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    author_id INTEGER REFERENCES users(id),
    created TEXT NOT NULL
);
-- A researcher's summary of a code in a document or a case (summary grid, M&H displays).
CREATE TABLE summaries (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT '',
    rating TEXT,
    author_id INTEGER REFERENCES users(id),
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    CHECK ((document_id IS NULL) != (case_id IS NULL))
);
CREATE UNIQUE INDEX summaries_code_document ON summaries(code_id, document_id)
    WHERE document_id IS NOT NULL;
CREATE UNIQUE INDEX summaries_code_case ON summaries(code_id, case_id)
    WHERE case_id IS NOT NULL;
-- Named definitions the researcher keeps: activation sets, matrix displays, queries.
CREATE TABLE saved_items (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    definition TEXT NOT NULL,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    UNIQUE (kind, name)
);
-- Elements of an exchange file we keep but cannot show yet (REFI-QDA graphs, links ...).
CREATE TABLE kept_elements (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    guid TEXT,
    name TEXT NOT NULL DEFAULT '',
    xml TEXT NOT NULL
);
"""


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    for statement in _split_statements(_INITIAL_SCHEMA):
        db.execute(statement)


def _split_statements(script: str) -> list[str]:
    """Split a schema script on semicolons that end statements (no triggers in it)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def migration_names() -> list[str]:
    """Names of every migration this version knows, in order."""
    return [m.name for m in MIGRATIONS._migrations]


def schema_version() -> int:
    """The ``user_version`` a file has once every known migration is applied."""
    return len(migration_names())


# Full-text index over document texts and memos for the lexical search. External-content
# FTS5 tables (no second copy of the text), kept in step by persistent triggers, so imports,
# edits and undo replays all update it. It finds candidates only: exact hits and their
# code-point offsets come from Python (qdadesk.core.analysis.search).
_TEXT_SEARCH_STATEMENTS = [
    "CREATE VIRTUAL TABLE document_search USING fts5(text, content='document_texts', "
    "content_rowid='document_id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER document_search_insert AFTER INSERT ON document_texts BEGIN "
    "INSERT INTO document_search(rowid, text) VALUES (new.document_id, new.text); END",
    "CREATE TRIGGER document_search_delete AFTER DELETE ON document_texts BEGIN "
    "INSERT INTO document_search(document_search, rowid, text) "
    "VALUES ('delete', old.document_id, old.text); END",
    "CREATE TRIGGER document_search_update AFTER UPDATE ON document_texts BEGIN "
    "INSERT INTO document_search(document_search, rowid, text) "
    "VALUES ('delete', old.document_id, old.text); "
    "INSERT INTO document_search(rowid, text) VALUES (new.document_id, new.text); END",
    "INSERT INTO document_search(document_search) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE memo_search USING fts5(plain, content='memos', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER memo_search_insert AFTER INSERT ON memos BEGIN "
    "INSERT INTO memo_search(rowid, plain) VALUES (new.id, new.plain); END",
    "CREATE TRIGGER memo_search_delete AFTER DELETE ON memos BEGIN "
    "INSERT INTO memo_search(memo_search, rowid, plain) VALUES ('delete', old.id, old.plain); END",
    "CREATE TRIGGER memo_search_update AFTER UPDATE ON memos BEGIN "
    "INSERT INTO memo_search(memo_search, rowid, plain) VALUES ('delete', old.id, old.plain); "
    "INSERT INTO memo_search(rowid, plain) VALUES (new.id, new.plain); END",
    "INSERT INTO memo_search(memo_search) VALUES ('rebuild')",
]


@MIGRATIONS(name="0002_text_search")
def _text_search(db: Database) -> None:
    for statement in _TEXT_SEARCH_STATEMENTS:
        db.execute(statement)


@MIGRATIONS(name="0003_codings_by_document_and_code")
def _codings_by_document_and_code(db: Database) -> None:
    # Adding a coding looks for the same code's overlapping segments in that document; without
    # this index that lookup scans every segment of the document (quadratic in autocoding).
    db.execute("CREATE INDEX codings_document_code ON codings(document_id, code_id, start)")


# Paraphrases (MAXQDA 2018's Paraphrase mode): a researcher's short rewording of a passage,
# written beside the text. Within one document they never overlap (checked by the core).
@MIGRATIONS(name="0004_paraphrases")
def _paraphrases(db: Database) -> None:
    db.execute(
        "CREATE TABLE paraphrases ("
        "id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "guid TEXT NOT NULL UNIQUE, "
        "document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, "
        'start INTEGER NOT NULL, "end" INTEGER NOT NULL, '
        "text TEXT NOT NULL DEFAULT '', "
        "author_id INTEGER REFERENCES users(id), "
        "created TEXT NOT NULL, modified TEXT NOT NULL, "
        'CHECK (start >= 0 AND "end" > start))'
    )
    db.execute("CREATE INDEX paraphrases_document ON paraphrases(document_id, start)")


@MIGRATIONS(name="0005_import_notes")
def _import_notes(db: Database) -> None:
    # What the import said about each document (comments appended, footnotes, an empty
    # file ...) and the file it came from, for Document Properties; JSON list of lines.
    db.execute(
        "CREATE TABLE document_imports (document_id INTEGER PRIMARY KEY "
        "REFERENCES documents(id) ON DELETE CASCADE, file_name TEXT NOT NULL, "
        "notes TEXT NOT NULL DEFAULT '[]')"
    )


@MIGRATIONS(name="0006_nfc_names")
def _nfc_names(db: Database) -> None:
    # Names are compared in Unicode NFC (a decomposed "Café" from a macOS file name is the
    # same name as a precomposed one); older versions stored them as they came.
    from qdadesk.core.names import normalise_stored_names

    normalise_stored_names(db)


# -- 0007: undo never reuses an id, and keeps deleted blobs in the file --------------------
# Undo puts rows back under their old ids. Without AUTOINCREMENT SQLite hands a freed id (the
# highest) to the next insert, by this program or another, and undo then collides with it or
# overwrites someone else's row. The tables are rebuilt (SQLite cannot add AUTOINCREMENT in
# place) keeping ids, indexes and triggers. ``undo_trash`` keeps the big values (document texts,
# original files) that a delete removed, so the undo log holds a reference, not a hex copy.
_ID_COLUMN = re.compile(r"(\bid\s+INTEGER\s+PRIMARY\s+KEY)(?!\s+AUTOINCREMENT)", re.IGNORECASE)
_UNDO_TRASH = """
CREATE TABLE IF NOT EXISTS undo_trash (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner TEXT NOT NULL,
    value0,
    value1
)
"""


@MIGRATIONS(name="0007_undo_safety", transactional=False)
def _undo_safety(db: Database) -> None:
    # Dropping a table with foreign keys on deletes its rows' dependants (ON DELETE CASCADE),
    # and the pragma cannot change inside a transaction: so this migration holds its own.
    conn = db.conn
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            broken_before = conn.execute("PRAGMA foreign_key_check").fetchall()
            for table in _tables_without_autoincrement(conn):
                _rebuild_with_autoincrement(conn, table)
            conn.execute(_UNDO_TRASH)
            if conn.execute("PRAGMA foreign_key_check").fetchall() != broken_before:
                raise sqlite3.IntegrityError("rebuilding the tables broke a reference")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def _tables_without_autoincrement(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, sql in rows
        if sql
        and name not in virtual
        and not any(name.startswith(v + "_") for v in virtual)  # full-text shadow tables
        and _ID_COLUMN.search(sql)
    ]


def _rebuild_with_autoincrement(conn: sqlite3.Connection, table: str) -> None:
    """SQLite's documented table rebuild: a new table, the rows copied with their ids, the old
    one dropped, the new one renamed, its indexes and triggers made again."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    extras = [
        row[0]
        for row in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
            "AND sql IS NOT NULL",
            [table],
        )
    ]
    temporary = f"_rebuild_{table}"
    head = re.compile(r"^\s*CREATE\s+TABLE\s+(\"[^\"]+\"|\[[^\]]+\]|[^\s(]+)", re.IGNORECASE)
    new_sql = head.sub(f'CREATE TABLE "{temporary}"', _ID_COLUMN.sub(r"\1 AUTOINCREMENT", sql, 1))
    conn.execute(new_sql)
    conn.execute(f'INSERT INTO "{temporary}" SELECT * FROM "{table}"')
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(f'ALTER TABLE "{temporary}" RENAME TO "{table}"')
    for statement in extras:
        conn.execute(statement)


# The audit trail (qdadesk.core.store.audit): who changed the code system, imported or merged
# what, when; and a daily snapshot of segments per code. Not covered by undo (history stays).
@MIGRATIONS(name="0008_audit_log")
def _audit_log(db: Database) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS audit_log ("
        "id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "at TEXT NOT NULL, "
        "user TEXT NOT NULL, "
        "action TEXT NOT NULL, "
        "what TEXT NOT NULL DEFAULT '', "
        "detail TEXT NOT NULL DEFAULT '')"
    )


# Maps (Miles & Huberman's network displays, MAXMaps): named canvases of nodes and links.
# A node refers to its object through one nullable foreign key per kind, so deleting the
# object removes its nodes (and undoing the delete brings them back with it). ``placed``
# marks a position the user set (a layout leaves it alone); ``generated`` marks what a
# model made (a refresh may remove it; the user's own nodes and links are kept).
@MIGRATIONS(name="0009_maps")
def _maps(db: Database) -> None:
    db.execute(
        "CREATE TABLE maps (id INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT NOT NULL UNIQUE, "
        "name TEXT NOT NULL UNIQUE, model TEXT, memo TEXT NOT NULL DEFAULT '', "
        "hidden_layers TEXT NOT NULL DEFAULT '[]', created TEXT NOT NULL, modified TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE map_nodes (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "guid TEXT NOT NULL UNIQUE, "
        "map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE, "
        "kind TEXT NOT NULL CHECK (kind IN ('code', 'document', 'group', 'case', 'memo', "
        "'segment', 'variable', 'text', 'image')), "
        "code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE, "
        "document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE, "
        "group_id INTEGER REFERENCES document_groups(id) ON DELETE CASCADE, "
        "case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE, "
        "memo_id INTEGER REFERENCES memos(id) ON DELETE CASCADE, "
        "coding_id INTEGER REFERENCES codings(id) ON DELETE CASCADE, "
        "variable_id INTEGER REFERENCES variables(id) ON DELETE CASCADE, "
        "label TEXT NOT NULL DEFAULT '', image BLOB, "
        "x REAL NOT NULL DEFAULT 0, y REAL NOT NULL DEFAULT 0, "
        "placed INTEGER NOT NULL DEFAULT 0, generated INTEGER NOT NULL DEFAULT 0, "
        "layer TEXT NOT NULL DEFAULT '', style TEXT NOT NULL DEFAULT '{}')"
    )
    db.execute("CREATE INDEX map_nodes_map ON map_nodes(map_id)")
    for column in ("code_id", "document_id", "memo_id", "coding_id"):
        db.execute(f"CREATE INDEX map_nodes_{column} ON map_nodes({column})")
    db.execute(
        "CREATE TABLE map_links (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "guid TEXT NOT NULL UNIQUE, "
        "map_id INTEGER NOT NULL REFERENCES maps(id) ON DELETE CASCADE, "
        "from_id INTEGER NOT NULL REFERENCES map_nodes(id) ON DELETE CASCADE, "
        "to_id INTEGER NOT NULL REFERENCES map_nodes(id) ON DELETE CASCADE, "
        "label TEXT NOT NULL DEFAULT '', sign TEXT NOT NULL DEFAULT '' "
        "CHECK (sign IN ('', '+', '-')), weight REAL NOT NULL DEFAULT 1, "
        "style TEXT NOT NULL DEFAULT 'arrow', layer TEXT NOT NULL DEFAULT '', "
        "generated INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute("CREATE INDEX map_links_map ON map_links(map_id)")
    db.execute("CREATE INDEX map_links_from ON map_links(from_id)")
    db.execute("CREATE INDEX map_links_to ON map_links(to_id)")
    # The coded segments that support a link (a causal network's evidence).
    db.execute(
        "CREATE TABLE map_link_segments (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "link_id INTEGER NOT NULL REFERENCES map_links(id) ON DELETE CASCADE, "
        "coding_id INTEGER NOT NULL REFERENCES codings(id) ON DELETE CASCADE, "
        "UNIQUE (link_id, coding_id))"
    )
    db.execute("CREATE INDEX map_link_segments_coding ON map_link_segments(coding_id)")


# Regions (issue 13): a coding may be a rectangle on a PDF page or a picture instead of a
# run of text. Its box is in REFI-QDA's coordinates (PDF: points, pictures: pixels; both
# from the top-left corner) and ``page`` is 1-based (NULL for pictures). A region keeps
# ``start``/``end``: the run of the document's text that lies in the box (equal, often 0 and
# 0, when there is none), so every text tool still sees integers. ``document_pages`` holds
# each page's size and the run of the text representation that comes from it.
_REGION_CODINGS = """
CREATE TABLE "_rebuild_codings" (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    weight INTEGER NOT NULL DEFAULT 0 CHECK (weight BETWEEN 0 AND 100),
    comment TEXT NOT NULL DEFAULT '',
    coder_id INTEGER REFERENCES users(id),
    selection_guid TEXT,
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    page INTEGER,
    x1 REAL,
    y1 REAL,
    x2 REAL,
    y2 REAL,
    CHECK (start >= 0 AND "end" >= start),
    CHECK ((x1 IS NULL AND y1 IS NULL AND x2 IS NULL AND y2 IS NULL AND page IS NULL
            AND "end" > start)
           OR (x1 IS NOT NULL AND y1 IS NOT NULL AND x2 IS NOT NULL AND y2 IS NOT NULL
               AND x2 > x1 AND y2 > y1
               AND (page IS NULL OR page >= 1)))
)
"""

_DOCUMENT_PAGES = (
    "CREATE TABLE document_pages (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, "
    "page INTEGER NOT NULL CHECK (page >= 1), "
    "width REAL NOT NULL CHECK (width > 0), height REAL NOT NULL CHECK (height > 0), "
    "text_start INTEGER NOT NULL DEFAULT 0, text_end INTEGER NOT NULL DEFAULT 0, "
    "UNIQUE (document_id, page))"
)


@MIGRATIONS(name="0010_regions", transactional=False)
def _regions(db: Database) -> None:
    # A CHECK constraint cannot be altered in place: the table is rebuilt (as in 0007).
    conn = db.conn
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            broken_before = conn.execute("PRAGMA foreign_key_check").fetchall()
            extras = [
                row[0]
                for row in conn.execute(
                    "SELECT sql FROM sqlite_master WHERE tbl_name = 'codings' "
                    "AND type IN ('index', 'trigger') AND sql IS NOT NULL"
                )
            ]
            # Ids are never reused (0007): the table's sequence goes with it.
            sequence = conn.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = 'codings'"
            ).fetchone()
            conn.execute(_REGION_CODINGS)
            conn.execute(
                'INSERT INTO "_rebuild_codings" (id, guid, document_id, code_id, start, "end", '
                "weight, comment, coder_id, selection_guid, created, modified) "
                'SELECT id, guid, document_id, code_id, start, "end", weight, comment, '
                "coder_id, selection_guid, created, modified FROM codings"
            )
            conn.execute("DROP TABLE codings")
            conn.execute('ALTER TABLE "_rebuild_codings" RENAME TO codings')
            if sequence is not None:
                conn.execute(
                    "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'codings'",
                    [sequence[0]],
                )
                conn.execute(
                    "INSERT INTO sqlite_sequence (name, seq) SELECT 'codings', ? WHERE NOT "
                    "EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'codings')",
                    [sequence[0]],
                )
            for statement in extras:
                conn.execute(statement)
            conn.execute(_DOCUMENT_PAGES)
            conn.execute("CREATE INDEX document_pages_document ON document_pages(document_id)")
            if conn.execute("PRAGMA foreign_key_check").fetchall() != broken_before:
                raise sqlite3.IntegrityError("rebuilding the codings broke a reference")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


@MIGRATIONS(name="0011_segment_order")
def _segment_order(db: Database) -> None:
    # Retrieved Segments lists a document's codings by position (start, end, id) and filters
    # them by code, weight and coder: with every one of those columns in one index, a page of
    # the list and the count per document are read from the index alone, never sorted.
    db.execute(
        "CREATE INDEX codings_segment_order ON codings"
        '(document_id, start, "end", id, code_id, weight, coder_id)'
    )
