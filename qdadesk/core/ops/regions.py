"""Region codings: a box on a PDF page or a picture coded like a text segment.

A region's box is in REFI-QDA's coordinates, from the page's top-left corner: points on a
PDF page, pixels on a picture (after EXIF orientation). PDF pages are 1-based; a picture's
region has no page. The region's ``start``/``end`` are the run of the text representation
lying in the box (``text_run_in_box``), so text tools see it where they can.
"""

from __future__ import annotations

import math

from qdadesk.core.base import new_guid, now
from qdadesk.core.changes import Operation
from qdadesk.core.errors import OffsetError, QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import Document, Page
from qdadesk.core.names import nfc
from qdadesk.core.ops.parts import ProjectParts
from qdadesk.core.store.database import inserted_id

PAGED_TYPES = ("pdf", "picture")

Box = tuple[float, float, float, float]


class RegionOps(ProjectParts):
    # -- reading ---------------------------------------------------------------------------
    def pages(self, document_id: int) -> list[Page]:
        """A PDF's pages or a picture's one page, in order (empty for text documents)."""
        rows = self.db.execute(
            "SELECT document_id, page, width, height, text_start, text_end FROM document_pages "
            "WHERE document_id = ? ORDER BY page",
            [document_id],
        ).fetchall()
        return [Page(*row) for row in rows]

    def page_counts(self) -> dict[int, int]:
        """How many pages each PDF or picture document has, by document id."""
        rows = self.db.execute(
            "SELECT document_id, count(*) FROM document_pages GROUP BY document_id"
        )
        return dict(rows.fetchall())

    # -- writing ---------------------------------------------------------------------------
    def add_region_coding(
        self,
        document_id: int,
        code_id: int,
        box: Box,
        page: int | None = None,
        weight: int | None = None,
        comment: str = "",
        coder: str | None = None,
    ) -> Operation:
        """Code a box ``(x1, y1, x2, y2)`` of a PDF page (``page``, 1-based) or a picture
        (``page`` None) with a code; result: the coding's id. Regions are never joined."""
        document: Document = self.document(document_id)
        code = self.code(code_id)
        if not code.codable:
            raise QdaError(tr("Code '{name}' is not for coding").format(name=code.name))
        target = self._region_page(document, page)
        x1, y1, x2, y2 = _checked_box(box, target)
        weight = 0 if weight is None else weight
        if not 0 <= weight <= 100:
            raise QdaError(tr("A weight is between 0 and 100"))
        start, end = text_run_in_box(self, document, target, (x1, y1, x2, y2))
        with self._writing(tr("Code region with '{name}'").format(name=code.name)) as w:
            stamp = now()
            cursor = self.db.execute(
                'INSERT INTO codings (guid, document_id, code_id, start, "end", weight, comment, '
                "coder_id, created, modified, page, x1, y1, x2, y2) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    new_guid(),
                    document_id,
                    code_id,
                    start,
                    end,
                    weight,
                    comment,
                    self.user_id(nfc(coder) if coder else None),
                    stamp,
                    stamp,
                    target.page if document.kind == "pdf" else None,
                    x1,
                    y1,
                    x2,
                    y2,
                ],
            )
            w.result = inserted_id(cursor)
        return w.operation

    def move_region(self, coding_id: int, box: Box, page: int | None = None) -> Operation:
        """Move or resize a region coding to ``box`` on ``page`` (a PDF's page, 1-based;
        None keeps its page), one undoable operation. The box is checked as
        ``add_region_coding`` checks it and the region's text run is taken anew."""
        coding = self.coding(coding_id)
        if not coding.is_region:
            raise QdaError(tr("Only a region can be moved or resized"))
        document: Document = self.document(coding.document_id)
        target = self._region_page(document, coding.page if page is None else page)
        x1, y1, x2, y2 = _checked_box(box, target)
        start, end = text_run_in_box(self, document, target, (x1, y1, x2, y2))
        with self._writing(tr("Move region")) as w:
            # Undo replays the log one column at a time, newest first, and the table's CHECK
            # wants x1 < x2, y1 < y2 and start <= end after every statement: each pair is set
            # in the order that keeps it so, which keeps it so backwards too.
            pairs = (
                ("x1", "x2", (coding.x1, coding.x2), (x1, x2)),
                ("y1", "y2", (coding.y1, coding.y2), (y1, y2)),
                ("start", "end", (coding.start, coding.end), (start, end)),
            )
            for low, high, before, after in pairs:
                for column, value in _pair_in_order(low, high, before, after):
                    self.db.execute(
                        f'UPDATE codings SET "{column}" = ? WHERE id = ?', [value, coding_id]
                    )
            self.db.execute(
                "UPDATE codings SET page = ?, modified = ? WHERE id = ?",
                [target.page if document.kind == "pdf" else None, now(), coding_id],
            )
            w.result = coding_id
        return w.operation

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
        region ``box`` of ``page`` with it, as ONE undoable operation (as
        ``code_with_new_code`` does for a text selection); result: ``(code_id, coding_id)``."""
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

    def _region_page(self, document: Document, page: int | None) -> Page:
        if document.kind not in PAGED_TYPES:
            raise QdaError(
                tr("'{name}' is a text document: regions are drawn on PDFs and pictures").format(
                    name=document.name
                )
            )
        pages = self.pages(document.id)
        if not pages:
            raise QdaError(tr("'{name}' has no pages").format(name=document.name))
        if document.kind == "picture":
            if page not in (None, 1):
                raise OffsetError(tr("A picture has no pages"))
            return pages[0]
        number = 1 if page is None else page
        if not 1 <= number <= len(pages):
            raise OffsetError(
                tr("'{name}' has pages 1 to {count}, not {page}").format(
                    name=document.name, count=len(pages), page=number
                )
            )
        return pages[number - 1]


def _pair_in_order(
    low: str,
    high: str,
    before: tuple[float | None, float | None],
    after: tuple[float, float],
) -> list[tuple[str, float]]:
    """The two updates that take ``(low, high)`` from ``before`` to ``after`` with
    ``low <= high`` after each (and, played backwards, after each again)."""
    if before[0] is not None and after[1] > before[0]:
        return [(high, after[1]), (low, after[0])]
    return [(low, after[0]), (high, after[1])]


def _checked_box(box: Box, page: Page) -> Box:
    try:
        x1, y1, x2, y2 = (float(value) for value in box)
    except (TypeError, ValueError) as error:
        raise OffsetError(tr("A region is four numbers: x1 y1 x2 y2")) from error
    if not all(math.isfinite(v) for v in (x1, y1, x2, y2)):
        raise OffsetError(tr("A region is four numbers: x1 y1 x2 y2"))
    x1, x2 = sorted((x1, x2))
    y1, y2 = sorted((y1, y2))
    if x1 < 0 or y1 < 0 or x2 > page.width or y2 > page.height:
        raise OffsetError(
            tr("The region {box} lies outside the page (0 0 {width:g} {height:g})").format(
                box=f"{x1:g} {y1:g} {x2:g} {y2:g}", width=page.width, height=page.height
            )
        )
    if x2 <= x1 or y2 <= y1:
        raise OffsetError(tr("A region needs a width and a height"))
    return (x1, y1, x2, y2)


def text_run_in_box(
    project: ProjectParts, document: Document, page: Page, box: Box
) -> tuple[int, int]:
    """The run of ``document``'s text representation lying in ``box`` on ``page``: from
    its first to its last character inside, or an empty run at the page's text start.

    Only a PDF has characters on its pages. Where the page's stored text differs from what
    PDFium reads there (a representation that came from another program's REFI-QDA
    project), the two are aligned (:mod:`qdadesk.core.pdf_text_layer`)."""
    empty = (page.text_start, page.text_start)
    if document.kind != "pdf" or page.text_end <= page.text_start:
        return empty
    from qdadesk.core import pdf_text_layer

    original = project.original_file(document.id)
    if original is None:
        return empty
    stored = project.text(document.id)[page.text_start : page.text_end]
    try:
        return pdf_text_layer.run_in_box(original[2], page.page, box, page.text_start, stored)
    except Exception:  # PDFium cannot read the stored file: the region keeps no text
        return empty
