"""Codebooks: export a REFI-QDA ``.qdc``, and merge a ``.qdc`` or a Taguette CSV codebook
into an open project (one undoable operation).

Merging matches each code first by GUID, then by its path (``Parent\\Child``) under the
already matched parent; a matched code takes the codebook's colour and description when
they differ, anything unmatched is added (with the codebook's GUID when it is free). The
report says which codes were matched how, updated, added or skipped.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qdadesk.core import safe_write
from qdadesk.core.changes import Operation
from qdadesk.core.errors import ImportFailed, QdaError
from qdadesk.core.exchange.qde_reader import (
    CODEBOOK_NS,
    child,
    child_text,
    children,
    clean_guid,
    local,
    parse_xml,
)
from qdadesk.core.exchange.qde_writer import CODEBOOK_LOCATION, XSI, Builder, serialise
from qdadesk.core.exchange.report import (
    DISCARDED,
    IMPORTED,
    KEPT,
    MAPPED,
    REPAIRED,
    ExchangeReport,
)
from qdadesk.core.i18n import tr
from qdadesk.core.names import nfc
from qdadesk.core.store import audit

if TYPE_CHECKING:
    from lxml.etree import _Element as Element  # what parse_xml returns

    from qdadesk.core.project import Project

MAX_CODEBOOK_BYTES = 64 * 1024 * 1024
_COLOR = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


@dataclass
class CodebookEntry:
    """One code of a codebook, with its children."""

    name: str
    guid: str | None = None
    color: str | None = None
    description: str = ""
    codable: bool = True
    children: list[CodebookEntry] = field(default_factory=list)


# -- export -------------------------------------------------------------------------------
def codebook_xml(project: Project, report: ExchangeReport | None = None) -> bytes:
    """The project's code tree (and kept code sets) as ``.qdc`` XML bytes."""
    codes = project.codes()
    if not codes:
        raise QdaError(tr("The project has no codes to export"))
    b = Builder(CODEBOOK_NS)
    root = b.root("CodeBook", origin="QDA Desk")
    root.set(f"{{{XSI}}}schemaLocation", CODEBOOK_LOCATION)
    elements: dict[int, Element] = {}
    top: list[Element] = []
    for code in codes:
        element = b.element(
            "Code", guid=code.guid, name=code.name, isCodable=bool(code.codable), color=code.color
        )
        if code.description:
            b.sub(element, "Description", code.description)
        elements[code.id] = element
        (top if code.parent_id is None else elements[code.parent_id]).append(element)
    b.container(root, "Codes", top)
    known = {code.guid for code in codes}
    sets = []
    for (xml,) in project.db.execute(
        "SELECT xml FROM kept_elements WHERE kind = 'Set' ORDER BY id"
    ):
        kept = b.adopt(xml)
        element = b.element("Set", guid=kept.get("guid"), name=kept.get("name") or "")
        description = child_text(kept, "Description")
        if description:
            b.sub(element, "Description", description)
        for member in children(kept, "MemberCode"):
            guid = (member.get("targetGUID") or "").upper()
            if guid in known:
                b.sub(element, "MemberCode", guid=guid)
        sets.append(element)
    b.container(root, "Sets", sets)
    if report is not None:
        report.add(IMPORTED, "Code", tr("codes"), count=len(codes))
        if sets:
            report.add(IMPORTED, "Set", tr("code sets"), count=len(sets))
    return serialise(root)


def export_codebook(project: Project, path: str | os.PathLike[str]) -> ExchangeReport:
    """Write the project's codebook to ``path`` (.qdc); returns a report."""
    report = ExchangeReport(
        tr("Exported the codebook of {project} to {file}").format(
            project=Path(project.path).name, file=Path(path).name
        )
    )
    data = codebook_xml(project, report)
    try:
        safe_write.write_bytes(path, data)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror or error)
        ) from error
    return report


