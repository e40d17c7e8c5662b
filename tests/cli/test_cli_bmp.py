"""BMP pictures on the command line: ``qdadesk-cli import`` makes them picture documents of
their size, ``code-region`` codes a box of them and ``segments --regions-dir`` cuts that box
out of the BMP; a cut-off BMP is refused with one line and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from qdadesk.cli import main
from tests import picture_files as pf


def run(capsysbinary, *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:  # argparse usage errors
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


def _half_red_bmp(width: int, height: int) -> bytes:
    """A bottom-up 24-bit BMP (BITMAPINFOHEADER): white left half, red right half."""
    data = bytearray(pf.bmp(width, height, "info", 24))
    stride = (width * 3 + 3) // 4 * 4
    offset = int.from_bytes(data[10:14], "little")
    for y in range(height):
        for x in range(width):
            where = offset + y * stride + x * 3
            data[where : where + 3] = b"\x00\x00\xff" if x >= width // 2 else b"\xff\xff\xff"
    return bytes(data)


def test_a_bmp_imports_codes_a_region_and_cuts_it_out(tmp_path: Path, capsysbinary, qapp) -> None:
    project = tmp_path / "study.qdadesk"
    assert run(capsysbinary, "new", project)[0] == 0
    (tmp_path / "plan.bmp").write_bytes(_half_red_bmp(200, 100))
    (tmp_path / "old.bmp").write_bytes(pf.bmp(33, 17, "core", 8))
    (tmp_path / "top.bmp").write_bytes(pf.bmp(12, 30, "v5", 32, top_down=True))
    code, out, err = run(
        capsysbinary,
        "import",
        project,
        tmp_path / "plan.bmp",
        tmp_path / "old.bmp",
        tmp_path / "top.bmp",
    )
    assert code == 0, err
    assert "imported plan (picture, 200 × 100 pixels)" in out
    assert "imported old (picture, 33 × 17 pixels)" in out
    assert "imported top (picture, 12 × 30 pixels)" in out
    code, out, _ = run(capsysbinary, "documents", project, "--format", "json")
    assert {row["name"]: (row["type"], row["pages"]) for row in json.loads(out)} == {
        "plan": ("picture", 1),
        "old": ("picture", 1),
        "top": ("picture", 1),
    }
    assert run(capsysbinary, "codes", "add", project, "Look\\Red")[0] == 0
    code, out, err = run(
        capsysbinary, "code-region", project, "plan", 120, 10, 180, 90, "Look\\Red"
    )
    assert code == 0, err
    assert out.startswith("coded plan region 120 10 180 90 with Look\\Red: coding ")
    folder = tmp_path / "regions"
    code, out, err = run(
        capsysbinary, "segments", project, "--format", "json", "--regions-dir", folder
    )
    assert code == 0, err
    (row,) = json.loads(out)
    image = QImage(str(folder / row["image"]))
    assert (image.width(), image.height()) == (60, 80)
    assert QColor(image.pixel(30, 40)) == QColor("red")  # the BMP's right half


def test_a_cut_off_bmp_is_refused_with_one_line_and_nothing_written(
    tmp_path: Path, capsysbinary
) -> None:
    project = tmp_path / "study.qdadesk"
    assert run(capsysbinary, "new", project)[0] == 0
    (tmp_path / "cut.bmp").write_bytes(pf.bmp(40, 40)[:-100])
    before = project.read_bytes()
    code, out, err = run(capsysbinary, "import", project, tmp_path / "cut.bmp")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "cut.bmp: the file is cut short (truncated)" in err
    assert project.read_bytes() == before
