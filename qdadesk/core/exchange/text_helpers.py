"""Small helpers shared by the import modules: decoding source text, serialising kept
elements, grouping children by name, and notes made from descriptions."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from qdadesk.core.exchange.qde_reader import clean_guid, local, qda_local
from qdadesk.core.exchange.report import REPAIRED, ExchangeReport
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from lxml.etree import _Element as Element  # what parse_xml returns

COLOR = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
# Attributes that hold a GUID: kept elements store them as every other GUID is stored (upper
# case, no braces), so their references still match the rows they point to on export.
GUID_ATTRIBUTES = frozenset(
    (
        "guid",
        "targetGUID",
        "originGUID",
        "representedGUID",
        "sourceVertex",
        "targetVertex",
        "creatingUser",
        "modifyingUser",
    )
)
_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")


@lru_cache(maxsize=65536)
def valid_datetime(value: str) -> bool:
    """True for an xsd:dateTime as exchange files write them (cached: they repeat a lot)."""
    return _DATETIME.match(value) is not None


def decode_text(data: bytes, report: ExchangeReport, name: str) -> str:
    """Source text bytes as a string: UTF-8 (BOM dropped), else UTF-16 with a BOM, else
    Windows-1252 (reported as repaired)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.add(REPAIRED, "TextSource", tr("text file in UTF-16 read as such"), name)
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        report.add(REPAIRED, "TextSource", tr("text file not in UTF-8, read as Windows-1252"), name)
        return data.decode("cp1252", errors="replace")


def plain_xml(element: Any) -> str:
    """``element`` serialised without namespaces (the export puts its own back), its GUID
    attributes written as the project stores GUIDs."""
    from lxml import etree

    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag.startswith("{"):
            node.tag = local(node.tag)
        for attribute in GUID_ATTRIBUTES.intersection(node.keys()):
            guid = clean_guid(node.get(attribute))
            if guid is not None:
                node.set(attribute, guid)
    copy = etree.fromstring(etree.tostring(element))
    etree.cleanup_namespaces(copy)
    result: str = etree.tostring(copy, encoding="unicode", with_tail=False)
    return result


def by_name(element: Element) -> dict[str, list[Element]]:
    """The QDA-XML children of ``element`` by local name, in one pass."""
    found: dict[str, list[Element]] = {}
    for node in element:
        name = qda_local(node.tag)
        if name:
            found.setdefault(name, []).append(node)
    return found


def note_like(name: str, text: str, guid: str | None = None) -> Element:
    """A Note-shaped element for a memo made from a description."""
    from lxml import etree

    element = etree.Element("Note", {"name": name or ""})
    if guid:
        element.set("guid", guid)
    content = etree.Element("PlainTextContent")
    content.text = text
    element.append(content)
    return element
