"""Memos, the logbook, summaries, and the named definitions a researcher saves."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any

from qdadesk.core.base import new_guid, now
from qdadesk.core.changes import Operation
from qdadesk.core.errors import NotFoundError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import MEMO_KINDS, LogEntry, Memo, SavedItem, Summary
from qdadesk.core.ops.parts import ProjectParts

_MEMO_SELECT = (
    "SELECT m.id, m.guid, m.title, m.body, m.plain, m.kind, m.document_id, m.group_id, "
    'm.code_id, m.coding_id, m.start, m."end", u.name, m.created, m.modified '
    "FROM memos m LEFT JOIN users u ON u.id = m.author_id"
)
_TARGET_COLUMN = {
    "document": "document_id",
    "position": "document_id",
    "group": "group_id",
    "code": "code_id",
    "coding": "coding_id",
}


def html_to_plain(body: str) -> str:
    """The plain text of a memo body that may be rich text (HTML)."""
    if "<" not in body:
        return body
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", body)
    body = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</h\d>", "\n", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body)).strip()


class MemoOps(ProjectParts):
    # -- memos -----------------------------------------------------------------------------
    def memos(self, kind: str | None = None, **target: int) -> list[Memo]:
        """Memos, optionally of one kind and/or attached to a target
        (``document_id=``, ``group_id=``, ``code_id=``, ``coding_id=``)."""
        where: list[str] = []
        args: list[Any] = []
        if kind is not None:
            where.append("m.kind = ?")
            args.append(kind)
        for column, value in target.items():
            if column not in _TARGET_COLUMN.values():
                raise TypeError(column)
            where.append(f"m.{column} = ?")
            args.append(value)
        sql = _MEMO_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY m.id"
        return [Memo(*row) for row in self.db.execute(sql, args)]

    def memo(self, memo_id: int) -> Memo:
        row = self.db.execute(_MEMO_SELECT + " WHERE m.id = ?", [memo_id]).fetchone()
        if row is None:
            raise NotFoundError(tr("No memo with id {id}").format(id=memo_id))
        return Memo(*row)

    def add_memo(
        self,
        kind: str = "free",
        title: str = "",
        body: str = "",
        target_id: int | None = None,
        start: int | None = None,
        end: int | None = None,
        author: str | None = None,
    ) -> Operation:
        """A memo: free, on the project, or on a document, group, code, coding, or a position
        (``start``/``end``) in a document (``target_id`` is then the document). Result: id."""
        if kind not in MEMO_KINDS:
            raise QdaError(tr("Unknown memo kind '{kind}'").format(kind=kind))
        column = _TARGET_COLUMN.get(kind)
        if column and target_id is None:
            raise QdaError(tr("A {kind} memo needs something to attach to").format(kind=kind))
        if kind == "position" and target_id is not None:  # not None: checked just above
            length = self.document(target_id).length
            end = start if end is None else end
            if start is None or end is None or not 0 <= start <= end <= length:
                raise QdaError(tr("The memo's position does not fit the document"))
        with self._writing(tr("New memo '{title}'").format(title=title or kind)) as w:
            stamp = now()
            targets: dict[str, int | None] = {
                c: None for c in ("document_id", "group_id", "code_id", "coding_id")
            }
            if column:
                targets[column] = target_id
            if kind == "coding" and target_id is not None:  # not None: checked above
                coding = self.coding(target_id)
                targets["document_id"] = coding.document_id
            cursor = self.db.execute(
                "INSERT INTO memos (guid, title, body, plain, kind, document_id, group_id, "
                'code_id, coding_id, start, "end", author_id, created, modified) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    new_guid(),
                    title,
                    body,
                    html_to_plain(body),
                    kind,
                    targets["document_id"],
                    targets["group_id"],
                    targets["code_id"],
                    targets["coding_id"],
                    start if kind == "position" else None,
                    end if kind == "position" else None,
                    self.user_id(author),
                    stamp,
                    stamp,
                ],
            )
            w.result = cursor.lastrowid
        return w.operation

    def update_memo(
        self, memo_id: int, title: str | None = None, body: str | None = None
    ) -> Operation:
        memo = self.memo(memo_id)
        with self._writing(tr("Edit memo '{title}'").format(title=title or memo.title)) as w:
            self.db.execute(
                "UPDATE memos SET title = ?, body = ?, plain = ?, modified = ? WHERE id = ?",
                [
                    memo.title if title is None else title,
                    memo.body if body is None else body,
                    html_to_plain(memo.body if body is None else body),
                    now(),
                    memo_id,
                ],
            )
        return w.operation

    def delete_memo(self, memo_id: int) -> Operation:
        memo = self.memo(memo_id)
        with self._writing(tr("Delete memo '{title}'").format(title=memo.title)) as w:
            self.db.execute("DELETE FROM memos WHERE id = ?", [memo_id])
        return w.operation

    # -- logbook ---------------------------------------------------------------------------
    def log_entries(self) -> list[LogEntry]:
        rows = self.db.execute(
            "SELECT l.id, l.guid, l.date, l.text, u.name, l.created FROM logbook l "
            "LEFT JOIN users u ON u.id = l.author_id ORDER BY l.date, l.id"
        )
        return [LogEntry(*row) for row in rows]

    def add_log_entry(self, text: str, date: str | None = None) -> Operation:
        """A dated research-journal entry (``date`` ISO, default today); result: its id."""
        day = dt.date.fromisoformat(date).isoformat() if date else dt.date.today().isoformat()
        with self._writing(tr("New logbook entry")) as w:
            cursor = self.db.execute(
                "INSERT INTO logbook (guid, date, text, author_id, created) VALUES (?, ?, ?, ?, ?)",
                [new_guid(), day, text, self.user_id(), now()],
            )
            w.result = cursor.lastrowid
        return w.operation

    def update_log_entry(self, entry_id: int, text: str, date: str | None = None) -> Operation:
        with self._writing(tr("Edit logbook entry")) as w:
            if date:
                self.db.execute(
                    "UPDATE logbook SET date = ? WHERE id = ?",
                    [dt.date.fromisoformat(date).isoformat(), entry_id],
                )
            self.db.execute("UPDATE logbook SET text = ? WHERE id = ?", [text, entry_id])
        return w.operation

    def delete_log_entry(self, entry_id: int) -> Operation:
        with self._writing(tr("Delete logbook entry")) as w:
            self.db.execute("DELETE FROM logbook WHERE id = ?", [entry_id])
        return w.operation

    # -- summaries -------------------------------------------------------------------------
    def summaries(self) -> list[Summary]:
        rows = self.db.execute(
            "SELECT s.id, s.guid, s.code_id, s.document_id, s.case_id, s.text, s.rating, u.name, "
            "s.modified FROM summaries s LEFT JOIN users u ON u.id = s.author_id ORDER BY s.id"
        )
        return [Summary(*row) for row in rows]

    def set_summary(
        self,
        code_id: int,
        text: str,
        document_id: int | None = None,
        case_id: int | None = None,
        rating: str | None = None,
    ) -> Operation:
        """Write the researcher's summary of a code in a document or a case (an empty text
        with no rating removes it)."""
        if (document_id is None) == (case_id is None):
            raise QdaError(tr("A summary belongs to one document or one case"))
        column, owner = (
            ("document_id", document_id) if document_id is not None else ("case_id", case_id)
        )
        with self._writing(tr("Edit summary")) as w:
            if not text.strip() and rating is None:
                self.db.execute(
                    f"DELETE FROM summaries WHERE code_id = ? AND {column} = ?", [code_id, owner]
                )
            else:
                stamp = now()
                self.db.execute(
                    f"INSERT INTO summaries (guid, code_id, {column}, text, rating, author_id, "
                    f"created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    f"ON CONFLICT(code_id, {column}) WHERE {column} IS NOT NULL DO UPDATE SET "
                    "text = excluded.text, rating = excluded.rating, "
                    "author_id = excluded.author_id, modified = excluded.modified",
                    [new_guid(), code_id, owner, text, rating, self.user_id(), stamp, stamp],
                )
        return w.operation

    # -- saved definitions -----------------------------------------------------------------
    def saved_items(self, kind: str) -> list[SavedItem]:
        rows = self.db.execute(
            "SELECT id, guid, kind, name, definition FROM saved_items WHERE kind = ? ORDER BY name",
            [kind],
        )
        return [SavedItem(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    def saved_item(self, kind: str, name: str) -> SavedItem:
        for item in self.saved_items(kind):
            if item.name == name:
                return item
        raise NotFoundError(tr("Nothing saved called '{name}'").format(name=name))

    def save_item(self, kind: str, name: str, definition: Any) -> Operation:
        """Save (or replace) a named definition: an activation set, a display, a query."""
        name = " ".join(name.split())
        if not name:
            raise QdaError(tr("A saved item needs a name"))
        with self._writing(tr("Save '{name}'").format(name=name)) as w:
            stamp = now()
            cursor = self.db.execute(
                "INSERT INTO saved_items (guid, kind, name, definition, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(kind, name) DO UPDATE SET "
                "definition = excluded.definition, modified = excluded.modified",
                [new_guid(), kind, name, json.dumps(definition), stamp, stamp],
            )
            w.result = cursor.lastrowid
        return w.operation
