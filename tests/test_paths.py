"""Resources from source and from a (simulated) PyInstaller bundle; the user data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from qdadesk import paths

REPO = Path(__file__).resolve().parents[1]


def test_resources_from_source_are_the_repository_folder() -> None:
    assert paths.resources_root() == REPO / "resources"
    assert (
        paths.resource_path("sample", "sample.qdadesk") == REPO / "resources/sample/sample.qdadesk"
    )


def test_sample_project_is_shipped() -> None:
    sample = paths.sample_project_path()
    assert sample.is_file()
    assert sample.read_bytes()[:16] == b"SQLite format 3\x00"


def test_frozen_resources_come_from_meipass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_path("sample", "x") == tmp_path / "qdadesk/resources/sample/x"


def _fake_bundle(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(folder / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "qdadesk"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)


def test_portable_mode_with_marker_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_bundle(monkeypatch, tmp_path)
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    assert paths.user_data_dir() == tmp_path / "data"
    assert (tmp_path / "data").is_dir()


def test_portable_mode_with_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_bundle(monkeypatch, tmp_path)
    (tmp_path / "data").mkdir()
    assert paths.user_data_dir() == tmp_path / "data"


def test_installed_mode_uses_platform_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_bundle(monkeypatch, tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = paths.user_data_dir(create=False)
    assert paths.portable_data_dir() is None
    assert folder.name == paths.APP_NAME
    assert tmp_path / "data" != folder


def test_environment_overrides_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "mine"))
    assert paths.user_data_dir() == tmp_path / "mine"


def test_sample_copy_is_fresh_and_opens(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from qdadesk.core import Project

    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    first = paths.copy_sample_to_user_data()
    assert first == tmp_path / paths.SAMPLE_COPY_NAME
    with Project.open(first) as project:
        documents = len(project.documents())
        project.add_code("Scribble")
    second = paths.copy_sample_to_user_data()
    assert second == first
    with Project.open(second) as project:
        assert len(project.documents()) == documents
        assert not [c for c in project.codes() if c.name == "Scribble"]
    assert not list(tmp_path.glob("*.partial"))
