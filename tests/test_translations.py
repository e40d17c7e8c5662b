"""Indonesian, complete: every message of the code has a finished translation with the same
placeholders, the compiled .qm says the same as the .ts, and the language is chosen from
--lang, QDADESK_LANG, Preferences or the system."""

from __future__ import annotations

import pytest

from qdadesk import i18n_tools
from qdadesk.core import i18n
from qdadesk.core.i18n import install_language, ntr, read_qm, resolve_language, tr


@pytest.fixture
def indonesian():
    install_language("id")
    yield
    install_language("en")


@pytest.fixture(scope="module")
def extracted():
    messages, warnings = i18n_tools.extract()
    return messages, warnings


def test_every_message_of_the_code_is_translated(extracted):
    messages, warnings = extracted
    assert not warnings  # tr()/ntr() with a literal, or tr(value) of tr_noop-marked texts
    assert len(messages) > 1000
    ts = i18n_tools.read_ts(i18n_tools.translations_dir() / "qdadesk_id.ts")
    # What to do when this fails: python -m qdadesk.i18n_tools update, then translate.
    assert i18n_tools.problems(ts, messages) == []


def test_the_compiled_catalogue_is_up_to_date(extracted):
    messages, _ = extracted
    ts = i18n_tools.read_ts(i18n_tools.translations_dir() / "qdadesk_id.ts")
    catalog, plurals = read_qm(i18n.catalog_path("id"))
    for key, message in messages.items():
        wanted = ts[key].translations
        forms = plurals.get(key) or plurals.get((key[0], ""))
        assert forms is not None and list(forms) == wanted, message.source


def test_extractor_finds_marked_tables_menus_and_cli_help(extracted):
    messages, _ = extracted
    sources = {key[0] for key in messages}
    assert {"Visual Tools", "Word document (DOCX)", "Free memo", "Imported"} <= sources
    assert "create an empty project" in sources  # argparse help= in qdadesk/cli
    assert "usage: " in sources  # argparse's own words
    assert ("{n} coded segment", "{n} coded segments") in messages


def test_placeholders_kept(indonesian):
    text = tr("{path}: no such project file").format(path="/x/a.qdadesk")
    assert text == "/x/a.qdadesk: berkas proyek tidak ditemukan"
    assert tr("Rename code '{old}' to '{new}'").format(old="A", new="B") == (
        "Ganti nama kode 'A' menjadi 'B'"
    )
    assert i18n_tools.placeholders("{a} %s {b:.0f} %%") == ["%%", "%s", "{a}", "{b:.0f}"]


def test_indonesian_has_one_plural_form(indonesian):
    assert ntr("{n} coded segment", "{n} coded segments", 1) == "1 segmen terkode"
    assert ntr("{n} coded segment", "{n} coded segments", 5) == "5 segmen terkode"
    assert ntr("Delete {n} memo?", "Delete {n} memos?", 3) == "Hapus 3 memo?"
    assert tr("Edit") == "Sunting" and tr("Segments: ") == "Segmen: "


def test_english_stays_the_default():
    install_language("en")
    assert tr("Edit") == "Edit"
    assert ntr("{n} coded segment", "{n} coded segments", 2) == "2 coded segments"
    assert i18n.current_language() == "en"