# -- reading ------------------------------------------------------------------------------
def read_codebook(
    path: str | os.PathLike[str], report: ExchangeReport
) -> tuple[list[CodebookEntry], list[Element]]:
    """The codes (a tree) and code sets of a ``.qdc`` or a Taguette ``.csv`` codebook."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(tr("{path}: no such file").format(path=path))
    if path.stat().st_size > MAX_CODEBOOK_BYTES:
        raise ImportFailed(tr("{path}: too large for a codebook").format(path=path))
    data = path.read_bytes()
    if path.suffix.lower() == ".csv":
        return read_csv_codebook(data, path.name, report), []
    root = parse_xml(data, path.name)
    if local(root.tag) == "Project":
        book = child(root, "CodeBook")
        codes = child(book, "Codes") if book is not None else None
    elif local(root.tag) == "CodeBook":
        codes = child(root, "Codes")
    else:
        raise ImportFailed(tr("{path}: not a REFI-QDA codebook").format(path=path))
    if codes is None:
        raise ImportFailed(tr("{path}: the codebook has no codes").format(path=path))
    sets_element = child(root, "Sets")
    if sets_element is not None and not len(sets_element):
        report.add(REPAIRED, "Sets", tr("empty <Sets/> (invalid, written by Taguette) accepted"))
    sets = list(children(sets_element, "Set")) if sets_element is not None else []
    return [_entry(e) for e in children(codes, "Code")], sets


def _entry(element: Element) -> CodebookEntry:
    color = (element.get("color") or "").strip()
    return CodebookEntry(
        name=element.get("name") or "",
        guid=clean_guid(element.get("guid")),
        color=color if _COLOR.match(color) else None,
        description=child_text(element, "Description") or "",
        codable=(element.get("isCodable") or "true").strip().lower() not in ("false", "0"),
        children=[_entry(e) for e in children(element, "Code")],
    )


def read_csv_codebook(data: bytes, name: str, report: ExchangeReport) -> list[CodebookEntry]:
    """Taguette's CSV codebook: a ``tag`` (or ``path``) column, ``description``; a tag
    path ``A\\B`` makes nested codes."""
    text = data.decode("utf-8-sig", errors="replace")
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        raise ImportFailed(tr("{name}: the CSV codebook has no rows").format(name=name))
    columns = {key.strip().lower(): key for key in rows[0] if key}
    tag_column = columns.get("tag") or columns.get("path") or columns.get("name")
    if tag_column is None:
        raise ImportFailed(
            tr("{name}: a CSV codebook needs a 'tag' or 'path' column").format(name=name)
        )
    description_column = columns.get("description")
    ignored = [key for low, key in columns.items() if key not in (tag_column, description_column)]
    if ignored:
        report.add(DISCARDED, "CSV", tr("columns not used by a codebook"), ", ".join(ignored))
    roots: list[CodebookEntry] = []
    for row in rows:
        path = (row.get(tag_column) or "").strip()
        if not path:
            report.add(DISCARDED, "CSV", tr("row without a tag"))
            continue
        names = [part.strip() for part in re.split(r"\\+", path) if part.strip()]
        level = roots
        entry = None
        for part in names:
            entry = next((e for e in level if e.name == part), None)
            if entry is None:
                entry = CodebookEntry(part)
                level.append(entry)
            level = entry.children
        if entry is not None and description_column:
            entry.description = (row.get(description_column) or "").strip()
    return roots


# -- merging ------------------------------------------------------------------------------
def import_codebook(project: Project, path: str | os.PathLike[str]) -> Operation:
    """Merge a codebook file into ``project`` as one undoable operation; result: the
    ``ExchangeReport``."""
    report = ExchangeReport(
        tr("Merged codebook {file} into {project}").format(
            file=Path(path).name, project=Path(project.path).name
        )
    )
    entries, sets = read_codebook(path, report)
    with project.transaction(tr("Import codebook '{name}'").format(name=Path(path).name)) as w:
        merger = _Merger(project, report)
        for entry in entries:
            merger.merge(entry, None)
        merger.keep_sets(sets)
        audit.record(project, audit.CODEBOOK_IMPORTED, Path(path).name)
        w.result = report
    return w.operation


class _Merger:
    def __init__(self, project: Project, report: ExchangeReport) -> None:
        self.project = project
        self.db = project.db
        self.report = report
        self.by_guid = {
            guid: code_id for code_id, guid in self.db.execute("SELECT id, guid FROM codes")
        }
        # The codebook's GUID -> the GUID of the code it merged into (a code matched by path
        # keeps the project's GUID, so the codebook's code sets must point there).
        self.merged_guid: dict[str, str] = {}

    def merge(self, entry: CodebookEntry, parent_id: int | None) -> None:
        from qdadesk.core.ops.codes import check_color

        name = nfc(" ".join(entry.name.split()).replace("\\", "/"))
        if not name:
            self.report.add(DISCARDED, "Code", tr("code without a name (and its subcodes)"))
            return
        color = entry.color
        if color and len(color) == 4:
            color = "#" + "".join(c * 2 for c in color[1:])
        color = check_color(color) if color else None
        code_id = self.by_guid.get(entry.guid) if entry.guid else None
        how = tr("matched by GUID")
        if code_id is None:
            row = self.db.execute(
                "SELECT id FROM codes WHERE parent_id IS ? AND name = ?", [parent_id, name]
            ).fetchone()
            code_id = row[0] if row else None
            how = tr("matched by path")
        if code_id is None:
            guid = entry.guid if entry.guid and entry.guid not in self.by_guid else None
            code_id = self.project.insert_code(name, parent_id, color, entry.description, guid=guid)
            if not entry.codable:
                self.db.execute("UPDATE codes SET codable = 0 WHERE id = ?", [code_id])
            if guid:
                self.by_guid[guid] = code_id
            self.report.add(IMPORTED, "Code", tr("codes added"), name)
        else:
            self.report.add(MAPPED, "Code", how, name)
            current = self.db.execute(
                "SELECT color, description FROM codes WHERE id = ?", [code_id]
            ).fetchone()
            changes = []
            if color and color != current[0]:
                changes.append(("color", color))
            if entry.description and entry.description != current[1]:
                changes.append(("description", entry.description))
            for column, value in changes:
                self.db.execute(f"UPDATE codes SET {column} = ? WHERE id = ?", [value, code_id])
            if changes:
                self.report.add(
                    IMPORTED,
                    "Code",
                    tr("existing codes given the codebook's colour or description"),
                    name,
                )
        if entry.guid:
            row = self.db.execute("SELECT guid FROM codes WHERE id = ?", [code_id]).fetchone()
            self.merged_guid.setdefault(entry.guid, row[0])
        for sub in entry.children:
            self.merge(sub, code_id)

    def keep_sets(self, sets: list[Element]) -> None:
        from lxml.etree import Element, SubElement, tostring

        for element in sets:
            guid = clean_guid(element.get("guid"))
            if guid is None:
                self.report.add(DISCARDED, "Set", tr("code set without a GUID"))
                continue
            exists = self.db.execute(
                "SELECT 1 FROM kept_elements WHERE kind = 'Set' AND guid = ?", [guid]
            ).fetchone()
            if exists:
                continue
            kept = Element("Set", {"guid": guid or "", "name": element.get("name") or ""})
            description = child_text(element, "Description")
            if description:
                SubElement(kept, "Description").text = description
            for member in children(element, "MemberCode"):
                target = clean_guid(member.get("guid") or member.get("targetGUID"))
                target = self.merged_guid.get(target or "", target)
                if target:
                    kept.append(Element("MemberCode", {"targetGUID": target}))
            self.db.execute(
                "INSERT INTO kept_elements (kind, guid, name, xml) VALUES ('Set', ?, ?, ?)",
                [guid, kept.get("name"), tostring(kept, encoding="unicode")],
            )
            self.report.add(
                KEPT, "Set", tr("code set kept for export, not shown yet"), kept.get("name") or ""
            )
