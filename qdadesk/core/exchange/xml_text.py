"""XML written as text, for the parts of a .qdpx that are too many to build as elements
(a large project has hundreds of thousands of selections): escaping, attributes, variable
values, and the names and GUIDs the selections get."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\n": "&#10;",
    "\r": "&#13;",
    "\t": "&#9;",
}
_ATTRIBUTE_SPECIAL = re.compile('[&<>"\n\r\t]')
_TEXT_SPECIAL = re.compile("[&<>\r]")


def _attribute(value: str) -> str:
    if _ATTRIBUTE_SPECIAL.search(value) is None:
        return value
    return _ATTRIBUTE_SPECIAL.sub(lambda m: _ESCAPES[m.group()], value)


def escape_text(value: str) -> str:
    """``value`` escaped as an element's text."""
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return _TEXT_SPECIAL.sub(lambda m: _ESCAPES[m.group()], value)


def attributes_xml(**attributes: str | None) -> str:
    """`` key="value"`` for each attribute that is not None, escaped."""
    return "".join(
        f' {key}="{_attribute(value)}"' for key, value in attributes.items() if value is not None
    )


def value_xml(type_: str, value: Any, clean: Callable[[str], str]) -> str:
    """A variable's value as the REFI-QDA element of its type."""
    if type_ == "boolean":
        return f"<BooleanValue>{'true' if value else 'false'}</BooleanValue>"
    if type_ == "integer":
        return f"<IntegerValue>{int(value)}</IntegerValue>"
    if type_ == "float":
        return f"<FloatValue>{format(Decimal(repr(float(value))), 'f')}</FloatValue>"
    if type_ == "date":
        return f"<DateValue>{escape_text(str(value)[:10])}</DateValue>"
    return f"<TextValue>{escape_text(clean(str(value)))}</TextValue>"


def selection_guid_for(coding_guid: str) -> str:
    """A selection GUID made from a coding's (the same coding always gets the same one):
    the first eight hex digits are turned, the rest kept. Cheaper than a uuid5 per coding."""
    head = int(coding_guid[:8], 16) ^ 0x5E1EC7ED
    return f"{head:08X}{coding_guid[8:].upper()}"


def selection_label(text: str, limit: int = 60) -> str:
    """A short label for a selection: the start of its text on one line."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
