"""The help window: the shipped user guide in a QTextBrowser, offline, inside the program.

Contents on the left (each page with its sections), Back / Forward / Contents on the toolbar
and a search box over every page. Pages are Markdown files (see ``pages``); the browser
gives each heading the anchor GitHub would, and fits wide screenshots to the window.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QIcon,
    QImageReader,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from qdadesk.core.i18n import tr
from qdadesk.ui.help import pages

ROLE_TARGET = Qt.ItemDataRole.UserRole


def page_url(page: str, anchor: str | None = None) -> QUrl:
    url = QUrl.fromLocalFile(str(pages.page_path(page)))
    if anchor:
        url.setFragment(anchor)
    return url


def _is_page(url: QUrl | str) -> bool:
    url = QUrl(url)  # Qt hands the browser a QUrl; its stubs allow a str too
    return url.isLocalFile() and url.path().endswith(".md")


def page_html(path: Path) -> str:
    """A guide page as HTML: Qt's Markdown reader, HTML comments left out (Qt would show a
    comment's second line), and every heading named with its GitHub-style anchor."""
    text = re.sub(r"<!--.*?-->\n?", "", path.read_text(encoding="utf-8"), flags=re.S)
    document = QTextDocument()
    document.setMarkdown(text)
    blocks = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.length() > 1:
            blocks.append(block)
        block = block.next()
    for block, anchor in zip(blocks, pages.unique_slugs([b.text() for b in blocks]), strict=True):
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        named = QTextCharFormat()
        named.setAnchor(True)
        named.setAnchorNames([anchor])
        cursor.mergeCharFormat(named)
    return document.toHtml()


def heading_positions(document: QTextDocument) -> dict[str, int]:
    """Each anchor name in the document -> where its text starts."""
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            for name in fragment.charFormat().anchorNames():
                found.setdefault(name, fragment.position())
            iterator += 1
        block = block.next()
    return found


