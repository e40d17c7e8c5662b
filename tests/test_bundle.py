"""The PyInstaller bundle (issue 11): it starts and works, the command line too, portable mode
writes nothing to the host's home, it is small, and it ships its licences.

Skipped until the bundle is built (``pyinstaller build.spec --noconfirm``); .ci/run builds
it after the rest of the suite and then runs this file.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "qdadesk"
SIZE_TARGET = 200 * 1_000_000  # bytes

pytestmark = pytest.mark.skipif(
    not (BUNDLE / "qdadesk").is_file(), reason="no bundle: pyinstaller build.spec --noconfirm"
)


def _run(command: list[str], env: dict[str, str], cwd: Path | None = None):
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's machine: no virtualenv, no data-folder override."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QDADESK_", "PYTHON", "VIRTUAL_ENV", "XDG_"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def test_the_bundle_passes_its_self_test(tmp_path: Path) -> None:
    env = _clean_env(QDADESK_DATA_DIR=str(tmp_path / "data"))
    result = _run([str(BUNDLE / "qdadesk"), "--self-test"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test (bundle)" in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")


def test_the_bundled_command_line_works(tmp_path: Path) -> None:
    from qdadesk import __version__
    from qdadesk.paths import sample_project_path

    env = _clean_env()
    cli = str(BUNDLE / "qdadesk-cli")
    version = _run([cli, "--version"], env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"qdadesk {__version__}"
    project = tmp_path / "sample.qdadesk"
    shutil.copyfile(sample_project_path(), project)
    listed = _run([cli, "documents", str(project), "--format", "json"], env)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 5
    matrix = _run([cli, "matrix", str(project), "-o", str(tmp_path / "m.xlsx")], env)
    assert matrix.returncode == 0, matrix.stderr
    assert (tmp_path / "m.xlsx").stat().st_size > 0


def test_portable_mode_writes_nothing_to_a_read_only_home(tmp_path: Path) -> None:
    stick = tmp_path / "usb" / "qdadesk"
    # Copied as onto a FAT or exFAT stick, which holds no symbolic links: they are left out.
    shutil.copytree(
        BUNDLE,
        stick,
        ignore=lambda folder, names: [n for n in names if (Path(folder) / n).is_symlink()],
    )
    (stick / "portable.txt").write_text("portable\n")
    home = tmp_path / "home"
    home.mkdir()
    env = _clean_env(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
    )
    home.chmod(stat.S_IRUSR | stat.S_IXUSR)  # read-only (root may still write: checked below)
    try:
        result = _run([str(stick / "qdadesk"), "--self-test"], env, cwd=tmp_path)
    finally:
        home.chmod(stat.S_IRWXU)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(home.iterdir()) == []
    data = stick / "data"
    assert (data / "QDA Desk sample.qdadesk").is_file()
    settings = list((data / "settings").rglob("*.ini"))
    assert settings, "the window's settings (layout, recent projects) were not kept beside it"
    assert "recent" in settings[0].read_text().lower()


def test_the_bundle_is_under_200_mb() -> None:
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {size / 1e6:.1f} MB")
    assert size < SIZE_TARGET, f"{size / 1e6:.1f} MB"


def test_the_bundle_leaves_out_what_it_never_loads() -> None:
    files = [p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*")]
    assert not [f for f in files if "/tests/" in f or f.endswith("/tests")]
    assert not [f for f in files if f.endswith((".pyc", ".pyi"))]
    translations = [Path(f).name for f in files if "/translations/" in f]
    assert all(name.endswith(("_en.qm", "_id.qm")) for name in translations), translations
    assert not [f for f in files if "QtNetwork" in f or "Qt6Network" in f or "QtQml" in f]
    assert not [f for f in files if "sqlite_utils" in f]


def test_the_bundle_ships_the_licences_and_the_desktop_files() -> None:
    resources = BUNDLE / "_internal" / "qdadesk" / "resources"
    assert (resources / "licenses" / "REPLACING-QT.txt").is_file()
    assert (resources / "licenses" / "pyside6-essentials" / "LGPL-3.txt").is_file()
    assert (resources / "desktop" / "qdadesk.desktop").is_file()
    assert (resources / "icons" / "qdadesk-256.png").is_file()


def test_the_desktop_integration_script_registers_the_bundle(tmp_path: Path) -> None:
    env = _clean_env(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"))
    result = _run(["sh", str(BUNDLE / "install-desktop-integration.sh")], env)
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    entry = (share / "applications" / "qdadesk.desktop").read_text()
    assert f'Exec="{BUNDLE.resolve()}/qdadesk" %f' in entry
    assert (share / "mime" / "packages" / "qdadesk.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "qdadesk.png").is_file()
