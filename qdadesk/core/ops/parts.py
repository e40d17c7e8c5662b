"""The typed base of the groups of operations that make up ``Project``.

``Project`` (``qdadesk.core.project``) combines one class per group (documents, codes,
codings, ...). A group sometimes calls a method of another (a coding looks up its document
and code); those methods are declared here for the type checker, so each group is checked
on its own. At run time this class adds nothing: ``Project``'s own methods are the ones
found.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from qdadesk.core.base import ProjectBase

if TYPE_CHECKING:
    from qdadesk.core.maps.records import MapInfo
    from qdadesk.core.model import Code, Coding, Document, Variable
    from qdadesk.core.project import Project


class ProjectParts(ProjectBase):
    """``ProjectBase`` plus the methods one group of operations borrows from another."""

    def _whole(self) -> Project:
        """This project as a whole, for functions that take a ``Project`` (every group of
        operations only ever lives inside one)."""
        from qdadesk.core.project import Project

        if not isinstance(self, Project):
            raise TypeError("a group of operations is used only as part of a Project")
        return self

    if TYPE_CHECKING:
        # documents.py
        def document(self, document_id: int) -> Document: ...
        def group_path(self, group_id: int | None) -> str: ...
        def text(self, document_id: int) -> str: ...
        def original_file(self, document_id: int) -> tuple[str, str, bytes] | None: ...

        # codes.py
        def code(self, code_id: int) -> Code: ...
        def code_paths(self) -> dict[int, str]: ...
        def insert_code(
            self,
            name: str,
            parent_id: int | None,
            color: str | None,
            description: str,
            guid: str | None = None,
        ) -> int: ...
        def _join_overlapping_codings(self, code_id: int) -> None: ...

        # codings.py
        def coding(self, coding_id: int) -> Coding: ...
        def insert_coding(
            self,
            document_id: int,
            code_id: int,
            start: int,
            end: int,
            weight: int,
            comment: str,
            coder: str | None,
            guid: str | None = None,
            created: str | None = None,
            join_overlaps: bool = True,
        ) -> int: ...
        def _codable_code_named(
            self, name: str, parent_id: int | None, color: str | None, code_description: str
        ) -> int: ...

        # variables.py
        def find_variable(self, name: str, scope: str = "document") -> Variable: ...
        def _variable_for_value(
            self, scope: str, name: str, value: Any, type_: str | None
        ) -> tuple[int, Any]: ...
        def _store_value(
            self, table: str, owner_column: str, owner_id: int, variable_id: int, stored: Any
        ) -> None: ...

        # import_notes.py
        def _store_import_notes(
            self, document_id: int, file_name: str, notes: list[str]
        ) -> None: ...

        # maps.py
        def map(self, map_id: int) -> MapInfo: ...
        def find_map(self, name: str) -> MapInfo: ...
        def _insert_map(self, name: str, model: dict[str, Any] | None, memo: str = "") -> int: ...
        def _touch_map(self, map_id: int, **columns: Any) -> None: ...
        def _insert_node(
            self,
            map_id: int,
            kind: str,
            ref_id: int | None,
            label: str,
            x: float,
            y: float,
            layer: str = "",
            style: Mapping[str, Any] | None = None,
            image: bytes | None = None,
            placed: bool = False,
            generated: bool = False,
        ) -> int: ...
