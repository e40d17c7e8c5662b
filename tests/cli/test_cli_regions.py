"""Pictures and PDF pages on the command line: import, code-region, segments with boxes and
region images, documents with type and pages."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.core.importers.document import ImportedDocument, ImportedPage
from tests import picture_files as pf
from tests.exchange.paged_support import page_sizes

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
GUIDE = CORPUS / "mannheimer-bsr-interview-guide.pdf"
_CLI = [sys.executable, "-c", "import sys; from qdadesk.cli import main; sys.exit(main())"]


def run(capsysbinary, *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:  # argparse usage errors
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


def _half_red_png(width: int = 200, height: int = 100) -> bytes:
    """White on the left half, red on the right."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(width // 2, width):
        for y in range(height):
            image.setPixel(x, y, QColor("red").rgb())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


@pytest.fixture
def project(tmp_path: Path, capsysbinary) -> Path:
    path = tmp_path / "study.qdadesk"
    assert run(capsysbinary, "new", path)[0] == 0
    (tmp_path / "notes.txt").write_text("hello world", encoding="utf-8")
    assert run(capsysbinary, "import", path, tmp_path / "notes.txt")[0] == 0
    assert run(capsysbinary, "codes", "add", path, "Look\\Red")[0] == 0
    return path


def _add_pdf_pages(path: Path) -> None:
    """The interview guide as a page document (what the PDF importer makes of it)."""
    data = GUIDE.read_bytes()
    pages = [ImportedPage(width, height) for width, height in page_sizes(data)]
    with Project.open(path) as project:
        project.add_document(
            ImportedDocument(
                name="guide",
                text="",
                original=data,
                original_type="pdf",
                kind="pdf",
                pages=pages,
            )
        )


def test_pictures_import_and_documents_shows_type_and_pages(
    project: Path, tmp_path: Path, capsysbinary, qapp
) -> None:
    (tmp_path / "photo.png").write_bytes(_half_red_png())
    (tmp_path / "turned.jpg").write_bytes(pf.jpeg_skeleton(640, 480, orientation=6))
    (tmp_path / "logo.svg").write_bytes(pf.svg('width="120" height="80"'))
    code, out, err = run(
        capsysbinary,
        "import",
        project,
        tmp_path / "photo.png",
        tmp_path / "turned.jpg",
        tmp_path / "logo.svg",
    )
    assert code == 0, err
    assert "imported photo (picture, 200 × 100 pixels)" in out
    assert "imported turned (picture, 480 × 640 pixels)" in out
    _add_pdf_pages(project)
    code, out, _ = run(capsysbinary, "documents", project, "--format", "json")
    rows = {row["name"]: row for row in json.loads(out)}
    assert [(rows[n]["type"], rows[n]["pages"]) for n in ("notes", "photo", "logo", "guide")] == [
        ("text", None),
        ("picture", 1),
        ("picture", 1),
        ("pdf", 5),
    ]
    code, out, _ = run(capsysbinary, "documents", project, "--format", "csv")
    header, *lines = list(csv.reader(io.StringIO(out)))
    assert header == ["name", "group", "type", "pages", "characters", "segments"]
    assert lines[0] == ["notes", "", "text", "", "11", "0"]


def test_a_refused_picture_exits_1_with_one_line_and_writes_nothing(
    project: Path, tmp_path: Path, capsysbinary
) -> None:
    (tmp_path / "huge.png").write_bytes(pf.png(100_000, 100_000))
    before = project.read_bytes()
    code, out, err = run(capsysbinary, "import", project, tmp_path / "huge.png")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "claims 100,000 × 100,000 pixels" in err
    assert project.read_bytes() == before


