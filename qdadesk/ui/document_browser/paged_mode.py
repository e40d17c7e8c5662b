"""The Document Browser's page mode: a PDF or a picture shown as pages (``PageView``).

``PagedMode`` opens the document's original file (PDFs stay open while shown), puts the
page view in place of the text view, keeps the page toolbar (page N of M, previous/next,
zoom, fit width, draw region, Text) and turns the browser's codings into page marks. The
"Text" toggle shows the document's text representation in the ordinary text view instead.
Text documents never come here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from qdadesk.core import QdaError
from qdadesk.core.i18n import tr
from qdadesk.core.model import Coding, Document
from qdadesk.core.pdf_pages import Box
from qdadesk.ui import icons
from qdadesk.ui.coding_actions import region_mime_data, segment_mime_data
from qdadesk.ui.document_browser.page_marks import PageMark
from qdadesk.ui.document_browser.page_view import PageView
from qdadesk.ui.document_browser.pdf_text import OpenPdf

if TYPE_CHECKING:
    from qdadesk.ui.document_browser.browser import DocumentBrowser

PAGED_KINDS = ("pdf", "picture")


class PagedMode(QObject):
    """Page mode of one Document Browser."""

    def __init__(self, browser: DocumentBrowser) -> None:
        super().__init__(browser)
        self.browser = browser
        self.view = PageView(browser)
        self.view.hide()
        self.view.tooltip_for = browser.stripe_tooltip
        self.view.selection_mime = self._selection_mime
        layout = cast(QVBoxLayout, browser.layout())  # the browser's column: title, text, find
        layout.insertWidget(layout.indexOf(browser.text) + 1, self.view, 1)
        self.active = False  # a PDF or picture is open
        self.showing_text = False  # ... and its text representation is shown instead
        self.kind = ""
        self.pdf: OpenPdf | None = None
        self._record: Document | None = None
        self._make_actions()
        self.view.pageChanged.connect(self._page_changed)
        self.view.codingClicked.connect(browser.codingClicked)
        self.view.markMenuWanted.connect(self._mark_menu)
        self.view.pageMenuWanted.connect(self._page_menu)
        self.view.codesDropped.connect(self._codes_dropped)
        self.view.memoOpened.connect(browser.open_memo)
        self.view.regionMoved.connect(self._region_moved)
        self.view.regionDeleteWanted.connect(browser.remove_coding)
        browser.action_find.triggered.connect(self._find_wanted)
        browser.addAction(self.action_fit)

    @property
    def pages_shown(self) -> bool:
        return self.active and not self.showing_text

    # -- actions ---------------------------------------------------------------------------
    def _make_actions(self) -> None:
        browser = self.browser

        def action(
            name: str,
            text: str,
            icon: str | None,
            slot: Callable[..., object],  # () for a button, (checked) for a toggle
            checkable: bool = False,
        ) -> QAction:
            act = QAction(text, browser)
            act.setObjectName(name)
            if icon:
                act.setIcon(icons.icon(icon))
            act.setCheckable(checkable)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if checkable:
                act.toggled.connect(slot)
            else:
                act.triggered.connect(lambda _checked=False: slot())
            return act

        self.action_previous = action(
            "actionPreviousPage", tr("Previous Page"), None, self.previous_page
        )
        self.action_previous.setText("◀")
        self.action_previous.setToolTip(tr("Previous Page (Page Up)"))
        self.action_next = action("actionNextPage", tr("Next Page"), None, self.next_page)
        self.action_next.setText("▶")
        self.action_next.setToolTip(tr("Next Page (Page Down)"))
        self.action_fit = action("actionFitWidth", tr("Fit Width"), None, self.view.fit_width)
        self.action_fit.setShortcuts([QKeySequence("Ctrl+0")])
        self.action_region = action(
            "actionDrawRegion", tr("Draw Region"), None, self._set_region_mode, True
        )
        self.action_region.setToolTip(
            tr("Draw a rectangle on the page to code it (or drag with Shift held)")
        )
        self.action_text = action(
            "actionShowTextRepresentation", tr("Text"), None, self.set_text_shown, True
        )
        self.action_text.setToolTip(tr("Show the document's text instead of its pages"))
        self.page_label = QLabel(browser)
        self.page_label.setObjectName("pageNumberLabel")
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        toolbar = browser.toolbar
        toolbar.addAction(self.action_previous)
        label_action = toolbar.addWidget(self.page_label)
        toolbar.addAction(self.action_next)
        separator = toolbar.addSeparator()
        for act in (self.action_fit, self.action_region, self.action_text):
            toolbar.addAction(act)
        self._toolbar_actions = [
            self.action_previous,
            label_action,
            self.action_next,
            separator,
            self.action_fit,
            self.action_region,
            self.action_text,
        ]
        self._show_toolbar(False)

    def _show_toolbar(self, shown: bool) -> None:
        for act in self._toolbar_actions:
            act.setVisible(shown)
        if self.kind == "picture":  # one page, and no text to show
            for act in (*self._toolbar_actions[:4], self.action_text):
                act.setVisible(False)
        if self.showing_text:  # the text view: only the way back to the pages
            for act in self._toolbar_actions[:-1]:
                act.setVisible(False)
        # A picture has no text representation to show.
        self.action_text.setEnabled(self.kind == "pdf")

    # -- opening ---------------------------------------------------------------------------
    def open(self, record: Document) -> bool:
        """Show a PDF's or picture's pages; False (nothing done) for a text document or a
        paged document whose original file is missing (it is then shown as text)."""
        if record.kind not in PAGED_KINDS:
            return False
        project = self.browser.active_session().project
        original = project.original_file(record.id)
        pages = project.pages(record.id)
        if original is None or not pages:
            return False
        pdf, picture = None, None
        if record.kind == "pdf":
            import pypdfium2

            try:
                pdf = OpenPdf(original[2], pages, project.text(record.id))
            except pypdfium2.PdfiumError as error:
                raise QdaError(
                    tr("'{name}' cannot be shown: its PDF is damaged ({error})").format(
                        name=record.name, error=error
                    )
                ) from error
        else:
            from qdadesk.render.page_images import picture_image

            picture = picture_image(original[2])
            if picture.isNull():
                raise QdaError(
                    tr("'{name}' cannot be shown: its picture cannot be read").format(
                        name=record.name
                    )
                )
        self.close()
        browser = self.browser
        self.kind = record.kind
        self._record = record
        self.active = True
        self.pdf = pdf
        browser.document_id = record.id
        browser.text.document_id = None  # selections come from the pages
        browser.text.setExtraSelections([])
        self.action_text.blockSignals(True)
        self.action_text.setChecked(False)
        self.action_text.blockSignals(False)
        browser.find_bar.hide()  # it searches the text view, hidden now
        self._show_pages(True)
        self.view.set_document(record.kind, pages, self.pdf, picture)
        browser.load_page_marks(record)
        browser.documentChanged.emit(record.id)
        return True

    def close(self) -> None:
        """Leave page mode (the text view shows again)."""
        if not self.active:
            return
        self.active = False
        self.showing_text = False
        self.view.clear_document()
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
        self.kind = ""
        self._record = None
        self._show_pages(False)
        self._show_toolbar(False)

    def _text_holder(self) -> QWidget:
        """The text view, or what holds it in the browser's layout (the paraphrases'
        splitter puts it beside their sidebar)."""
        widget: QWidget = self.browser.text
        holder = widget.parentWidget()
        while holder is not None and holder is not self.browser:
            widget, holder = holder, holder.parentWidget()
        return widget

    def _show_pages(self, shown: bool) -> None:
        self.browser.text.setVisible(not shown)
        self._text_holder().setVisible(not shown)
        self.view.setVisible(shown)
        self._show_toolbar(self.active)
        if shown:
            self.view.setFocus()

    def set_text_shown(self, shown: bool) -> None:
        """The "Text" toggle: the text representation in the text view, or the pages."""
        if not self.active or self._record is None or shown == self.showing_text:
            return
        self.showing_text = shown
        browser = self.browser
        if shown:
            self._show_pages(False)
            self.action_region.setChecked(False)
            browser.show_text(self._record)
        else:
            browser.text.document_id = None
            browser.text.setExtraSelections([])
            self._show_pages(True)
            browser.redraw_marks()

    # -- marks -----------------------------------------------------------------------------
    def show_marks(self, codings: Iterable[Coding]) -> None:
        """Turn the browser's codings into page marks (regions and text runs)."""
        browser = self.browser
        marks = []
        for coding in codings:
            code = browser.code(coding.code_id)
            if code is None:
                continue
            box = coding.box
            if box is None and coding.end <= coding.start:
                continue
            marks.append(
                PageMark(
                    coding.id,
                    browser.code_color(code),
                    code.name,
                    (coding.page or 1) if box is not None else None,
                    box,
                    coding.start,
                    coding.end,
                    coding.weight,
                )
            )
        self.view.set_marks(marks)

    # -- selections ------------------------------------------------------------------------
    def selected_range(self) -> tuple[int, int] | None:
        return self.view.text_selection

    def selected_region(self) -> tuple[int | None, Box] | None:
        """``(page, box)`` of the drawn rectangle (page None on a picture), or None."""
        chosen = self.view.region_selection
        if chosen is None:
            return None
        return (chosen[0] if self.kind == "pdf" else None), chosen[1]

    def _selection_mime(self) -> QMimeData | None:
        document_id = self.browser.document_id
        region = self.selected_region()
        run = self.selected_range()
        if document_id is None:
            return None
        if region is not None:
            return region_mime_data(document_id, region[0], region[1])
        if run is not None:
            text = self.browser.active_session().project.text(document_id)[run[0] : run[1]]
            return segment_mime_data(document_id, run[0], run[1], text)
        return None

    def select_range(self, start: int, end: int) -> None:
        """Show and select a run of the text (a jump from Retrieved Segments)."""
        coding = next(
            (
                c
                for c in self.browser.codings()
                if c.start == start and c.end == end and c.box is not None
            ),
            None,
        )
        if coding is not None:  # a region: show its frame, selected
            self.view.clear_selection(emit=False)
            self.view.select_mark(coding.id)
            return
        self.view.select_text(start, end)

    def select_coding(self, coding_id: int) -> None:
        self.view.clear_selection(emit=False)
        self.view.select_mark(coding_id)

    # -- navigation ------------------------------------------------------------------------
    def previous_page(self) -> None:
        self.view.go_to_page(self.view.current_page() - 1)

    def next_page(self) -> None:
        self.view.go_to_page(self.view.current_page() + 1)

    def _page_changed(self, current: int, count: int) -> None:
        if self.kind == "picture" or count == 0:
            self.page_label.setText("")
        else:
            self.page_label.setText(tr("Page {n} of {count}").format(n=current, count=count))
        self.action_previous.setEnabled(current > 1)
        self.action_next.setEnabled(current < count)

    def _set_region_mode(self, on: bool) -> None:
        self.view.region_mode = on

    def _find_wanted(self) -> None:
        """Find searches the text representation: a PDF shows it; a picture has none."""
        if not self.pages_shown:
            return
        if self.kind == "pdf":
            self.action_text.setChecked(True)
        else:
            self.browser.find_bar.hide()

    def position_here(self) -> int:
        """Where a memo without a selection goes: the start of the page on screen."""
        number = self.view.current_page()
        pages = self.view.pages
        return pages[number - 1].text_start if 1 <= number <= len(pages) else 0

    # -- menus and drops -------------------------------------------------------------------
    def _mark_menu(self, coding_id: int, where: QPoint) -> None:
        self.browser.show_coding_menu(coding_id, where)

    def _page_menu(self, where: QPoint) -> None:
        browser = self.browser
        menu = QMenu(browser)
        menu.setObjectName("pageMenu")
        for act in browser.extra_text_actions:
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.action_region)
        if self.kind == "pdf":
            menu.addAction(self.action_text)
        menu.addAction(self.action_fit)
        menu.exec(where)
        menu.deleteLater()

    def _region_moved(self, coding_id: int, page: int, box: Box) -> None:
        """Write a region's new box (moved or resized by its handles): one undo step."""
        session = self.browser.active_session()
        project = session.project
        on_page = page if self.kind == "pdf" else None
        session.perform(partial(project.move_region, coding_id, box, on_page))

    def _codes_dropped(self, code_ids: list[int]) -> None:
        """Code the selection (text or region) with each dropped code."""
        browser = self.browser
        document_id = browser.document_id
        if document_id is None:
            return  # codes dropped while the document closed
        session = browser.active_session()
        project = session.project
        region = self.selected_region()
        run = self.selected_range()
        page, box = region if region is not None else (None, None)
        for code_id in code_ids:
            if box is not None:
                session.perform(partial(project.add_region_coding, document_id, code_id, box, page))
            elif run is not None:
                session.perform(partial(project.add_coding, document_id, code_id, run[0], run[1]))
        self.view.clear_selection()
