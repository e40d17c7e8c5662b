"""Parsing REFI-QDA XML safely and walking it by local element name.

Exchange files come from other programs and other people: they are parsed with defusedxml
(no DTDs, so no external entities and no entity-expansion bombs). Elements are matched by
their local name under any ``urn:QDA-XML:`` namespace (or none), because producers differ
in what they declare.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from qdadesk.core.errors import ImportFailed
from qdadesk.core.i18n import tr

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_GUID = re.compile(
    r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$"
)
_GUID_NAMESPACE = uuid.UUID("6F1C7E9A-3B1D-4E55-9A57-1D1B2C0F9E21")


def parse_xml(data: bytes, what: str) -> Element:
    """The root element of ``data``; ``ImportFailed`` for hostile or broken XML."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise ImportFailed(
            tr("{what}: refused unsafe XML ({error})").format(what=what, error=type(error).__name__)
        ) from error
    except ParseError as error:
        raise ImportFailed(
            tr("{what}: not well-formed XML ({error})").format(what=what, error=error)
        ) from error


def local(tag: str | object) -> str:
    """The local part of a ``{namespace}name`` tag ('' for comments and the like)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def is_qda(element: Element) -> bool:
    ns = namespace(element.tag) if isinstance(element.tag, str) else "x"
    return ns == "" or ns.startswith("urn:QDA-XML:")


def children(element: Element, name: str | None = None) -> Iterator[Element]:
    """Child elements (of local name ``name``) in a QDA-XML namespace."""
    for child in element:
        if isinstance(child.tag, str) and is_qda(child) and (name is None or local(child.tag) == name):
            yield child


def child(element: Element, name: str) -> Element | None:
    return next(children(element, name), None)


def child_text(element: Element, name: str) -> str | None:
    found = child(element, name)
    if found is None:
        return None
    return found.text or ""


def clean_guid(value: str | None) -> str | None:
    """A GUID in upper case without braces, or None when ``value`` is not a GUID."""
    if not value:
        return None
    match = _GUID.match(value.strip())
    return match.group(1).upper() if match else None


def derived_guid(*parts: str) -> str:
    """A stable GUID made from other identifiers (the same parts give the same GUID)."""
    return str(uuid.uuid5(_GUID_NAMESPACE, "|".join(parts))).upper()


def integer(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        try:
            return int(float(value.strip()))
        except ValueError:
            return None
