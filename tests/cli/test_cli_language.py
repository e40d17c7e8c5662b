"""The command line in Indonesian: ``--lang id`` (before the command) and ``QDADESK_LANG``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qdadesk.cli import main
from qdadesk.core.i18n import install_language

RUN_CLI = "import sys; from qdadesk.cli import main; sys.exit(main())"


@pytest.fixture(autouse=True)
def back_to_english(monkeypatch):
    monkeypatch.delenv("QDADESK_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    yield
    install_language("en")


def test_lang_id_prints_an_indonesian_error(capsys, tmp_path):
    missing = tmp_path / "none.qdadesk"
    assert main(["--lang", "id", "documents", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"qdadesk-cli: kesalahan: {missing}: berkas proyek tidak ditemukan"
    assert main(["documents", str(missing)]) == 1  # English again without --lang
    assert capsys.readouterr().err.strip() == (
        f"qdadesk-cli: error: {missing}: no such project file"
    )


def test_environment_and_messages_and_help(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("QDADESK_LANG", "id")
    project = tmp_path / "p.qdadesk"
    assert main(["new", str(project)]) == 0
    assert capsys.readouterr().out.strip() == f"{project} dibuat"
    with pytest.raises(SystemExit):
        main(["codes"])
    err = capsys.readouterr().err
    assert "penggunaan:" in err and "argumen berikut wajib diisi: ACTION" in err
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "buat proyek kosong" in out and "set dokumen baru" not in out
    assert "set dokumen: add, list" in out
    assert "tampilkan pesan bantuan ini lalu keluar" in out
    assert main(["--lang=en", "new", str(tmp_path / "q.qdadesk")]) == 0
    assert capsys.readouterr().out.startswith("created ")


def test_a_fresh_process_in_indonesian(tmp_path):
    """The installed command, as a user runs it (its parser is built once, in Indonesian)."""
    result = subprocess.run(
        [sys.executable, "-c", RUN_CLI, "--lang", "id", "check", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 1
    assert "berkas proyek tidak ditemukan" in result.stderr


def test_team_export_refusals_in_indonesian(capsys, tmp_path):
    project = tmp_path / "p.qdadesk"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()

    def export(*options: str) -> str:
        assert main(["--lang", "id", "export", str(project), *options]) == 1
        return capsys.readouterr().err

    part = str(tmp_path / "part.qdadesk")
    assert "menulis sebagian proyek: sebutkan --document atau --group" in export(
        "--format", "qdadesk", "-o", part
    )
    assert "--document dan --group memerlukan --format qdpx atau qdadesk" in export(
        "--format", "qdc", "--group", "G", "-o", str(tmp_path / "c.qdc")
    )
    assert "nama berkas harus berakhiran .qdadesk untuk --format qdadesk" in export(
        "--format", "qdadesk", "--group", "G", "-o", str(tmp_path / "part.qdpx")
    )
