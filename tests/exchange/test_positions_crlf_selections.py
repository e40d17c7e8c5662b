"""Selections that end after a paragraph's CR but before its LF (positions counted over
CRLF) land on the paragraph, and do not push the file into the wrong reading of its
positions; found in a bug hunt."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from qdadesk.core.exchange import positions
from qdadesk.core.exchange.import_project import import_qdpx

RAW = "First paragraph here.\r\nSecond paragraph there.\r\nThird one.\r\n"
PARAGRAPHS = ["First paragraph here.", "Second paragraph there.", "Third one."]


def test_position_between_cr_and_lf_snaps_by_side() -> None:
    table = positions.build_map("ab\r\ncd", positions.CODEPOINTS_CRLF)
    assert table.map(3) is None
    assert table.map(3, -1) == 2  # an end: before the line end
    assert table.map(3, 1) == 3  # a start: after it


def test_paragraphs_selected_with_their_cr_land_on_the_paragraphs(tmp_path: Path) -> None:
    spans = []
    at = 0
    for paragraph in PARAGRAPHS:
        spans.append((at, at + len(paragraph) + 1))  # the paragraph and its CR
        at += len(paragraph) + 2
    selections = "".join(
        f'<PlainTextSelection guid="5E000000-0000-4000-8000-00000000000{n}" '
        f'startPosition="{start}" endPosition="{end}">'
        f'<Coding guid="C1000000-0000-4000-8000-00000000000{n}">'
        '<CodeRef targetGUID="C0000000-0000-4000-8000-000000000001"/></Coding>'
        "</PlainTextSelection>"
        for n, (start, end) in enumerate(spans)
    )
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>'
        '<Code guid="C0000000-0000-4000-8000-000000000001" name="K" isCodable="true"/>'
        "</Codes></CodeBook><Sources>"
        '<TextSource guid="50000000-0000-4000-8000-000000000001" name="S" '
        f'plainTextPath="internal://s.txt">{selections}</TextSource></Sources></Project>'
    )
    source = tmp_path / "cr.qdpx"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/s.txt", RAW)
    import_qdpx(source, tmp_path / "p.qdadesk")
    with sqlite3.connect(tmp_path / "p.qdadesk") as db:
        text = db.execute("SELECT text FROM document_texts").fetchone()[0]
        coded = [text[s:e] for s, e in db.execute('SELECT start, "end" FROM codings ORDER BY 1')]
    assert coded == PARAGRAPHS


def test_tie_goes_to_the_reading_without_white_space_at_the_edges() -> None:
    # One selection of two lines in MAXQDA's reading (CRLF counted as 2). Read as code
    # points it would end after the next line end: both readings are valid and on word
    # boundaries, and only the white space at its end tells them apart.
    text = "beta 日本語\nalpha alpha\nZürich"
    raw = text.replace("\n", "\r\n")
    end = raw.index("\r\nZürich")
    chosen = positions.choose_map(raw, [(0, end)])
    assert chosen.reading == positions.CODEPOINTS_CRLF
    assert chosen.normalised[0 : chosen.map(end, -1)] == "beta 日本語\nalpha alpha"
