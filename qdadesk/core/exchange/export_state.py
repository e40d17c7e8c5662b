"""What the parts of a .qdpx export share while it is written: the project, the element
builder, the archive's files, the report, and the rows read once for all parts (memos,
paraphrases, kept elements) with the GUIDs the parts written so far have given out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qdadesk.core.exchange.qde_writer import Builder, Element, value_element
from qdadesk.core.exchange.report import ExchangeReport

if TYPE_CHECKING:
    from qdadesk.core.project import Project
    from qdadesk.core.store.database import Database

Progress = Callable[[int, int, str], None]
# Memos by kind: the column that names what a memo of that kind is about.
_MEMO_TARGETS = {
    "document": "document_id",
    "group": "group_id",
    "code": "code_id",
    "coding": "coding_id",
}
_MEMO_COLUMNS = (
    "id",
    "guid",
    "title",
    "body",
    "kind",
    "document_id",
    "group_id",
    "code_id",
    "coding_id",
    "start",
    "end",
    "author_id",
    "created",
    "modified",
)
_PARAPHRASE_COLUMNS = (
    "guid",
    "document_id",
    "start",
    "end",
    "text",
    "author_id",
    "created",
    "modified",
)


class ExportState:
    """One export in progress (see ``export_project.build_project_xml``)."""

    def __init__(
        self, project: Project, report: ExchangeReport, crlf: bool, progress: Progress | None
    ) -> None:
        self.project = project
        self.db: Database = project.db
        self.report = report
        self.crlf = crlf
        self.progress = progress
        self.b = Builder()
        self.files: dict[str, bytes] = {}
        # filled by the users and the codebook, which are written first
        self.user_guid: dict[int, str] = {}
        self.code_guid: dict[int, str] = {}
        self.memos = _memos(self.db)
        self.kept = _kept(self.db)
        # elements taken as they came (kept XML): their references are checked at the end
        self.adopted: list[Element] = []
        # the Sources, as XML text or elements, spliced into the file when it is serialised
        self.source_parts: list[str | Element] = []
        # case segments by document: (selection GUID, start, end, case name)
        self.case_segments: dict[int, list[tuple[str, int, int, str]]] = {}
        self.paraphrases = _paraphrases(self.db)
        self.memo_refs: dict[str, dict[int, list[str]]] = {}
        for kind, column in _MEMO_TARGETS.items():
            for memo in self.memos.get(kind, []):
                self.memo_refs.setdefault(kind, {}).setdefault(memo[column], []).append(
                    memo["guid"]
                )

    def adopt(self, xml: str) -> Element:
        """A kept element from its XML."""
        element = self.b.adopt(xml)
        self.adopted.append(element)
        return element

    def note_refs(self, parent: Element, kind: str, column: str | None, target: Any) -> None:
        """A ``NoteRef`` in ``parent`` to each memo of ``kind`` on ``target`` (on nothing
        when ``column`` is None: project memos)."""
        if column is None:
            notes = [memo["guid"] for memo in self.memos.get(kind, [])]
        else:
            notes = self.memo_refs.get(kind, {}).get(target, [])
        for note in notes:
            self.b.sub(parent, "NoteRef", targetGUID=note)

    def value_elements(self, parent: Element, values: list[tuple[str, str, Any]]) -> None:
        """A ``VariableValue`` in ``parent`` for each (variable GUID, type, value)."""
        for guid, type_, value in values:
            element = self.b.sub(parent, "VariableValue")
            self.b.sub(element, "VariableRef", targetGUID=guid)
            value_element(self.b, element, type_, value)

    def creator(self, document_id: int) -> str | None:
        """The GUID of the user who made a document, if known."""
        row = self.db.execute(
            "SELECT creator_id FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        return self.user_guid.get(row[0]) if row and row[0] else None


def _memos(db: Database) -> dict[str, list[dict[str, Any]]]:
    rows = db.execute(
        "SELECT id, guid, title, body, kind, document_id, group_id, code_id, coding_id, start, "
        '"end", author_id, created, modified FROM memos ORDER BY id'
    ).fetchall()
    memos: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        memo = dict(zip(_MEMO_COLUMNS, row, strict=True))
        memos.setdefault(memo["kind"], []).append(memo)
    return memos


def _paraphrases(db: Database) -> dict[int, list[dict[str, Any]]]:
    result: dict[int, list[dict[str, Any]]] = {}
    for row in db.execute(
        'SELECT guid, document_id, start, "end", text, author_id, created, modified '
        "FROM paraphrases ORDER BY document_id, start, id"
    ):
        paraphrase = dict(zip(_PARAPHRASE_COLUMNS, row, strict=True))
        result.setdefault(paraphrase["document_id"], []).append(paraphrase)
    return result


def _kept(db: Database) -> dict[str, list[tuple[str | None, str]]]:
    kept: dict[str, list[tuple[str | None, str]]] = {}
    for kind, guid, xml in db.execute("SELECT kind, guid, xml FROM kept_elements ORDER BY id"):
        kept.setdefault(kind, []).append((guid, xml))
    return kept
