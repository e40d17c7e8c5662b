"""Gather the licence texts of every library QDA Desk ships into resources/licenses/.

``python packaging/collect_licenses.py`` (in a virtual environment with QDA Desk installed)
walks QDA Desk's runtime requirements, copies each distribution's licence files from its
metadata into ``resources/licenses/<name>/`` and writes ``licenses.json`` (name, version,
licence, files), which Help → About lists. Run it after changing or upgrading a dependency;
tests/test_licenses.py fails when a runtime dependency has no entry.

Qt for Python wheels carry no licence file: Qt and PySide6 are used under the LGPL 3.0, whose
text (with the GPL 3.0 it extends) comes from the system's common licences. Python's own
licence comes from the interpreter's installation.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path, PurePosixPath

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "licenses"
COMMON = Path("/usr/share/common-licenses")
_LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
# Distributions whose metadata has no licence file: the texts they are used under.
_EXTRA_TEXTS = {
    "pyside6-essentials": ["LGPL-3", "GPL-3"],
    "shiboken6": ["LGPL-3", "GPL-3"],
    "odfpy": ["Apache-2.0"],
}
_QT_NOTE = (
    "Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public "
    "License 3.0 (LGPL-3.0-only). You may replace them with your own build of the same Qt "
    "version: see REPLACING-QT.txt in this folder."
)


def runtime_distributions(root: str = "qdadesk") -> list[str]:
    """Names of the distributions QDA Desk needs at run time (with the extras it asks for,
    such as ``name[extra]``, but not its own extras), recursively."""
    seen: set[tuple[str, str]] = set()
    names: set[str] = set()
    pending: list[tuple[str, str]] = [(root, "")]
    while pending:
        name, extra = pending.pop()
        key = name.lower().replace("_", "-")
        if (key, extra) in seen:
            continue
        seen.add((key, extra))
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue  # a requirement for another platform
        names.add(key)
        for text in dist.requires or []:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is not None and not marker.evaluate({"extra": extra}):
                continue
            if marker is None and extra:
                continue  # already followed without the extra
            pending.append((requirement.name, ""))
            pending.extend((requirement.name, e) for e in requirement.extras)
    names.discard(root)
    return sorted(names)


def licence_name(name: str) -> str:
    metadata = distribution(name).metadata
    expression = metadata.get("License-Expression")
    if expression:
        return expression
    text = (metadata.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in metadata.get_all("Classifier") or [] if "License ::" in c
    ]
    return " / ".join(classifiers) or "see the files"


def collect(target: Path = TARGET) -> list[dict]:
    entries = []
    for name in runtime_distributions():
        dist = distribution(name)
        folder = target / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        files = []
        for path in dist.files or []:
            parts = PurePosixPath(str(path).replace("\\", "/")).parts
            if not parts or not parts[0].endswith(".dist-info"):
                continue
            if _LICENCE_FILE.search(path.name):
                relative = PurePosixPath(path.name)
            elif len(parts) > 2 and parts[1] == "licenses":
                # PEP 639's folder holds only licences, whatever their names (pypdfium2's:
                # PDFium's and each library built into it, in sub-folders).
                relative = PurePosixPath(*parts[2:])
            else:
                continue
            destination = folder / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(Path(dist.locate_file(path)).read_bytes())
            files.append(f"{name}/{relative}")
        for text in _EXTRA_TEXTS.get(name, []):
            shutil.copyfile(COMMON / text, folder / f"{text}.txt")
            files.append(f"{name}/{text}.txt")
        entries.append(
            {"name": name, "version": dist.version, "license": licence_name(name), "files": files}
        )
    python = target / "python"
    python.mkdir(exist_ok=True)
    source = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for candidate in (source / "LICENSE.txt", Path("/usr/lib/python3.11/LICENSE.txt")):
        if candidate.is_file():
            shutil.copyfile(candidate, python / "LICENSE.txt")
            break
    entries.insert(
        0,
        {
            "name": "python",
            "version": f"{sys.version_info[0]}.{sys.version_info[1]}",
            "license": "PSF-2.0",
            "files": ["python/LICENSE.txt"],
        },
    )
    own = target / "qdadesk"
    own.mkdir(exist_ok=True)
    shutil.copyfile(ROOT / "LICENSE", own / "LICENSE")
    entries.insert(
        0,
        {
            "name": "qdadesk",
            "version": distribution("qdadesk").version,
            "license": "MIT",
            "files": ["qdadesk/LICENSE"],
        },
    )
    index = {"note": _QT_NOTE, "libraries": entries}
    (target / "licenses.json").write_text(json.dumps(index, indent=1) + "\n", encoding="utf-8")
    return entries


if __name__ == "__main__":
    for entry in collect():
        print(f"{entry['name']:22} {entry['version']:10} {entry['license']}")
