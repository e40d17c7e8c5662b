"""Choosing how a producer counted positions, from where its selections fall."""

from __future__ import annotations

from qdadesk.core.exchange import positions

RAW = "Title\r\nFirst 😀 comment here\r\nSecond comment 👍 there\r\nThird plain comment\r\n"
NORMAL = positions.normalise(RAW)
LINES = [line for line in NORMAL.split("\n") if line]


def utf16_crlf_position(index: int) -> int:
    """Where NVivo would put normalised index ``index``: UTF-16 units, CRLF as 2."""
    units = 0
    for char in NORMAL[:index]:
        units += 2 if char == "\n" or ord(char) > 0xFFFF else 1
    return units


def test_nvivo_reading_is_detected_from_the_evidence() -> None:
    spans = []
    for line in LINES[1:]:
        start = NORMAL.index(line)
        spans.append((utf16_crlf_position(start), utf16_crlf_position(start + len(line))))
    chosen = positions.choose_map(RAW, spans)
    assert chosen.reading == positions.UTF16_CRLF
    for (start, end), line in zip(spans, LINES[1:], strict=True):
        assert NORMAL[chosen.map(start) : chosen.map(end)] == line


def test_standard_code_points_win_ties_and_plain_text() -> None:
    text = "alpha beta gamma\ndelta"
    chosen = positions.choose_map(text, [(0, 5), (6, 10)])
    assert chosen.reading == positions.STANDARD
    assert chosen.map(6) == 6


def test_code_points_with_crlf_counted_twice() -> None:
    raw = "one line\r\ntwo words\r\nthree"
    normal = positions.normalise(raw)
    start = raw.index("two")
    chosen = positions.choose_map(raw, [(start, start + 9), (raw.index("three"), len(raw))])
    assert chosen.reading == positions.CODEPOINTS_CRLF
    assert normal[chosen.map(start) : chosen.map(start + 9)] == "two words"


def test_positions_inside_a_surrogate_pair_or_crlf_are_invalid() -> None:
    table = positions.build_map("a😀\r\nb", positions.UTF16_CRLF)
    assert table.map(2) is None  # between the two halves of the emoji
    assert table.map(4) is None  # between CR and LF
    assert table.map(5) == 3 and table.map(6) == 4


def test_export_positions_for_crlf() -> None:
    text = "ab\ncd\n"
    table = positions.export_positions(text, crlf=True)
    assert table == [0, 1, 2, 4, 5, 6, 8]
    assert positions.export_positions(text, crlf=False) is None
