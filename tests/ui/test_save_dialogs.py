"""Every save dialog of the main window (outside the display windows) writes the format of
the chosen filter, or of a typed extension the dialog offers."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog

from qdadesk.paths import sample_project_path
from qdadesk.ui.save_dialog import filter_extensions
from tests.file_formats import real_format

# The format each extension names, as real_format sees the bytes.
FORMATS = {
    ".xlsx": "xlsx",
    ".docx": "docx",
    ".html": "html",
    ".png": "png",
    ".qdpx": "qdpx",
    ".qdc": "xml",
    ".qdadesk": "sqlite",
}


class SaveAnswers:
    """Stands in for QFileDialog.getSaveFileName: records the filter, answers (path, filter)."""

    def __init__(self, monkeypatch):
        self.filter = ""
        self.answer = ("", "")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self))

    def __call__(self, parent, caption, directory="", file_filter="", *args, **kwargs):
        self.filter = file_filter
        return self.answer


@pytest.fixture
def sample_window(qtbot, tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QSettings

    from qdadesk.ui import MainWindow

    qapp.setOrganizationName("QDA Desk Tests")
    qapp.setApplicationName("QDA Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("QDADESK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "sample.qdadesk"
    shutil.copy(sample_project_path(), path)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_project(path)
    yield window
    window.close()


def _wait_for_job(qtbot, job):
    if job is not None and job.result is None and job.error is None:
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass


def _check_every_filter(answers, run, out_dir, label):
    """Run the dialog once cancelled (to learn its filters), then per filter: a bare name,
    and this filter's extension typed while another filter is chosen."""
    answers.answer = ("", "")
    run()
    entries = filter_extensions(answers.filter)
    assert entries, label
    out_dir.mkdir()
    for number, (entry, extensions) in enumerate(entries):
        wanted = FORMATS[extensions[0]]
        bare = out_dir / f"bare{number}"
        answers.answer = (str(bare), entry)
        run()
        written = out_dir / (bare.name + extensions[0])
        assert written.is_file(), (label, entry, sorted(p.name for p in out_dir.iterdir()))
        assert real_format(written) == wanted, (label, entry)
        other = next((e for e, exts in entries if exts[0] != extensions[0]), entry)
        typed = out_dir / f"typed{number}{extensions[0].upper()}"
        answers.answer = (str(typed), other)
        run()
        assert typed.is_file() and real_format(typed) == wanted, (label, entry, other)
    doubled = [p.name for p in out_dir.iterdir() if p.name.count(".") > 1]
    assert doubled == [], label


def test_segment_exports(sample_window, monkeypatch, tmp_path):
    from qdadesk.core.analysis.retrieval import retrieve_segments

    answers = SaveAnswers(monkeypatch)
    _check_every_filter(
        answers, sample_window._workspace_actions.export_segments, tmp_path / "menu", "menu"
    )
    pane = sample_window.retrieved_segments
    pane.show_segments(retrieve_segments(sample_window.session.project), "All")
    _check_every_filter(answers, pane.export_dialog, tmp_path / "pane", "pane")


def test_variables_and_word_frequency_exports(sample_window, monkeypatch, tmp_path):
    from qdadesk.ui.analysis.word_frequency import WordFrequencyWindow
    from qdadesk.ui.variables_editor import VariablesEditor

    answers = SaveAnswers(monkeypatch)
    editor = VariablesEditor(sample_window.session, sample_window)
    _check_every_filter(answers, editor.export_dialog, tmp_path / "variables", "variables")
    words = WordFrequencyWindow(sample_window.session, sample_window)
    words.refresh()
    _check_every_filter(answers, lambda: words.export_xlsx(), tmp_path / "words", "words")
    _check_every_filter(answers, lambda: words.save_cloud(), tmp_path / "cloud", "cloud")
    editor.close()
    words.close()


def test_exchange_exports(sample_window, monkeypatch, tmp_path, qtbot):
    answers = SaveAnswers(monkeypatch)
    actions = sample_window.exchange_actions
    _check_every_filter(
        answers, lambda: _wait_for_job(qtbot, actions.export_qdpx()), tmp_path / "qdpx", "qdpx"
    )
    _check_every_filter(
        answers, lambda: _wait_for_job(qtbot, actions.export_codebook()), tmp_path / "qdc", "qdc"
    )
    crlf = tmp_path / "crlf"
    answers.answer = (str(crlf), "REFI-QDA project, Windows line ends (*.qdpx)")
    entries = filter_extensions(answers.filter)
    answers.answer = (str(crlf), entries[-1][0])
    _wait_for_job(qtbot, actions.export_qdpx())
    assert real_format(tmp_path / "crlf.qdpx") == "qdpx"


def test_new_project_dialog(sample_window, monkeypatch, tmp_path):
    answers = SaveAnswers(monkeypatch)
    answers.answer = (str(tmp_path / "fresh"), "")
    sample_window.new_project_dialog()
    assert real_format(tmp_path / "fresh.qdadesk") == "sqlite"
    assert str(sample_window.session.project.path).endswith("fresh.qdadesk")


def test_new_project_from_a_refi_qda_file(sample_window, monkeypatch, tmp_path, qtbot):
    answers = SaveAnswers(monkeypatch)
    actions = sample_window.exchange_actions
    answers.answer = (str(tmp_path / "out"), "")
    _wait_for_job(qtbot, actions.export_qdpx())
    answers.answer = (str(tmp_path / "from-qdpx"), "QDA Desk project (*.qdadesk)")
    _wait_for_job(qtbot, actions.import_qdpx(str(tmp_path / "out.qdpx")))
    assert real_format(tmp_path / "from-qdpx.qdadesk") == "sqlite"
    assert str(sample_window.session.project.path).endswith("from-qdpx.qdadesk")
