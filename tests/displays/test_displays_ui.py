"""The display windows over a ProjectSession with a tiny stand-in main window."""

from __future__ import annotations

import docx
import openpyxl
import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from qdadesk.core.analysis.activation import Activation
from qdadesk.ui.session import ProjectSession


class FakeSegments:
    def __init__(self):
        self.shown = []

    def show_segments(self, frame, title):
        self.shown.append((frame, title))


class FakeDocumentSystem:
    def __init__(self):
        self.document_actions = []

    def add_document_action(self, text, callback):
        self.document_actions.append((text, callback))


class FakeWindow(QMainWindow):
    """What the displays use of the main window (``MainWindowApi``)."""

    sessionChanged = Signal(object)

    def __init__(self, session):
        super().__init__()
        self.session = session
        self.retrieved_segments = FakeSegments()
        self.document_system = FakeDocumentSystem()
        self.display_windows = []
        self.installed = False
        self.menus = {}

    def menu(self, name):
        if name not in self.menus:
            self.menus[name] = self.menuBar().addMenu(name)
        return self.menus[name]


@pytest.fixture
def window(qtbot, small_project):
    session = ProjectSession(small_project)
    main = FakeWindow(session)
    qtbot.addWidget(main)
    yield main
    for display in main.display_windows:
        display.close()


def _open(window, name):
    from qdadesk.ui.displays import actions

    if not window.installed:
        actions.install(window)
        window.installed = True
    action = window.findChild(type(window.menu("Visual Tools").menuAction()), name)
    assert action is not None, name
    action.trigger()
    return window.display_windows[-1]


def _index(view, row_label, column_label):
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == row_label)
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == column_label
    )
    return model.index(row, column)


def test_menus_and_shortcuts(window):
    from qdadesk.ui.displays import actions

    actions.install(window)
    visual = [a.objectName() for a in window.menu("Visual Tools").actions()]
    reports = [a.objectName() for a in window.menu("Reports").actions()]
    assert visual[:2] == ["actionCodeMatrixBrowser", "actionCodeRelationsBrowser"]
    assert {
        "actionCrosstab",
        "actionDocumentPortrait",
        "actionCodeline",
        "actionDocumentComparisonChart",
        "actionCodeFrequencies",
    } <= set(visual)
    assert {
        "actionSummaryGrid",
        "actionSummaryTables",
        "actionQuoteMatrix",
        "actionDisplayBuilder",
    } <= set(reports)
    matrix = window.findChild(type(window.menu("Reports").menuAction()), "actionCodeMatrixBrowser")
    assert matrix.shortcut().toString() == "Ctrl+Alt+M"
    assert isinstance(window.menu("Reports"), QMenu)


