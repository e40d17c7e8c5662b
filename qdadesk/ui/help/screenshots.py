"""Render the user guide's screenshots from the bundled sample project, so they stay current.

    python -m qdadesk.ui.help.screenshots                 # every picture
    python -m qdadesk.ui.help.screenshots workspace code_matrix --out /tmp/shots

Opens the real main window offscreen on a copy of the sample (settings in a temporary
folder, so the user's own are untouched), drives it as a user would (open a document,
activate codes, open each tool through its menu action) and saves one PNG per picture into
``resources/help/images/``: at most 1000 pixels wide, 256 colours, maximum compression.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtGui import QAction, QPixmap
    from PySide6.QtWidgets import QWidget

    from qdadesk.core.project import Project
    from qdadesk.ui.main_window import MainWindow
    from qdadesk.ui.session import ProjectSession

MAX_WIDTH = 1000
PROJECT_NAME = "Digital services.qdadesk"  # the title bar shows it
Shot = Callable[["MainWindow"], "QWidget"]  # (main window) -> the widget to photograph
Child = TypeVar("Child", bound="QObject")


def images_dir() -> Path:
    from qdadesk.ui.help.pages import help_dir

    return help_dir() / "images"


def _settle(app: QCoreApplication, rounds: int = 6) -> None:
    """Let queued refreshes (QTimer.singleShot(0)) and layouts run."""
    for _ in range(rounds):
        app.processEvents()


def _action(window: MainWindow, name: str) -> QAction:
    from PySide6.QtGui import QAction

    action = _child(window, QAction, name)
    action.trigger()
    return action


def _child(parent: QObject, kind: type[Child], name: str = "") -> Child:
    """The child of ``parent`` of class ``kind`` (called ``name``, when given)."""
    # An empty name would match only children without a name: no name matches any.
    found = parent.findChild(kind, name) if name else parent.findChild(kind)
    if found is None:
        raise LookupError(f"no {kind.__name__} {name}".rstrip())
    return found


def _display(
    window: MainWindow, action: str, kind: type[Child], size: tuple[int, int] = (1000, 620)
) -> Child:
    """Open a display window through its menu entry; it must be a ``kind``."""
    _action(window, action)
    shown = window.display_windows[-1]
    if not isinstance(shown, kind):
        raise LookupError(f"{action} opened a {type(shown).__name__}, not a {kind.__name__}")
    shown.resize(*size)
    return shown


def _dialog(
    window: MainWindow, action: str, kind: type[Child], size: tuple[int, int] | None = None
) -> Child:
    """Open the window a menu entry keeps (one per project); it must be a ``kind``."""
    dialog = _new_window(window, action)
    if not isinstance(dialog, kind):
        raise LookupError(f"{action} opened a {type(dialog).__name__}, not a {kind.__name__}")
    if size:
        dialog.resize(*size)
    return dialog


def _session(window: MainWindow) -> ProjectSession:
    session = window.session
    assert session is not None, "every picture but the start page shows the open sample"
    return session


def _project(window: MainWindow) -> Project:
    return _session(window).project


def _code_ids(window: MainWindow, *paths: str) -> list[int]:
    project = _project(window)
    return [project.find_code(path).id for path in paths]


# -- the pictures --------------------------------------------------------------------------
def workspace(window: MainWindow) -> QWidget:
    project = _project(window)
    activation = _session(window).activation
    documents = frozenset(d.id for d in project.documents())
    codes = frozenset(_code_ids(window, "Barriers\\Funding", "Trust\\Citizen trust\\Reliability"))
    _session(window).set_activation(activation.with_documents(documents).with_codes(codes))
    window.open_document("Marta (City IT office)")
    window.code_system.view.expandAll()
    return window


def start_page(window: MainWindow) -> QWidget:
    from PySide6.QtCore import QSettings

    from qdadesk.ui.start_page import RECENT_KEY

    window.close_project()
    QSettings().setValue(RECENT_KEY, [])  # not the temporary copies made here
    window.start_page.refresh()
    return window


def code_matrix(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.matrix_windows import CodeMatrixWindow

    return _display(window, "actionCodeMatrixBrowser", CodeMatrixWindow)


def code_relations(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.matrix_windows import CodeRelationsWindow

    return _display(window, "actionCodeRelationsBrowser", CodeRelationsWindow, (1000, 660))


def crosstab(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.matrix_windows import CrosstabWindow

    return _display(window, "actionCrosstab", CrosstabWindow)


def document_portrait(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.chart_windows import DocumentPortraitWindow

    shown = _display(window, "actionDocumentPortrait", DocumentPortraitWindow, (900, 560))
    shown.select([_project(window).find_document("Marta (City IT office)").id])
    return shown


def codeline(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.chart_windows import CodelineWindow

    shown = _display(window, "actionCodeline", CodelineWindow, (1000, 560))
    shown.select([_project(window).find_document("Marta (City IT office)").id])
    return shown


def document_comparison(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.chart_windows import DocumentComparisonWindow

    shown = _display(window, "actionDocumentComparisonChart", DocumentComparisonWindow, (1000, 520))
    shown.select([d.id for d in _project(window).documents()])
    return shown


def code_frequencies(window: MainWindow) -> QWidget:
    from PySide6.QtWidgets import QSplitter

    from qdadesk.ui.displays.matrix_windows import CodeFrequenciesWindow

    shown = _display(window, "actionCodeFrequencies", CodeFrequenciesWindow, (1000, 620))
    _child(shown, QSplitter).setSizes([330, 670])
    return shown


def summary_grid(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.summary_windows import SummaryGridWindow

    shown = _display(window, "actionSummaryGrid", SummaryGridWindow, (1000, 600))
    _settle_app()
    marta = _project(window).find_document("Marta (City IT office)").id
    shown.open_cell(_code_ids(window, "Barriers\\Funding")[0], marta)
    return shown


def summary_tables(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.summary_windows import SummaryTablesWindow

    shown = _display(window, "actionSummaryTables", SummaryTablesWindow, (1000, 600))
    codes = _code_ids(window, "Barriers\\Funding", "Barriers\\Skills", "Trust\\Citizen trust")
    shown.set_choice(codes, ["role"])
    return shown


def clustered_matrix(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.summary_windows import SummaryTablesWindow

    shown = _display(window, "actionSummaryTables", SummaryTablesWindow, (1000, 560))
    codes = _code_ids(
        window,
        "Barriers\\Funding",
        "Collaboration\\Data sharing\\Interfaces and APIs",
        "Trust\\Citizen trust",
    )
    shown.set_choice(codes, [])
    shown.grouped.setChecked(True)
    return shown


def quote_matrix(window: MainWindow) -> QWidget:
    from qdadesk.ui.displays.builder import QuoteMatrixWindow

    return _display(window, "actionQuoteMatrix", QuoteMatrixWindow, (1000, 600))


def display_builder(window: MainWindow) -> QWidget:
    from qdadesk.core.analysis.displays import triangulation_definition
    from qdadesk.ui.displays.builder import DisplayBuilderWindow

    shown = _display(window, "actionDisplayBuilder", DisplayBuilderWindow, (1000, 640))
    shown.set_definition(triangulation_definition("groups"))
    return shown


def activate_by_variables(window: MainWindow) -> QWidget:
    from qdadesk.ui.analysis.activation_dialog import ActivateByVariablesDialog

    dialog = _dialog(window, "actionActivateByVariables", ActivateByVariablesDialog)
    dialog.formula.setText("age >= 40 or remote = true")
    return dialog


def complex_query(window: MainWindow) -> QWidget:
    from qdadesk.ui.analysis.query_dialog import ComplexCodingQueryDialog

    return _dialog(window, "actionComplexCodingQuery", ComplexCodingQueryDialog, (820, 560))


def lexical_search(window: MainWindow) -> QWidget:
    from qdadesk.ui.analysis.search_dialog import LexicalSearchDialog

    dialog = _dialog(window, "actionLexicalSearch", LexicalSearchDialog, (900, 600))
    dialog.query.setText("data*")
    dialog.run_search()
    return dialog


def word_frequencies(window: MainWindow) -> QWidget:
    from qdadesk.ui.analysis.word_frequency import WordFrequencyWindow

    return _dialog(window, "actionWordFrequencies", WordFrequencyWindow, (900, 600))


def smart_coding_tool(window: MainWindow) -> QWidget:
    from qdadesk.ui.analysis.segment_review import SegmentReviewWindow

    window.set_current_code(_code_ids(window, "Barriers\\Funding")[0])
    return _dialog(window, "actionSmartCodingTool", SegmentReviewWindow, (1000, 560))


def variables_editor(window: MainWindow) -> QWidget:
    from qdadesk.ui.variables_editor import VariablesEditor

    return _dialog(window, "actionVariablesEditor", VariablesEditor, (900, 360))


def memo_manager(window: MainWindow) -> QWidget:
    from qdadesk.ui.memos import MemoManager

    return _dialog(window, "actionMemoManager", MemoManager, (900, 520))


def exchange_report(window: MainWindow) -> QWidget:
    from qdadesk.core.exchange.export_project import export_qdpx
    from qdadesk.core.exchange.import_project import import_qdpx
    from qdadesk.ui.exchange.report_dialog import ExchangeReportDialog

    folder = Path(_project(window).path).parent
    export_qdpx(_project(window), folder / "sample.qdpx")
    report = import_qdpx(folder / "sample.qdpx", folder / "from-qdpx.qdadesk")
    dialog = ExchangeReportDialog(report, window)
    dialog.resize(760, 520)
    dialog.show()
    return dialog


# -- the features of issue 10 (sets, cases, paraphrases, agreement, teamwork, safety) ------
PARAPHRASES = {
    "Marta (City IT office)": [
        "Small team runs every online service and the old registry",
        "Portal works; 'end to end' shows the paper processes behind it",
        "Project money builds things, nothing pays for maintenance",
        "Few people can code; the office mostly manages vendors",
    ],
    "Łukasz (freelance developer)": [
        "Subcontractor abroad, never met the city: tickets and calls",
        "Friendly but slow: every question passes three layers",
        "Registry exports only at night; a nightly workaround",
        "A real interface needs a procurement; workarounds stay",
    ],
    "Inês (vendor lead developer)": [
        "Most of the time goes into maintenance and firefighting",
        "Certificate expired, portal down: nobody owned the task",
        "Knowledge sits in people; now a runbook and a calendar",
        "City IT is fine; other departments guard their data",
    ],
    "Henrik (Ministry)": [
        "Programmes fund new projects for up to three years",
        "The system rewards new projects, not maintenance",
        "The legal framework is complicated; guidance is coming",
        "Changing the standard too often cost trust",
    ],
    "Aylin (citizen)": [
        "Needs something from the city about once a month",
        "Filled in the form online, then sent it all on paper",
        "Feels unheard; keeps copies; her neighbour stays on paper",
        "Wonders who sees her data; wants one clear page",
    ],
}


def _add_paraphrases(window: MainWindow) -> None:
    """Paraphrase the respondent's first answers in each interview of the sample."""
    project = _project(window)
    for name, texts in PARAPHRASES.items():
        document = project.find_document(name)
        text = project.text(document.id)
        answers, offset = [], 0
        for line in text.split("\n"):
            if line.startswith("R: "):
                answers.append((offset + 3, offset + len(line)))
            offset += len(line) + 1
        for (start, end), paraphrase in zip(answers, texts, strict=False):
            project.add_paraphrase(document.id, start, end, paraphrase)
    _settle_app()


