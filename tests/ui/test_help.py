"""Help inside the program: the shipped user guide, its help window, and every Help button.

The guide is Markdown under resources/help/; the window shows it offline in a QTextBrowser.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImageReader, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton

from qdadesk.paths import sample_project_path
from qdadesk.ui.help import HELP_ANCHOR_PROPERTY, HELP_PAGE_PROPERTY, pages, show_help

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def sample_window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from qdadesk.ui import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "sample.qdadesk"
    shutil.copy(sample_project_path(), path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_project(path)
    yield window
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    window.close()


def _help_window(window):
    from qdadesk.ui.help.window import HelpWindow

    return window.findChild(HelpWindow)


def all_page_files() -> list[str]:
    return sorted(p.name for p in pages.help_dir().glob("*.md"))


# -- the menu action -----------------------------------------------------------------------
def test_user_guide_opens_from_the_help_menu(sample_window, qtbot) -> None:
    menu = sample_window.findChild(type(sample_window.menu("Help")), "menuHelp")
    action = next(a for a in menu.actions() if a.objectName() == "actionUserGuide")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert _help_window(sample_window) is None
    action.trigger()
    help_window = _help_window(sample_window)
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_page() == ("index.md", "")
    assert "QDA Desk User Guide" in help_window.browser.toPlainText()
    # Contents list: one entry per page, in the start page's order.
    titles = [
        help_window.contents.topLevelItem(i).text(0)
        for i in range(help_window.contents.topLevelItemCount())
    ]
    assert titles[0] == "QDA Desk User Guide"
    assert "Visual tools" in titles and len(titles) == len(all_page_files())


def test_links_back_and_forward(sample_window, qtbot) -> None:
    help_window = show_help(sample_window, "index.md")
    help_window.open_page("coding.md", "ways-to-code")
    help_window.open_page("queries.md", "near--near---distance-n---unit-charactersparagraphs")
    assert help_window.action_back.isEnabled()
    help_window.action_back.trigger()
    assert help_window.current_page() == ("coding.md", "ways-to-code")
    help_window.action_forward.trigger()
    assert help_window.current_page()[0] == "queries.md"
    # The anchor's heading is scrolled into view (not left at the top of the page).
    assert help_window.browser.verticalScrollBar().value() > 0
    help_window.action_home.trigger()
    assert help_window.current_page() == ("index.md", "")
    # A section in the contents list opens the page at that section, and stays current.
    tools = next(
        help_window.contents.topLevelItem(i)
        for i in range(help_window.contents.topLevelItemCount())
        if help_window.contents.topLevelItem(i).text(0) == "Visual tools"
    )
    crosstab = next(
        tools.child(i) for i in range(tools.childCount()) if tools.child(i).text(0) == "Crosstab"
    )
    help_window.contents.itemClicked.emit(crosstab, 0)
    assert help_window.current_page() == ("visual-tools.md", "crosstab")
    assert help_window.contents.currentItem() is crosstab
    # A click on a link in the text follows it inside the window.
    help_window.open_page("index.md")
    browser = help_window.browser
    position = _link_position(browser, "coding.md#ways-to-code")
    cursor = browser.textCursor()
    cursor.setPosition(position + 1)
    point = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert help_window.current_page() == ("coding.md", "ways-to-code")


def _link_position(browser, href: str) -> int:
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                return fragment.position()
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_search_lists_sections_and_opens_the_best(sample_window) -> None:
    help_window = show_help(sample_window)
    hits = help_window.search("speaker turns")
    assert hits and hits[0].page == "search.md" and hits[0].anchor == "autocoding"
    assert help_window.current_page() == ("search.md", "autocoding")
    assert help_window.browser.textCursor().selectedText().lower() == "speaker"
    assert help_window.results.count() == len(hits)
    assert help_window.search("zzqx nothing like this") == []


# -- the pages -----------------------------------------------------------------------------
def test_every_page_is_in_the_contents() -> None:
    assert pages.pages()[0] == "index.md"
    assert sorted(pages.pages()) == all_page_files()


@pytest.mark.parametrize("page", all_page_files())
def test_page_renders_with_every_image(page, qtbot) -> None:
    from qdadesk.ui.help.window import HelpWindow

    window = HelpWindow()
    qtbot.addWidget(window)
    window.open_page(page)
    sources = window.browser.image_sources()
    assert sources == pages.images(pages.read_page(page))
    for source in sources:
        path = window.browser.resolve(source)
        assert path.is_file(), f"{page}: missing image {source}"
        assert QImageReader(str(path)).size().width() > 0, f"{page}: unreadable {source}"
    # Wide screenshots are fitted to the view.
    window.resize(700, 600)
    window.browser.fit_images()
    room = window.browser.viewport().width()
    assert window.browser.horizontalScrollBar().maximum() == 0 or not sources
    assert all(f.width() <= room for f in _image_formats(window.browser))
    # No raw Markdown or HTML comment leaks into the text.
    text = window.browser.toPlainText()
    assert "<!--" not in text and "-->" not in text and "](" not in text


def _image_formats(browser):
    formats = []
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            if fmt.isImageFormat():
                formats.append(fmt.toImageFormat())
            iterator += 1
        block = block.next()
    return formats


@pytest.mark.parametrize("page", all_page_files())
def test_page_links_point_to_existing_pages_and_headings(page) -> None:
    for target in pages.links(pages.read_page(page)):
        if target.startswith(("http://", "https://")):
            continue
        name, _, anchor = target.partition("#")
        name = name or page
        assert (pages.help_dir() / name).is_file(), f"{page}: link to missing {name}"
        if anchor:
            anchors = [h.anchor for h in pages.headings(pages.read_page(name))]
            assert anchor in anchors, f"{page}: no heading #{anchor} in {name}"


def test_anchors_match_what_the_browser_names() -> None:
    """The pure parser (used for links and Help buttons) and the rendered page agree."""
    from PySide6.QtGui import QTextDocument

    from qdadesk.ui.help.window import heading_positions, page_html

    for page in all_page_files():
        document = QTextDocument()
        document.setHtml(page_html(pages.page_path(page)))
        rendered = set(heading_positions(document))
        parsed = {h.anchor for h in pages.headings(pages.read_page(page))}
        assert rendered == parsed, page


def test_images_are_small_and_all_used() -> None:
    from qdadesk.ui.help.screenshots import MAX_WIDTH, SHOTS

    folder = pages.help_dir() / "images"
    files = sorted(folder.glob("*.png"))
    assert sum(f.stat().st_size for f in files) < 5 * 1024 * 1024
    used = {Path(src).name for p in all_page_files() for src in pages.images(pages.read_page(p))}
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    used |= set(re.findall(r"resources/help/images/([\w.-]+\.png)", readme))
    assert {f.name for f in files} == used, "an image is unused, or used but not rendered"
    # Every picture comes from the screenshot script, so it can be rendered again.
    assert {f.stem for f in files} <= set(SHOTS)
    for f in files:
        assert QImageReader(str(f)).size().width() <= MAX_WIDTH


def test_every_page_was_verified_against_the_merged_program() -> None:
    marked = {p for p in all_page_files() if "verify after merge" in pages.read_page(p)}
    assert marked == set()


# -- the Help buttons ----------------------------------------------------------------------
DIALOG_ACTIONS = [
    "actionActivateByVariables",
    "actionComplexCodingQuery",
    "actionLexicalSearch",
    "actionWordFrequencies",
    "actionSmartCodingTool",
    "actionVariablesEditor",
    "actionMemoManager",
    "actionLogbook",
    "actionCodeMatrixBrowser",
    "actionCodeRelationsBrowser",
    "actionCrosstab",
    "actionDocumentPortrait",
    "actionCodeline",
    "actionDocumentComparisonChart",
    "actionCodeFrequencies",
    "actionSummaryGrid",
    "actionSummaryTables",
    "actionQuoteMatrix",
    "actionDisplayBuilder",
    "actionIntercoderAgreement",
    "actionPreferences",
    "actionCases",
    "actionCategorizeParaphrases",
    "actionParaphrasesMatrix",
    "actionAuditTrail",
]


def _check_help_button(main_window, dialog, qtbot) -> tuple[str, str]:
    buttons = [b for b in dialog.findChildren(QPushButton) if b.objectName() == "helpButton"]
    assert len(buttons) == 1, f"{dialog.objectName() or type(dialog).__name__}: one Help button"
    button = buttons[0]
    assert button.isVisible()
    page = button.property(HELP_PAGE_PROPERTY)
    anchor = button.property(HELP_ANCHOR_PROPERTY)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    help_window = _help_window(main_window)
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_page() == (page, anchor)
    assert (pages.help_dir() / page).is_file()
    if anchor:
        assert anchor in help_window.browser.anchors, f"{page} has no #{anchor}"
    return page, anchor


@pytest.mark.parametrize("action_name", DIALOG_ACTIONS)
def test_each_dialog_help_button_opens_its_page(sample_window, qtbot, action_name) -> None:
    before = set(QApplication.topLevelWidgets())
    sample_window.set_current_code(sample_window.session.project.codes()[1].id)
    sample_window.findChild(QAction, action_name).trigger()
    QApplication.processEvents()
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w not in before and w is not sample_window
    ]
    opened = [w for w in opened if w is not _help_window(sample_window)]
    assert len(opened) == 1, [type(w).__name__ for w in opened]
    page, _anchor = _check_help_button(sample_window, opened[0], qtbot)
    assert page != "index.md"


def test_refi_report_help_button(sample_window, qtbot, tmp_path) -> None:
    from qdadesk.core.exchange.export_project import export_qdpx
    from qdadesk.core.exchange.import_project import import_qdpx
    from qdadesk.ui.exchange.report_dialog import ExchangeReportDialog

    export_qdpx(sample_window.session.project, tmp_path / "s.qdpx")
    report = import_qdpx(tmp_path / "s.qdpx", tmp_path / "s2.qdadesk")
    dialog = ExchangeReportDialog(report, sample_window)
    dialog.show()
    assert _check_help_button(sample_window, dialog, qtbot) == ("exchange.md", "the-report")
    dialog.close()


def _dialogs_opened_without_an_action(window, tmp_path):
    """The dialogs that open after a job or a question (not from a menu entry alone)."""
    from qdadesk.core.exchange.merge import merge_project
    from qdadesk.ui.document_properties import ImportSummaryDialog
    from qdadesk.ui.exchange.teamwork_dialogs import MergeReportDialog
    from qdadesk.ui.new_code_dialog import NewCodeFromSelectionDialog
    from qdadesk.ui.project_safety import BackupSettingsDialog, RestoreBackupDialog

    project = window.session.project
    (tmp_path / "new.txt").write_text("A new interview.\n", encoding="utf-8")
    imported = project.import_documents([tmp_path / "new.txt"]).result
    other = tmp_path / "other.qdadesk"
    shutil.copy(sample_project_path(), other)
    merged = merge_project(project, other).result
    yield ("importing.md", "the-import-summary"), ImportSummaryDialog(project, imported, window)
    yield (
        ("coding.md", "ways-to-code"),
        NewCodeFromSelectionDialog("funding", "#e6194b", [], None, window),
    )
    yield ("project-files.md", "backups"), RestoreBackupDialog(window, Path(project.path))
    yield ("project-files.md", "backups"), BackupSettingsDialog(window)
    yield (
        (
            "exchange.md",
            "working-as-a-team-a-part-for-each-member-merged-back",
        ),
        MergeReportDialog(merged, window),
    )


def test_help_buttons_of_dialogs_opened_by_jobs(sample_window, qtbot, tmp_path) -> None:
    for expected, dialog in _dialogs_opened_without_an_action(sample_window, tmp_path):
        dialog.show()
        assert _check_help_button(sample_window, dialog, qtbot) == expected
        dialog.close()


def test_f1_in_a_dialog_opens_its_page(sample_window, qtbot) -> None:
    from PySide6.QtTest import QTest

    dialog = sample_window._analysis_actions.lexical_search()
    dialog.activateWindow()
    dialog.query.setFocus()
    QApplication.processEvents()
    QTest.keyClick(dialog.query, Qt.Key.Key_F1)
    help_window = _help_window(sample_window)
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_page() == ("search.md", "lexical-search")


def test_every_help_target_in_the_source_exists() -> None:
    """Help buttons of windows this test does not open still point at real sections."""
    from qdadesk.ui.displays.common import HELP_PAGES

    calls = []
    for path in (REPO / "qdadesk" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        calls += re.findall(
            r"help_button\([^,]+,(?: self,)? \"([\w.-]+)\"(?:, \"([\w-]+)\")?", text
        )
    calls += list(HELP_PAGES.values())
    assert len(calls) >= 20
    for page, anchor in calls:
        assert (pages.help_dir() / page).is_file(), page
        if anchor:
            assert anchor in {h.anchor for h in pages.headings(pages.read_page(page))}, anchor


# -- the README ----------------------------------------------------------------------------
def test_readme_links_stay_inside_the_repository() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert targets
    for target in targets:
        if target.startswith(("http://", "https://", "#")):
            continue
        path = (REPO / target.split("#")[0]).resolve()
        assert path.is_relative_to(REPO), f"README points outside the repository: {target}"
        assert path.exists(), f"README points to a missing file: {target}"
    assert "../" not in readme
    assert "resources/help/index.md" in readme


# -- the screenshot script -----------------------------------------------------------------
def test_screenshot_script_renders_from_the_sample(qapp, tmp_path) -> None:
    from PySide6.QtGui import QImage

    from qdadesk.ui.help.screenshots import MAX_WIDTH, render

    written = render(tmp_path, ["code_matrix", "workspace"])
    assert [p.name for p in written] == ["code_matrix.png", "workspace.png"]
    for path in written:
        image = QImage(str(path))
        assert 600 <= image.width() <= MAX_WIDTH and image.height() > 300
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 300, 7)}
        assert len(colours) > 8, f"{path.name} looks blank"
    # The workspace shows the activated code's red (Barriers\\Funding) stripes and tags.
    image = QImage(str(written[1]))
    reds = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if (c := image.pixelColor(x, y)).red() > 200 and c.green() < 80 and c.blue() < 110
    )
    assert reds > 20


def test_screenshot_script_renders_the_windows_its_menus_keep(qapp, tmp_path) -> None:
    """The pictures of windows a menu entry opens and keeps (Variables, Memo Manager,
    Activate by Variables) are rendered too: the script found the Variables and Memo Manager
    windows through a name string that had no ``dialogs``, so they failed to render."""
    from PySide6.QtGui import QImage

    from qdadesk.ui.help.screenshots import render

    names = ["variables_editor", "memo_manager", "activate_by_variables"]
    written = render(tmp_path, names)
    assert [p.stem for p in written] == names
    for path in written:
        image = QImage(str(path))
        assert image.width() > 300 and image.height() > 200, path.name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 200, 7)}
        assert len(colours) > 4, f"{path.name} looks blank"


# -- the guide says what the window does ---------------------------------------------------
def test_the_shortcut_table_matches_the_window(sample_window) -> None:
    """Every key the guide's shortcut table names is bound to an action of the window."""
    table = pages.read_page("workspace.md").split("## Keyboard shortcuts", 1)[1]
    bound = {
        sequence.toString()
        for action in sample_window.findChildren(QAction)
        for sequence in action.shortcuts()
    }
    named = []
    for row in re.findall(r"^\| ([^|]+) \|", table, re.M)[1:]:
        for key in re.split(r", | or ", row.strip()):
            if "…" in key:  # a range: its ends
                first, last = (k.strip() for k in key.split("…"))
                prefix = first.rsplit("+", 1)[0]
                named += [first, f"{prefix}+{last}"]
            else:
                named.append(key)
    assert len(named) > 20
    missing = [key for key in named if key not in bound]
    assert missing == [], f"the guide names keys no action has: {missing}"
