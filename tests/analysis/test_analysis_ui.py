"""The analysis windows, offscreen: standalone with a ProjectSession and a small fake
window, and reachable from the real main window's Analysis menu."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

from qdadesk.core.importers.document import ImportedDocument  # noqa: E402

TEXT = "😀 Intro. The café is open! Slides were busy.\nSecond 👍🏽 paragraph: slides again.\n"


class FakePane:
    def __init__(self) -> None:
        self.shown = None

    def show_segments(self, frame, title: str) -> None:
        self.shown = (frame, title)


class FakeWindow:
    """What the dialogs use of the main window."""

    def __init__(self, session) -> None:
        self.session = session
        self.retrieved_segments = FakePane()
        self.selected = None

    def select_range(self, document_id: int, start: int, end: int) -> None:
        self.selected = (document_id, start, end)

    def window(self) -> None:  # not a widget: the dialogs open without a parent
        return None


@pytest.fixture
def session(qtbot, tmp_project):
    from qdadesk.ui.session import ProjectSession

    project = tmp_project
    first = project.add_document(ImportedDocument("emoji", TEXT)).result
    second = project.add_document(ImportedDocument("plain", "Nothing here. Slides!")).result
    project.set_document_value(first, "role", "nurse")
    project.set_document_value(second, "role", "doctor")
    project.set_document_value(second, "interview date", "2021-05-01", "date")
    session = ProjectSession(project)
    session.ids = (first, second)
    return session


def test_lexical_search_opens_hits_and_autocodes(qtbot, session):
    from qdadesk.ui.analysis.search_dialog import LexicalSearchDialog

    window = FakeWindow(session)
    dialog = LexicalSearchDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.query.setText("slides")
    dialog.run_search()
    assert dialog.hit_count() == 3
    first = session.ids[0]
    index = dialog.model.index(0, 1)
    dialog.results.clicked.emit(index)
    start = TEXT.index("Slides")
    assert window.selected == (first, start, start + 6)

    dialog.code.setEditText("Auto\\Slides")
    dialog.extend.setCurrentIndex(dialog.extend.findData("sentence"))
    dialog.autocode()
    assert "Coded 3 segments" in dialog.message.text()
    project = session.project
    code_id = project.find_code("Auto\\Slides").id
    texts = [TEXT[c.start : c.end] for c in project.codings(document_ids=[first])]
    assert texts == ["Slides were busy.", "Second 👍🏽 paragraph: slides again."]
    session.undo_stack.undo()
    assert not _exists(project, code_id)  # made by the autocoding, so undone with it

    dialog.query.setText("a AND")
    dialog.run_search()
    assert not dialog.message.isHidden() and dialog.message.text()


def _exists(project, code_id) -> bool:
    try:
        project.code(code_id)
    except Exception:
        return False
    return True


def test_speaker_autocoding_from_the_dialog(qtbot, session):
    from qdadesk.ui.analysis.search_dialog import LexicalSearchDialog

    project = session.project
    doc = project.add_document(ImportedDocument("talk", "A: hi\nB: yo\nA: bye\n")).result
    dialog = LexicalSearchDialog(session, FakeWindow(session))
    qtbot.addWidget(dialog)
    dialog.code.setEditText("Speaker A")
    dialog.speaker.setText("A:")
    dialog.autocode_speaker()
    assert [(c.start, c.end) for c in project.codings(document_ids=[doc])] == [(0, 5), (12, 18)]


def test_complex_query_shows_results_and_codes_them(qtbot, session):
    from qdadesk.ui.analysis.query_dialog import ComplexCodingQueryDialog

    project = session.project
    first = session.ids[0]
    a = project.add_code_path("A").result
    b = project.add_code_path("B").result
    project.add_coding(first, a, 0, 10)
    project.add_coding(first, b, 5, 20)
    project.add_coding(first, a, 30, 35)
    window = FakeWindow(session)
    dialog = ComplexCodingQueryDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.set_query("intersection", a, [b])
    frame = dialog.run_query()
    assert list(zip(frame.start, frame.end, strict=True)) == [(5, 10)]
    assert window.retrieved_segments.shown[0] is frame
    assert "Intersection" in window.retrieved_segments.shown[1]
    dialog.result_code.setEditText("Both")
    dialog.code_results()
    both = project.find_code("Both").id
    assert [(c.start, c.end) for c in project.codings(code_ids=[both])] == [(5, 10)]
    session.undo_stack.undo()
    assert not _exists(project, both)

    dialog.set_query("near", a, [b], distance=3, unit="paragraphs")
    assert dialog.distance.isEnabled()
    assert len(dialog.run_query()) == 2
    dialog.set_query("overlapping", a, [])
    assert dialog.run_query() is None and dialog.message.text()


def test_activation_by_variables(qtbot, session):
    from qdadesk.core.analysis.activation import saved_activation_names
    from qdadesk.ui.analysis.activation_dialog import ActivateByVariablesDialog

    first, second = session.ids
    dialog = ActivateByVariablesDialog(session, FakeWindow(session))
    qtbot.addWidget(dialog)
    dialog.formula.setText("role = ")
    assert not dialog.error_label.isHidden()
    assert "Formula:" in dialog.error_label.text()
    assert not dialog.activate_button.isEnabled()
    dialog.formula.setText("`interview date` >= 2021-01-01 or role = nurse")
    assert dialog.error_label.isHidden()
    assert "2 documents" in dialog.preview_label.text()
    dialog.formula.setText('role = "doctor"')
    dialog.min_weight.setValue(20)
    dialog.save("Doctors")
    assert saved_activation_names(session.project) == ["Doctors"]
    dialog.apply()
    assert session.activation.document_ids == frozenset({second})
    assert session.activation.min_weight == 20
    session.set_activation(session.activation.with_documents({first}))
    dialog.recall("Doctors")
    assert session.activation.document_ids == frozenset({second})


def test_word_frequencies_window(qtbot, session, tmp_path):
    from qdadesk.ui.analysis.word_frequency import WordFrequencyWindow

    dialog = WordFrequencyWindow(session, FakeWindow(session))
    qtbot.addWidget(dialog)
    words = set(dialog.frame.word)
    assert "slides" in words and "the" not in words
    dialog.extra_language.setCurrentText("en")
    dialog.extra_words.setPlainText("slides\nparagraph")
    dialog.save_stopwords()
    assert "slides" not in set(dialog.frame.word)
    png = tmp_path / "cloud.png"
    dialog.save_cloud(str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    xlsx = tmp_path / "words.xlsx"
    dialog.export_xlsx(str(xlsx))
    assert xlsx.stat().st_size > 0


def test_smart_coding_tool_edits_moves_and_splits(qtbot, session):
    from qdadesk.ui.analysis.segment_review import CODING_IDS_MIME, SegmentReviewWindow

    project = session.project
    first = session.ids[0]
    code = project.add_code_path("Mood").result
    one = project.add_coding(first, code, 0, 8).result
    two = project.add_coding(first, code, 10, 20).result
    dialog = SegmentReviewWindow(session, FakeWindow(session), code_ids=[code])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2
    weight = dialog.model.index(0, 4)
    assert dialog.model.setData(weight, 75)
    assert project.coding(one).weight == 75
    assert dialog.model.setData(dialog.model.index(1, 3), "a note")
    assert project.coding(two).comment == "a note"
    assert not dialog.model.setData(weight, 400)
    assert dialog.message.text()

    sub = dialog.new_subcode("Happy")
    assert project.code_path(sub) == "Mood\\Happy"
    # Drag the second segment onto the new subcode in the code list.
    row = next(
        r
        for r in range(dialog.codes.count())
        if dialog.codes.item(r).data(Qt.ItemDataRole.UserRole) == sub
    )
    rect = dialog.codes.visualItemRect(dialog.codes.item(row))
    mime = QMimeData()
    mime.setData(CODING_IDS_MIME, f"[{two}]".encode())
    drop = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.codes.dropEvent(drop)
    assert project.coding(two).code_id == sub
    assert "Moved 1 segment to" in dialog.message.text()
    session.undo_stack.undo()
    assert project.coding(two).code_id == code


def test_reachable_from_the_main_window(qtbot, tmp_path, monkeypatch, corpus_dir):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction

    from qdadesk.core import Project
    from qdadesk.ui import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "study.qdadesk"
    with Project.create(path) as project:
        project.import_documents([corpus_dir / "qualcoder-example-focus-transcript.txt"])
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    menu = window.menu("Analysis")
    names = {action.objectName() for action in menu.actions()}
    expected = {
        "actionComplexCodingQuery",
        "actionLexicalSearch",
        "actionActivateByVariables",
        "actionWordFrequencies",
        "actionSmartCodingTool",
    }
    assert expected <= names
    for name in sorted(expected):
        action = window.findChild(QAction, name)
        assert action.isEnabled()
        action.trigger()
    dialogs = window._analysis_actions.dialogs
    assert set(dialogs) == {"activation", "query", "search", "words", "review"}
    search = dialogs["search"]
    search.query.setText("slides")
    search.run_search()
    search.results.clicked.emit(search.model.index(0, 0))
    assert window.document_browser.current_document_id() is not None
    query = dialogs["query"]
    assert query.main_window is window
    for dialog in dialogs.values():
        dialog.close()
    window.close()
