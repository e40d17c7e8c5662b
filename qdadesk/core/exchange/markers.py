"""Our own facts that REFI-QDA has no place for, carried in a ``Description`` line.

REFI-QDA has no coding weight, no nested document groups and no logbook. A namespaced
attribute would make the file schema-invalid, so QDA Desk writes one last line of the
element's ``Description`` of the form ``[qdadesk key=value key=value]``: other programs show
it as a line of text, we read it back exactly. Values never contain spaces or ``]``.

* selection: ``[qdadesk weight=40]`` (the coding weight; the text above it is the comment)
* selection: ``[qdadesk case_segment]`` (a stretch of text that only a case refers to)
* Set: ``[qdadesk group parent=GUID color=#rrggbb]`` (a document group, not a set)
* Note: ``[qdadesk logbook date=2024-05-01]`` (a logbook entry)
* Note: ``[qdadesk paraphrase]`` (a paraphrase of the selection that refers to it)
* Variable: ``[qdadesk scope=case]`` (a case variable)
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"(?:^|\n)\[qdadesk((?: [^\s\]]+)*)\]\s*$")


def split_marker(text: str | None) -> tuple[str, dict[str, str]]:
    """(the text without our marker line, the marker's keys); ({} when there is none)."""
    if not text:
        return text or "", {}
    if "[qdadesk" not in text:  # the usual case, found without the regular expression
        return text, {}
    match = _MARKER.search(text)
    if match is None:
        return text, {}
    keys: dict[str, str] = {}
    for part in match.group(1).split():
        key, _, value = part.partition("=")
        keys[key] = value
    return text[: match.start()], keys


def with_marker(text: str, **keys: str | int | bool | None) -> str:
    """``text`` with our marker line appended (only keys whose value is not None/False)."""
    parts = []
    for key, value in keys.items():
        if value is None or value is False:
            continue
        parts.append(key if value is True else f"{key}={value}")
    if not parts:
        return text
    line = "[qdadesk " + " ".join(parts) + "]"
    return f"{text}\n{line}" if text else line
