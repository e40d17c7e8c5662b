"""Every export dialog of the display windows writes the format of the chosen filter, or of
the typed extension when it is one the dialog offers (``triangulation.xlsx`` under "Word"
is an Excel file, not ``triangulation.xlsx.docx``)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow

from qdadesk.ui.save_dialog import filter_extensions, resolve_save_path
from qdadesk.ui.session import ProjectSession
from tests.file_formats import real_format

WINDOWS = [
    "actionCodeMatrixBrowser",
    "actionCodeRelationsBrowser",
    "actionCrosstab",
    "actionDocumentPortrait",
    "actionCodeline",
    "actionDocumentComparisonChart",
    "actionCodeFrequencies",
    "actionSummaryTables",
    "actionQuoteMatrix",
    "actionDisplayBuilder",
]


class _DocumentSystem:
    def add_document_action(self, text, callback):
        pass


class _Window(QMainWindow):
    """What the displays use of the main window (``MainWindowApi``)."""

    sessionChanged = Signal(object)

    def __init__(self, session):
        super().__init__()
        self.session = session
        self.document_system = _DocumentSystem()
        self.display_windows = []
        self._menus = {}

    def menu(self, name):
        if name not in self._menus:
            self._menus[name] = self.menuBar().addMenu(name)
        return self._menus[name]


@pytest.fixture
def main(qtbot, small_project):
    from qdadesk.ui.displays import actions

    window = _Window(ProjectSession(small_project))
    qtbot.addWidget(window)
    actions.install(window)
    yield window
    for display in window.display_windows:
        display.close()


def _open(window, name):
    action = window.findChild(type(window.menu("Visual Tools").menuAction()), name)
    action.trigger()
    return window.display_windows[-1]


class SaveAnswers:
    """Stands in for QFileDialog.getSaveFileName: records the filter, answers (path, filter)."""

    def __init__(self, monkeypatch):
        self.filter = ""
        self.answer = ("", "")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self))

    def __call__(self, parent, caption, directory="", file_filter="", *args, **kwargs):
        self.filter = file_filter
        return self.answer


def test_resolve_save_path_rules():
    both = "Word (*.docx);;Excel (*.xlsx)"
    assert resolve_save_path("/t/triangulation.xlsx", "Word (*.docx)", both).endswith(
        "triangulation.xlsx"
    )
    assert resolve_save_path("/t/a.XLSX", "Word (*.docx)", both) == "/t/a.XLSX"
    assert resolve_save_path("/t/report", "Excel (*.xlsx)", both) == "/t/report.xlsx"
    assert resolve_save_path("/t/notes.txt", "Word (*.docx)", both) == "/t/notes.txt.docx"
    assert resolve_save_path("/t/x", "", both) == "/t/x.docx"  # no filter: the first one
    assert filter_extensions("Codebook (*.qdc *.csv)") == [
        ("Codebook (*.qdc *.csv)", [".qdc", ".csv"])
    ]


@pytest.mark.parametrize("action", WINDOWS)
def test_every_filter_of_every_display_export(main, action, monkeypatch, tmp_path):
    display = _open(main, action)
    display._refresh_now()
    answers = SaveAnswers(monkeypatch)
    display.export_dialog()  # cancelled: learns the filters
    entries = filter_extensions(answers.filter)
    assert entries, action
    offered = [exts[0] for _entry, exts in entries]
    for number, (entry, extensions) in enumerate(entries):
        wanted = extensions[0].lstrip(".")
        # 1. A bare name under this filter: the filter's format.
        bare = tmp_path / f"{action}-{number}-bare"
        answers.answer = (str(bare), entry)
        display.export_dialog()
        written = bare.with_name(bare.name + extensions[0])
        assert written.is_file(), (action, entry, sorted(p.name for p in tmp_path.iterdir()))
        assert real_format(written) == wanted, (action, entry)
        # 2. This extension typed while another filter is chosen: the typed one wins.
        other = next((e for e, exts in entries if exts[0] != extensions[0]), entry)
        typed = tmp_path / f"{action}-{number}-typed{extensions[0]}"
        answers.answer = (str(typed), other)
        display.export_dialog()
        assert typed.is_file() and real_format(typed) == wanted, (action, entry, other)
        assert not typed.with_name(typed.name + offered[0]).exists()
    assert not [p for p in tmp_path.iterdir() if p.name.count(".") > 1]


def test_triangulation_excel_keeps_numbers_as_numbers(main, monkeypatch, tmp_path):
    builder = _open(main, "actionDisplayBuilder")
    builder.preset.setCurrentIndex(builder.preset.findData("triangulation"))
    builder._apply_preset()
    builder._refresh_now()
    answers = SaveAnswers(monkeypatch)
    target = tmp_path / "triangulation.xlsx"
    answers.answer = (str(target), "Word (*.docx)")  # the Word filter is the default
    builder.export_dialog()
    assert target.is_file() and not (tmp_path / "triangulation.xlsx.docx").exists()
    assert real_format(target) == "xlsx"
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    supported = header.index("Supported by") + 1
    values = [sheet.cell(row=r, column=supported).value for r in range(2, sheet.max_row + 1)]
    assert values and all(isinstance(v, int) for v in values), values


def test_triangulation_preset_uses_document_groups_and_says_so(main, qtbot):
    project = main.session.project
    assert any(v.type == "text" for v in project.variables("document"))  # e.g. role
    builder = _open(main, "actionDisplayBuilder")
    builder.columns.setCurrentIndex(builder.columns.findData("documents"))
    builder.preset.setCurrentIndex(builder.preset.findData("triangulation"))
    builder.preset.activated.emit(builder.preset.currentIndex())
    builder._refresh_now()
    assert builder.columns.currentData() == "groups"
    assert builder.result.definition.columns == "groups"
    note = builder.preset_note
    assert note.isVisibleTo(builder)
    assert "Triangulation matrix" in note.text() and "Document groups" in note.text()
    header = [
        builder.view.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(builder.view.model().columnCount())
    ]
    assert "Developers" in header and "IT office" in header
    # Changeable: another source, and the note follows.
    builder.columns.setCurrentIndex(builder.columns.findData("variable:role"))
    assert "Variable: role" in note.text()
    builder.grab().save("/tmp/h5/triangulation-preset.png")
