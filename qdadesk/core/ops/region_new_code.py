"""Coding a region with a new code (or a colour highlighter) as ONE undoable operation,
as ``code_with_new_code`` does for a text selection."""

from __future__ import annotations

from qdadesk.core.changes import Operation
from qdadesk.core.i18n import tr
from qdadesk.core.ops.parts import ProjectParts

Box = tuple[float, float, float, float]


class RegionNewCodeOps(ProjectParts):
    def code_region_with_new_code(
        self,
        document_id: int,
        box: Box,
        page: int | None,
        name: str,
        color: str | None = None,
        parent_id: int | None = None,
        description: str | None = None,
        code_description: str = "",
    ) -> Operation:
        """Create a code (or reuse the one of that name under ``parent_id``) and code the
        region ``box`` of ``page`` with it; result: ``(code_id, coding_id)``."""
        from qdadesk.core.ops.codes import check_color
        from qdadesk.core.ops.documents import clean_name

        name = clean_name(name, tr("code"))
        if color is not None:
            color = check_color(color)
        text = description or tr("Code region with new code '{name}'").format(name=name)
        with self._writing(text) as w:
            code_id = self._codable_code_named(name, parent_id, color, code_description)
            # Nested, that call joins this transaction: its operation carries only its
            # result, the new coding's id.
            coding_id = self.add_region_coding(document_id, code_id, box, page).result
            w.result = (code_id, coding_id)
        return w.operation