def test_language_choice(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "QDADESK_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert resolve_language() == "id"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert resolve_language() == "en"  # no German catalogue: English
    monkeypatch.setenv("LANGUAGE", "in:en")  # the old ISO code still seen on some phones
    assert resolve_language() == "id"
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LANGUAGE")
    assert resolve_language() == "en"
    assert resolve_language(preference="id") == "id"
    monkeypatch.setenv("QDADESK_LANG", "en")
    assert resolve_language(preference="id") == "en"  # the environment wins over Preferences
    assert resolve_language("id") == "id"  # --lang wins over everything


def test_a_missing_catalogue_falls_back_to_english(monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "catalog_path", lambda language: tmp_path / "none.qm")
    assert install_language("id") == "en"
    assert tr("Edit") == "Edit"


def test_update_keeps_translations_marks_new_and_vanished(tmp_path):
    ts = tmp_path / "x.ts"
    old = {
        ("Kept", ""): i18n_tools.Entry("Kept", None, ["Tetap"], ""),
        ("Gone", ""): i18n_tools.Entry("Gone", None, ["Hilang"], ""),
    }
    messages = {
        ("Kept", ""): i18n_tools.Message("Kept"),
        ("{n} new", "{n} news"): i18n_tools.Message("{n} new", "{n} news"),
    }
    i18n_tools.write_ts(ts, "id", i18n_tools.merge(messages, old), messages)
    entries = i18n_tools.read_ts(ts)
    assert entries[("Kept", "")].translations == ["Tetap"] and not entries[("Kept", "")].kind
    assert entries[("{n} new", "{n} news")].kind == "unfinished"
    assert entries[("Gone", "")].kind == "vanished"
    assert i18n_tools.problems(entries, messages) == ["missing: '{n} new | {n} news'"]
    table = tmp_path / "todo.tsv"
    table.write_text(
        "\n".join(i18n_tools.missing_table(entries, messages)).replace("\t\t", "\t") + "\n",
        encoding="utf-8",
    )
    row = i18n_tools.missing_table(entries, messages)[0].split("\t")
    table.write_text("\t".join([row[0], row[1], "{n} baru"]) + "\n", encoding="utf-8")
    assert i18n_tools.fill(ts, table, "id", messages) == 1
    assert i18n_tools.problems(i18n_tools.read_ts(ts), messages) == []
    # A translation that lost its placeholder is reported.
    entries = i18n_tools.read_ts(ts)
    entries[("Kept", "")] = i18n_tools.Entry("Kept", None, ["Tetap"], "")
    messages[("Kept {name}", "")] = i18n_tools.Message("Kept {name}")
    entries[("Kept {name}", "")] = i18n_tools.Entry("Kept {name}", None, ["Tetap"], "")
    assert i18n_tools.problems(entries, messages) == [
        "placeholders differ: 'Kept {name}' -> 'Tetap'"
    ]


def _parser_texts() -> list[str]:
    """Every description and help text of the CLI's parser, in a fixed order."""
    import argparse

    from qdadesk.cli import build_parser
    from qdadesk.cli.language import translate_parser

    parser = build_parser()
    translate_parser(parser)  # as main() does
    texts: list[str] = []
    pending = [parser]
    while pending:
        current = pending.pop(0)
        texts.append(current.description or "")
        for action in current._actions:
            texts.append(action.help or "")
            if isinstance(action, argparse._SubParsersAction):
                texts.extend(choice.help or "" for choice in action._choices_actions)
                pending.extend(action.choices.values())
    return texts


def test_every_cli_help_and_description_is_translated():
    """What ``--help`` shows, even text kept in a constant, reads in Indonesian."""
    ts = i18n_tools.read_ts(i18n_tools.translations_dir() / "qdadesk_id.ts")
    finished = {key[0] for key, entry in ts.items() if entry.kind == "" and entry.translations}
    english = _parser_texts()
    install_language("id")
    try:
        indonesian = _parser_texts()
    finally:
        install_language("en")
    assert len(english) == len(indonesian) > 300
    untranslated = [
        en
        for en, id_ in zip(english, indonesian, strict=True)
        if en and en == id_ and en not in finished and en != "==SUPPRESS=="
    ]
    assert untranslated == []


def test_a_constant_looked_up_without_tr_noop_is_reported(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text(
        "from qdadesk.core.i18n import tr, tr_noop\n"
        'PLAIN = "Projects (*.x)"\n'
        'MARKED = tr_noop("Marked (*.y)")\n'
        "tr(PLAIN)\n"
        "tr(MARKED)\n",
        encoding="utf-8",
    )
    messages, warnings = i18n_tools.extract(package)
    assert warnings == ["pkg/a.py:4: tr(PLAIN) of a text not marked tr_noop"]
    assert ("Marked (*.y)", "") in messages


def test_merge_report_names_kinds_in_indonesian(indonesian):
    from qdadesk.core.exchange.merge_report import MergeConflict, MergeReport

    report = MergeReport(other="b.qdadesk")
    report.documents.matched = 5
    report.conflicts.append(MergeConflict("code", "A", "x", "y"))
    text = report.as_text()
    assert "dokumen: 5 cocok, 0 ditambahkan" in text
    assert "entri buku log: 0 cocok" in text
    assert "  kode 'A': x -> y" in text
    assert report.conflicts[0].kind_label() == "kode"
    assert report.as_dict()["conflicts"][0]["kind"] == "code"  # JSON keeps its keys