def test_code_region_on_a_picture_and_segments_in_every_format(
    project: Path, tmp_path: Path, capsysbinary, qapp
) -> None:
    (tmp_path / "photo.png").write_bytes(_half_red_png())
    run(capsysbinary, "import", project, tmp_path / "photo.png")
    code, out, err = run(
        capsysbinary,
        "code-region",
        project,
        "photo",
        120,
        10,
        180.5,
        90,
        "Look\\Red",
        "--weight",
        "60",
        "--comment",
        "red part",
        "--coder",
        "Ana",
    )
    assert code == 0, err
    assert out.startswith("coded photo region 120 10 180.5 90 with Look\\Red: coding ")
    coding_id = int(out.rsplit(" ", 1)[1])
    run(capsysbinary, "code", project, "notes", 0, 5, "Look\\Red")

    code, out, _ = run(capsysbinary, "segments", project, "--format", "json")
    text_row, region_row = json.loads(out)
    assert text_row["start"] == 0 and text_row["end"] == 5 and text_row["text"] == "hello"
    assert [text_row[k] for k in ("page", "x1", "y1", "x2", "y2")] == [None] * 5
    assert region_row == {
        "document": "photo",
        "code": "Look\\Red",
        "start": None,
        "end": None,
        "page": None,
        "x1": 120,
        "y1": 10,
        "x2": 180.5,
        "y2": 90,
        "text": "[picture region]",  # a region without text is quoted by its label
        "weight": 60,
        "coder": "Ana",
        "comment": "red part",
    }
    with Project.open(project) as opened:
        assert opened.coding(coding_id).box == (120, 10, 180.5, 90)

    code, out, _ = run(capsysbinary, "segments", project, "--format", "csv")
    header, text_line, region_line = list(csv.reader(io.StringIO(out)))
    assert header == [
        "document", "code", "start", "end", "text", "weight", "coder", "comment",
        "page", "x1", "y1", "x2", "y2",
    ]  # fmt: skip
    assert text_line[2:4] + text_line[8:] == ["0", "5", "", "", "", "", ""]
    assert region_line[2:4] + region_line[8:] == ["", "", "", "120", "10", "180.5", "90"]

    code, out, _ = run(capsysbinary, "segments", project, "--format", "table")
    assert "180.5" in out and "nan" not in out

    import openpyxl

    xlsx = tmp_path / "s.xlsx"
    assert run(capsysbinary, "segments", project, "--format", "xlsx", "-o", xlsx)[0] == 0
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    assert list(rows[0]) == header
    assert list(rows[2][2:4] + rows[2][8:]) == [None, None, None, 120, 10, 180.5, 90]


def test_regions_dir_writes_each_region_as_a_png_named_by_guid(
    project: Path, tmp_path: Path, capsysbinary, qapp
) -> None:
    (tmp_path / "photo.png").write_bytes(_half_red_png())
    run(capsysbinary, "import", project, tmp_path / "photo.png")
    _add_pdf_pages(project)
    run(capsysbinary, "code-region", project, "photo", 120, 10, 180, 90, "Look\\Red")
    code, out, err = run(
        capsysbinary, "code-region", project, "guide", 50, 50, 300, 200, "Look", "--page", "2"
    )
    assert code == 0, err
    assert out.startswith("coded guide page 2 region 50 50 300 200 with Look: coding ")
    run(capsysbinary, "code", project, "notes", 0, 5, "Look")
    folder = tmp_path / "regions" / "new"
    code, out, err = run(
        capsysbinary, "segments", project, "--format", "json", "--regions-dir", folder
    )
    assert code == 0, err
    rows = json.loads(out)
    with Project.open(project) as opened:
        guids = {c.id: c.guid for c in opened.codings()}
    assert {row["document"]: row["image"] for row in rows} == {
        "notes": "",
        "photo": f"{guids[1]}.png",
        "guide": f"{guids[2]}.png",
    }
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{guids[1]}.png", f"{guids[2]}.png"]
    )
    picture = QImage(str(folder / f"{guids[1]}.png"))
    assert (picture.width(), picture.height()) == (60, 80)
    assert {picture.pixelColor(x, y).name() for x in (0, 30, 59) for y in (0, 40, 79)} == {
        "#ff0000"
    }
    page = QImage(str(folder / f"{guids[2]}.png"))
    assert (page.width(), page.height()) == (1000, 600)  # 250 x 150 points, 4 pixels a point
    row = next(r for r in rows if r["document"] == "guide")
    assert (row["page"], row["x1"], row["y2"]) == (2, 50, 200)


@pytest.mark.parametrize(
    "arguments,exit_code,message",
    [
        (["photo", 0, 0, 10, 10, "Nope"], 1, "No code called 'Nope'"),
        (["photo", 0, 0, 500, 10, "Look"], 1, "lies outside the page (0 0 200 100)"),
        (["photo", 5, 5, 5, 10, "Look"], 1, "needs a width and a height"),
        (["notes", 0, 0, 10, 10, "Look"], 1, "is a text document"),
        (["photo", 0, 0, 10, 10, "Look", "--page", "2"], 1, "A picture has no pages"),
        (["photo", 0, 0, 10, 10, "Look", "--weight", "101"], 1, "weight"),
        (["missing", 0, 0, 10, 10, "Look"], 1, "missing"),
        (["photo", 0, 0, "nan", 10, "Look"], 2, "not a finite number"),
        (["photo", 0, 0, "ten", 10, "Look"], 2, "not a number"),
        (["photo", 0, 0, 10, 10, "Look", "--page", "0"], 2, "numbered from 1"),
        (["photo", 0, 0, 10, "Look"], 2, "'Look' is not a number"),
        (["photo", 0, 0, 10, 10], 2, "required"),
    ],
)
def test_code_region_errors(
    project: Path, tmp_path: Path, capsysbinary, arguments, exit_code: int, message: str
) -> None:
    (tmp_path / "photo.png").write_bytes(pf.png(200, 100))
    run(capsysbinary, "import", project, tmp_path / "photo.png")
    before = project.read_bytes()
    code, out, err = run(capsysbinary, "code-region", project, *arguments)
    assert code == exit_code and out == ""
    assert message in err and "Traceback" not in err
    if exit_code == 1:
        assert err.count("\n") == 1
    assert project.read_bytes() == before


