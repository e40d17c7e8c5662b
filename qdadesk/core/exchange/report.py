"""The report of an exchange import or export: nothing is changed or left out silently.

Every element of the file lands in one of four outcomes: imported as is, repaired (fixed to
fit, e.g. a duplicate name), mapped (became something of ours, e.g. a Set became a document
group), kept without display (stored so a later export gives it back, e.g. a graph), or
discarded (with the reason). Entries with the same outcome and message are counted together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qdadesk.core.i18n import tr, tr_noop

IMPORTED = "imported"
REPAIRED = "repaired"
MAPPED = "mapped"
KEPT = "kept without display"
DISCARDED = "discarded"
WARNING = "warning"
OUTCOMES = (IMPORTED, REPAIRED, MAPPED, KEPT, DISCARDED, WARNING)
# The outcomes' headings, shown as tr(outcome.capitalize()).
_HEADINGS = (
    tr_noop("Imported"),
    tr_noop("Repaired"),
    tr_noop("Mapped"),
    tr_noop("Kept without display"),
    tr_noop("Discarded"),
    tr_noop("Warning"),
)


@dataclass
class ReportLine:
    outcome: str
    element: str
    message: str
    count: int = 0
    examples: list[str] = field(default_factory=list)


@dataclass
class ExchangeReport:
    """What an import or export did, grouped by outcome, element and message."""

    title: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    _lines: dict[tuple[str, str, str], ReportLine] = field(default_factory=dict)

    def add(
        self, outcome: str, element: str, message: str, example: str = "", count: int = 1
    ) -> None:
        if count <= 0:
            return
        key = (outcome, element, message)
        line = self._lines.get(key)
        if line is None:
            line = self._lines[key] = ReportLine(outcome, element, message)
        line.count += count
        if example and len(line.examples) < 3 and example not in line.examples:
            line.examples.append(example)

    def line(self, outcome: str, element: str, message: str) -> ReportLine | None:
        """The line counting ``outcome``/``element``/``message`` once ``add`` made it, so a
        loop over a hundred thousand elements can raise its count directly."""
        return self._lines.get((outcome, element, message))

    def lines(self, outcome: str | None = None) -> list[ReportLine]:
        order = {name: i for i, name in enumerate(OUTCOMES)}
        lines = [line for line in self._lines.values() if outcome in (None, line.outcome)]
        return sorted(lines, key=lambda line: (order.get(line.outcome, 99), line.element))

    def count(self, outcome: str, element: str | None = None) -> int:
        return sum(
            line.count
            for line in self._lines.values()
            if line.outcome == outcome and element in (None, line.element)
        )

    def imported(self, element: str) -> int:
        return self.count(IMPORTED, element)

    def records(self) -> list[dict[str, Any]]:
        """One dict per line, for tables, JSON and the window."""
        return [
            {
                "outcome": line.outcome,
                "element": line.element,
                "count": line.count,
                "message": line.message,
                "examples": "; ".join(line.examples),
            }
            for line in self.lines()
        ]

    def as_text(self) -> str:
        """The report as plain text for the command line and the window."""
        out = [self.title] if self.title else []
        for key, value in self.details.items():
            out.append(f"{key}: {value}")
        current = None
        for line in self.lines():
            if line.outcome != current:
                current = line.outcome
                out.append("")
                out.append(tr(current.capitalize()) + ":")
            text = f"  {line.count:>6}  {line.element}: {line.message}"
            if line.examples:
                text += "  (" + tr("e.g.") + " " + "; ".join(line.examples) + ")"
            out.append(text)
        if not self._lines:
            out.append(tr("Nothing to report."))
        return "\n".join(out) + "\n"