def document_sets(window: MainWindow) -> QWidget:
    project = _project(window)
    ids = {d.name: d.id for d in project.documents()}
    developers = ["Łukasz (freelance developer)", "Inês (vendor lead developer)"]
    public = ["Marta (City IT office)", "Henrik (Ministry)"]
    project.add_document_set("Developers and vendors", [ids[n] for n in developers])
    project.add_document_set("Public sector", [ids[n] for n in public])
    _settle_app()
    activation = _session(window).activation
    codes = frozenset(_code_ids(window, "Barriers\\Legacy systems", "Strategies\\Workarounds"))
    chosen = frozenset(ids[n] for n in developers)
    _session(window).set_activation(activation.with_documents(chosen).with_codes(codes))
    window.open_document(developers[0])
    from PySide6.QtWidgets import QSplitter

    window.document_system.tree.expandAll()
    window.code_system.view.expandAll()
    splitter = window.document_system.parentWidget()
    if isinstance(splitter, QSplitter):  # room for the sets: they are the subject here
        total = sum(splitter.sizes())
        splitter.setSizes([total * 3 // 5, total - total * 3 // 5])
    return window


def cases(window: MainWindow) -> QWidget:
    project = _project(window)
    ids = {d.name: d.id for d in project.documents()}
    members = {
        "City administration": (["Marta (City IT office)"], "municipal", 12),
        "Portal vendor": (
            ["Łukasz (freelance developer)", "Inês (vendor lead developer)"],
            "private",
            40,
        ),
        "Ministry": (["Henrik (Ministry)"], "state", 85),
        "Citizens": (["Aylin (citizen)"], "public", None),
    }
    for name, (documents, sector, staff) in members.items():
        case_id = project.add_case(name, document_ids=[ids[n] for n in documents]).result
        project.set_case_value(case_id, "sector", sector)
        if staff is not None:
            project.set_case_value(case_id, "staff", staff, "integer")
    from qdadesk.ui.cases_dialog import CasesDialog

    dialog = _dialog(window, "actionCases", CasesDialog, (900, 520))
    _settle_app()
    dialog.table.setCurrentIndex(dialog.table.model().index(1, 0))
    return dialog


def paraphrase_mode(window: MainWindow) -> QWidget:
    _add_paraphrases(window)
    window.open_document("Marta (City IT office)")
    _action(window, "actionParaphraseMode")
    _settle_app()
    project = _project(window)
    marta = project.find_document("Marta (City IT office)").id
    text = project.text(marta)
    start = text.index("R: The portal itself works.") + 3
    window.select_range(marta, start, start + len("The portal itself works."))
    return window


def paraphrases_matrix(window: MainWindow) -> QWidget:
    from PySide6.QtWidgets import QComboBox

    from qdadesk.ui.paraphrases.windows import ParaphrasesMatrixWindow

    _add_paraphrases(window)
    shown = _dialog(window, "actionParaphrasesMatrix", ParaphrasesMatrixWindow, (1000, 560))
    combo = _child(shown, QComboBox)
    combo.setCurrentIndex(max(combo.findData("groups"), 0))
    return shown


def intercoder_agreement(window: MainWindow) -> QWidget:
    """A second coder, Ben, codes two interviews again: mostly as Ana did, some segments a
    little shorter, some left out, one code swapped."""
    project = _project(window)
    names = ["Marta (City IT office)", "Łukasz (freelance developer)"]
    documents = [project.find_document(n).id for n in names]
    swap = _code_ids(window, "Barriers\\Skills")[0]
    for n, coding in enumerate(project.codings(documents)):
        if coding.coder != "Ana Ribeiro" or n % 5 == 4:
            continue
        end = coding.end - (coding.end - coding.start) // 4 if n % 5 == 2 else coding.end
        code = swap if n % 7 == 3 else coding.code_id
        project.add_coding(coding.document_id, code, coding.start, end, coder="Ben Okafor")
    _session(window).set_activation(
        _session(window).activation.with_documents(frozenset(documents))
    )
    _settle_app()
    from qdadesk.ui.analysis.agreement_dialog import IntercoderAgreementDialog

    dialog = _dialog(window, "actionIntercoderAgreement", IntercoderAgreementDialog, (1000, 700))
    dialog.coder_a.setCurrentText("Ana Ribeiro")
    dialog.coder_b.setCurrentText("Ben Okafor")
    dialog.activated_only.setChecked(True)
    dialog.compute()
    return dialog


def import_summary(window: MainWindow) -> QWidget:
    from qdadesk.ui.document_properties import ImportSummaryDialog

    folder = Path(_project(window).path).parent / "new interviews"
    folder.mkdir()
    (folder / "Interview 6 (Sofia, school office).txt").write_text(
        "Interview 6: Citizens\nR: I only use the portal for the school registration.\n",
        encoding="utf-8",
    )
    (folder / "Interview 7 (field notes).txt").write_text("", encoding="utf-8")
    (folder / "Scanned letter.pdf").write_bytes(b"%PDF-1.4 not a readable file")
    project = _project(window)
    group = project.find_group("Citizens")
    files = sorted(folder.iterdir())
    report = project.import_documents(files, group.id).result
    dialog = ImportSummaryDialog(project, report, window)
    dialog.resize(640, 380)
    return dialog


def new_code(window: MainWindow) -> QWidget:
    from qdadesk.ui.new_code_dialog import NewCodeFromSelectionDialog

    project = _project(window)
    marta = project.find_document("Marta (City IT office)").id
    text = project.text(marta)
    words = "no line in the budget to maintain it"
    start = text.index(words)
    window.set_current_code(_code_ids(window, "Barriers\\Funding")[0])
    window.select_range(marta, start, start + len(words))
    _action(window, "actionNewCodeFromSelection")
    _settle_app()
    dialog = _child(window, NewCodeFromSelectionDialog)
    dialog.adjustSize()
    return dialog


def _pretty_folder(folder: Path) -> str:
    """Where the temporary copy lies is no business of the guide: a plausible folder."""
    return str(Path("~") / "Documents" / "Digital services" / folder.name)


def restore_backup(window: MainWindow) -> QWidget:
    from datetime import datetime

    from PySide6.QtWidgets import QLabel

    from qdadesk.core.store import backup
    from qdadesk.ui.project_safety import RestoreBackupDialog, backup_folder

    project = Path(_project(window).path)
    folder = backup_folder(project)
    for day, hour in ((3, 9), (6, 16), (10, 8), (14, 11)):
        when = datetime(2025, 3, day, hour, 12, 5)
        backup.copy_database(project, backup.backup_path(project, folder, when))
    dialog = RestoreBackupDialog(window, project)
    heading = _child(dialog, QLabel)
    heading.setText(heading.text().replace(str(folder), _pretty_folder(folder)))
    dialog.resize(620, 300)
    return dialog


def backup_settings(window: MainWindow) -> QWidget:
    from qdadesk.ui.project_safety import BackupSettingsDialog

    dialog = BackupSettingsDialog(window)
    dialog.resize(560, dialog.sizeHint().height())
    return dialog


def preferences(window: MainWindow) -> QWidget:
    from qdadesk.ui.preferences import PreferencesDialog

    _action(window, "actionPreferences")
    _settle_app()
    dialog = _child(window, PreferencesDialog)
    dialog.resize(520, dialog.sizeHint().height())
    return dialog


def audit_trail(window: MainWindow) -> QWidget:
    project = _project(window)
    code_id = project.add_code_path("Barriers\\Staff turnover").result
    project.rename_code(code_id, "Staff leaving")
    project.recolor_code(code_id, "#911eb4")
    project.move_code(code_id, _code_ids(window, "Barriers\\Skills")[0])
    marta = project.find_document("Marta (City IT office)").id
    text = project.text(marta)
    start = text.index("one of them is leaving in summer")
    project.add_coding(marta, code_id, start, start + len("one of them is leaving in summer"))
    from qdadesk.ui.exchange.teamwork_dialogs import AuditTrailDialog

    dialog = _dialog(window, "actionAuditTrail", AuditTrailDialog, (1000, 520))
    return dialog


def _new_window(window: MainWindow, action: str) -> QWidget:
    """Trigger a menu entry and return the (non-modal) window it opened."""
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    _action(window, action)
    _settle_app()
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w not in before and w is not window
    ]
    if len(opened) != 1:
        raise LookupError(f"{action} opened {len(opened)} windows")
    return opened[0]


SHOTS: dict[str, Shot] = {
    "workspace": workspace,
    "start_page": start_page,
    "code_matrix": code_matrix,
    "code_relations": code_relations,
    "crosstab": crosstab,
    "document_portrait": document_portrait,
    "codeline": codeline,
    "document_comparison": document_comparison,
    "code_frequencies": code_frequencies,
    "summary_grid": summary_grid,
    "summary_tables": summary_tables,
    "clustered_matrix": clustered_matrix,
    "quote_matrix": quote_matrix,
    "display_builder": display_builder,
    "activate_by_variables": activate_by_variables,
    "complex_query": complex_query,
    "lexical_search": lexical_search,
    "word_frequencies": word_frequencies,
    "smart_coding_tool": smart_coding_tool,
    "variables_editor": variables_editor,
    "memo_manager": memo_manager,
    "exchange_report": exchange_report,
    "document_sets": document_sets,
    "cases": cases,
    "paraphrase_mode": paraphrase_mode,
    "paraphrases_matrix": paraphrases_matrix,
    "intercoder_agreement": intercoder_agreement,
    "import_summary": import_summary,
    "new_code": new_code,
    "restore_backup": restore_backup,
    "backup_settings": backup_settings,
    "preferences": preferences,
    "audit_trail": audit_trail,
}


def _settle_app() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None, "render() makes the application first"
    _settle(app)


def save_small(pixmap: QPixmap, path: Path) -> None:
    """Save a screenshot at most MAX_WIDTH wide, in 256 colours, maximally compressed."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = pixmap.toImage()
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    # The stubs type the format as bytes, but PySide6 takes only a str here (bytes raise).
    if not image.save(str(partial), "PNG", 0):  # type: ignore[call-overload]
        raise OSError(f"could not write {partial}")
    os.replace(partial, path)


def render(out_dir: Path | None = None, names: list[str] | None = None) -> list[Path]:
    """Render the pictures called ``names`` (all when None) into ``out_dir``; returns the
    files written. Needs a QApplication (made here when there is none)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from qdadesk.paths import sample_project_path
    from qdadesk.ui.application import make_application
    from qdadesk.ui.coders import set_coder_name

    out_dir = Path(out_dir) if out_dir else images_dir()
    chosen = names or list(SHOTS)
    unknown = [n for n in chosen if n not in SHOTS]
    if unknown:
        raise ValueError(f"unknown screenshots: {', '.join(unknown)}")
    app = QApplication.instance() or make_application()
    written = []
    with tempfile.TemporaryDirectory(prefix="qdadesk-shots-") as temp:
        folder = Path(temp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
        )
        os.environ["QDADESK_DATA_DIR"] = str(folder / "data")
        set_coder_name("Ana Ribeiro")  # not the login name of whoever renders
        for name in chosen:
            project = folder / name / PROJECT_NAME
            project.parent.mkdir()
            shutil.copyfile(sample_project_path(), project)
            written.append(_one(app, name, project, out_dir / f"{name}.png"))
    return written


def _one(app: QCoreApplication, name: str, project: Path, target: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from qdadesk.ui.main_window import MainWindow

    window = MainWindow()
    try:
        window.resize(1280, 800)
        window.reset_layout()
        window.show()
        window.open_project(project)
        _settle(app)
        window.statusBar().clearMessage()  # "Backup saved: <today's date>" dates the picture
        subject = SHOTS[name](window)
        subject.show()
        _settle(app, 12)
        save_small(subject.grab(), target)
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        window.close_project(False) if window.session is not None else None
        window.close()
        window.deleteLater()
        _settle(app)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="pictures to render (default: all)")
    parser.add_argument("--out", type=Path, help="folder (default: resources/help/images)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(args.out, args.names or None):
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
