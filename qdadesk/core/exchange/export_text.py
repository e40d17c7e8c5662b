"""A text document as a ``TextSource`` (or a PDF's text as its ``Representation``) written
as XML text: its text file, its DOCX original, and one ``PlainTextSelection`` per selection
of codings, memo on a position, paraphrase or case segment."""

from __future__ import annotations

import re
from typing import Any

from qdadesk.core.exchange import positions
from qdadesk.core.exchange.export_notes import memo_plain_text
from qdadesk.core.exchange.export_state import ExportState
from qdadesk.core.exchange.markers import with_marker
from qdadesk.core.exchange.qde_reader import derived_guid
from qdadesk.core.exchange.report import DISCARDED, IMPORTED
from qdadesk.core.exchange.xml_text import (
    attributes_xml,
    escape_text,
    selection_guid_for,
    selection_label,
    value_xml,
)
from qdadesk.core.i18n import tr
from qdadesk.core.model import Document

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# A selection to write: (start, end, GUID, its codings, description, the memo, paraphrase
# or case segment it is for when it has no codings).
Selection = tuple[int, int, str, list[tuple[Any, ...]], str, dict[str, Any] | None]


def text_source(
    state: ExportState,
    document: Document,
    codings: list[tuple[Any, ...]],
    values: list[tuple[str, str, Any]],
    representation: str | None = None,
) -> tuple[str, int]:
    """A TextSource as XML text, and how many characters beyond U+FFFF its text has.
    Written as strings, not elements: a large project has hundreds of thousands of
    selections, and this is five times faster.

    ``representation``: a GUID, to write the text of a PDF document instead, as the
    PDFSource's ``Representation`` (no original, memos or values: the PDFSource has them)."""
    text = state.project.text(document.id)
    plain = f"{document.guid}.txt"
    rich = None
    original = None if representation else state.project.original_file(document.id)
    if original is not None:
        _name, file_type, data = original
        if file_type.lower() == "docx":
            rich = f"{document.guid}.docx"
            state.files["sources/" + rich] = data
        elif file_type.lower() != "txt":
            state.report.add(
                DISCARDED,
                "TextSource",
                tr("original file not exported (REFI-QDA carries DOCX originals only)"),
                f"{document.name} ({file_type})",
            )
    written = text.replace("\n", "\r\n") if state.crlf else text
    state.files["sources/" + plain] = written.encode("utf-8")
    table = positions.export_positions(text, state.crlf)
    guids = state.b.guids
    guids.add(document.guid)
    clean = state.b.clean
    element_name = "Representation" if representation else "TextSource"
    parts = [
        f"<{element_name}",
        attributes_xml(
            guid=representation or document.guid,
            name=clean(document.name),
            richTextPath=f"internal://{rich}" if rich else None,
            plainTextPath=f"internal://{plain}",
            creatingUser=state.creator(document.id),
            creationDateTime=document.created,
            modifiedDateTime=document.modified,
        ),
        ">",
    ]
    document_memos = [
        memo for memo in state.memos.get("document", []) if memo["document_id"] == document.id
    ]
    if document_memos and not representation:
        # QualCoder keeps a source's memo only from its Description (it drops the
        # NoteRef): the document memos' text, also there. Our import skips it.
        plain = "\n\n".join(memo_plain_text(m["body"]) for m in document_memos)
        parts.append(f"<Description>{escape_text(clean(plain))}</Description>")
    selections = _coding_selections(codings)
    for memo in state.memos.get("position", []):
        if memo["document_id"] == document.id:
            selections.append(
                (
                    memo["start"],
                    memo["end"],
                    derived_guid("memo-selection", memo["guid"]),
                    [],
                    memo_plain_text(memo["body"]),  # QualCoder's annotation text
                    memo,
                )
            )
    for paraphrase in state.paraphrases.get(document.id, []):
        selections.append(
            (
                paraphrase["start"],
                paraphrase["end"],
                derived_guid("paraphrase-selection", paraphrase["guid"]),
                [],
                paraphrase["text"],
                paraphrase,
            )
        )
    for guid, start, end, case_name in state.case_segments.get(document.id, []):
        selections.append(
            (start, end, guid, [], with_marker("", case_segment=True), {"case": case_name})
        )
    selections.sort(key=lambda s: (s[0], s[1], s[2]))
    user_guid = state.user_guid
    code_guid = state.code_guid
    coding_notes = state.memo_refs.get("coding", {})
    for start, end, guid, group, description, about in selections:
        guids.add(guid)
        if group:
            first = group[0]
            creator, created = user_guid.get(first[8]), first[10]
            modified = max(c[11] for c in group)
        else:
            # a selection without codings is for a memo, paraphrase or case segment
            assert about is not None
            author = about.get("author_id")
            creator = user_guid.get(author) if author is not None else None
            created, modified = about.get("created"), about.get("modified")
        label = (
            about["case"]
            if about is not None and "case" in about
            else selection_label(text[start:end])
        )
        parts.append("<PlainTextSelection")
        parts.append(
            attributes_xml(
                guid=guid,
                name=clean(label),
                startPosition=str(table[start] if table is not None else start),
                endPosition=str(table[end] if table is not None else end),
                creatingUser=creator,
                creationDateTime=created,
                modifiedDateTime=modified,
            )
        )
        parts.append(">")
        if description:
            parts.append(f"<Description>{escape_text(clean(description))}</Description>")
        for coding in group:
            guids.add(coding[1])
            parts.append(
                f'<Coding guid="{coding[1]}"'
                + (f' creatingUser="{user_guid[coding[8]]}"' if coding[8] in user_guid else "")
                + f' creationDateTime="{coding[10]}"><CodeRef targetGUID='
                f'"{code_guid[coding[3]]}"/>'
            )
            for note in coding_notes.get(coding[0], ()):
                parts.append(f'<NoteRef targetGUID="{note}"/>')
            parts.append("</Coding>")
        if about is not None and "guid" in about:
            parts.append(f'<NoteRef targetGUID="{about["guid"]}"/>')
        parts.append("</PlainTextSelection>")
    astral = 0 if text.isascii() else len(_ASTRAL.findall(text))
    if representation:
        parts.append("</Representation>")
        state.report.add(IMPORTED, "Coding", tr("codings"), count=len(codings))
        return "".join(parts), astral
    for note in state.memo_refs.get("document", {}).get(document.id, ()):
        parts.append(f'<NoteRef targetGUID="{note}"/>')
    for guid, type_, value in values:
        parts.append(
            f'<VariableValue><VariableRef targetGUID="{guid}"/>'
            f"{value_xml(type_, value, clean)}</VariableValue>"
        )
    parts.append("</TextSource>")
    state.report.add(IMPORTED, "TextSource", tr("text documents"))
    state.report.add(IMPORTED, "Coding", tr("codings"), count=len(codings))
    return "".join(parts), astral


def _coding_selections(codings: list[tuple[Any, ...]]) -> list[Selection]:
    """Codings grouped into selections: codings sharing a selection GUID stay together
    while they agree on range, comment and weight; the rest get their own."""
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for coding in codings:
        key = coding[9] or selection_guid_for(coding[1])
        group = groups.get(key)
        if group is not None and (group[0][4], group[0][5], group[0][6], group[0][7]) != (
            coding[4],
            coding[5],
            coding[6],
            coding[7],
        ):
            key = selection_guid_for(coding[1])
            group = groups.get(key)
        groups.setdefault(key, []).append(coding)
    result: list[Selection] = []
    for guid, group in groups.items():
        first = group[0]
        description = with_marker(first[7] or "", weight=first[6] or None)
        result.append((first[4], first[5], guid, group, description, None))
    return result
