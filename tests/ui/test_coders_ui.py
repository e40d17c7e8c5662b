"""The coder name (first start, Preferences) goes on codings; Retrieved Segments filters
by coder."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

from coding_workspace_support import (  # noqa: F401
    isolated_settings,
    select_points,
    trigger,
    window,
    workspace_project,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit

from qdadesk.core.analysis.activation import Activation
from qdadesk.ui import MainWindow
from qdadesk.ui.coders import CODER_KEY, ask_coder_name_at_first_start
from qdadesk.ui.preferences import PreferencesDialog


def test_first_start_asks_the_coder_name_once(qtbot, isolated_settings, monkeypatch) -> None:
    asked = []

    def answer(parent, title, label, text=""):
        asked.append(text)
        return "Ann Lee", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    main = MainWindow()
    qtbot.addWidget(main)
    assert ask_coder_name_at_first_start(main) == "Ann Lee"
    assert asked and asked[0]  # the login name is offered
    assert QSettings().value(CODER_KEY) == "Ann Lee"
    assert ask_coder_name_at_first_start(main) == "Ann Lee"
    assert len(asked) == 1


def test_preferences_set_the_coder_on_new_codings(window, qtbot) -> None:
    project = window.session.project
    trigger(window, "actionPreferences")
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PreferencesDialog) and w.isVisible() and w.parent() is window
    )
    assert dialog.isVisible()
    field = dialog.findChild(QLineEdit, "coderName")
    field.selectAll()
    QTest.keyClicks(field, "Ben & Co")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert QSettings().value(CODER_KEY) == "Ben & Co"
    assert project.user_name == "Ben & Co"
    window.open_document("emoji-interview")
    window.set_current_code(project.find_code("Places").id)
    select_points(window, 0, 5)
    trigger(window, "actionCodeWithCurrentCode")
    assert [c.coder for c in project.codings()] == ["Ben & Co"]
    # A project opened later gets the same name.
    path = project.path
    window.close_project()
    assert window.open_project(path)
    assert window.session.project.user_name == "Ben & Co"


def test_empty_coder_name_is_refused(window) -> None:
    trigger(window, "actionPreferences")
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PreferencesDialog) and w.isVisible() and w.parent() is window
    )
    dialog.coder.setText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    dialog.close()


def test_coder_filter_in_retrieved_segments(window, qtbot) -> None:
    project = window.session.project
    places = project.find_code("Places").id
    document = project.documents()[0].id
    project.add_coding(document, places, 0, 10, coder="Ann")
    project.add_coding(document, places, 5, 20, coder="Ben")  # overlaps Ann's: kept apart
    window.session.set_activation(Activation())
    pane = window.retrieved_segments
    assert pane.segment_count() == 2
    button = window.coder_filter
    assert button.text() == "Coders: all"
    button.fill_menu()
    ben = next(a for a in button.menu().actions() if a.text() == "Ben")
    ben.trigger()  # unchecks Ben
    assert window.session.activation.coders == frozenset({"Ann"})
    assert pane.segment_count() == 1 and pane.current_frame()["coder"].tolist() == ["Ann"]
    assert button.text() == "Coders: Ann"
    assert "coders: Ann" in window.activation_label.text()
    button.fill_menu()
    next(a for a in button.menu().actions() if a.objectName() == "actionAllCoders").trigger()
    assert window.session.activation.coders is None and pane.segment_count() == 2
    window.show()
    button.grab().save("/tmp/h10-coder-button.png")
