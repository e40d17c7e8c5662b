"""The typed base of the parts of a REFI-QDA project import.

``_ProjectImporter`` (``import_project``) combines ``SourceImport`` (``import_sources``) and
``StructureImport`` (``import_structure``); each part calls helpers the importer or the
other part defines. They are declared here for the type checker, so each part is checked
on its own; at run time this class adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.etree import _Element as Element  # what parse_xml returns

    from qdadesk.core.exchange import positions


class ImportParts:
    """What the parts of a project import call on each other (see the module)."""

    if TYPE_CHECKING:

        def guid(self, element: Element, what: str, *context: str) -> str: ...
        def user(self, guid_text: str | None) -> int | None: ...
        def when(self, value: str | None, what: str) -> str | None: ...
        def keep(self, element: Element, guid: str | None, name: str = "") -> None: ...
        def keep_source(self, element: Element, guid: str, name: str) -> None: ...
        def refer_note(
            self,
            note_ref_parent: Element,
            kind: str,
            target: Any,
            refs: list[Element] | None = None,
        ) -> None: ...
        def tick(self, done: int, total: int, label: str) -> None: ...
        def _collect_value(self, scope: str, owner: int, element: Element) -> None: ...

        # import_sources.py (called by import_paged.py)
        def _document_name(self, element: Element, names: set[str], guid: str) -> str: ...
        def _insert_document(
            self,
            element: Element,
            guid: str,
            name: str,
            kind: str,
            text: str,
            parts: dict[str, list[Element]] | None = None,
        ) -> int: ...
        def _source_text(
            self, element: Element, name: str, parts: dict[str, list[Element]] | None = None
        ) -> str | None: ...
        def _text_selection(
            self,
            selection: Element,
            start: int | None,
            end: int | None,
            document_id: int,
            position_map: positions.PositionMap,
            name: str,
        ) -> None: ...
        def _coding(
            self,
            coding: Element,
            document_id: int,
            start: int,
            end: int,
            comment: str,
            weight: int,
            selection_guid: str | None,
            created: str | None,
            modified: str | None = None,
            selection: Element | None = None,
        ) -> str | None: ...