def test_code_matrix_window(window, qtbot, tmp_path):
    matrix = _open(window, "actionCodeMatrixBrowser")
    view = matrix.view
    index = _index(view, "Speed", "Anna")
    assert index.data() == "2"
    view.doubleClicked.emit(index)
    frame, title = window.retrieved_segments.shown[-1]
    assert len(frame) == 2 and "Anna" in title
    # Groups as columns, presence as cells.
    matrix.columns.setCurrentIndex(matrix.columns.findData("groups"))
    matrix.value.setCurrentIndex(matrix.value.findData("presence"))
    matrix.refresh()
    assert _index(view, "Privacy", "Developers").data() == "1"
    # Recomputed when coding changes (through the session).
    session = window.session
    project = session.project
    session.perform(lambda: project.add_coding(project.ids["Dan"], project.code_ids["Trust"], 0, 7))
    qtbot.waitUntil(lambda: _index(view, "Trust", "(no group)").data() == "1")
    # Only activated documents.
    session.set_activation(
        Activation(document_ids=frozenset([project.ids["Anna"]]), code_ids=frozenset())
    )
    matrix.only_documents.setChecked(True)
    qtbot.waitUntil(lambda: view.model().columnCount() == 3)  # label, IT office, Total
    assert matrix.export_to(str(tmp_path / "m.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").active
    assert sheet.cell(row=1, column=1).value == "code"


def test_relations_crosstab_frequencies(window, tmp_path):
    relations = _open(window, "actionCodeRelationsBrowser")
    assert _index(relations.view, "Cost", "Speed").data() == "1"
    assert _index(relations.view, "Cost", "Rules").data() == "0"
    relations.view.doubleClicked.emit(_index(relations.view, "Cost", "Speed"))
    frame, _ = window.retrieved_segments.shown[-1]
    assert sorted(frame["code"]) == ["Barriers\\Cost", "Barriers\\Speed"]
    relations.mode_kind.setCurrentIndex(relations.mode_kind.findData("distance"))
    relations.distance.setValue(0)
    relations.refresh()
    assert _index(relations.view, "Cost", "Rules").data() == "1"
    cross = _open(window, "actionCrosstab")
    cross.columns.setCurrentIndex(cross.columns.findData("variable:role"))
    cross.refresh()
    assert _index(cross.view, "Privacy", "developer (N=2)").data() == "2"
    frequencies = _open(window, "actionCodeFrequencies")
    assert _index(frequencies.view, "Speed", "Segments").data() == "4"
    assert "<svg" in frequencies.svg
    assert frequencies.export_to(str(tmp_path / "f.png"))
    assert (tmp_path / "f.png").stat().st_size > 1000


def test_charts(window, tmp_path):
    portrait = _open(window, "actionDocumentPortrait")
    assert "Document Portrait" in portrait.svg
    assert portrait.export_to(str(tmp_path / "p.svg"))
    assert portrait.export_to(str(tmp_path / "p.png"))
    codeline = _open(window, "actionCodeline")
    assert "Codeline" in codeline.svg
    comparison = _open(window, "actionDocumentComparisonChart")
    assert comparison.svg.count("<text") >= 4


def test_summary_grid_edit_undo_and_search(window, qtbot):
    grid = _open(window, "actionSummaryGrid")
    project = window.session.project
    codes, ids = project.code_ids, project.ids
    grid.view.clicked.emit(_index(grid.view, "Cost", "Anna"))
    assert grid.editor.toPlainText() == "Cost worries the office."
    assert "Cost is a worry" in grid.segments.toPlainText()
    assert "Anna, ¶ 3" in grid.segments.toPlainText()
    grid.editor.setPlainText("Costs dominate.")
    grid.rating.setText("4")
    grid.save_summary()
    from qdadesk.core.analysis.summaries import summary_for

    summary = summary_for(project, codes["Barriers\\Cost"], document_id=ids["Anna"])
    assert (summary.text, summary.rating) == ("Costs dominate.", "4")
    window.session.undo_stack.undo()
    summary = summary_for(project, codes["Barriers\\Cost"], document_id=ids["Anna"])
    assert summary.text == "Cost worries the office."
    grid.search.setText("budget")
    assert grid.results.count() == 1


def test_summary_tables_and_quote_matrix(window, tmp_path):
    tables = _open(window, "actionSummaryTables")
    project = window.session.project
    tables.set_choice([project.code_ids["Barriers\\Cost"]], ["role"])
    tables.refresh()
    assert list(tables.frame.columns) == ["document", "role", "Barriers\\Cost"]
    assert tables.export_to(str(tmp_path / "s.docx"))
    table = docx.Document(tmp_path / "s.docx").tables[0]
    assert [c.text for c in table.rows[0].cells] == ["document", "role", "Barriers\\Cost"]
    quotes = _open(window, "actionQuoteMatrix")
    cell = _index(quotes.view, "Privacy", "Developers")
    assert "\u201cPrivacy matters\u201d (Ben, ¶ 2)" in cell.data()
    quotes.view.doubleClicked.emit(cell)
    assert len(window.retrieved_segments.shown[-1][0]) == 2
    assert quotes.export_to(str(tmp_path / "q.docx"))


def test_display_builder(window, tmp_path):
    builder = _open(window, "actionDisplayBuilder")
    builder.preset.setCurrentIndex(builder.preset.findData("triangulation"))
    builder.preset.activated.emit(builder.preset.currentIndex())
    builder.columns.setCurrentIndex(builder.columns.findData("variable:role"))
    builder.refresh()
    assert builder.result.definition.cells == "triangulation"
    note = _index(builder.view, "Privacy", "Note")
    assert note.data() == "only developer"
    builder.view.doubleClicked.emit(_index(builder.view, "Privacy", "developer"))
    assert len(window.retrieved_segments.shown[-1][0]) == 2
    builder.save_as("Triangulation by role")
    from qdadesk.core.analysis.displays import display_names

    assert display_names(window.session.project) == ["Triangulation by role"]
    assert builder.export_to(str(tmp_path / "d.docx"))
    assert builder.export_to(str(tmp_path / "d.xlsx"))
    assert docx.Document(tmp_path / "d.docx").tables[0].rows[0].cells[0].text == "Code"
    builder.load("Triangulation by role")
    builder.refresh()
    assert builder.result.definition.columns == "variable:role"


def test_installed_in_the_main_window(qtbot, tmp_path):
    """The real main window lists the display actions and opens them over its project."""
    from displays_fixtures import build_project
    from PySide6.QtGui import QAction

    main_window = pytest.importorskip("qdadesk.ui.main_window")
    path = tmp_path / "main.qdadesk"
    build_project(path).close()
    window = main_window.MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(str(path))
    window.findChild(QAction, "actionCodeMatrixBrowser").trigger()
    matrix = window.display_windows[-1]
    assert matrix.table.values.to_numpy().sum() == 13
    window.close_project()
    assert window.display_windows == []


def test_document_context_menu_opens_portrait_and_codeline(qtbot, tmp_path) -> None:
    """As in MAXQDA, a document's context menu offers its Document Portrait and Codeline."""
    from qdadesk.core import Project
    from qdadesk.core.importers.document import ImportedDocument
    from qdadesk.ui import MainWindow

    path = tmp_path / "p.qdadesk"
    with Project.create(path) as project:
        project.add_document(ImportedDocument("first", "one\ntwo", [], b"", "txt"))
        second = project.add_document(ImportedDocument("second", "a\nb", [], b"", "txt")).result
        code = project.add_code("C").result
        project.add_coding(second, code, 0, 1)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_project(path)
    pane = window.document_system
    index = pane.model.index_of("document", second)
    menu = pane.build_context_menu(index)
    actions = {a.text(): a for a in menu.actions()}
    actions["Document Portrait"].trigger()
    actions["Codeline"].trigger()
    portrait, codeline = window.display_windows[-2:]
    assert portrait.chosen_ids() == [second] and codeline.chosen_ids() == [second]
    for display in (portrait, codeline):
        display.close()


def test_summary_grid_per_case(window, qtbot):
    """Switch the grid to cases: a case cell lists the case's segments and edits the case's
    summary (undoable); a search hit on a case summary opens that case cell."""
    grid = _open(window, "actionSummaryGrid")
    project = window.session.project
    codes = project.code_ids
    case_id = project.cases()[0].id
    grid.owners.setCurrentIndex(grid.owners.findData("cases"))
    grid.refresh()
    assert [c.label for c in grid.table.columns] == ["Team B"]
    cell = _index(grid.view, "Privacy", "Team B")
    assert cell.data() == "2"
    grid.view.clicked.emit(cell)
    assert "Privacy matters" in grid.segments.toPlainText()
    assert "Cleo, ¶ 4" in grid.segments.toPlainText()
    assert "Team B" in grid.cell_title.text()
    grid.editor.setPlainText("Both developers guard their privacy.")
    grid.rating.setText("high")
    grid.save_summary()
    from qdadesk.core.analysis.summaries import summary_for

    summary = summary_for(project, codes["Trust\\Privacy"], case_id=case_id)
    assert (summary.text, summary.rating) == ("Both developers guard their privacy.", "high")
    assert summary_for(project, codes["Trust\\Privacy"], document_id=project.ids["Ben"]).text == (
        "Privacy matters."
    )  # the document summary is untouched
    qtbot.waitUntil(lambda: bool(grid.model.matrix.marked))  # the orange corner
    window.session.undo_stack.undo()
    assert summary_for(project, codes["Trust\\Privacy"], case_id=case_id) is None
    grid.view.doubleClicked.emit(cell)
    frame, _ = window.retrieved_segments.shown[-1]
    assert sorted(frame["document"]) == ["Ben", "Cleo"]
    # A search hit on a case summary switches back to that case's cell.
    project.set_summary(codes["Trust"], "Fragile trust.", case_id=case_id)
    grid.owners.setCurrentIndex(grid.owners.findData("documents"))
    grid.search.setText("fragile")
    assert grid.results.count() == 1
    grid.results.itemActivated.emit(grid.results.item(0))
    assert grid.owner_kind() == "cases"
    assert grid.editor.toPlainText() == "Fragile trust."


def test_summary_tables_grouped_by_parent_code(window, tmp_path):
    tables = _open(window, "actionSummaryTables")
    project = window.session.project
    codes = project.code_ids
    tables.set_choice([codes["Barriers\\Cost"], codes["Rules"], codes["Barriers\\Speed"]], [])
    tables.grouped.setChecked(True)
    assert tables.ratings.isChecked()  # the evaluative word comes on with the groups
    tables.refresh()
    header = tables.header
    assert header.grouped()
    assert [(label, first, last) for label, first, last in header.groups] == [
        (None, 0, 0),
        ("Barriers", 1, 2),
        (None, 3, 3),
    ]
    model = tables.model
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert labels == ["Document", "Cost", "Speed", "Rules"]
    cell = _index(tables.view, "Cleo", "Cost")
    assert cell.data() == "5 \u2014 Budget cuts hurt them."
    from qdadesk.ui.displays.grouped_header import RICH_ROLE

    assert cell.data(RICH_ROLE) == "<b>5</b> \u2014 Budget cuts hurt them."
    assert header.sizeHint().height() > tables.view.verticalHeader().defaultSectionSize()
    assert tables.export_to(str(tmp_path / "c.docx"))
    table = docx.Document(tmp_path / "c.docx").tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Document", "Barriers", "Barriers", "Rules"]
    assert tables.export_to(str(tmp_path / "c.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert "B1:C1" in {str(r) for r in sheet.merged_cells.ranges}
    tables.grouped.setChecked(False)
    tables.refresh()
    assert not tables.header.grouped()
    assert list(tables.frame.columns) == ["document", "Barriers\\Cost", "Barriers\\Speed", "Rules"]


def test_display_builder_clustered_preset(window, tmp_path):
    builder = _open(window, "actionDisplayBuilder")
    builder.preset.setCurrentIndex(builder.preset.findData("clustered"))
    builder.preset.activated.emit(builder.preset.currentIndex())
    builder.refresh()
    result = builder.result
    assert result.definition.cells == "rated-summary" and result.definition.group_columns
    assert builder.group_columns.isChecked()
    assert builder.header.grouped()
    assert _index(builder.view, "Anna", "Cost").data() == "3 \u2014 Cost worries the office."
    builder.save_as("Clustered")
    from qdadesk.core.analysis.displays import load_display

    assert load_display(window.session.project, "Clustered").group_columns is True
    assert builder.export_to(str(tmp_path / "b.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "b.xlsx").active
    assert sheet["B1"].value == "Barriers" and sheet["B2"].value == "Cost"
