"""Reading and writing ``.qdpx`` archives (a zip of ``project.qde`` and ``sources/``) safely.

An exchange file comes from anywhere, so every member name is checked (no absolute paths,
no ``..``), every member is read with a size cap that holds even when the zip directory lies
about sizes (a zip bomb), and the total uncompressed size is capped too. A bare ``.qde``
(XML, no zip) is accepted as a project without source files.
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from zlib import error as zlib_error

from qdadesk.core import safe_write
from qdadesk.core.errors import ImportFailed
from qdadesk.core.i18n import tr

MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 100_000
_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass
class ExchangeArchive:
    """An opened exchange file: the project XML and a way to fetch its source files."""

    path: Path
    qde_name: str
    qde: bytes
    members: dict[str, str] = field(default_factory=dict)  # lower-case name -> real name
    exact: dict[str, str] = field(default_factory=dict)  # name as read -> real name
    max_member_bytes: int = MAX_MEMBER_BYTES
    max_total_bytes: int = MAX_TOTAL_BYTES
    _zip: zipfile.ZipFile | None = None
    _read_total: int = 0
    used: set[str] = field(default_factory=set)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def find(self, reference: str) -> str | None:
        """The member a source path names (``internal://x.txt``, ``sources/x.txt`` or
        ``x.txt``), matched case-insensitively under ``sources/`` or at the top."""
        if not reference or self._zip is None:
            return None
        name = reference.strip()
        for scheme in ("internal://", "relative://", "file://"):
            if name.lower().startswith(scheme):
                name = name[len(scheme) :]
                break
        name = name.replace("\\", "/").lstrip("/")
        if "%" in name:  # a URI's escapes ("My%20Interview.txt")
            from urllib.parse import unquote

            name = unquote(name)
        candidates = [name, "sources/" + name]
        base = PurePosixPath(name).name
        candidates += ["sources/" + base, base]
        # A project zipped with its folder ("Study/project.qde"): its sources are beside it.
        folder = self.qde_name.rpartition("/")[0]
        if folder:
            candidates += [f"{folder}/{candidate}" for candidate in candidates]
        for candidate in candidates:
            real = self.exact.get(candidate)  # "a.txt" beside "A.txt": the exact name wins
            if real is not None:
                self.used.add(real)
                return real
        for candidate in candidates:
            real = self.members.get(candidate.lower())
            if real is not None:
                self.used.add(real)
                return real
        return None

    def unused(self) -> list[str]:
        """Members nothing in the project referred to (besides the .qde)."""
        return sorted(set(self.members.values()) - self.used - {self.qde_name})

    def read(self, reference: str) -> bytes | None:
        """The bytes of the member ``reference`` names, or None when it is not in the file."""
        member = self.find(reference)
        if member is None:
            return None
        return self._read_member(member)

    def _read_member(self, member: str) -> bytes:
        assert self._zip is not None
        limit = min(self.max_member_bytes, self.max_total_bytes - self._read_total)
        data = _read_capped(self._zip, member, limit, self.path)
        self._read_total += len(data)
        return data


def open_archive(
    path: str | os.PathLike[str],
    max_member_bytes: int = MAX_MEMBER_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> ExchangeArchive:
    """Open a ``.qdpx`` (or a bare ``.qde``) for reading; ``ImportFailed`` when unsafe or
    not an exchange file."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(tr("{path}: no such file").format(path=path))
    with path.open("rb") as handle:
        head = handle.read(4)
    if head[:2] != b"PK":
        if _looks_like_xml(path):
            size = path.stat().st_size
            if size > max_member_bytes:
                raise ImportFailed(tr("{path}: the project XML is too large").format(path=path))
            return ExchangeArchive(path, path.name, path.read_bytes())
        raise ImportFailed(
            tr("{path}: not a REFI-QDA project (neither a .qdpx zip file nor .qde XML)").format(
                path=path
            )
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportFailed(
            tr("{path}: not a valid .qdpx file (damaged zip: {error})").format(
                path=path, error=error
            )
        ) from error
    try:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFailed(tr("{path}: too many files in the archive").format(path=path))
        members: dict[str, str] = {}
        exact: dict[str, str] = {}
        declared = 0
        for info in infos:
            _check_member_name(info.filename, path)
            if info.is_dir():
                continue
            declared += info.file_size
            if info.file_size > max_member_bytes:
                raise ImportFailed(
                    tr("{path}: archive member '{name}' is too large ({size} bytes)").format(
                        path=path, name=info.filename, size=info.file_size
                    )
                )
            name = _utf8_name(info)
            if name in exact:
                # Two members of one name: which one a program reads differs between zip
                # readers, so a checked file could be read as another one.
                raise ImportFailed(
                    tr("{path}: two files named '{name}' in the archive").format(
                        path=path, name=info.filename
                    )
                )
            exact[name] = info.filename
            members[name.lower()] = info.filename
        if declared > max_total_bytes:
            raise ImportFailed(
                tr("{path}: the archive unpacks to more than {limit} bytes").format(
                    path=path, limit=max_total_bytes
                )
            )
        qde_names = [real for low, real in members.items() if low.endswith(".qde")]
        if not qde_names:
            raise ImportFailed(
                tr("{path}: no project.qde inside; not a REFI-QDA project").format(path=path)
            )
        if len(qde_names) > 1:
            top = [n for n in qde_names if "/" not in n]
            if len(top) != 1:
                raise ImportFailed(
                    tr("{path}: more than one .qde file inside ({names})").format(
                        path=path, names=", ".join(sorted(qde_names))
                    )
                )
            qde_names = top
        result = ExchangeArchive(
            path,
            qde_names[0],
            b"",
            members,
            exact,
            max_member_bytes,
            max_total_bytes,
            archive,
        )
        result.qde = result._read_member(qde_names[0])
        return result
    except BaseException:
        archive.close()
        raise


def _utf8_name(info: zipfile.ZipInfo) -> str:
    """The member's name, read as UTF-8 when a zip tool wrote UTF-8 without saying so
    (zipfile then reads it as code page 437)."""
    if info.flag_bits & 0x800 or info.filename.isascii():
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _looks_like_xml(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(512)
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):  # a UTF-16 .qde (its XML declaration says so)
            return head[2:].decode(encoding, errors="ignore").lstrip().startswith("<")
    return head.lstrip(b"\xef\xbb\xbf").lstrip().startswith(b"<")


def _check_member_name(name: str, path: Path) -> None:
    normalised = name.replace("\\", "/")
    parts = normalised.split("/")
    if normalised.startswith("/") or _DRIVE.match(normalised) or ".." in parts or "\x00" in name:
        raise ImportFailed(
            tr("{path}: unsafe file name in the archive: '{name}'").format(path=path, name=name)
        )


def _read_capped(archive: zipfile.ZipFile, member: str, limit: int, path: Path) -> bytes:
    """Read a member, stopping as soon as it grows past ``limit`` (declared sizes can lie)."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(member) as handle:
            while True:
                chunk = handle.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise ImportFailed(
                        tr("{path}: '{name}' unpacks to more than the allowed size").format(
                            path=path, name=member
                        )
                    )
                chunks.append(chunk)
    except NotImplementedError as error:  # a method zipfile lacks (a RuntimeError too)
        raise ImportFailed(
            tr("{path}: '{name}' is packed with a compression method that cannot be read").format(
                path=path, name=member
            )
        ) from error
    except RuntimeError as error:  # zipfile's word for "encrypted, password required"
        raise ImportFailed(
            tr("{path}: '{name}' is encrypted (password-protected archives are not read)").format(
                path=path, name=member
            )
        ) from error
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib_error) as error:
        raise ImportFailed(
            tr("{path}: cannot read '{name}' ({error})").format(path=path, name=member, error=error)
        ) from error
    return b"".join(chunks)


def write_archive(
    path: str | os.PathLike[str], qde: bytes, files: dict[str, bytes], qde_name: str = "project.qde"
) -> None:
    """Write a ``.qdpx`` atomically: to a temporary file beside ``path``, then renamed."""
    with (
        safe_write.atomic_path(path) as temporary,
        zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(qde_name, qde)
        for name, data in files.items():
            archive.writestr(name, data)
