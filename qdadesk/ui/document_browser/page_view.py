"""The pages of a PDF or a picture in the Document Browser (objectName ``documentPages``).

Pages stand one below the other, zoomable (Ctrl+wheel, ``zoom_by``, ``fit_width``) and
pannable (drag a picture, the middle button anywhere, or the scroll bars). The pages'
pictures come from ``page_cache`` (only those on screen are rendered), the codings on them
are placed and drawn by ``page_marks``; this module lays the pages out, zooms, selects and
handles the mouse and keys.

A drag on a PDF's text selects a run of the text representation; in region mode (or with
Shift held) a drag draws a rectangle instead. A clicked region shows handles: dragging one
resizes it, dragging inside moves it (``regionMoved`` on release; Escape cancels); the
arrow keys move it, Alt+arrow resizes it and Delete removes it (``region_keys``). Positions
on a page are REFI-QDA's: points (pixels for a picture) from its top-left corner.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from qdadesk.core.model import Page
from qdadesk.core.pdf_pages import Box
from qdadesk.ui.coding_actions import CODES_MIME
from qdadesk.ui.document_browser.page_cache import PageImages
from qdadesk.ui.document_browser.page_marks import (
    MIN_MARGIN,
    PageMark,
    PagePlace,
    margin_width,
    memo_tops,
    paint_regions,
    paint_selection,
    paint_stripes,
    paint_text_marks,
    place_marks,
    stripe_rect,
)
from qdadesk.ui.document_browser.pdf_text import OpenPdf
from qdadesk.ui.document_browser.region_handles import (
    box_between,
    cursor_for,
    grip_at,
    paint_handles,
    reshaped,
)
from qdadesk.ui.document_browser.region_keys import RegionKeys, wants_key

PAD = 16  # pixels around the pages
GAP = 12  # pixels between pages
MIN_ZOOM, MAX_ZOOM = 0.1, 6.0
CLICK_SLOP = 3  # a press and release this close together is a click, not a drag
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class PageView(QAbstractScrollArea):
    """Shows the pages of one PDF or picture with its codings; reports selections."""

    selectionChanged = Signal()
    codingClicked = Signal(int)
    markMenuWanted = Signal(int, QPoint)  # coding id, global position
    pageMenuWanted = Signal(QPoint)
    pageChanged = Signal(int, int)  # current page, page count
    zoomChanged = Signal(float)
    codesDropped = Signal(list)  # code ids
    memoOpened = Signal(int)  # memo id
    regionMoved = Signal(int, int, object)  # coding id, page, its new box
    regionDeleteWanted = Signal(int)  # coding id (Delete on the selected region)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPages")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAcceptDrops(True)
        self.setAcceptDrops(True)
        self.viewport().setAutoFillBackground(True)
        palette = self.viewport().palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#8a8f96"))
        self.viewport().setPalette(palette)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.pages: list[Page] = []
        self.kind = ""
        self.pdf: OpenPdf | None = None
        self.picture = QImage()
        self.zoom = 1.0
        self.fitting = True  # the zoom follows the view's width until the user zooms
        self.region_mode = False
        self.text_selection: tuple[int, int] | None = None
        self.region_selection: tuple[int, Box] | None = None
        self.selected_coding: int | None = None
        self._marks: list[PageMark] = []
        self._memos: list[tuple[int, int, str]] = []  # position memos: id, offset, tooltip
        self._places: dict[int, list[PagePlace]] = {}  # per page, made when first painted
        self._tops: list[float] = []
        self._content_width = 0.0
        self._margin = MIN_MARGIN
        self.images = PageImages(
            self.visible_pages,
            lambda: self.zoom * self.devicePixelRatioF(),
            self.viewport().update,
            self,
        )
        self._drag: str | None = None  # "region", "text" or "pan"
        self._press = QPoint()
        self._press_scroll = (0, 0)
        self._anchor: tuple[int, QPointF] | None = None  # page and page point of the press
        self._text_anchor: int | None = None
        self._rubber: tuple[int, Box] | None = None
        # A selected region being moved or resized: the grip held, the mark as it was and
        # the marks before the drag (put back on release or Escape).
        self._grip: tuple[str, PageMark, list[PageMark]] | None = None
        self._current_page = 0
        # Filled in by the browser: a coding's tooltip (the same as its stripe's beside the
        # text) and what dragging the selection carries.
        self.tooltip_for: Callable[[int], str] = lambda _coding_id: ""
        self.selection_mime: Callable[[], QMimeData | None] = lambda: None
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.keys = RegionKeys(self)

    # -- document --------------------------------------------------------------------------
    def set_document(
        self, kind: str, pages: list[Page], pdf: OpenPdf | None, picture: QImage | None
    ) -> None:
        """Show ``pages`` of a PDF (``pdf``) or a picture (``picture``), fitted to the width."""
        self.kind = kind
        self.pages = pages
        self.pdf = pdf
        self.picture = picture if picture is not None else QImage()
        self.images.set_source(kind, pages, pdf, self.picture)
        self.keys.cancel()
        self.clear_selection(emit=False)
        self.selected_coding = None
        self._grip = None
        self._marks = []
        self._memos = []
        self._places = {}
        self._current_page = 0
        self._layout()
        self.fit_width()
        self.fitting = True
        self.verticalScrollBar().setValue(0)
        self._scrolled()

    def clear_document(self) -> None:
        self.set_document("", [], None, None)

    def set_memos(self, memos: list[tuple[int, int, str]]) -> None:
        """Position memos (id, offset, rich tooltip), drawn as post-its in the margin."""
        self._memos = memos
        self.viewport().update()

    def _memo_rects(self, number: int) -> list[tuple[int, QRectF, str]]:
        if not self._memos or not self.pages:
            return []
        rect = self.page_rect(number)
        left = rect.left() - self._margin + 2
        on_page = memo_tops(self._memos, number, self.pages[number - 1], self.kind, self.pdf)
        return [
            (memo_id, QRectF(left, rect.top() + top * self.zoom, 14, 14), tip)
            for memo_id, top, tip in on_page
        ]

    def memo_at(self, where: QPoint) -> tuple[int, str] | None:
        for number in self.visible_pages():
            for memo_id, rect, tip in self._memo_rects(number):
                if rect.contains(QPointF(where)):
                    return memo_id, tip
        return None

    def set_marks(self, marks: list[PageMark]) -> None:
        if self._grip is not None:  # the codings changed under a drag: it ends here
            self._grip = None
            self._drag = "cancelled"
        self.keys.cancel()  # ... and so does a burst of arrow keys not written yet
        self._marks = marks
        self._places = {}
        self._layout()
        self.viewport().update()

    # -- zoom and pages --------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self.pages)

    def current_page(self) -> int:
        return self._current_page

    def set_zoom(self, zoom: float, anchor: QPoint | None = None) -> None:
        """Show the pages at ``zoom`` pixels per unit, keeping what is under ``anchor``
        (a viewport point; default its centre) in place."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if not self.pages:
            self.zoom = zoom
            return
        where = anchor if anchor is not None else self.viewport().rect().center()
        spot = self.page_at(where, clamp=True)
        self.zoom = zoom
        self.images.stale()
        self._layout()
        if spot is not None:
            page, point = spot
            landed = self.to_view(page, point)
            self.horizontalScrollBar().setValue(
                self.horizontalScrollBar().value() + round(landed.x() - where.x())
            )
            self.verticalScrollBar().setValue(
                self.verticalScrollBar().value() + round(landed.y() - where.y())
            )
        self.viewport().update()
        self.zoomChanged.emit(self.zoom)

    def zoom_by(self, step: int, anchor: QPoint | None = None) -> None:
        self.fitting = False
        self.set_zoom(self.zoom * (1.2 if step > 0 else 1 / 1.2), anchor)

    def fit_width(self) -> None:
        """Zoom so that the widest page fills the view's width beside the stripes; a
        picture is never enlarged past 100 % by this (as picture viewers do), only shrunk."""
        if not self.pages:
            self._layout()
            return
        self.fitting = True
        widest = max(page.width for page in self.pages) or 1.0
        room = self.width() - 2 * self.frameWidth() - 2 * PAD - self._margin_width()
        room -= self.verticalScrollBar().sizeHint().width()  # shown for all but tiny pages
        zoom = max(room, 50) / widest
        if self.kind == "picture":
            zoom = min(zoom, 1.0)
        self.set_zoom(zoom)

    def go_to_page(self, number: int) -> None:
        if not self.pages:
            return
        number = max(1, min(len(self.pages), number))
        self.verticalScrollBar().setValue(round(self._tops[number - 1] - GAP / 2))
        self._scrolled()

    def _scrolled(self) -> None:
        if not self.pages:
            if self._current_page:
                self._current_page = 0
            self.pageChanged.emit(0, 0)
            return
        probe = self.verticalScrollBar().value() + self.viewport().height() / 3
        current = max(1, bisect_right(self._tops, probe))
        if current != self._current_page:
            self._current_page = current
        self.pageChanged.emit(current, len(self.pages))

    # -- geometry --------------------------------------------------------------------------
    def _margin_width(self) -> int:
        return margin_width([p for places in self._places.values() for p in places])

    def _layout(self) -> None:
        """Page tops and the scroll ranges for the current zoom."""
        self._margin = self._margin_width()
        tops, y = [], float(PAD)
        for page in self.pages:
            tops.append(y)
            y += page.height * self.zoom + GAP
        self._tops = tops
        widest = max((page.width for page in self.pages), default=0) * self.zoom
        self._content_width = widest + self._margin + 2 * PAD
        height = y - GAP + PAD if self.pages else 0
        viewport = self.viewport().size()
        self.horizontalScrollBar().setRange(
            0, max(0, round(self._content_width - viewport.width()))
        )
        self.horizontalScrollBar().setPageStep(viewport.width())
        self.verticalScrollBar().setRange(0, max(0, round(height - viewport.height())))
        self.verticalScrollBar().setPageStep(viewport.height())
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)

    def page_rect(self, number: int) -> QRectF:
        """Page ``number`` (1-based) in viewport pixels."""
        page = self.pages[number - 1]
        width = page.width * self.zoom
        widest = self._content_width - self._margin - 2 * PAD
        spare = max(0.0, self.viewport().width() - self._content_width) / 2
        left = spare + PAD + self._margin + (widest - width) / 2
        left -= self.horizontalScrollBar().value()
        top = self._tops[number - 1] - self.verticalScrollBar().value()
        return QRectF(left, top, width, page.height * self.zoom)

    def visible_pages(self) -> list[int]:
        if not self.pages:
            return []
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = max(1, bisect_right(self._tops, top))
        pages = []
        for number in range(first, len(self.pages) + 1):
            if self._tops[number - 1] > bottom:
                break
            if self._tops[number - 1] + self.pages[number - 1].height * self.zoom >= top:
                pages.append(number)
        return pages

    def page_at(self, where: QPoint | QPointF, clamp: bool = False) -> tuple[int, QPointF] | None:
        """The page under a viewport point and the point on it in page units (``clamp``:
        the nearest page, the point kept inside it)."""
        if not self.pages:
            return None
        y = where.y() + self.verticalScrollBar().value()
        number = max(1, min(len(self.pages), bisect_right(self._tops, y)))
        rect = self.page_rect(number)
        if not clamp and not rect.contains(QPointF(where)):
            return None
        x = (min(max(where.x(), rect.left()), rect.right()) - rect.left()) / self.zoom
        y = (min(max(where.y(), rect.top()), rect.bottom()) - rect.top()) / self.zoom
        return number, QPointF(x, y)

    def to_view(self, number: int, point: QPointF) -> QPointF:
        rect = self.page_rect(number)
        return QPointF(rect.left() + point.x() * self.zoom, rect.top() + point.y() * self.zoom)

    def box_rect(self, number: int, box: Box) -> QRectF:
        rect = self.page_rect(number)
        x1, y1, x2, y2 = box
        z = self.zoom
        return QRectF(rect.left() + x1 * z, rect.top() + y1 * z, (x2 - x1) * z, (y2 - y1) * z)

    # -- marks -----------------------------------------------------------------------------
    def _places_on(self, number: int) -> list[PagePlace]:
        places = self._places.get(number)
        if places is not None:
            return places
        places = place_marks(self._marks, number, self.pages[number - 1], self.pdf)
        self._places[number] = places
        if self._margin_width() != self._margin:
            QTimer.singleShot(0, self._relayout_margin)
        return places

    def _relayout_margin(self) -> None:
        if self.fitting:
            self.fit_width()
        self._layout()
        self.viewport().update()

    def mark_at(self, where: QPoint) -> int | None:
        """The coding under a viewport point: a stripe, then the smallest region or text
        box holding it."""
        for number in self.visible_pages():
            rect = self.page_rect(number)
            for place in self._places_on(number):
                stripe = stripe_rect(rect, place, self.zoom)
                if stripe.adjusted(-2, 0, 2, 0).contains(QPointF(where)):
                    return place.mark.coding_id
        spot = self.page_at(where)
        if spot is None:
            return None
        number, point = spot
        hits = []
        for place in self._places_on(number):
            for x1, y1, x2, y2 in place.boxes:
                if x1 <= point.x() <= x2 and y1 <= point.y() <= y2:
                    hits.append(((x2 - x1) * (y2 - y1), place.mark.coding_id))
        return min(hits)[1] if hits else None

    def tooltip_at(self, where: QPoint) -> int | None:
        return self.mark_at(where)

    # -- selection -------------------------------------------------------------------------
    def clear_selection(self, emit: bool = True) -> None:
        changed = self.text_selection is not None or self.region_selection is not None
        self.text_selection = None
        self.region_selection = None
        self._rubber = None
        self.viewport().update()
        if changed and emit:
            self.selectionChanged.emit()

    def select_text(self, start: int, end: int, scroll: bool = True) -> None:
        """Select the run ``start..end`` of the text representation and show its page."""
        self.region_selection = None
        self.text_selection = (start, end) if end > start else None
        if scroll and self.pdf is not None:
            number = self.pdf.page_of_offset(start)
            if number is not None:
                boxes = self.pdf.boxes_for_run(number, start, end)
                self.show_box(number, boxes[0] if boxes else None)
        self.viewport().update()
        self.selectionChanged.emit()

    def select_region(self, number: int, box: Box) -> None:
        self.text_selection = None
        self.region_selection = (number, box)
        self.viewport().update()
        self.selectionChanged.emit()

    def select_mark(self, coding_id: int, scroll: bool = True) -> None:
        """Mark one coding as selected (thicker frame) and bring it into view."""
        self.selected_coding = coding_id
        mark = next((m for m in self._marks if m.coding_id == coding_id), None)
        if mark is not None and scroll:
            if mark.box is not None:
                self.show_box(mark.page or 1, mark.box)
            elif self.pdf is not None:
                number = self.pdf.page_of_offset(mark.start)
                if number is not None:
                    boxes = self.pdf.boxes_for_run(number, mark.start, mark.end)
                    self.show_box(number, boxes[0] if boxes else None)
        self.viewport().update()

    def show_box(self, number: int, box: Box | None) -> None:
        """Scroll so that ``box`` of page ``number`` (or its top) is on screen."""
        if not self.pages:
            return
        rect = self.box_rect(number, box) if box else self.page_rect(number)
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        if box is None or not (rect.top() >= 0 and rect.bottom() <= height):
            bar.setValue(bar.value() + round(rect.top() - height / 4))
        hbar = self.horizontalScrollBar()
        if rect.left() < 0 or rect.right() > self.viewport().width():
            hbar.setValue(hbar.value() + round(rect.left() - PAD))
        self._scrolled()

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale = self.zoom * self.devicePixelRatioF()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        names = self.palette().color(QPalette.ColorRole.BrightText)
        for number in self.visible_pages():
            rect = self.page_rect(number)
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))
            painter.fillRect(rect, QColor("white"))
            image = self.images.image(number, scale)
            if image is not None:
                painter.drawImage(rect, image)
            places = self._places_on(number)
            selected = self.selected_coding
            box_rect = partial(self.box_rect, number)
            paint_text_marks(painter, places, box_rect, selected)
            paint_regions(painter, places, box_rect, rect.top(), selected)
            paint_stripes(painter, rect, places, self._margin, self.zoom, selected, names)
            chosen = self.selected_region_mark()
            if chosen is not None and (chosen.page or 1) == number and chosen.box is not None:
                paint_handles(painter, box_rect(chosen.box), chosen.color.darker(150))
            self._paint_selection(painter, number, highlight)
            for _memo_id, memo_rect, _tip in self._memo_rects(number):
                painter.fillRect(memo_rect, QColor("#ffd84d"))
                painter.setPen(QColor("#b38f00"))
                painter.drawRect(memo_rect)
        painter.end()

    def _paint_selection(self, painter: QPainter, number: int, highlight: QColor) -> None:
        frames = [c[1] for c in (self.region_selection, self._rubber) if c and c[0] == number]
        paint_selection(
            painter,
            [self.box_rect(number, box) for box in self._selected_text_boxes(number)],
            [self.box_rect(number, box) for box in frames],
            highlight,
        )

    # -- events ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fitting and self.pages:
            self.fit_width()
        self._layout()
        self._scrolled()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if wants_key(event) and self.selected_region_mark() is not None:
                event.accept()  # the arrows and Delete are the region's, not a shortcut's
                return True
            if event.key() not in _MODIFIER_KEYS:  # Shift alone does not end a burst
                self.keys.finish()  # e.g. Ctrl+Z: the burst is written first, then undone
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.keys.finish()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if self._drag != "reshape" and self.keys.key_pressed(event):
            return
        if key == Qt.Key.Key_PageDown:
            self.go_to_page(self._current_page + 1)
        elif key == Qt.Key.Key_PageUp:
            self.go_to_page(self._current_page - 1)
        elif key == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.go_to_page(1)
        elif key == Qt.Key.Key_End and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.go_to_page(len(self.pages))
        elif key == Qt.Key.Key_Escape and self._drag == "reshape":
            self._end_reshape()
            self._drag = "cancelled"  # the release that follows does nothing
        elif key == Qt.Key.Key_Escape:
            self.keys.finish()
            self.clear_selection()
            self.selected_coding = None  # a selected region loses its handles too
            self.viewport().update()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.keys.finish()
        where = event.position().toPoint()
        self._press = where
        self._press_scroll = (
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
        )
        self._drag = None
        if event.button() == Qt.MouseButton.MiddleButton:
            self._drag = "pan"
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        memo = self.memo_at(where)
        if memo is not None:
            self.memoOpened.emit(memo[0])
            return
        spot = self.page_at(where)
        drawing = self.region_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        grip = None if drawing else self._grip_at(where)
        if grip is not None:
            self._drag = "reshape"
            mark = self.selected_region_mark()
            assert mark is not None  # a grip is only found on the selected region
            self._grip = (grip, mark, self._marks)
        elif spot is not None and not drawing and self._in_selection(*spot):
            self._drag = "carry"  # the selection dragged onto a code codes it
        elif spot is not None and drawing:
            self._drag = "region"
            self._anchor = spot
        elif spot is not None and self.kind == "pdf" and self.pdf is not None:
            if self.pdf.has_text(spot[0]):
                self._drag = "text"
                self._anchor = spot
                self._text_anchor = self.pdf.nearest_character(spot[0], spot[1].x(), spot[1].y())
            else:
                self._drag = "pan"
        else:
            self._drag = "pan"
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        where = event.position().toPoint()
        if self._drag is None:
            self._hover_cursor(where, event)
            return
        if (where - self._press).manhattanLength() <= CLICK_SLOP:
            return
        if self._drag == "carry":
            if (where - self._press).manhattanLength() >= QApplication.startDragDistance():
                self._drag = None
                mime = self.selection_mime()
                if mime is not None:
                    drag = QDrag(self)
                    drag.setMimeData(mime)
                    drag.exec(Qt.DropAction.CopyAction)
            return
        if self._drag == "reshape":
            self._reshape_to(where)
        elif self._drag == "pan":
            delta = where - self._press
            self.horizontalScrollBar().setValue(self._press_scroll[0] - delta.x())
            self.verticalScrollBar().setValue(self._press_scroll[1] - delta.y())
        elif self._drag == "region" and self._anchor is not None:
            number, start = self._anchor
            end = self.page_at_on(number, where)
            self._rubber = (number, box_between(start, end))
            self.viewport().update()
        elif self._drag == "text" and self._anchor is not None and self.pdf is not None:
            spot = self.page_at(where, clamp=True)
            if spot is not None and self._text_anchor is not None:
                head = self.pdf.nearest_character(spot[0], spot[1].x(), spot[1].y())
                if head is not None:
                    low, high = sorted((self._text_anchor, head))
                    self.text_selection = (low, high + 1)
                    self.region_selection = None
                    self.viewport().update()

    def page_at_on(self, number: int, where: QPoint) -> QPointF:
        """A viewport point in page ``number``'s units, kept inside that page."""
        rect = self.page_rect(number)
        x = (min(max(where.x(), rect.left()), rect.right()) - rect.left()) / self.zoom
        y = (min(max(where.y(), rect.top()), rect.bottom()) - rect.top()) / self.zoom
        return QPointF(x, y)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        where = event.position().toPoint()
        drag, self._drag = self._drag, None
        self.viewport().unsetCursor()
        moved = (where - self._press).manhattanLength() > CLICK_SLOP
        if drag == "cancelled":
            return
        if drag == "reshape":
            held = self._end_reshape()
            if moved and held is not None:
                before, after = held
                if after.box is not None and after.box != before.box:
                    self.regionMoved.emit(after.coding_id, after.page or 1, after.box)
                return
        if drag == "region" and self._rubber is not None and moved:
            number, box = self._rubber
            self._rubber = None
            if box[2] - box[0] > 0 and box[3] - box[1] > 0:
                self.select_region(number, box)
            return
        self._rubber = None
        if drag == "text" and moved:
            self.selectionChanged.emit()
            return
        if event.button() == Qt.MouseButton.LeftButton and not moved:
            coding_id = self.mark_at(where)
            self.clear_selection()
            if coding_id is not None:
                self.select_mark(coding_id, scroll=False)
                self.codingClicked.emit(coding_id)
            else:
                self.selected_coding = None
                self.viewport().update()

    # -- moving and resizing the selected region --------------------------------------------
    def selected_region_mark(self) -> PageMark | None:
        """The selected coding's mark when it is a region (it then shows its handles)."""
        if self.selected_coding is None:
            return None
        return next(
            (m for m in self._marks if m.coding_id == self.selected_coding and m.box is not None),
            None,
        )

    @property
    def marks(self) -> list[PageMark]:
        return self._marks

    def preview_marks(self, marks: list[PageMark]) -> None:
        """Show ``marks`` until the next write brings the codings (a region being moved)."""
        self._marks = marks
        self._places = {}
        self.viewport().update()

    def _grip_at(self, where: QPoint) -> str | None:
        """The selected region's handle (or ``"move"`` inside it) under a viewport point."""
        mark = self.selected_region_mark()
        if mark is None or mark.box is None or not self.pages:
            return None
        number = mark.page or 1
        if not 1 <= number <= len(self.pages) or number not in self.visible_pages():
            return None
        return grip_at(self.box_rect(number, mark.box), QPointF(where))

    def _reshape_to(self, where: QPoint) -> None:
        """Show the held region moved or resized by the drag so far (frame and stripe)."""
        if self._grip is None:
            return
        grip, mark, marks = self._grip
        if mark.box is None:
            return
        page = self.pages[(mark.page or 1) - 1]
        delta = QPointF(where - self._press) / self.zoom
        box = reshaped(mark.box, grip, delta.x(), delta.y(), page.width, page.height, self.zoom)
        moved = replace(mark, box=box)
        self._marks = [moved if m.coding_id == mark.coding_id else m for m in marks]
        self._places = {}
        self.viewport().update()

    def _end_reshape(self) -> tuple[PageMark, PageMark] | None:
        """Put the marks back as they were before the drag; returns the held region's mark
        before and after it (the program writes the new box, and the marks follow)."""
        if self._grip is None:
            return None
        _grip, before, marks = self._grip
        after = next((m for m in self._marks if m.coding_id == before.coding_id), before)
        self._grip = None
        self._marks = marks
        self._places = {}
        self.viewport().unsetCursor()
        self.viewport().update()
        return before, after

    def _hover_cursor(self, where: QPoint, event: QMouseEvent) -> None:
        spot = self.page_at(where)
        drawing = self.region_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        grip = None if drawing else self._grip_at(where)
        if grip is not None:
            self.viewport().setCursor(cursor_for(grip))
        elif spot is None:
            self.viewport().unsetCursor()
        elif drawing:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        elif self.kind == "pdf" and self.pdf is not None and self.pdf.has_text(spot[0]):
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        where = self.viewport().mapFrom(self, event.pos())
        coding_id = self.mark_at(where)
        if coding_id is not None and self.text_selection is None and self.region_selection is None:
            self.select_mark(coding_id, scroll=False)
            self.markMenuWanted.emit(coding_id, event.globalPos())
        else:
            self.pageMenuWanted.emit(event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            memo = self.memo_at(event.pos())
            if memo is not None:
                QToolTip.showText(event.globalPos(), memo[1], self.viewport())
                return True
            coding_id = self.mark_at(event.pos())
            tip = self.tooltip_for(coding_id) if coding_id is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- drops: a code dragged onto the selection codes it ----------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._accept_codes(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._accept_codes(event)

    def _accept_codes(self, event: QDropEvent) -> None:
        if event.mimeData().hasFormat(CODES_MIME) and self.has_selection():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        try:
            ids = [int(i) for i in json.loads(bytes(event.mimeData().data(CODES_MIME).data()))]
        except (ValueError, TypeError):
            event.ignore()
            return
        event.acceptProposedAction()
        self.codesDropped.emit(ids)

    def _in_selection(self, number: int, point: QPointF) -> bool:
        x, y = point.x(), point.y()
        if self.region_selection is not None and self.region_selection[0] == number:
            x1, y1, x2, y2 = self.region_selection[1]
            return x1 <= x <= x2 and y1 <= y <= y2
        return any(
            x1 <= x <= x2 and y1 <= y <= y2 for x1, y1, x2, y2 in self._selected_text_boxes(number)
        )

    def _selected_text_boxes(self, number: int) -> list[Box]:
        """The boxes of the selected PDF text that lie on page ``number``."""
        if self.text_selection is None or self.pdf is None:
            return []
        page = self.pages[number - 1]
        start = max(self.text_selection[0], page.text_start)
        end = min(self.text_selection[1], page.text_end)
        return self.pdf.boxes_for_run(number, start, end) if start < end else []

    def has_selection(self) -> bool:
        return self.text_selection is not None or self.region_selection is not None
