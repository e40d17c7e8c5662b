"""``qdadesk-cli map-generate --model causal-network`` from a saved display and from codes,
then exported with its evidence (SVG and XLSX)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from qdadesk.core import Project
from tests.maps.test_map_cli import run, sample  # noqa: F401 (fixture)

VARIABLES = ["Barriers\\Funding", "Trust\\Citizen trust", "Outcomes\\Service quality"]


def test_causal_network_on_the_command_line(sample, tmp_path: Path, capsysbinary) -> None:  # noqa: F811
    codes = [a for path in VARIABLES for a in ("--code", path)]
    code, _, err = run(
        capsysbinary, "display-save", sample, "Effects", "--rows", "documents", "--columns",
        "codes", "--cells", "count", *codes,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(
        capsysbinary, "map-generate", sample, "CN", "--model", "causal-network", "--display",
        "Effects",
    )  # fmt: skip
    assert code == 0, err
    with Project.open(sample) as project:
        info = project.find_map("CN")
        assert info.model["display_name"] == "Effects"
        assert [n.ref for n in project.map_nodes(info.id)] == VARIABLES
        links = project.map_links(info.id)
        assert links and all(lk.segments for lk in links)
        assert info.memo.startswith("Causal network from the display 'Effects'.")
    code, _, err = run(
        capsysbinary, "map", sample, "CN", "--format", "svg", "-o", tmp_path / "cn.svg"
    )
    assert code == 0, err
    assert 'class="evidence"' in (tmp_path / "cn.svg").read_text(encoding="utf-8")
    code, _, err = run(
        capsysbinary, "map", sample, "CN", "--format", "xlsx", "-o", tmp_path / "cn.xlsx"
    )
    assert code == 0, err
    sheet = load_workbook(tmp_path / "cn.xlsx")["Evidence"]
    assert sheet.max_row == 1 + sum(lk.segments for lk in links)
    # From codes, with another mode; a bad mode is refused with a message.
    code, _, err = run(
        capsysbinary, "map-generate", sample, "CN2", "--model", "causal-network", *codes,
        "--mode", "overlap",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        capsysbinary, "map-generate", sample, "CN3", "--model", "causal-network", *codes,
        "--mode", "sideways",
    )  # fmt: skip
    assert code != 0 and "Unknown mode" in err
