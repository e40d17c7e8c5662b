"""Mapping REFI-QDA selection positions onto our stored text, per source, by evidence.

The standard counts Unicode code points. Producers differ: NVivo counts UTF-16 code units
in a text whose line ends are CRLF (each counted as two) with the BOM not counted; other
tools count code points but over CRLF line ends. We store text with ``\\n`` line ends, so
every reading is turned into code points of the normalised text.

Which reading a file uses is decided from the selections themselves: the reading under
which the most selections are valid and start and end on word boundaries wins; a tie
goes to the standard's reading. ``origin`` is not trusted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

STANDARD = "code points"
CODEPOINTS_CRLF = "code points, CRLF counted as 2"
UTF16_CRLF = "UTF-16 units, CRLF counted as 2"
UTF16 = "UTF-16 units"


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@dataclass
class PositionMap:
    """Turns a producer's positions into code points of the normalised text.

    Only the places where counts differ are stored (astral characters, CRLF pairs), so a
    position maps by binary search and a 3-million-character text costs no table."""

    reading: str
    normalised: str
    astral_units: list[int] = field(default_factory=list)  # unit start of each astral char
    pair_lfs: list[int] = field(default_factory=list)  # raw index of each CRLF's LF
    raw_length: int = 0
    utf16: bool = False
    crlf: bool = False

    def map(self, position: int, side: int = 0) -> int | None:
        """The normalised index of ``position``, or None when it is not a valid boundary.

        A position between CR and LF is None, unless ``side`` says which end of a selection
        it is: an end (-1) stops before the line end, a start (+1) begins after it (a
        paragraph selected with its CR but not its LF)."""
        if position < 0:
            return None
        raw = position
        if self.utf16:
            units = self.astral_units
            if (
                bisect_left(units, position - 1) < len(units)
                and units[bisect_left(units, position - 1)] == position - 1
            ):
                return None  # between the two halves of a surrogate pair
            raw = position - bisect_right(units, position - 2)
        if self.crlf:
            lfs = self.pair_lfs
            index = bisect_left(lfs, raw)
            if index < len(lfs) and lfs[index] == raw:
                if not side:
                    return None  # between CR and LF
                return raw - index - (1 if side < 0 else 0)
            if raw > self.raw_length:
                return None
            return raw - index
        return raw if raw <= len(self.normalised) else None


def normalise(raw: str) -> str:
    """Text with ``\\r\\n`` and lone ``\\r`` made ``\\n`` (what the project stores)."""
    if "\r" not in raw:
        return raw
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def build_map(raw: str, reading: str) -> PositionMap:
    text = normalise(raw)
    crlf = reading in (CODEPOINTS_CRLF, UTF16_CRLF) and "\r\n" in raw
    utf16 = reading in (UTF16, UTF16_CRLF)
    counted = raw if crlf else text
    astral_units = []
    if utf16:
        astral_units = [m.start() + k for k, m in enumerate(_ASTRAL.finditer(counted))]
    pair_lfs = [m.start() + 1 for m in re.finditer("\r\n", raw)] if crlf else []
    return PositionMap(reading, text, astral_units, pair_lfs, len(raw), utf16, crlf)


def score(position_map: PositionMap, selections: Sequence[tuple[int, int]]) -> tuple[int, int, int]:
    """(valid selections, selections on word boundaries, selections neither starting nor
    ending with white space) under one reading. The last only breaks ties: a line end or
    space counts as a word boundary, yet people seldom select a space at an edge."""
    valid = aligned = tight = 0
    text = position_map.normalised
    length = len(text)
    position_of = position_map.map
    for start, end in selections:
        mapped_start, mapped_end = position_of(start, 1), position_of(end, -1)
        if mapped_start is None or mapped_end is None or mapped_end <= mapped_start:
            continue
        valid += 1
        # On a word boundary at both ends (inline: this runs for every selection under
        # every reading).
        before = text[mapped_start - 1] if mapped_start > 0 else " "
        first = text[mapped_start] if mapped_start < length else " "
        last = text[mapped_end - 1] if mapped_end > 0 else " "
        after = text[mapped_end] if mapped_end < length else " "
        if (not before.isalnum() or not first.isalnum()) and (
            not after.isalnum() or not last.isalnum()
        ):
            aligned += 1
        if not first.isspace() and not last.isspace():
            tight += 1
    return valid, aligned, tight


def choose_map(raw: str, selections: Sequence[tuple[int, int]]) -> PositionMap:
    """The reading of positions that fits ``selections`` in ``raw`` best (see module doc)."""
    has_crlf = "\r" in raw
    # An astral character takes two UTF-16 units: encoding is several times faster than
    # searching with _ASTRAL ("surrogatepass" so a lone surrogate counts as the one unit it is).
    has_astral = not raw.isascii() and len(raw.encode("utf-16-le", "surrogatepass")) != 2 * len(raw)
    readings = [STANDARD]
    if has_crlf:
        readings.append(CODEPOINTS_CRLF)
    if has_astral:
        readings.append(UTF16)
        if has_crlf:
            readings.append(UTF16_CRLF)
    if len(readings) == 1:
        return build_map(raw, STANDARD)
    best: PositionMap | None = None
    best_score = (-1, -1, -1)
    for reading in readings:
        candidate = build_map(raw, reading)
        if not selections:
            return candidate
        result = score(candidate, selections)
        if result > best_score:  # strictly better: ties stay with the earlier (standard) one
            best, best_score = candidate, result
    assert best is not None
    return best


def export_positions(text: str, crlf: bool) -> list[int] | None:
    """For ``--crlf`` exports: a table from normalised index to the position in the CRLF
    text (each line end counted twice); None when positions stay as they are."""
    if not crlf or "\n" not in text:
        return None
    table: list[int] = []
    shift = 0
    for char in text:
        table.append(len(table) + shift)
        if char == "\n":
            shift += 1
    table.append(len(text) + shift)
    return table