def test_a_pdf_region_beyond_the_last_page_is_refused(project: Path, capsysbinary) -> None:
    _add_pdf_pages(project)
    code, _, err = run(
        capsysbinary, "code-region", project, "guide", 0, 0, 9, 9, "Look", "--page", "6"
    )
    assert code == 1 and "has pages 1 to 5, not 6" in err


def test_code_region_and_region_images_in_a_fresh_process(project: Path, tmp_path: Path) -> None:
    """As a script runs it: no display, Qt started offscreen only for --regions-dir."""
    (tmp_path / "scan.tif").write_bytes(pf.tiff(60, 40, orientation=6))
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }

    def cli(*args: object) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*_CLI, *map(str, args)], capture_output=True, text=True, env=env, timeout=120
        )

    assert cli("import", project, tmp_path / "scan.tif").stdout.startswith(
        "imported scan (picture, 40 × 60 pixels)"
    )
    done = cli("code-region", project, "scan", 0, 30, 40, 60, "Look\\Red")
    assert done.returncode == 0, done.stderr
    done = cli("segments", project, "--regions-dir", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(done.stdout)
    image = QImage(str(tmp_path / "out" / row["image"]))
    assert (image.width(), image.height()) == (40, 30)


def test_a_pdf_region_without_page_is_on_page_1(project: Path, capsysbinary) -> None:
    _add_pdf_pages(project)
    code, out, err = run(capsysbinary, "code-region", project, "guide", 10, 10, 100, 100, "Look")
    assert code == 0, err
    assert out.startswith("coded guide page 1 region 10 10 100 100 with Look")
    code, out, _ = run(capsysbinary, "segments", project, "--format", "json")
    assert json.loads(out)[0]["page"] == 1


def test_check_passes_a_project_with_regions_and_finds_a_box_off_its_page(
    project: Path, tmp_path: Path, capsysbinary
) -> None:
    (tmp_path / "photo.png").write_bytes(pf.png(200, 100))
    run(capsysbinary, "import", project, tmp_path / "photo.png")
    _add_pdf_pages(project)
    run(capsysbinary, "code-region", project, "photo", 0, 0, 200, 100, "Look")
    run(capsysbinary, "code-region", project, "guide", 0, 0, 612, 792, "Look", "--page", "5")
    assert run(capsysbinary, "check", project)[:2] == (0, "ok\n")
    with sqlite3.connect(project) as damage:
        damage.execute("UPDATE codings SET x2 = 201 WHERE page IS NULL")
        damage.execute("UPDATE codings SET page = 6 WHERE page = 5")
    damage.close()
    code, out, _ = run(capsysbinary, "check", project)
    assert code == 1
    assert out.splitlines() == [
        "Region 1 does not fit page 1 of 'photo'",
        "Region 2 does not fit page 6 of 'guide'",
    ]


def test_import_names_a_pdf_page_document_with_its_pages(project: Path) -> None:
    from qdadesk.cli.basic import _imported_line

    _add_pdf_pages(project)
    with Project.open(project) as opened:
        line = _imported_line(opened, opened.find_document("guide"))
    assert line == "imported guide (PDF, 5 pages, 0 characters)"


def test_query_lists_regions_with_their_page_and_box(
    project: Path, tmp_path: Path, capsysbinary
) -> None:
    (tmp_path / "photo.png").write_bytes(_half_red_png())
    run(capsysbinary, "import", project, tmp_path / "photo.png")
    run(capsysbinary, "codes", "add", project, "Look\\Blue")
    run(capsysbinary, "code-region", project, "photo", 100, 10, 180, 90, "Look\\Red")
    run(capsysbinary, "code-region", project, "photo", 150, 20, 190, 95, "Look\\Blue")
    for mode in ("overlapping",):
        code, out, err = run(
            capsysbinary, "query", project, mode, "Look\\Red", "Look\\Blue", "--format", "json"
        )
        assert code == 0, err
        rows = json.loads(out)
        assert rows, mode
        assert {"page", "x1", "y1", "x2", "y2"} <= set(rows[0])
    code, out, _ = run(
        capsysbinary, "query", project, "overlapping", "Look\\Red", "Look\\Blue", "--format", "json"
    )
    assert [(r["x1"], r["y1"], r["x2"], r["y2"], r["start"]) for r in json.loads(out)] == [
        (100, 10, 180, 90, None)
    ]