class HelpBrowser(QTextBrowser):
    """A QTextBrowser for the guide: anchors on headings, images no wider than the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.setOpenExternalLinks(True)
        self.setSearchPaths([str(pages.help_dir())])
        self.document().setDocumentMargin(14)
        self.anchors: dict[str, int] = {}  # anchor -> position of its heading
        self._image_sizes: dict[str, tuple[int, int]] = {}
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(50)
        self._fit_timer.timeout.connect(self.fit_images)

    def doSetSource(  # noqa: N802 - Qt's name
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        # A guide page is Markdown on disk but reaches the browser as HTML (see
        # loadResource), so its headings carry anchors the browser can scroll to.
        if _is_page(name):
            type = QTextDocument.ResourceType.HtmlResource
        before = self._current_page()
        super().doSetSource(name, type)
        if self._current_page() != before or not self.anchors:
            self.anchors = heading_positions(self.document())
            self.fit_images()

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        if _is_page(name):
            return page_html(Path(QUrl(name).toLocalFile()))
        return super().loadResource(type, name)

    def _current_page(self) -> QUrl:
        current = QUrl(self.source())
        current.setFragment("")  # the page, whichever heading it shows
        return current

    def image_sources(self) -> list[str]:
        """The ``src`` of every image on the page, as written."""
        found = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().isImageFormat():
                    found.append(fragment.charFormat().toImageFormat().name())
                iterator += 1
            block = block.next()
        return found

    def resolve(self, source: str) -> Path:
        return Path(self.source().toLocalFile()).parent / source

    def fit_images(self) -> None:
        """Show each image at its own size, or narrower to fit the view (no sideways scroll)."""
        room = max(200, self.viewport().width() - 2 * int(self.document().documentMargin()) - 8)
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image = fragment.charFormat().toImageFormat()
                if fragment.charFormat().isImageFormat():
                    width, height = self._natural_size(image.name())
                    if width > 0:
                        scale = min(1.0, room / width)
                        image.setWidth(round(width * scale))
                        image.setHeight(round(height * scale))
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image)
                iterator += 1
            block = block.next()
        self.document().setModified(False)

    def _natural_size(self, source: str) -> tuple[int, int]:
        path = str(self.resolve(source))
        if path not in self._image_sizes:
            size = QImageReader(path).size()
            self._image_sizes[path] = (size.width(), size.height())
        return self._image_sizes[path]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_timer.start()


class HelpWindow(QMainWindow):
    """QDA Desk Help: contents, search and the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(tr("QDA Desk Help"))
        self.browser = HelpBrowser()
        self.contents = QTreeWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setHeaderHidden(True)
        self.results = QListWidget()
        self.results.setObjectName("helpSearchResults")
        self.results.setWordWrap(True)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("helpSearch")
        self.search_box.setPlaceholderText(tr("Search the guide"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(260)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contents, tr("Contents"))
        self.tabs.addTab(self.results, tr("Search"))
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 760])
        self.setCentralWidget(splitter)
        self._build_toolbar()
        self._fill_contents()
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.search_box.returnPressed.connect(lambda: self.search(self.search_box.text()))
        self.browser.sourceChanged.connect(self._follow_source)
        self.resize(1080, 760)

    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Help"), self)
        bar.setObjectName("helpToolbar")
        bar.setMovable(False)
        self.action_back = bar.addAction(
            self._standard_icon("SP_ArrowBack"), tr("Back"), self.browser.backward
        )
        self.action_back.setObjectName("actionHelpBack")
        self.action_back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.action_forward = bar.addAction(
            self._standard_icon("SP_ArrowForward"), tr("Forward"), self.browser.forward
        )
        self.action_forward.setObjectName("actionHelpForward")
        self.action_forward.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.action_home = bar.addAction(tr("Contents"), lambda: self.open_page(pages.START_PAGE))
        self.action_home.setObjectName("actionHelpHome")
        self.browser.backwardAvailable.connect(self.action_back.setEnabled)
        self.browser.forwardAvailable.connect(self.action_forward.setEnabled)
        self.action_back.setEnabled(False)
        self.action_forward.setEnabled(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search_box)
        self.addToolBar(bar)

    def _standard_icon(self, name: str) -> QIcon:
        return self.style().standardIcon(getattr(QStyle.StandardPixmap, name))

    def _fill_contents(self) -> None:
        for page in pages.pages():
            sections = pages.headings(pages.read_page(page))
            title = next((h.text for h in sections if h.level == 1), page)
            item = QTreeWidgetItem([title])
            item.setData(0, ROLE_TARGET, (page, ""))
            for heading in sections:
                if heading.level == 2:
                    child = QTreeWidgetItem([heading.text])
                    child.setData(0, ROLE_TARGET, (page, heading.anchor))
                    item.addChild(child)
            self.contents.addTopLevelItem(item)

    # -- navigation ------------------------------------------------------------------------
    def open_page(self, page: str, anchor: str | None = None) -> None:
        """Show ``page`` (a file name under resources/help) at ``anchor``."""
        self.browser.setSource(page_url(page, anchor))

    def current_page(self) -> tuple[str, str]:
        """(page file name, anchor) now shown."""
        url = self.browser.source()
        return Path(url.toLocalFile()).name, url.fragment()

    def _open_item(self, item: QTreeWidgetItem | QListWidgetItem, *_args: object) -> None:
        target = item.data(0, ROLE_TARGET) if isinstance(item, QTreeWidgetItem) else None
        if target is None and isinstance(item, QListWidgetItem):
            target = item.data(ROLE_TARGET)
        if not target:
            return
        page, anchor = target
        self.open_page(page, anchor or None)
        if isinstance(item, QListWidgetItem) and self.search_box.text().split():
            self._mark(self.search_box.text().split()[0], anchor)

    def _follow_source(self, url: QUrl) -> None:
        page, anchor = Path(url.toLocalFile()).name, url.fragment()
        match = self.contents.findItems(
            "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        )
        for item in match:
            if item.data(0, ROLE_TARGET) == (page, anchor):
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                break

    # -- search ----------------------------------------------------------------------------
    def search(self, query: str) -> list[pages.SearchHit]:
        """List the sections holding every word of ``query`` and open the best one."""
        hits = pages.search(query)
        self.results.clear()
        for hit in hits:
            label = hit.title if hit.heading == hit.title else f"{hit.title} › {hit.heading}"
            item = QListWidgetItem(f"{label}\n{hit.snippet}")
            item.setData(ROLE_TARGET, (hit.page, hit.anchor))
            self.results.addItem(item)
        if not hits and query.strip():
            self.results.addItem(QListWidgetItem(tr("Nothing found.")))
        self.tabs.setCurrentWidget(self.results)
        if hits:
            self.results.setCurrentRow(0)
            self.open_page(hits[0].page, hits[0].anchor or None)
            self._mark(query.split()[0], hits[0].anchor)
        return hits

    def _mark(self, word: str, anchor: str) -> None:
        """Select the word's first occurrence in the section (keeping the section in view)."""
        cursor = self.browser.textCursor()
        cursor.setPosition(self.browser.anchors.get(anchor, 0))
        self.browser.setTextCursor(cursor)
        self.browser.find(word)
        if anchor:
            self.browser.scrollToAnchor(anchor)
