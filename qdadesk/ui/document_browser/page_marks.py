"""The codings on a page of a PDF or picture: where they lie and how they are drawn.

Text codings are shaded in their code's colour, regions framed in it with the code's name,
and beside the page each coding has a stripe (columns side by side where they overlap), as
the text view's margin has. Positions on a page are REFI-QDA's: points (pixels for a
picture) from its top-left corner; ``PageView`` turns them into pixels on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

from qdadesk.core.model import Page
from qdadesk.core.pdf_pages import Box
from qdadesk.ui.document_browser.pdf_text import OpenPdf

STRIPE_WIDTH = 4
STRIPE_STEP = 8
MIN_MARGIN = 28
NAME_WIDTH = 110  # code names left of the stripes, as beside the text

BoxRect = Callable[[Box], QRectF]  # a box of the page in viewport pixels


@dataclass
class PageMark:
    """A coding as the pages show it: a region (``box`` set) or a run of text."""

    coding_id: int
    color: QColor
    name: str
    page: int | None  # a region's page (1 for a picture); None for a text run
    box: Box | None
    start: int = 0
    end: int = 0
    weight: int = 0

    @property
    def label(self) -> str:
        """The code's name, with the weight when it has one."""
        return f"{self.name} ({self.weight})" if self.weight else self.name


@dataclass
class PagePlace:
    """Where a mark lies on one page (page units) and its stripe beside that page."""

    mark: PageMark
    boxes: list[Box] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    column: int = 0


def place_marks(
    marks: list[PageMark], number: int, page: Page, pdf: OpenPdf | None
) -> list[PagePlace]:
    """The marks on page ``number``, top to bottom, each with its stripe's column."""
    places = []
    for mark in marks:
        if mark.box is not None:
            if (mark.page or 1) == number:
                places.append(PagePlace(mark, [mark.box], mark.box[1], mark.box[3]))
            continue
        start, end = max(mark.start, page.text_start), min(mark.end, page.text_end)
        if pdf is None or start >= end:
            continue
        boxes = pdf.boxes_for_run(number, start, end)
        if boxes:
            top = min(b[1] for b in boxes)
            bottom = max(b[3] for b in boxes)
            places.append(PagePlace(mark, boxes, top, bottom))
    places.sort(key=lambda p: (p.top, p.bottom, p.mark.coding_id))
    ends: list[float] = []  # the bottom of the last stripe in each column
    for place in places:
        column = next((i for i, e in enumerate(ends) if e < place.top), len(ends))
        if column == len(ends):
            ends.append(place.bottom)
        else:
            ends[column] = place.bottom
        place.column = column
    return places


def margin_width(places: list[PagePlace]) -> int:
    """The room beside the pages for the stripes of ``places`` (all pages' so far)."""
    columns = max((p.column + 1 for p in places), default=1)
    # The names' room is always there: the page does not move when the first coding comes.
    return max(MIN_MARGIN, 10 + columns * STRIPE_STEP + NAME_WIDTH)


def stripe_rect(page_rect: QRectF, place: PagePlace, zoom: float) -> QRectF:
    """A mark's stripe left of its page (``page_rect`` in viewport pixels)."""
    x = page_rect.left() - 8 - (place.column + 1) * STRIPE_STEP + STRIPE_STEP - STRIPE_WIDTH
    top = page_rect.top() + place.top * zoom
    height = max(3.0, (place.bottom - place.top) * zoom)
    return QRectF(x, top, STRIPE_WIDTH, height)


def paint_text_marks(
    painter: QPainter, places: list[PagePlace], box_rect: BoxRect, selected: int | None
) -> None:
    """Shade the text codings (the ``selected`` one darker)."""
    for place in places:
        if place.mark.box is not None:
            continue
        color = QColor(place.mark.color)
        color.setAlpha(110 if place.mark.coding_id == selected else 70)
        for box in place.boxes:
            painter.fillRect(box_rect(box), color)


def paint_regions(
    painter: QPainter,
    places: list[PagePlace],
    box_rect: BoxRect,
    page_top: float,
    selected: int | None,
) -> None:
    """Frame the regions with their code's name on a tag above (inside at the page's top)."""
    metrics = QFontMetrics(painter.font())
    for place in places:
        mark = place.mark
        if mark.box is None:
            continue
        frame = box_rect(mark.box)
        pen = QPen(mark.color, 4 if mark.coding_id == selected else 2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame)
        label = mark.label
        text_width = min(metrics.horizontalAdvance(label) + 8, max(frame.width(), 40))
        tag = QRectF(
            frame.left(), frame.top() - metrics.height() - 2, text_width, metrics.height() + 2
        )
        if tag.top() < page_top:
            tag.moveTop(frame.top())  # at the page's top edge: inside the frame
        painter.fillRect(tag, mark.color)
        painter.setPen(QColor("black") if mark.color.lightness() > 140 else QColor("white"))
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, round(tag.width()) - 6)
        painter.drawText(tag.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, shown)


def paint_stripes(
    painter: QPainter,
    page_rect: QRectF,
    places: list[PagePlace],
    margin: int,
    zoom: float,
    selected: int | None,
    text_color: QColor,
) -> None:
    """The stripes left of the page, with the codes' names left of them (never overlapping)."""
    metrics = QFontMetrics(painter.font())
    columns = max((p.column + 1 for p in places), default=1)
    right = page_rect.left() - 8 - columns * STRIPE_STEP - 2
    width = min(NAME_WIDTH, right - (page_rect.left() - margin)) - 2
    taken = -1e9  # the bottom of the last name written: names never overlap
    painter.setPen(text_color)
    for place in places:
        stripe = stripe_rect(page_rect, place, zoom)
        if place.mark.coding_id == selected:
            stripe = stripe.adjusted(-1, 0, 1, 0)
        painter.fillRect(stripe, place.mark.color)
        if width > 20 and stripe.top() >= taken:
            shown = metrics.elidedText(place.mark.label, Qt.TextElideMode.ElideRight, round(width))
            box = QRectF(right - width, stripe.top(), width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, shown)
            taken = box.bottom()


def memo_tops(
    memos: list[tuple[int, int, str]], number: int, page: Page, kind: str, pdf: OpenPdf | None
) -> list[tuple[int, float, str]]:
    """The position memos (id, offset, tooltip) shown beside page ``number``, with the top
    of each (in page units): on a PDF beside the line of its offset, on a picture at the
    top of its one page."""
    found = []
    for memo_id, offset, tip in memos:
        if kind == "pdf":
            if not page.text_start <= offset < max(page.text_end, page.text_start + 1):
                continue
            boxes = pdf.boxes_for_run(number, offset, offset + 1) if pdf else []
            top = boxes[0][1] if boxes else 0.0
        elif number == 1:
            top = 0.0
        else:
            continue
        found.append((memo_id, top, tip))
    return found


def paint_selection(
    painter: QPainter, text_rects: list[QRectF], frames: list[QRectF], highlight: QColor
) -> None:
    """The user's selection on a page: selected text shaded, a chosen or drawn region
    framed with a dashed line, both in the palette's highlight colour."""
    fill = QColor(highlight)
    fill.setAlpha(90)
    for rect in text_rects:
        painter.fillRect(rect, fill)
    for frame in frames:
        painter.fillRect(frame, QColor(highlight.red(), highlight.green(), highlight.blue(), 40))
        painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame)
