"""The bundled sample project: sound, complete, and exactly what its builder means."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from qdadesk.core import Project
from qdadesk.paths import sample_project_path

BUILDER = Path(__file__).resolve().parents[1] / "resources" / "sample" / "build_sample.py"


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_sample", BUILDER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Project]:
    # A copy, so that opening (and any migration) never touches the shipped file.
    copy = tmp_path / "sample.qdadesk"
    copy.write_bytes(sample_project_path().read_bytes())
    with Project.open(copy) as project:
        yield project


def _segments(project: Project) -> list[tuple]:
    names = {d.id: d.name for d in project.documents()}
    paths = project.code_paths()
    return sorted(
        (
            names[c.document_id],
            paths[c.code_id],
            c.start,
            c.end,
            c.weight,
            c.comment,
            c.coder,
            project.text(c.document_id)[c.start : c.end],
        )
        for c in project.codings()
    )


def test_sample_is_sound_and_complete(sample: Project, builder: ModuleType) -> None:
    assert sample.check() == []
    assert len(sample.documents()) == len(builder.DOCUMENTS) == 5
    assert [g.name for g in sample.groups()] == [
        "City IT office",
        "Developers",
        "Ministry",
        "Citizens",
    ]
    assert len(sample.codes()) == len(builder.CODES)
    assert max(path.count("\\") for path in sample.code_paths().values()) == 2  # three levels
    assert len(sample.codings()) == len(builder.CODINGS)
    assert 40 <= len(builder.CODINGS) <= 70
    assert set(sample.users()) >= set(builder.CODERS)
    assert {m.kind for m in sample.memos()} == {"document", "code", "position", "free"}
    assert len(sample.log_entries()) == 3
    assert len(sample.summaries()) == len(builder.SUMMARIES)
    types = {v.name: v.type for v in sample.variables()}
    assert types == builder.VARIABLE_TYPES
    values = sample.document_values()
    lukasz = sample.find_document("Łukasz (freelance developer)")
    assert values[lukasz.id] == {
        "role": "App developer",
        "age": 31,
        "years_experience": 8,
        "interview_date": "2025-03-20",
        "remote": True,
    }


def test_every_segment_is_the_phrase_the_builder_meant(
    sample: Project, builder: ModuleType
) -> None:
    names = {key: entry[1] for key, entry in builder.DOCUMENTS.items()}
    meant = sorted(
        (names[key], path, phrase, weight, comment, coder)
        for key, path, phrase, weight, comment, coder in builder.CODINGS
    )
    found = sorted((s[0], s[1], s[7], s[4], s[5], s[6]) for s in _segments(sample))
    assert found == meant


def test_offsets_after_an_emoji_count_code_points(sample: Project) -> None:
    ines = sample.find_document("Inês (vendor lead developer)")
    text = sample.text(ines.id)
    chat = [c for c in sample.codings([ines.id]) if "🙃" in text[c.start : c.end]]
    assert len(chat) == 1
    later = [c for c in sample.codings([ines.id]) if c.start > chat[0].end]
    assert text[later[0].start : later[0].end] == "That knowledge sits in people, not in documents."
    memo = sample.memos(kind="position")[0]
    assert text[memo.start : memo.end] == "Portal is down again 🙃"


def test_rebuilding_gives_the_same_segments(
    sample: Project, builder: ModuleType, tmp_path: Path
) -> None:
    rebuilt_path = builder.build(tmp_path / "rebuilt.qdadesk")
    with Project.open(rebuilt_path) as rebuilt:
        assert _segments(rebuilt) == _segments(sample)
        assert [m.plain for m in rebuilt.memos()] == [m.plain for m in sample.memos()]
