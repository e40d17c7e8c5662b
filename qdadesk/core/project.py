"""``Project``: an open project file and every operation on it."""

from __future__ import annotations

from qdadesk.core.ops.audit import AuditOps
from qdadesk.core.ops.cases import CaseOps
from qdadesk.core.ops.codes import CodeOps
from qdadesk.core.ops.codings import CodingOps
from qdadesk.core.ops.document_sets import DocumentSetOps
from qdadesk.core.ops.documents import DocumentOps, ImportReport
from qdadesk.core.ops.import_notes import ImportNotesOps
from qdadesk.core.ops.integrity import IntegrityOps
from qdadesk.core.ops.map_models import MapModelOps
from qdadesk.core.ops.maps import MapOps
from qdadesk.core.ops.memos import MemoOps
from qdadesk.core.ops.paraphrases import ParaphraseOps
from qdadesk.core.ops.regions import RegionOps
from qdadesk.core.ops.safety import SafetyOps
from qdadesk.core.ops.variables import VariableOps


class Project(
    DocumentOps,
    CodeOps,
    CodingOps,
    VariableOps,
    MemoOps,
    IntegrityOps,
    DocumentSetOps,
    CaseOps,
    ParaphraseOps,
    ImportNotesOps,
    SafetyOps,
    AuditOps,
    MapOps,
    MapModelOps,
    RegionOps,
):
    """An open ``.qdadesk`` project.

    Reading methods return plain records (``qdadesk.core.model``). Every writing method is
    one transaction, whole or absent, and returns an ``Operation``: its ``result`` (a new
    id, a report), its ``changes`` (what a window must refresh), and what ``undo`` and
    ``redo`` need. Offsets are code points into the document's text, end exclusive.

        with Project.create("study.qdadesk") as project:
            report = project.import_documents(["interview1.docx"]).result
            code_id = project.add_code_path("Barriers\\Cost").result
            project.add_coding(report.imported[0], code_id, 0, 120)
    """


__all__ = ["Project", "ImportReport"]
