"""The Document Browser's pages: PDFs and pictures opened from the Document System, zoomed
and paged, regions drawn and coded (with undo, redo, reopen), text selected on a PDF's
text layer and coded, marks painted in the code's colour, the Text toggle, and only the
pages on screen rendered."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from pathlib import Path

import pytest
from coding_workspace_support import isolated_settings, trigger  # noqa: F401
from paged_support import GUIDE, many_pages_pdf, pdf_document, picture_document
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from qdadesk.core import Project

LAYOUT = "#3cb44b"  # green
SUMMARY = "#e6194b"  # red


@pytest.fixture
def paged_project(tmp_path: Path) -> Path:
    path = tmp_path / "paged.qdadesk"
    with Project.create(path) as project:
        project.add_document(pdf_document(GUIDE.read_bytes(), "guide"))
        project.add_document(picture_document(name="photo"))
        source = tmp_path / "notes.txt"
        source.write_text("Plain notes about the guide.\n", encoding="utf-8")
        project.import_documents([source])
        project.add_code_path("Layout", color=LAYOUT)
        project.add_code_path("Summary", color=SUMMARY)
    return path


@pytest.fixture
def window(qtbot, isolated_settings, paged_project, monkeypatch, tmp_path):  # noqa: F811
    from qdadesk.ui import MainWindow
    from qdadesk.ui.coders import set_coder_name

    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    set_coder_name("Ana")
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1300, 850)
    main.show()
    qtbot.waitExposed(main)
    assert main.open_project(paged_project)
    yield main
    main.close()


def _doc(window, name: str) -> int:
    return window.session.project.find_document(name).id


def _code(window, name: str) -> int:
    return window.session.project.find_code(name).id


def _open(window, qtbot, name: str):
    """Double-click the document in the Document System; the pages rendered after."""
    pane = window.document_system
    index = pane.model.index_of("document", _doc(window, name))
    pane.tree.scrollTo(index)
    rect = pane.tree.visualRect(index)
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.document_browser.paged.view
    _settle(view)
    return view


def _settle(view) -> None:
    """Let the view paint and render what it asked for (no timing involved)."""
    for _ in range(50):
        view.viewport().repaint()
        QApplication.processEvents()
        if not view.images.wanted:
            break


def _pixels(view):
    _settle(view)
    return view.viewport().grab().toImage()


def _near(color: QColor, hex_color: str, tolerance: int = 40) -> bool:
    want = QColor(hex_color)
    return (
        abs(color.red() - want.red()) <= tolerance
        and abs(color.green() - want.green()) <= tolerance
        and abs(color.blue() - want.blue()) <= tolerance
    )


def _drag(qtbot, view, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier):
    target = view.viewport()
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, modifier, start)
    middle = (start + end) / 2
    qtbot.mouseMove(target, QPoint(round(middle.x()), round(middle.y())))
    qtbot.mouseMove(target, end)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, modifier, end)


def _view_point(view, page: int, x: float, y: float) -> QPoint:
    point = view.to_view(page, QPointF(x, y))
    return QPoint(round(point.x()), round(point.y()))


# -- 1. pages, zoom, navigation ------------------------------------------------------------
def test_a_pdf_opens_as_pages_with_ink_and_page_navigation(window, qtbot):
    view = _open(window, qtbot, "guide")
    browser = window.document_browser
    assert view.isVisible() and not browser.text.isVisible()
    assert browser.paged.page_label.text() == "Page 1 of 5"
    image = _pixels(view)
    rect = view.page_rect(1).toRect().intersected(image.rect())
    dark = sum(
        1
        for x in range(rect.left(), rect.right(), 4)
        for y in range(rect.top(), rect.bottom(), 4)
        if QColor(image.pixel(x, y)).lightness() < 110
    )
    assert dark > 30  # the page's text is painted
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert browser.paged.page_label.text() == "Page 2 of 5"
    trigger(window, "actionNextPage")
    assert view.current_page() == 3
    trigger(window, "actionPreviousPage")
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert browser.paged.page_label.text() == "Page 1 of 5"


def test_zoom_with_ctrl_wheel_toolbar_and_fit_width(window, qtbot):
    view = _open(window, qtbot, "guide")
    fitted = view.zoom
    width = view.page_rect(1).width()
    assert width <= view.viewport().width()  # fit width: the page fits beside its stripes
    where = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        where,
        view.viewport().mapToGlobal(where),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom > fitted
    trigger(window, "actionZoomOut")
    trigger(window, "actionZoomOut")
    assert view.zoom < fitted
    trigger(window, "actionFitWidth")
    assert view.zoom == pytest.approx(fitted)
    # Rendered again at the zoom shown, and the picture is sharp at that zoom.
    _settle(view)
    scale, image = view.images.pictures[1]
    assert scale == pytest.approx(view.zoom * view.devicePixelRatioF())
    assert image.width() == pytest.approx(view.page_rect(1).width() * view.devicePixelRatioF(), 2)


def test_a_picture_opens_zoomed_to_fit_and_pans(window, qtbot):
    view = _open(window, qtbot, "photo")
    assert view.kind == "picture" and view.page_count() == 1
    image = _pixels(view)
    centre = view.to_view(1, QPointF(150, 150)).toPoint()
    assert QColor(image.pixel(centre)).lightness() < 40  # the black square
    corner = view.to_view(1, QPointF(20, 20)).toPoint()
    assert QColor(image.pixel(corner)).lightness() > 200
    assert not window.findChild(QAction, "actionNextPage").isVisible()  # one page
    assert window.findChild(QAction, "actionDrawRegion").isVisible()
    for _ in range(4):
        trigger(window, "actionZoomIn")
    before = view.horizontalScrollBar().value()
    _drag(qtbot, view, QPoint(300, 200), QPoint(200, 150))  # a plain drag pans a picture
    assert view.horizontalScrollBar().value() > before


def test_text_documents_keep_the_text_view(window, qtbot):
    _open(window, qtbot, "guide")
    browser = window.document_browser
    window.open_document("notes")
    assert browser.text.isVisible() and not browser.paged.view.isVisible()
    assert browser.text.toPlainText().startswith("Plain notes")
    assert not window.findChild(QAction, "actionNextPage").isVisible()
    assert not window.findChild(QAction, "actionDrawRegion").isVisible()


# -- 2. regions ----------------------------------------------------------------------------
def test_draw_a_region_code_it_undo_redo_and_reopen(window, qtbot, paged_project):
    view = _open(window, qtbot, "guide")
    project = window.session.project
    window.set_current_code(_code(window, "Layout"))
    trigger(window, "actionDrawRegion")
    assert view.region_mode
    start, end = _view_point(view, 1, 100, 200), _view_point(view, 1, 300, 260)
    _drag(qtbot, view, start, end)
    page, box = window.document_browser.selected_region()
    assert page == 1
    expected = (100, 200, 300, 260)
    assert all(abs(a - b) <= 2 / view.zoom for a, b in zip(box, expected, strict=True))
    trigger(window, "actionCodeWithCurrentCode")
    (coding,) = project.codings(document_ids=[_doc(window, "guide")])
    assert coding.is_region and coding.page == 1 and coding.box == box
    assert coding.coder == "Ana"  # the coder from Preferences
    assert window.document_browser.selected_region() is None  # the frame shows instead
    frame = view.box_rect(1, box)
    edge = QPoint(round(frame.left()), round(frame.center().y()))
    assert _near(QColor(_pixels(view).pixel(edge)), LAYOUT)
    trigger(window, "actionUndo")
    assert project.codings() == []
    assert not _near(QColor(_pixels(view).pixel(edge)), LAYOUT)
    trigger(window, "actionRedo")
    assert _near(QColor(_pixels(view).pixel(edge)), LAYOUT)
    window.close_project()
    assert window.open_project(paged_project)
    view = _open(window, qtbot, "guide")
    frame = view.box_rect(1, box)
    edge = QPoint(round(frame.left()), round(frame.center().y()))
    assert _near(QColor(_pixels(view).pixel(edge)), LAYOUT)


def test_shift_drag_on_a_picture_then_code_with_a_new_code(window, qtbot):
    view = _open(window, qtbot, "photo")
    project = window.session.project
    _drag(
        qtbot,
        view,
        _view_point(view, 1, 90, 90),
        _view_point(view, 1, 210, 210),
        Qt.KeyboardModifier.ShiftModifier,
    )
    page, box = window.document_browser.selected_region()
    assert page is None  # a picture has no pages
    trigger(window, "actionNewCodeFromSelection")
    dialog = window.coding.new_code_dialog
    dialog.name.setText("Black square")
    dialog.accept()
    code = project.find_code("Black square")
    (coding,) = project.codings(document_ids=[_doc(window, "photo")])
    assert coding.code_id == code.id and coding.page is None and coding.box == box
    trigger(window, "actionUndo")  # code and region are one step
    assert project.codings() == [] and "Black square" not in project.code_paths().values()


def test_a_code_dropped_onto_the_drawn_region_codes_it(window, qtbot):
    view = _open(window, qtbot, "guide")
    trigger(window, "actionDrawRegion")
    _drag(qtbot, view, _view_point(view, 1, 50, 50), _view_point(view, 1, 200, 120))
    model = window.code_system.model
    mime: QMimeData = model.mimeData([model.index_for(_code(window, "Summary"))])
    where = QPointF(_view_point(view, 1, 100, 80))
    for kind in ("enter", "drop"):
        if kind == "enter":
            from PySide6.QtGui import QDragEnterEvent

            event = QDragEnterEvent(
                where.toPoint(),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        else:
            event = QDropEvent(
                where,
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    (coding,) = window.session.project.codings()
    assert coding.code_id == _code(window, "Summary") and coding.is_region


def test_a_region_frame_click_selects_it_and_its_menu_edits_it(window, qtbot, monkeypatch):
    view = _open(window, qtbot, "guide")
    project = window.session.project
    doc = _doc(window, "guide")
    layout = _code(window, "Layout")
    op = window.session.perform(
        lambda: project.add_region_coding(doc, layout, (80, 300, 400, 380), 1)
    )
    coding_id = op.result
    _settle(view)
    inside = _view_point(view, 1, 240, 340)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    assert view.selected_coding == coding_id
    assert window.current_code_id() == layout
    assert "Layout" in window.document_browser.stripe_tooltip(coding_id)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (70, True))

    def choose(text: str) -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu) and menu.objectName() == "stripeMenu"
        action = next(a for a in menu.actions() if a.text() == text)
        menu.close()
        action.trigger()

    QTimer.singleShot(0, lambda: choose("Change Weight…"))
    view.contextMenuEvent(_context_event(view, inside))
    assert project.coding(coding_id).weight == 70
    QTimer.singleShot(0, lambda: choose("Remove Coding"))
    view.contextMenuEvent(_context_event(view, inside))
    assert project.codings() == []
    trigger(window, "actionUndo")
    assert project.coding(coding_id).weight == 70


def _context_event(view, where: QPoint):
    from PySide6.QtGui import QContextMenuEvent

    local = view.viewport().mapTo(view, where)
    return QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, local, view.mapToGlobal(local), Qt.KeyboardModifier(0)
    )


# -- 3. the text layer ---------------------------------------------------------------------
def test_a_drag_over_pdf_text_selects_and_codes_a_text_segment(window, qtbot):
    view = _open(window, qtbot, "guide")
    project = window.session.project
    doc = _doc(window, "guide")
    text = project.text(doc)
    start = text.index("Big social data")
    end = start + len("Big social data")
    pdf = view.pdf
    first = pdf.boxes_for_run(1, start, start + 1)[0]
    last = pdf.boxes_for_run(1, end - 1, end)[0]
    press = _view_point(view, 1, (first[0] + first[2]) / 2, (first[1] + first[3]) / 2)
    release = _view_point(view, 1, (last[0] + last[2]) / 2, (last[1] + last[3]) / 2)
    _drag(qtbot, view, press, release)
    assert window.document_browser.selected_range() == (start, end)
    window.set_current_code(_code(window, "Summary"))
    trigger(window, "actionCodeWithCurrentCode")
    (coding,) = project.codings(document_ids=[doc])
    assert (coding.start, coding.end, coding.is_region) == (start, end, False)
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # the selection off: the coding's shade shows
    assert window.document_browser.selected_range() is None
    image = _pixels(view)
    box = pdf.boxes_for_run(1, start, end)[0]
    shaded = view.box_rect(1, box)
    # A shade of the code's colour over the white page between the letters ...
    tinted = [
        QColor(image.pixel(round(x), round(shaded.top() + 1)))
        for x in range(round(shaded.left()) + 1, round(shaded.right()) - 1)
    ]
    assert any(c.red() > 200 and c.green() < 215 and c.blue() < 215 for c in tinted)
    # ... and a stripe in the margin beside the page, at the segment's height.
    stripe_x = round(view.page_rect(1).left()) - 8 - 2
    assert _near(QColor(image.pixel(stripe_x, round(shaded.center().y()))), SUMMARY)
    # In-vivo coding names a code by these words.
    _drag(qtbot, view, press, release)
    trigger(window, "actionInVivoCode")
    assert project.find_code("Big social data") is not None


def test_a_jump_from_retrieved_segments_shows_the_run_on_its_page(window, qtbot):
    view = _open(window, qtbot, "guide")
    project = window.session.project
    doc = _doc(window, "guide")
    text = project.text(doc)
    start = text.rindex("Interview")  # on a later page
    window.select_range(doc, start, start + 9)
    assert view.text_selection == (start, start + 9)
    assert view.current_page() > 1


def test_the_text_toggle_shows_the_text_representation(window, qtbot):
    view = _open(window, qtbot, "guide")
    browser = window.document_browser
    project = window.session.project
    trigger(window, "actionShowTextRepresentation")
    assert browser.text.isVisible() and not view.isVisible()
    assert browser.text.toPlainText() == project.text(_doc(window, "guide"))
    assert not window.findChild(QAction, "actionNextPage").isVisible()
    assert window.findChild(QAction, "actionShowTextRepresentation").isVisible()
    trigger(window, "actionShowTextRepresentation")
    assert view.isVisible() and not browser.text.isVisible()
    assert window.findChild(QAction, "actionNextPage").isVisible()


# -- 4. only the pages on screen are rendered ------------------------------------------------
def test_a_300_page_pdf_renders_only_the_pages_on_screen(window, qtbot):
    project = window.session.project
    window.session.perform(lambda: project.add_document(pdf_document(many_pages_pdf(300), "big")))
    view = _open(window, qtbot, "big")
    assert view.page_count() == 300
    visible = view.visible_pages()
    assert view.pdf.rendered and set(view.pdf.rendered) <= set(visible) and len(visible) <= 2
    view.go_to_page(150)
    _settle(view)
    assert view.pdf.rendered[-1] in view.visible_pages()
    assert len(view.pdf.rendered) <= 2 * len(visible) + 2
    assert len(view.images.pictures) <= 8


def test_find_shows_the_text_representation_of_a_pdf(window, qtbot):
    view = _open(window, qtbot, "guide")
    browser = window.document_browser
    trigger(window, "actionFind")
    assert browser.text.isVisible() and not view.isVisible()
    browser.find_bar.field.setText("curation")
    assert browser.find_bar.find_next()
    start, end = browser.selected_range()
    assert window.session.project.text(_doc(window, "guide"))[start:end] == "curation"


def test_a_memo_without_selection_goes_to_the_page_on_screen(window, qtbot, monkeypatch):
    from qdadesk.ui.memos import MemoEditor

    view = _open(window, qtbot, "guide")
    view.go_to_page(3)
    asked = {}
    monkeypatch.setattr(
        MemoEditor, "new_memo", lambda *args, **kwargs: asked.update(kwargs) or None
    )
    trigger(window, "actionNewPositionMemo")
    assert asked["start"] == view.pages[2].text_start


def test_the_drawn_region_dropped_onto_a_code_codes_it(window, qtbot):
    view = _open(window, qtbot, "guide")
    trigger(window, "actionDrawRegion")
    _drag(qtbot, view, _view_point(view, 2, 50, 60), _view_point(view, 2, 220, 140))
    page, box = window.document_browser.selected_region()
    mime = view.selection_mime()  # what a drag from inside the rectangle carries
    model = window.code_system.model
    target = model.index_for(_code(window, "Layout"))
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    (coding,) = window.session.project.codings()
    assert (coding.page, coding.box, coding.code_id) == (2, box, _code(window, "Layout"))
    # A text run selected on the page carries its offsets, as a selection in the text does.
    trigger(window, "actionDrawRegion")
    text = window.session.project.text(_doc(window, "guide"))
    start = text.index("Project Title")
    view.select_text(start, start + 13)
    assert model.dropMimeData(view.selection_mime(), Qt.DropAction.CopyAction, -1, -1, target)
    assert any(c.start == start and not c.is_region for c in window.session.project.codings())


def test_the_page_cache_keeps_within_its_memory_budget(window, qtbot, monkeypatch):
    from qdadesk.ui.document_browser import page_cache

    view = _open(window, qtbot, "guide")
    one_page = view.images.pictures[1][1].sizeInBytes()
    monkeypatch.setattr(page_cache, "CACHE_BYTES", int(one_page * 1.5))
    for number in (2, 3, 4):
        view.go_to_page(number)
        _settle(view)
    assert sum(image.sizeInBytes() for _, image in view.images.pictures.values()) <= one_page * 1.5
    assert view.current_page() in view.images.pictures  # the page on screen stays


def test_a_damaged_pdf_or_picture_is_refused_with_a_message(window, qtbot):
    from qdadesk.core.importers.document import ImportedDocument, ImportedPage

    project = window.session.project
    for kind, data in (("pdf", b"%PDF-1.4\nnot really a PDF"), ("picture", b"not a picture")):
        broken = ImportedDocument(
            name=f"broken {kind}",
            text="",
            original=data,
            original_type="pdf" if kind == "pdf" else "png",
            kind=kind,
            pages=[ImportedPage(100, 100)],
        )
        window.session.perform(lambda b=broken: project.add_document(b))
    _open(window, qtbot, "guide")
    for name in ("broken pdf", "broken picture"):
        window.last_error = None
        window.open_document(name)
        assert window.last_error and name in window.last_error
        assert window.document_browser.current_document_id() == _doc(window, "guide")


def test_a_click_in_retrieved_segments_shows_that_region(window, qtbot):
    project = window.session.project
    photo, layout = _doc(window, "photo"), _code(window, "Layout")
    first = project.add_region_coding(photo, layout, (10, 10, 60, 60)).result
    second = project.add_region_coding(photo, layout, (100, 100, 200, 200)).result
    window.session.check_other_writers()
    session = window.session
    session.set_activation(session.activation.with_documents({photo}).with_codes({layout}))
    pane = window.retrieved_segments
    ids = [int(i) for i in pane.model.column("coding_id")]
    assert sorted(ids) == [first, second]
    rect = pane.view.visualRect(pane.model.index(ids.index(second)))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.document_browser.paged.view
    assert view.isVisible() and view.selected_coding == second


def test_a_position_memo_shows_beside_its_page_and_opens(window, qtbot, monkeypatch):
    from qdadesk.ui.memos import MemoEditor

    view = _open(window, qtbot, "guide")
    project = window.session.project
    doc = _doc(window, "guide")
    at = project.text(doc).index("curation")
    window.session.perform(
        lambda: project.add_memo("position", "Look", "Check this", doc, at, at + 8)
    )
    ((memo_id, rect, tip),) = view._memo_rects(1)
    assert "Check this" in tip
    box = view.pdf.boxes_for_run(1, at, at + 1)[0]
    assert rect.top() == pytest.approx(view.page_rect(1).top() + box[1] * view.zoom)
    assert _near(QColor(_pixels(view).pixel(rect.center().toPoint())), "#ffd84d")
    opened = []
    monkeypatch.setattr(MemoEditor, "open_memo", lambda *args, **kwargs: opened.append(args))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened and memo_id in opened[0]
