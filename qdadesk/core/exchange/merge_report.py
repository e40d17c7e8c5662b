"""The report of a project merge, and the read-only copy of the file merged in."""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qdadesk.core.errors import ProjectError
from qdadesk.core.i18n import tr, tr_noop

EXCHANGE_SUFFIXES = (".qdpx", ".qde")
# What the text report calls each tally and each kind of conflict (the JSON keeps the keys).
TALLY_NAMES = {
    "documents": tr_noop("documents"),
    "codes": tr_noop("codes"),
    "codings": tr_noop("codings"),
    "memos": tr_noop("memos"),
    "variables": tr_noop("variables"),
    "values": tr_noop("values"),
    "groups": tr_noop("groups"),
    "sets": tr_noop("sets"),
    "cases": tr_noop("cases"),
    "summaries": tr_noop("summaries"),
    "paraphrases": tr_noop("paraphrases"),
    "logbook": tr_noop("logbook"),
}
CONFLICT_KINDS = {
    "document": tr_noop("document"),
    "code": tr_noop("code"),
    "variable": tr_noop("variable"),
    "memo": tr_noop("memo"),
    "summary": tr_noop("summary"),
    "coding": tr_noop("coding"),
    "paraphrase": tr_noop("paraphrase"),
    "logbook": tr_noop("logbook"),
}


@dataclass
class Tally:
    matched: int = 0
    added: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"matched": self.matched, "added": self.added}


@dataclass(frozen=True)
class MergeConflict:
    """A value the two files disagree on, and what the merge did about it."""

    kind: str  # document, code, variable, memo, summary, coding, paraphrase
    what: str  # the object, by name or path
    detail: str  # what differs
    resolution: str

    def kind_label(self) -> str:
        """The kind in the user's language (``kind`` itself stays the English key)."""
        return tr(CONFLICT_KINDS.get(self.kind, self.kind))

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "what": self.what,
            "detail": self.detail,
            "resolution": self.resolution,
        }


@dataclass
class MergeReport:
    """What a merge matched, added, and which conflicts it resolved how."""

    other: str
    documents: Tally = field(default_factory=Tally)
    codes: Tally = field(default_factory=Tally)
    codings: Tally = field(default_factory=Tally)
    memos: Tally = field(default_factory=Tally)
    variables: Tally = field(default_factory=Tally)
    values: Tally = field(default_factory=Tally)
    groups: Tally = field(default_factory=Tally)
    sets: Tally = field(default_factory=Tally)
    cases: Tally = field(default_factory=Tally)
    summaries: Tally = field(default_factory=Tally)
    paraphrases: Tally = field(default_factory=Tally)
    logbook: Tally = field(default_factory=Tally)
    conflicts: list[MergeConflict] = field(default_factory=list)

    _KEYS = (
        "documents",
        "codes",
        "codings",
        "memos",
        "variables",
        "values",
        "groups",
        "sets",
        "cases",
        "summaries",
        "paraphrases",
        "logbook",
    )

    def tallies(self) -> dict[str, Tally]:
        """Every tally by its key (``_KEYS``, ``TALLY_NAMES``), in the report's order."""
        return {
            "documents": self.documents,
            "codes": self.codes,
            "codings": self.codings,
            "memos": self.memos,
            "variables": self.variables,
            "values": self.values,
            "groups": self.groups,
            "sets": self.sets,
            "cases": self.cases,
            "summaries": self.summaries,
            "paraphrases": self.paraphrases,
            "logbook": self.logbook,
        }

    def as_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"other": self.other}
        for key, tally in self.tallies().items():
            result[key] = tally.as_dict()
        result["conflicts"] = [c.as_dict() for c in self.conflicts]
        return result

    def as_text(self) -> str:
        lines = [tr("Merged {other}").format(other=self.other)]
        for key, tally in self.tallies().items():
            lines.append(
                tr("{what}: {matched} matched, {added} added").format(
                    what=tr(TALLY_NAMES[key]), matched=tally.matched, added=tally.added
                )
            )
        lines.append(tr("conflicts: {n}").format(n=len(self.conflicts)))
        for c in self.conflicts:
            lines.append(f"  {c.kind_label()} '{c.what}': {c.detail} -> {c.resolution}")
        return "\n".join(lines) + "\n"


@contextlib.contextmanager
def read_only_copy(path: Path) -> Iterator[Any]:
    """A migrated copy of ``path`` in a temporary folder, opened as a Project."""
    from qdadesk.core import Project
    from qdadesk.core.store.connection import _check_readable_project
    from qdadesk.core.store.journal import has_journal

    if not path.is_file():
        raise ProjectError(tr("{path}: no such file").format(path=path))
    with tempfile.TemporaryDirectory(prefix="qdadesk-merge-") as folder:
        copy = Path(folder) / "other.qdadesk"
        if path.suffix.lower() in EXCHANGE_SUFFIXES:
            from qdadesk.core.exchange.import_project import import_qdpx

            import_qdpx(path, copy)
        else:
            if has_journal(path):
                raise ProjectError(
                    tr(
                        "{path}: another program is writing to this project, or a write was "
                        "interrupted (then open it in QDA Desk once to repair it); try again"
                    ).format(path=path)
                )
            # (after the journal check: this check rolls a journal back, which writes)
            _check_readable_project(path)
            try:
                src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    dst = sqlite3.connect(copy)
                    try:
                        src.backup(dst)
                    finally:
                        dst.close()
                finally:
                    src.close()
            except sqlite3.Error as error:
                raise ProjectError(
                    tr("{path}: cannot read the project ({error})").format(path=path, error=error)
                ) from error
        source = Project.open(copy)
        try:
            yield source
        finally:
            source.close()
