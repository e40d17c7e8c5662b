"""Hostile and broken exchange files are refused with a clear error and leave no file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qdadesk.core.errors import ImportFailed, QdaError
from qdadesk.core.exchange.import_project import import_qdpx
from qdadesk.core.exchange.qdpx_archive import open_archive

MINIMAL = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Users>'
    b'<User guid="11111111-2222-3333-4444-555555555555" name="u"/></Users></Project>'
)


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def refused(source: Path, tmp_path: Path, words: str) -> None:
    target = tmp_path / "out" / "new.qdadesk"
    target.parent.mkdir(exist_ok=True)
    with pytest.raises(QdaError) as error:
        import_qdpx(source, target)
    assert words in str(error.value)
    assert "\n" not in str(error.value)
    assert list(target.parent.iterdir()) == []  # nothing left behind


def test_zip_slip_is_refused(tmp_path: Path) -> None:
    source = make_zip(
        tmp_path / "slip.qdpx", {"project.qde": MINIMAL, "sources/../../evil.txt": b"x"}
    )
    refused(source, tmp_path, "unsafe file name")
    assert not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize("name", ["/etc/evil.txt", "C:/evil.txt", "\\\\server\\evil.txt"])
def test_absolute_paths_are_refused(tmp_path: Path, name: str) -> None:
    source = make_zip(tmp_path / "abs.qdpx", {"project.qde": MINIMAL, name: b"x"})
    refused(source, tmp_path, "unsafe file name")


def test_zip_bomb_member_is_refused(tmp_path: Path) -> None:
    source = make_zip(
        tmp_path / "bomb.qdpx", {"project.qde": MINIMAL, "sources/a.txt": b"\0" * (8 * 1024 * 1024)}
    )
    assert source.stat().st_size < 100_000
    with pytest.raises(ImportFailed, match="too large"):
        open_archive(source, max_member_bytes=1024 * 1024)
    with pytest.raises(ImportFailed, match="unpacks to more"):
        open_archive(source, max_total_bytes=2 * 1024 * 1024)


def test_member_lying_about_its_size_is_caught(tmp_path: Path) -> None:
    """A zip whose directory claims a tiny size for a huge member (a classic bomb)."""
    source = make_zip(tmp_path / "liar.qdpx", {"project.qde": MINIMAL * 2000})
    data = bytearray(source.read_bytes())
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 22 : local + 26] = (50).to_bytes(4, "little")
    data[central + 24 : central + 28] = (50).to_bytes(4, "little")
    source.write_bytes(bytes(data))
    refused(source, tmp_path, "")


def test_xxe_is_refused(tmp_path: Path) -> None:
    qde = (
        b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>'
    )
    refused(make_zip(tmp_path / "xxe.qdpx", {"project.qde": qde}), tmp_path, "unsafe XML")


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    qde = (
        '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY l0 "ha">' + entities + "]>"
        '<Project xmlns="urn:QDA-XML:project:1.0" name="&l9;"/>'
    ).encode()
    refused(make_zip(tmp_path / "laughs.qdpx", {"project.qde": qde}), tmp_path, "unsafe XML")
    bare = tmp_path / "laughs.qde"
    bare.write_bytes(qde)
    refused(bare, tmp_path, "unsafe XML")


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "x.qdpx"
    source.write_bytes(b"\x00\x01 definitely not a zip file")
    refused(source, tmp_path, "not a REFI-QDA project")
    damaged = tmp_path / "damaged.qdpx"
    damaged.write_bytes(b"PK\x03\x04 broken")
    refused(damaged, tmp_path, "not a valid .qdpx")


def test_zip_without_qde_is_refused(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "noqde.qdpx", {"sources/a.txt": b"hello"})
    refused(source, tmp_path, "no project.qde")


def test_broken_xml_and_wrong_root_are_refused(tmp_path: Path) -> None:
    refused(
        make_zip(tmp_path / "b.qdpx", {"project.qde": b"<Project"}), tmp_path, "not well-formed"
    )
    refused(
        make_zip(tmp_path / "r.qdpx", {"project.qde": b"<html/>"}),
        tmp_path,
        "not a REFI-QDA project",
    )


def test_existing_target_is_not_touched(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "ok.qdpx", {"project.qde": MINIMAL})
    target = tmp_path / "exists.qdadesk"
    target.write_bytes(b"keep me")
    with pytest.raises(QdaError, match="already exists"):
        import_qdpx(source, target)
    assert target.read_bytes() == b"keep me"


def test_failure_midway_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from qdadesk.core.exchange import import_project

    def explode(self: object, notes: object) -> None:
        raise ImportFailed("boom")

    monkeypatch.setattr(import_project._ProjectImporter, "_notes", explode)
    source = make_zip(tmp_path / "ok.qdpx", {"project.qde": MINIMAL})
    refused(source, tmp_path, "boom")


def test_cancel_leaves_no_file(tmp_path: Path, shared_dir: Path) -> None:
    from qdadesk.core.errors import ImportCancelled

    target = tmp_path / "c.qdadesk"
    with pytest.raises(ImportCancelled):
        import_qdpx(
            shared_dir / "refi-qda/samples/qc-1.3.2-demo.qdpx", target, cancelled=lambda: True
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("position", ["inf", "nan", "-1", "1e999", "seven"])
def test_impossible_positions_are_discarded_and_reported(tmp_path: Path, position: str) -> None:
    source_guid = "22222222-3333-4444-5555-666666666666"
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="x">'
        '<CodeBook><Codes><Code guid="33333333-4444-5555-6666-777777777777" name="C" '
        'isCodable="true"/></Codes></CodeBook><Sources>'
        f'<TextSource guid="{source_guid}" name="T" plainTextPath="internal://{source_guid}.txt">'
        f'<PlainTextSelection guid="44444444-5555-6666-7777-888888888888" '
        f'startPosition="{position}" endPosition="3"><Coding '
        'guid="55555555-6666-7777-8888-999999999999"><CodeRef '
        'targetGUID="33333333-4444-5555-6666-777777777777"/></Coding></PlainTextSelection>'
        "</TextSource></Sources></Project>"
    ).encode()
    source = make_zip(
        tmp_path / "p.qdpx", {"project.qde": qde, f"sources/{source_guid}.txt": b"abc def"}
    )
    report = import_qdpx(source, tmp_path / "new.qdadesk")
    discarded = [line.message for line in report.lines("discarded")]
    assert any("unusable positions" in message for message in discarded)
    from qdadesk.core import Project

    with Project.open(tmp_path / "new.qdadesk") as project:
        assert project.codings() == []
        assert project.text(project.find_document("T").id) == "abc def"
        assert project.check() == []


def test_nul_characters_in_a_source_keep_every_position(tmp_path: Path) -> None:
    source_guid = "22222222-3333-4444-5555-666666666666"
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="x">'
        '<CodeBook><Codes><Code guid="33333333-4444-5555-6666-777777777777" name="C" '
        'isCodable="true"/></Codes></CodeBook><Sources>'
        f'<TextSource guid="{source_guid}" name="T" plainTextPath="internal://{source_guid}.txt">'
        '<PlainTextSelection guid="44444444-5555-6666-7777-888888888888" '
        'startPosition="4" endPosition="7"><Coding '
        'guid="55555555-6666-7777-8888-999999999999"><CodeRef '
        'targetGUID="33333333-4444-5555-6666-777777777777"/></Coding></PlainTextSelection>'
        "</TextSource></Sources></Project>"
    ).encode()
    source = make_zip(
        tmp_path / "p.qdpx", {"project.qde": qde, f"sources/{source_guid}.txt": b"ab\x00 def"}
    )
    report = import_qdpx(source, tmp_path / "new.qdadesk")
    assert any("NUL" in line.message for line in report.lines("repaired"))
    from qdadesk.core import Project

    with Project.open(tmp_path / "new.qdadesk") as project:
        assert project.text(project.find_document("T").id) == "ab\ufffd def"
        assert [(c.start, c.end) for c in project.codings()] == [(4, 7)]
        assert project.check() == []
