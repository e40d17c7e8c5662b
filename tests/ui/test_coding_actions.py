"""Coding from the window: in-vivo, current code, new code from selection, highlighters,
favourite keys; read back through the core and the command line; undo, redo, reopen."""

# ruff: noqa: F811  (fixtures are imported from coding_workspace_support)
from __future__ import annotations

import json

from coding_workspace_support import (  # noqa: F401
    EMOJI_TEXT,
    isolated_settings,
    select_points,
    trigger,
    window,
    workspace_project,
)
from PySide6.QtGui import QAction

from qdadesk.core import Project
from qdadesk.ui.coding_actions import in_vivo_name


def _cli_segments(path, capsys) -> list[dict]:
    from qdadesk.cli import main

    capsys.readouterr()
    assert main(["segments", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_in_vivo_name_is_trimmed_at_a_word_boundary():
    assert in_vivo_name("  “Sure,   sounds great.”  ") == "Sure, sounds great"
    long = "word " * 30
    name = in_vivo_name(long)
    assert len(name) <= 63 and name.endswith("word") and "  " not in name
    assert in_vivo_name("a\\b") == "a/b"


def test_in_vivo_after_emoji_is_exact_and_one_undo_step(window, workspace_project, capsys):
    window.open_document("emoji-interview")
    start = EMOJI_TEXT.index("smile")
    end = EMOJI_TEXT.index(" thumbs")  # "smile and 👍🏽"
    select_points(window, start, end)
    assert window.document_browser.selected_range() == (start, end)
    before = window.session.undo_stack.count()
    trigger(window, "actionInVivoCode")
    assert window.last_error is None
    project = window.session.project
    code = project.find_code("smile and 👍🏽")
    (coding,) = project.codings(code_ids=[code.id])
    assert (coding.start, coding.end) == (start, end)
    assert project.text(coding.document_id)[coding.start : coding.end] == "smile and 👍🏽"
    assert window.session.undo_stack.count() == before + 1
    assert window.current_code_id() == code.id
    # The new coding is in the text, the stripes and the Code System counts at once.
    assert len(window.document_browser.text.extraSelections()) == 1
    assert [s.name for s in window.document_browser.margin.stripes] == ["smile and 👍🏽"]
    assert window.code_system.model.own_count(code.id) == 1
    segments = _cli_segments(workspace_project.path, capsys)
    assert [(s["code"], s["start"], s["end"], s["text"]) for s in segments] == [
        ("smile and 👍🏽", start, end, "smile and 👍🏽")
    ]
    undo = window.findChild(QAction, "actionUndo")
    assert undo.text() == "Undo Code in vivo with 'smile and 👍🏽'"
    undo.trigger()
    assert project.codings() == [] and "smile and 👍🏽" not in project.code_paths().values()
    assert window.document_browser.margin.stripes == []
    trigger(window, "actionRedo")
    assert [(c.start, c.end) for c in project.codings()] == [(start, end)]


def test_code_with_current_code_in_non_latin_text_and_reopen(window, workspace_project, capsys):
    window.open_document("emoji-interview")
    project = window.session.project
    places = project.find_code("Places").id
    window.set_current_code(places)
    start = EMOJI_TEXT.index("中文")
    end = EMOJI_TEXT.index("，and")
    select_points(window, start, end)
    trigger(window, "actionCodeWithCurrentCode")
    (coding,) = project.codings(code_ids=[places])
    assert project.text(coding.document_id)[coding.start : coding.end] == "中文句子在这里"
    # A second, overlapping range in the next sentence after emoji.
    start2 = EMOJI_TEXT.index("🎉")
    end2 = EMOJI_TEXT.index(" after")
    select_points(window, start2, end2)
    trigger(window, "actionCodeWithCurrentCode")
    assert window.code_system.model.own_count(places) == 2
    path = workspace_project.path
    window.close_project()
    with Project.open(path) as reopened:
        texts = [reopened.text(c.document_id)[c.start : c.end] for c in reopened.codings()]
    assert texts == ["中文句子在这里", "🎉 party words"]
    assert [s["text"] for s in _cli_segments(path, capsys)] == texts
    assert window.open_project(path)
    window.open_document("emoji-interview")
    assert len(window.document_browser.margin.stripes) == 2


def test_new_code_from_selection_asks_name_and_colour(window, monkeypatch):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    window.open_document("emoji-interview")
    start = EMOJI_TEXT.index("𝒳")
    select_points(window, start, start + 1)
    trigger(window, "actionNewCodeFromSelection")
    dialog = window.coding.new_code_dialog
    dialog.name.setText("Math letters")
    dialog.more.click()  # "More…": any colour
    dialog.accept()
    project = window.session.project
    code = project.find_code("Math letters")
    assert code.color == "#123456"
    (coding,) = project.codings(code_ids=[code.id])
    assert project.text(coding.document_id)[coding.start : coding.end] == "𝒳"
    trigger(window, "actionUndo")
    assert "Math letters" not in project.code_paths().values()


def test_highlighter_creates_colour_code_once(window):
    window.open_document("emoji-interview")
    select_points(window, 0, 5)
    trigger(window, "actionHighlightYellow")
    select_points(window, EMOJI_TEXT.index("Third"), EMOJI_TEXT.index(" paragraph 𝒳"))
    trigger(window, "actionHighlightYellow")
    project = window.session.project
    yellow = [c for c in project.codes() if c.name == "Yellow"]
    assert len(yellow) == 1 and yellow[0].color == "#ffe119"
    assert [project.text(c.document_id)[c.start : c.end] for c in project.codings()] == [
        "Intro",
        "Third",
    ]


def test_favourite_number_keys(window):
    project = window.session.project
    joy = project.find_code("Feelings\\Joy").id
    window.code_system.set_shortcut(joy, 3)
    assert project.code(joy).shortcut == 3
    window.open_document("emoji-interview")
    start = EMOJI_TEXT.index("party")
    select_points(window, start, start + 5)
    trigger(window, "actionCodeWithFavourite3")
    (coding,) = project.codings(code_ids=[joy])
    assert (coding.start, coding.end) == (start, start + 5)
    trigger(window, "actionCodeWithFavourite4")  # no code on 4: a message, nothing coded
    assert len(project.codings()) == 1


def test_coding_a_table_cell_of_a_docx(window, workspace_project):
    window.open_document("mammoth-tables")
    project = window.session.project
    text = project.text(workspace_project.table_id)
    start = text.index("Top right")
    select_points(window, start, start + len("Top right"))
    window.set_current_code(project.find_code("Places").id)
    trigger(window, "actionCodeWithCurrentCode")
    (coding,) = project.codings()
    assert text[coding.start : coding.end] == "Top right"
