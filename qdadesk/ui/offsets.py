"""The one place where the window converts between core offsets and Qt positions.

The core counts Unicode code points into a document's stored text, whose paragraphs are
separated by ``"\\n"``. The Document Browser shows that text in a QTextDocument built with
``setPlainText``: every ``"\\n"`` becomes one block separator (one position, as before), and
every character outside the Basic Multilingual Plane (emoji, rare CJK) takes two UTF-16 units.
So a Qt position differs from a code point only by the number of such characters before it.
``OffsetMap`` keeps their positions in a sorted table and answers in O(log n) with bisect.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Code points <-> UTF-16 (QTextCursor) positions for one document's text."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # Code point index of each astral character, and the Qt position where it starts.
        self._astral_points = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_units = [p + i for i, p in enumerate(self._astral_points)]
        self.qt_length = self.length + len(self._astral_points)

    def to_qt(self, point: int) -> int:
        """The Qt position of code point ``point`` (0..length, clamped)."""
        point = min(max(point, 0), self.length)
        return point + bisect_left(self._astral_points, point)

    def to_point(self, position: int, round_up: bool = False) -> int:
        """The code point at Qt position ``position``.

        A position inside a surrogate pair (which Qt never produces for a cursor, but a
        careless caller might) rounds down to the character's start, or up past it with
        ``round_up`` (use that for the end of a range so the character stays inside).
        """
        position = min(max(position, 0), self.qt_length)
        before = bisect_left(self._astral_units, position)  # astral chars starting before
        point = position - before
        if round_up and before and self._astral_units[before - 1] == position - 1:
            point += 1
        return point

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def range_to_points(self, start: int, end: int) -> tuple[int, int]:
        """A Qt selection (either order) as a code-point range ``(start, end)``."""
        low, high = sorted((start, end))
        return self.to_point(low), self.to_point(high, round_up=True)
