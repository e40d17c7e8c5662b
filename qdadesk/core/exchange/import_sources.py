"""Importing REFI-QDA sources: text sources with their selections and codings (positions
mapped by evidence), PDF and picture sources with their pages and regions (``import_paged``),
and audio and video sources (and PDFs or pictures without a readable file) kept whole."""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.exchange import positions
from qdadesk.core.exchange.import_paged import PagedSourceImport
from qdadesk.core.exchange.import_parts import ImportParts
from qdadesk.core.exchange.markers import split_marker
from qdadesk.core.exchange.qde_reader import (
    child,
    child_text,
    children,
    clean_guid,
    integer,
    local,
    qda_local,
)
from qdadesk.core.exchange.report import DISCARDED, IMPORTED, KEPT, MAPPED, REPAIRED
from qdadesk.core.exchange.text_helpers import by_name, decode_text, note_like
from qdadesk.core.i18n import tr
from qdadesk.core.store.database import inserted_id

_MEDIA_KINDS = {
    "PDFSource": "pdf",
    "PictureSource": "picture",
    "AudioSource": "audio",
    "VideoSource": "video",
}
_REINDEX_FROM = 10_000  # codings written at once from which indexes are rebuilt after
_SELECTION_NAMES = (
    "PDFSelection",
    "PictureSelection",
    "AudioSelection",
    "VideoSelection",
    "TranscriptSelection",
    "PlainTextSelection",
)

if TYPE_CHECKING:
    from lxml.etree import _Element as Element  # what parse_xml returns


