"""The ``Notes`` of a .qdpx: every memo, paraphrase and logbook entry as a ``Note`` (see
``export_project`` for where each is referred to from)."""

from __future__ import annotations

from qdadesk.core.exchange.export_state import ExportState
from qdadesk.core.exchange.markers import with_marker
from qdadesk.core.exchange.qde_writer import Element
from qdadesk.core.exchange.report import IMPORTED
from qdadesk.core.i18n import tr
from qdadesk.core.model import MEMO_KINDS
from qdadesk.core.ops.memos import html_to_plain
from qdadesk.core.store.database import Database


def memo_plain_text(body: str | None) -> str:
    """A memo body (rich text or plain) as plain text."""
    body = body or ""
    return html_to_plain(body) if "<" in body else body


def logbook_guids(db: Database) -> list[tuple[str, str]]:
    """(GUID, date) of each logbook entry, in the order their notes are written."""
    return [tuple(r) for r in db.execute("SELECT guid, date FROM logbook ORDER BY date, id")]


def write_notes(state: ExportState, root: Element) -> None:
    """The ``Notes`` container under ``root``: memos, paraphrases, then logbook entries."""
    elements = []
    for kind in MEMO_KINDS:  # their notes in this order
        for memo in state.memos.get(kind, []):
            # QualCoder drops a note without a name: an untitled memo gets one, and
            # a marker that gives the empty title back to us.
            untitled = not memo["title"].strip()
            elements.append(
                _note(
                    state,
                    memo["guid"],
                    tr("Memo") if untitled else memo["title"],
                    memo["author_id"],
                    memo["created"],
                    memo["modified"],
                    with_marker("", untitled=True) if untitled else None,
                    memo_plain_text(memo["body"]),
                )
            )
        if state.memos.get(kind):
            state.report.add(
                IMPORTED,
                "Note",
                tr("memos ({kind})").format(kind=kind),
                count=len(state.memos[kind]),
            )
    for paraphrases in state.paraphrases.values():
        for paraphrase in paraphrases:
            elements.append(
                _note(
                    state,
                    paraphrase["guid"],
                    tr("Paraphrase"),
                    paraphrase["author_id"],
                    paraphrase["created"],
                    paraphrase["modified"],
                    with_marker("", paraphrase=True),
                    paraphrase["text"],
                )
            )
            state.report.add(IMPORTED, "Note", tr("paraphrases"))
    for guid, date, text, author, created in state.db.execute(
        "SELECT guid, date, text, author_id, created FROM logbook ORDER BY date, id"
    ):
        elements.append(
            _note(
                state,
                guid,
                tr("Logbook {date}").format(date=date),
                author,
                created,
                None,
                with_marker("", logbook=True, date=date),
                text,
            )
        )
        state.report.add(IMPORTED, "Note", tr("logbook entries"))
    state.b.container(root, "Notes", elements)


def _note(
    state: ExportState,
    guid: str,
    name: str,
    author_id: int | None,
    created: str | None,
    modified: str | None,
    description: str | None,
    text: str,
) -> Element:
    """A Note whose text is both inline (``PlainTextContent``: ATLAS.ti's way, read
    first by us) and in ``sources/<guid>.txt`` (``plainTextPath``: QualCoder reads a
    note's text only from there, and keeps notes without it as nothing). The schema
    validates both; its comment asks for one, but either kind of reader then loses
    the memo, and readers that take one ignore the other, so nothing is doubled."""
    b = state.b
    member = f"{guid}.txt"
    written = text.replace("\n", "\r\n") if state.crlf else text
    state.files["sources/" + member] = written.encode("utf-8")
    element = b.element(
        "Note",
        guid=guid,
        name=name,
        plainTextPath=f"internal://{member}",
        creatingUser=state.user_guid.get(author_id) if author_id is not None else None,
        creationDateTime=created,
        modifiedDateTime=modified,
    )
    if description is not None:
        b.sub(element, "Description", description)
    b.sub(element, "PlainTextContent", text)
    return element
