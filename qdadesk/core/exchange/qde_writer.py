"""Building REFI-QDA XML with lxml: elements in the project namespace, children in schema
order, no empty container elements, and kept elements put back with their references checked.

Values are cleaned of characters XML 1.0 cannot carry (control characters, lone surrogates),
so the file always parses; how many were dropped is counted in ``Builder.cleaned``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from qdadesk.core.exchange.qde_reader import PROJECT_NS, clean_guid, local

XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = (
    "urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
)
CODEBOOK_LOCATION = (
    "urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_FIRST_TAG = re.compile(r"^\s*(<[A-Za-z_][\w.-]*)")
Element = Any  # an lxml element


class Builder:
    """Makes lxml elements in one namespace; attributes with None values are left out.
    Remembers every GUID it writes, so references can be checked at the end."""

    def __init__(self, namespace: str = PROJECT_NS) -> None:
        from lxml import etree

        self.etree = etree
        self.namespace = namespace
        self.prefix = f"{{{namespace}}}"
        self.guids: set[str] = set()
        self.cleaned = 0

    def tag(self, name: str) -> str:
        return self.prefix + name

    def root(self, tag: str, /, **attributes: Any) -> Element:
        return self.etree.Element(
            self.tag(tag), self._attributes(attributes), nsmap={None: self.namespace, "xsi": XSI}
        )

    def element(self, tag: str, /, **attributes: Any) -> Element:
        return self.etree.Element(self.tag(tag), self._attributes(attributes))

    def sub(
        self, parent: Element, tag: str, text: str | None = None, /, **attributes: Any
    ) -> Element:
        element = self.etree.SubElement(parent, self.tag(tag), self._attributes(attributes))
        if text is not None:
            element.text = self.clean(text)
        return element

    def container(self, parent: Element, tag: str, items: Iterable[Element]) -> Element | None:
        """``<tag>`` holding ``items``, added only when there is at least one."""
        items = list(items)
        if not items:
            return None
        element = self.sub(parent, tag)
        element.extend(items)
        return element

    def adopt(self, xml: str) -> Element:
        """A kept element (stored without namespaces) in this builder's namespace."""
        parser = self.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        # Our namespace as the root's default, so the tags stay unprefixed when written.
        head = xml[: xml.find(">") + 1]
        if "xmlns=" not in head:
            xml = _FIRST_TAG.sub(rf'\1 xmlns="{self.namespace}"', xml, count=1)
        element = self.etree.fromstring(xml.encode("utf-8"), parser)
        for node in element.iter():
            if isinstance(node.tag, str):
                node.tag = self.tag(local(node.tag))
                if node.get("guid"):
                    self.guids.add(_canonical(node.get("guid")))
        return element

    def clean(self, value: str) -> str:
        if _NOT_XML.search(value) is None:
            return value
        cleaned, count = _NOT_XML.subn("", value)
        self.cleaned += count
        return cleaned

    def _attributes(self, attributes: dict[str, Any]) -> dict[str, str]:
        result = {}
        for key, value in attributes.items():
            if value is None:
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif not isinstance(value, str):
                value = str(value)
            else:
                value = self.clean(value)
            result[key] = value
        guid = result.get("guid")
        if guid:
            self.guids.add(guid.upper())
        return result


def serialise(root: Element) -> bytes:
    """The document as UTF-8 bytes with an XML declaration."""
    from lxml import etree

    data: bytes = etree.tostring(root, xml_declaration=True, encoding="utf-8")
    return data


def value_element(builder: Builder, parent: Element, type_: str, value: Any) -> None:
    """A VariableValue's typed value child (TextValue, IntegerValue ...)."""
    if type_ == "boolean":
        builder.sub(parent, "BooleanValue", "true" if value else "false")
    elif type_ == "integer":
        builder.sub(parent, "IntegerValue", str(int(value)))
    elif type_ == "float":
        builder.sub(parent, "FloatValue", format(Decimal(repr(float(value))), "f"))
    elif type_ == "date":
        builder.sub(parent, "DateValue", str(value)[:10])
    else:
        builder.sub(parent, "TextValue", str(value))


VARIABLE_TYPE_NAMES = {
    "text": "Text",
    "integer": "Integer",
    "float": "Float",
    "date": "Date",
    "boolean": "Boolean",
}


def prune_references(elements: Iterable[Element], known: set[str], code_guids: set[str]) -> int:
    """Drop what points nowhere inside kept elements: codings of deleted codes, member and
    note references to missing things. Returns how many were dropped."""
    dropped = 0
    for element in elements:
        for parent in list(element.iter()):
            for node in list(parent):
                name = local(node.tag)
                if name == "Coding":
                    ref = next((c for c in node if local(c.tag) == "CodeRef"), None)
                    if ref is None or _canonical(ref.get("targetGUID")) not in code_guids:
                        parent.remove(node)
                        dropped += 1
                elif (
                    name in ("MemberCode", "MemberSource", "MemberNote", "NoteRef", "SourceRef")
                    and _canonical(node.get("targetGUID")) not in known
                ):
                    parent.remove(node)
                    dropped += 1
    return dropped


def link_is_dangling(link: Element, known: set[str]) -> bool:
    ends = [link.get("originGUID"), link.get("targetGUID")]
    return any(end and _canonical(end) not in known for end in ends)


def _canonical(guid: str | None) -> str:
    """A reference as the project's GUIDs are written (braces and case of other tools gone)."""
    return clean_guid(guid) or (guid or "").upper()
