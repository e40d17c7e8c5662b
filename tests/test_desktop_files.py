"""The Linux desktop entry and MIME types (resources/desktop), the Windows installer script and
the macOS document types agree: .qdadesk and .qdpx open QDA Desk with the file."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from defusedxml import ElementTree

REPO = Path(__file__).resolve().parents[1]
DESKTOP = REPO / "resources" / "desktop"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_desktop_entry_opens_files_with_the_mime_types_defined() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP / "qdadesk.desktop")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "qdadesk %f"
    assert section["Icon"] == "qdadesk"
    mime_types = {t for t in section["MimeType"].split(";") if t}
    root = ElementTree.parse(DESKTOP / "qdadesk-mime.xml").getroot()
    defined = {
        m.get("type"): [g.get("pattern") for g in m.findall(f"{MIME_NS}glob")]
        for m in root.findall(f"{MIME_NS}mime-type")
    }
    assert mime_types == set(defined)
    assert sorted(p for patterns in defined.values() for p in patterns) == ["*.qdadesk", "*.qdpx"]


def test_the_icon_exists_in_every_size_the_desktop_wants() -> None:
    icons = REPO / "resources" / "icons"
    assert (icons / "qdadesk.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        data = (icons / f"qdadesk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width = int.from_bytes(data[16:20], "big")
        assert width == size


def test_windows_installer_and_macos_bundle_know_both_file_types() -> None:
    iss = (REPO / "packaging" / "windows" / "qdadesk.iss").read_text()
    assert re.search(r"Classes\\\.qdadesk\\OpenWithProgids", iss)
    assert re.search(r"Classes\\\.qdpx\\OpenWithProgids", iss)
    assert '"""{app}\\{#AppExe}"" ""%1"""' in iss
    spec = (REPO / "build.spec").read_text()
    assert '"CFBundleTypeExtensions": ["qdadesk"]' in spec
    assert '"CFBundleTypeExtensions": ["qdpx"]' in spec
    assert "BUNDLE(" in spec


def test_the_build_makes_ico_and_icns_from_the_pngs(tmp_path: Path) -> None:
    import sys

    import pytest

    image = pytest.importorskip("PIL.Image")  # in the package extra
    sys.path.insert(0, str(REPO / "packaging"))
    from make_icons import platform_icon

    icons = REPO / "resources" / "icons"
    assert platform_icon(icons, tmp_path, "linux") is None
    ico = image.open(platform_icon(icons, tmp_path, "win32"))
    assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    icns = image.open(platform_icon(icons, tmp_path, "darwin"))
    assert icns.size[0] >= 512
