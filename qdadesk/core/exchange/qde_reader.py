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
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import ImportFailed
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from lxml.etree import _Element as Element  # what parse_xml returns

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_GUID = re.compile(
    r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$"
)

# A GUID exactly as ``clean_guid`` returns it: checking this is all most GUIDs need.
is_canonical_guid = re.compile(
    r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}"
).fullmatch
_GUID_NAMESPACE = uuid.UUID("6F1C7E9A-3B1D-4E55-9A57-1D1B2C0F9E21")


class _RootReached(Exception):
    """Raised by the gate's target at the root element: the prolog is over."""


class _GateTarget:
    def start(self, tag: str, attributes: dict[str, Any]) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        return None


def _defused_gate(data: bytes, what: str) -> None:
    """Run defusedxml's parser over the prolog (everything before the root element, where
    a DTD would have to be): any DTD, entity declaration or external reference is refused
    there, before the document is parsed for real."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, XMLParser

    parser = XMLParser(
        target=_GateTarget(), forbid_dtd=True, forbid_entities=True, forbid_external=True
    )
    try:
        for offset in range(0, len(data), 65536):
            parser.feed(data[offset : offset + 65536])
        parser.close()
    except _RootReached:
        return
    except DefusedXmlException as error:
        raise ImportFailed(
            tr("{what}: refused unsafe XML ({error})").format(what=what, error=type(error).__name__)
        ) from error
    except ParseError as error:
        raise ImportFailed(
            tr("{what}: not well-formed XML ({error})").format(what=what, error=error)
        ) from error


def parse_xml(data: bytes, what: str) -> Element:
    """The root element of ``data``; ``ImportFailed`` for hostile or broken XML.

    Two locks: defusedxml checks the prolog (no DTD, so no entities and no external
    references can exist), then lxml parses with entity resolution, DTD loading and the
    network all switched off (defusedxml's ElementTree parser is pure Python and four times
    slower on a 50 MB project file)."""
    from lxml import etree

    _defused_gate(data, what)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ImportFailed(
            tr("{what}: not well-formed XML ({error})").format(what=what, error=error)
        ) from error
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:  # cannot pass the gate; kept as a guard
        raise ImportFailed(tr("{what}: refused unsafe XML (DTDForbidden)").format(what=what))
    return root


_LOCAL_NAMES: dict[object, str] = {}  # tag -> local name ('' when not QDA-XML)


def local(tag: str | object) -> str:
    """The local part of a ``{namespace}name`` tag ('' for comments and the like)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def qda_local(tag: str | object) -> str:
    """The local name of a tag in a QDA-XML namespace (or none); '' otherwise. Cached,
    as a project file repeats a handful of tags hundreds of thousands of times."""
    try:
        return _LOCAL_NAMES[tag]
    except KeyError:
        name = ""
        if isinstance(tag, str):
            ns = namespace(tag)
            if ns == "" or ns.startswith("urn:QDA-XML:"):
                name = local(tag)
        if len(_LOCAL_NAMES) < 10_000:
            _LOCAL_NAMES[tag] = name
        return name
    except TypeError:  # an unhashable tag
        return ""


def children(element: Element, name: str | None = None) -> Iterator[Element]:
    """Child elements (of local name ``name``) in a QDA-XML namespace."""
    for child in element:
        found = qda_local(child.tag)
        if found and (name is None or found == name):
            yield child


def child(element: Element, name: str) -> Element | None:
    return next(children(element, name), None)


def child_text(element: Element, name: str) -> str | None:
    found = child(element, name)
    if found is None:
        return None
    return found.text or ""


@lru_cache(maxsize=65536)
def _clean_guid(value: str) -> str | None:
    match = _GUID.match(value.strip())
    return match.group(1).upper() if match else None


def clean_guid(value: str | None) -> str | None:
    """A GUID in upper case without braces, or None when ``value`` is not a GUID."""
    if not value:
        return None
    if is_canonical_guid(value):  # most files write them so: no strip, no upper, no cache
        return value
    return _clean_guid(value)


def derived_guid(*parts: str) -> str:
    """A stable GUID made from other identifiers (the same parts give the same GUID)."""
    return str(uuid.uuid5(_GUID_NAMESPACE, "|".join(parts))).upper()


def integer(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)  # int() ignores surrounding whitespace itself
    except ValueError:
        try:
            return int(float(value.strip()))
        except (ValueError, OverflowError):  # "abc", or "inf" / "nan" from a broken export
            return None
