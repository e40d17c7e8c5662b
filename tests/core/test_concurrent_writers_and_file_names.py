"""Bug-hunt regressions in the core: concurrent writers, odd file names."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from qdadesk.core import Project
from qdadesk.core.errors import QdaError


def test_second_writer_waits_instead_of_failing(tmp_path: Path):
    path = tmp_path / "p.qdadesk"
    (tmp_path / "a.txt").write_text("some text 😀 here", encoding="utf-8")
    with Project.create(path) as setup:
        setup.import_documents([tmp_path / "a.txt"])
        setup.add_code_path("K")
    first, second = Project.open(path), Project.open(path)
    holding, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def hold_a_write() -> None:
        with first._writing("hold"):
            first.set_setting("held", "yes")
            holding.set()
            release.wait()

    def write_meanwhile() -> None:
        try:
            document = second.find_document("a")
            second.add_coding(document.id, second.find_code("K").id, 0, 4)
            outcome["second"] = "ok"
        except QdaError as error:
            outcome["second"] = str(error)

    holder = threading.Thread(target=hold_a_write)
    holder.start()
    holding.wait()
    writer = threading.Thread(target=write_meanwhile)
    writer.start()
    time.sleep(0.3)  # let the second writer reach its transaction (ordering, not a timing check)
    release.set()
    holder.join()
    writer.join()
    try:
        assert outcome["second"] == "ok"
        assert first.setting("held") == "yes"
        assert len(first.codings()) == 1
        assert first.check() == []
    finally:
        first.close()
        second.close()


def test_float_variable_must_be_finite(tmp_project, tmp_path: Path):
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    document_id = tmp_project.import_documents([tmp_path / "a.txt"]).result.imported[0]
    for value in ("inf", "-inf", "nan", float("inf")):
        with pytest.raises(QdaError):
            tmp_project.set_document_value(document_id, "score", value, "float")
    tmp_project.set_document_value(document_id, "score", "1,5", "float")
    assert tmp_project.document_values()[document_id]["score"] == 1.5


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names are a Linux matter")
def test_import_of_a_file_name_with_invalid_utf8(tmp_project, tmp_path: Path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # Latin-1 name on a UTF-8 system
    with open(raw, "wb") as handle:
        handle.write(b"text")
    report = tmp_project.import_documents([os.fsdecode(raw)]).result
    document = tmp_project.document(report.imported[0])
    assert document.name == "caf\ufffd"
    assert tmp_project.text(document.id) == "text"


def test_nul_characters_do_not_break_the_check(tmp_project, tmp_path: Path):
    # UTF-16 text may carry U+0000; SQLite's length() stops there, so check() called a
    # freshly imported project broken.
    import codecs

    source = tmp_path / "nul.txt"
    source.write_bytes(codecs.BOM_UTF16_LE + "ab\x00cd 😀".encode("utf-16-le"))
    report = tmp_project.import_documents([source]).result
    document_id = report.imported[0]
    assert tmp_project.text(document_id) == "ab\ufffdcd 😀"
    assert any("NUL" in note for _name, note in report.notes)
    assert tmp_project.check() == []


def test_date_with_trailing_garbage_is_refused(tmp_project, tmp_path: Path):
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    document_id = tmp_project.import_documents([tmp_path / "a.txt"]).result.imported[0]
    with pytest.raises(QdaError):
        tmp_project.set_document_value(document_id, "when", "2021-03-01garbage", "date")
    for value in ("2021-03-01", "2021-03-01T10:00:00", "2021-03-01 00:00:00"):
        tmp_project.set_document_value(document_id, "when", value, "date")
        assert tmp_project.document_values()[document_id]["when"] == "2021-03-01"
