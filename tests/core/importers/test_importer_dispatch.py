"""The dispatcher: extensions, file errors, size limit, lazy imports, no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import SUPPORTED_EXTENSIONS, import_document, limits

REPO = Path(__file__).resolve().parents[3]


def test_supported_extensions() -> None:
    assert set(SUPPORTED_EXTENSIONS) == {
        ".txt", ".docx", ".odt", ".rtf", ".html", ".htm", ".md", ".markdown", ".pdf",
        ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".webp", ".bmp", ".svg",
    }  # fmt: skip


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "LOUD.TXT"
    path.write_bytes(b"hi")
    document = import_document(path)
    assert (document.name, document.text, document.original_type) == ("LOUD", "hi", "txt")


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"x")
    with pytest.raises(ImportFailed, match=r"^slides\.pptx: this file type cannot be imported"):
        import_document(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^gone\.txt: file not found$"):
        import_document(tmp_path / "gone.txt")


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ImportFailed, match=r"^folder\.txt: "):
        import_document(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(ImportFailed, match=r"^pipe\.txt: not a regular file$"):
        import_document(pipe)


def test_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(ImportFailed, match=r"^big\.txt: the file is too large"):
        import_document(path)


def test_unexpected_parser_errors_become_import_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qdadesk.core.importers import txt

    def explode(data: bytes, filename: str) -> None:
        raise RecursionError("deep")

    monkeypatch.setattr(txt, "import_txt", explode)
    path = tmp_path / "odd.txt"
    path.write_bytes(b"x")
    with pytest.raises(ImportFailed, match=r"^odd\.txt: could not be read as a text file"):
        import_document(path)


def test_importers_load_no_qt_and_heavy_libraries_lazily() -> None:
    code = (
        "import sys\n"
        "import qdadesk.core.importers as importers\n"
        "heavy = {'PySide6', 'docx', 'odf', 'pypdfium2', 'striprtf'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "importers.import_document_bytes(b'hello', 'a.txt')\n"
        "assert 'PySide6' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_every_corpus_document_imports_or_fails_cleanly(corpus: Path) -> None:
    for path in sorted(corpus.iterdir()):
        if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            continue
        try:
            document = import_document(path)
        except ImportFailed as exc:
            assert str(exc).startswith(path.name + ": ")
            assert "\n" not in str(exc)
            continue
        assert "\r" not in document.text
        for span in document.spans:
            assert 0 <= span.start <= span.end <= len(document.text), (path.name, span)


def test_messages_go_through_the_translation_function(tmp_path: Path) -> None:
    from qdadesk.core import i18n

    i18n.install_catalog({"file not found": "Datei nicht gefunden"})
    try:
        with pytest.raises(ImportFailed, match=r"^gone\.txt: Datei nicht gefunden$"):
            import_document(tmp_path / "gone.txt")
    finally:
        i18n.install_catalog({})