class SourceImport(PagedSourceImport, ImportParts):
    """The part of ``_ProjectImporter`` that reads ``<Sources>``."""

    # provided by _ProjectImporter
    db: Any
    report: Any
    archive: Any
    ours: bool
    documents: dict[str, int]
    document_order: list[int]
    selections: dict[str, tuple[int, int, int]]
    pending_codings: list[list[Any]]
    notes: dict[str, Any]
    note_targets: dict[str, list[tuple[str, Any]]]
    codes: dict[str, int]
    code_by_text: dict[str | None, int | None]
    date_by_text: dict[str, str]
    coding_count: Any
    stamp: str

    def _sources(self, sources: Element) -> None:
        elements = list(children(sources))
        names: set[str] = set()
        for number, element in enumerate(elements):
            kind = local(element.tag)
            label = element.get("name") or kind
            self.tick(number, len(elements), label)
            if kind == "TextSource":
                self._text_source(element, names)
            elif kind in _MEDIA_KINDS:
                self._media_source(element, names)
            else:
                self.report.add(DISCARDED, kind, tr("unknown kind of source ignored"), label)
        self.tick(len(elements), len(elements), "")
        self.flush_codings()

    def _document_name(self, element: Element, names: set[str], guid: str) -> str:
        name = " ".join((element.get("name") or "").split())
        if not name:
            path = element.get("plainTextPath") or element.get("path") or ""
            name = Path(path.replace("\\", "/").split("://")[-1]).stem or guid
            self.report.add(
                REPAIRED, local(element.tag), tr("source without a name named after its file"), name
            )
        base, suffix = name, 2
        while name in names:
            name = f"{base} ({suffix})"
            suffix += 1
        if name != base:
            self.report.add(
                REPAIRED, local(element.tag), tr("repeated document name made unique"), name
            )
        names.add(name)
        return name

    def _insert_document(
        self,
        element: Element,
        guid: str,
        name: str,
        kind: str,
        text: str,
        parts: dict[str, list[Element]] | None = None,
    ) -> int:
        """``parts``: the element's children by name when the caller has them already (a
        source can have thousands of selections: each look for a child walks them all)."""
        if parts is None:
            parts = by_name(element)
        kind_name = local(element.tag)
        if "\x00" in text:
            # SQLite's length() stops at U+0000; one character for one keeps every position.
            text = text.replace("\x00", "\ufffd")
            self.report.add(REPAIRED, kind_name, tr("NUL characters replaced by U+FFFD"), name)
        created = self.when(element.get("creationDateTime"), kind_name) or self.stamp
        modified = self.when(element.get("modifiedDateTime"), kind_name) or created
        document_id = inserted_id(
            self.db.execute(
                "INSERT INTO documents (guid, name, group_id, position, kind, length, creator_id, "
                "created, modified) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?)",
                [
                    guid,
                    name,
                    len(self.document_order),
                    kind,
                    len(text),
                    self.user(element.get("creatingUser")),
                    created,
                    modified,
                ],
            )
        )
        self.db.execute(
            "INSERT INTO document_texts (document_id, text, formatting) VALUES (?, ?, '[]')",
            [document_id, text],
        )
        self.documents[guid] = document_id
        self.document_order.append(document_id)
        self.refer_note(element, "document", document_id, parts.get("NoteRef", []))
        for value in parts.get("VariableValue", []):
            self._collect_value("document", document_id, value)
        found = parts.get("Description")
        description = (found[0].text or "") if found else None
        # Our own export writes a text source's Description only as a copy of its
        # document memos (for QualCoder), which come back through their NoteRefs.
        if description and description.strip() and not (self.ours and kind == "text"):
            self.note_targets.setdefault(f"description:{guid}", []).append(
                ("document", document_id)
            )
            self.notes[f"description:{guid}"] = note_like(tr("Description"), description)
            self.report.add(
                MAPPED, kind_name, tr("source description became a document memo"), name
            )
        return document_id

    def _store_file(self, document_id: int, reference: str | None, name: str) -> bool:
        if not reference:
            return False
        data = self.archive.read(reference)
        if data is None:
            return False
        extension = Path(reference.split("://")[-1]).suffix.lstrip(".").lower() or "bin"
        file_name = name if name.lower().endswith("." + extension) else f"{name}.{extension}"
        self.db.execute(
            "INSERT INTO document_files (document_id, file_name, file_type, data) "
            "VALUES (?, ?, ?, ?)",
            [document_id, file_name, extension, data],
        )
        return True

    def _source_text(
        self, element: Element, name: str, parts: dict[str, list[Element]] | None = None
    ) -> str | None:
        if parts is None:
            inline = child_text(element, "PlainTextContent")
        else:
            found = parts.get("PlainTextContent")
            inline = (found[0].text or "") if found else None
        if inline is not None:
            return inline
        reference = element.get("plainTextPath")
        if not reference:
            return None
        data = self.archive.read(reference)
        if data is None:
            return None
        return decode_text(data, self.report, name)

    def _text_source(self, element: Element, names: set[str]) -> None:
        guid = self.guid(element, "TextSource")
        name = self._document_name(element, names, guid)
        parts = by_name(element)
        raw = self._source_text(element, name, parts)
        selections = parts.get("PlainTextSelection", [])
        if raw is None:
            # No text in the file (a bare .qde, or a missing member): keep the source whole
            # so its selections go back out on export; the document shows as empty.
            self._insert_document(element, guid, name, "text", "", parts)
            self.keep_source(element, guid, name)
            self.report.add(
                KEPT,
                "TextSource",
                tr(
                    "text file not in the exchange file: document "
                    "kept empty, its selections kept for export"
                ),
                name,
            )
            if selections:
                self.report.add(
                    KEPT,
                    "PlainTextSelection",
                    tr("selections of sources without text"),
                    count=len(selections),
                )
                codings = sum(len(list(children(s, "Coding"))) for s in selections)
                if codings:
                    self.report.add(
                        KEPT, "Coding", tr("codings of sources without text"), count=codings
                    )
            return
        spans = []
        placed: list[tuple[Element, int | None, int | None]] = []  # as written, read once
        for selection in selections:
            start_text = selection.get("startPosition")
            end_text = selection.get("endPosition")
            start: int | None
            end: int | None
            try:  # plain integers nearly always: int() straight away, integer() otherwise
                start, end = int(start_text or ""), int(end_text or "")
            except (TypeError, ValueError):
                start, end = integer(start_text), integer(end_text)
            placed.append((selection, start, end))
            if start is not None and end is not None:
                spans.append((start, end))
        position_map = positions.choose_map(raw, spans)
        if position_map.reading != positions.STANDARD:
            self.report.add(
                MAPPED,
                "PlainTextSelection",
                tr("positions read as {reading} (chosen by where the selections fall)").format(
                    reading=position_map.reading
                ),
                name,
                count=len(spans),
            )
        text = position_map.normalised
        document_id = self._insert_document(element, guid, name, "text", text, parts)
        self.report.add(IMPORTED, "TextSource", tr("text documents"))
        rich = element.get("richTextPath")
        if rich:
            if rich.lower().endswith(".txt"):
                self.report.add(
                    DISCARDED, "TextSource", tr("richTextPath naming a .txt file ignored"), name
                )
            elif self._store_file(document_id, rich, name):
                self.report.add(IMPORTED, "TextSource", tr("original rich-text files kept"))
            else:
                self.report.add(
                    DISCARDED,
                    "TextSource",
                    tr("rich-text file named but not in the exchange file"),
                    name,
                )
        whole = parts.get("Coding", [])
        if whole and text:
            for coding in whole:
                self._coding(coding, document_id, 0, len(text), "", 0, None, None)
            self.report.add(
                MAPPED,
                "Coding",
                tr("coding of a whole source became a coded segment over all its text"),
                name,
                len(whole),
            )
        elif whole:
            self.report.add(
                DISCARDED, "Coding", tr("coding of a whole source without text"), name, len(whole)
            )
        for selection, start, end in placed:
            self._text_selection(selection, start, end, document_id, position_map, name)

    def _text_selection(
        self,
        selection: Element,
        start: int | None,
        end: int | None,
        document_id: int,
        position_map: positions.PositionMap,
        name: str,
    ) -> None:
        guid = self.guid(selection, "PlainTextSelection")
        length = len(position_map.normalised)
        if position_map.utf16 or position_map.crlf:
            mapped_start = position_map.map(start, 1) if start is not None else None
            mapped_end = position_map.map(end, -1) if end is not None else None
        else:  # what map() does when positions are the text's own indexes, without the call
            mapped_start = start if start is not None and 0 <= start <= length else None
            mapped_end = end if end is not None and 0 <= end <= length else None
        # The children in one pass (by_name's dict costs more than the walk itself here).
        codings = []
        found = None
        note_ref = False
        for node in selection:
            part = qda_local(node.tag)
            if part == "Coding":
                codings.append(node)
            elif part == "Description":
                if found is None:
                    found = node
            elif part == "NoteRef":
                note_ref = True
        standard = position_map.reading == positions.STANDARD
        if (
            mapped_start is not None
            and mapped_end is None
            and standard
            and end is not None
            and end > length
        ):
            mapped_end = length  # a selection running past the end: cut at the end
            self.report.add(
                REPAIRED,
                "PlainTextSelection",
                tr("selection running past the end of the text cut to fit"),
                name,
            )
        if mapped_start is None or mapped_end is None or mapped_end <= mapped_start:
            self.report.add(
                DISCARDED,
                "PlainTextSelection",
                tr("selection with unusable positions (and its codings)"),
                f"{name} {start}-{end}",
            )
            if codings:
                self.report.add(
                    DISCARDED, "Coding", tr("codings of unusable selections"), count=len(codings)
                )
            return
        self.selections[guid] = (document_id, mapped_start, mapped_end)
        description, marker = split_marker(found.text or "") if found is not None else ("", {})
        weight = 0
        if marker:
            weight = integer(marker.get("weight")) or 0
            if not 0 <= weight <= 100:
                weight = max(0, min(100, weight))
        # Dates seen before come straight from the cache, without a call to when().
        dates = self.date_by_text
        date_text = selection.get("creationDateTime")
        created = dates.get(date_text) or self.when(date_text, "PlainTextSelection")
        date_text = selection.get("modifiedDateTime")
        modified = dates.get(date_text) or self.when(date_text, "PlainTextSelection")
        if not self.ours:  # our own labels are not reported (nor read unless needed)
            label = selection.get("name") or ""
            if label and not label.startswith("line:"):
                self.report.add(
                    DISCARDED,
                    "PlainTextSelection",
                    tr("selection labels (name) not kept"),
                    label[:40],
                )
        if codings:
            if description.strip() and not self.ours:
                self.report.add(
                    MAPPED,
                    "PlainTextSelection",
                    tr("selection description became the comment of its codings"),
                )
            for coding in codings:
                self._coding(
                    coding,
                    document_id,
                    mapped_start,
                    mapped_end,
                    description,
                    weight,
                    guid,
                    created,
                    modified,
                    selection,
                )
        elif "case_segment" in marker:
            pass  # only a case refers to it
        elif description.strip() and not (self.ours and note_ref):
            # (our export copies a position memo's or paraphrase's text into the selection's
            # Description for QualCoder; the note it refers to carries it back)
            key = f"selection:{guid}"
            self.notes[key] = note_like(selection.get("name") or "", description, guid)
            self.note_targets.setdefault(key, []).append(
                ("position", (document_id, mapped_start, mapped_end))
            )
            self.report.add(
                MAPPED,
                "PlainTextSelection",
                tr("selection without coding but with a description became a memo on that text"),
            )
        elif not note_ref:
            self.report.add(
                DISCARDED,
                "PlainTextSelection",
                tr("selection without coding or memo"),
                f"{name} {start}-{end}",
            )
        if note_ref:
            self.refer_note(selection, "position", (document_id, mapped_start, mapped_end))

    def _coding(
        self,
        coding: Element,
        document_id: int,
        start: int,
        end: int,
        comment: str,
        weight: int,
        selection_guid: str | None,
        created: str | None,
        modified: str | None = None,
        selection: Element | None = None,
    ) -> str | None:
        guid = self.guid(coding, "Coding")
        ref = None
        note_ref = False
        for node in coding:
            part = qda_local(node.tag)
            if part == "CodeRef":
                if ref is None:
                    ref = node
            elif part == "NoteRef":
                note_ref = True
        code_id = None
        if ref is not None:
            target = ref.get("targetGUID")
            try:
                code_id = self.code_by_text[target]
            except KeyError:  # the code book is complete before the first source
                code_id = self.code_by_text[target] = self.codes.get(clean_guid(target) or "")
        if code_id is None:
            self.report.add(
                DISCARDED,
                "Coding",
                tr("coding of a code not in the code book"),
                ref.get("targetGUID") if ref is not None else "",
            )
            return None
        date_text = coding.get("creationDateTime")
        stamp = self.date_by_text.get(date_text) or self.when(date_text, "Coding")
        stamp = stamp or created or self.stamp
        coder = self.user(coding.get("creatingUser"))
        if not coder and selection is not None:  # the selection's coder, read only if needed
            coder = self.user(selection.get("creatingUser"))
        self.pending_codings.append(
            [
                guid,
                document_id,
                code_id,
                start,
                end,
                weight,
                comment,
                coder,
                selection_guid,
                stamp,
                modified or stamp,
            ]
        )
        if self.coding_count is None:
            message = tr("codings (coded segments)")
            self.report.add(IMPORTED, "Coding", message)
            self.coding_count = self.report.line(IMPORTED, "Coding", message)
        else:
            self.coding_count.count += 1
        if note_ref:
            self.refer_note(coding, "coding", guid)  # resolved to the row once it is written
        return guid

    def flush_codings(self) -> None:
        """Write the codings collected so far in one statement (much faster than one by one)."""
        if self.pending_codings:
            # In GUID order: the unique index on guid then grows at its end, not at random.
            self.pending_codings.sort(key=itemgetter(0))
            # Many rows: building the other indexes once afterwards (sorting) beats growing
            # them row by row at random places. Same indexes, same SQL, same transaction.
            indexes = []
            if len(self.pending_codings) >= _REINDEX_FROM:
                indexes = self.db.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name = 'codings' AND sql IS NOT NULL"
                ).fetchall()
                for index_name, _sql in indexes:
                    self.db.execute(f'DROP INDEX "{index_name}"')
            self.db.conn.executemany(
                'INSERT INTO codings (guid, document_id, code_id, start, "end", weight, comment, '
                "coder_id, selection_guid, created, modified) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.pending_codings,
            )
            for _index_name, sql in indexes:
                self.db.execute(sql)
            self.pending_codings.clear()

    def _media_source(self, element: Element, names: set[str]) -> None:
        kind_name = local(element.tag)
        if kind_name in ("PDFSource", "PictureSource") and self._paged_source(element, names):
            return
        kind = _MEDIA_KINDS[kind_name]
        guid = self.guid(element, kind_name)
        name = self._document_name(element, names, guid)
        text = ""
        representation = child(element, "Representation")
        if representation is not None:
            text = positions.normalise(self._source_text(representation, name) or "")
        document_id = self._insert_document(element, guid, name, kind, text)
        stored = self._store_file(document_id, element.get("path"), name)
        selections = [s for s in element.iter() if local(s.tag) in _SELECTION_NAMES]
        codings = [c for c in element.iter() if local(c.tag) == "Coding"]
        self.keep_source(element, guid, name)
        self.report.add(
            KEPT,
            kind_name,
            tr("{kind} source kept (listed, not viewable yet)").format(kind=kind),
            name,
        )
        if not stored:
            self.report.add(
                KEPT,
                kind_name,
                tr("media file not inside the exchange file; its path is kept"),
                element.get("path") or "",
            )
        if selections:
            self.report.add(
                KEPT,
                "Selection",
                tr("selections in PDF, picture, audio and video sources kept for export"),
                count=len(selections),
            )
        if codings:
            self.report.add(
                KEPT,
                "Coding",
                tr("codings in PDF, picture, audio and video sources kept for export"),
                count=len(codings),
            )

    # -- cases, variables, sets, links, notes ----------------------------------------------
