"""Merging two coders' copies, with random codings: the union, once, however often merged."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdadesk.core import Project
from qdadesk.core.exchange.merge import merge_project
from qdadesk.core.importers.document import ImportedDocument

TEXTS = ["First interview text, long enough to code.", "Second one.\n\nWith paragraphs."]
CODES = ["A", "A\\B", "C"]

coding = st.tuples(
    st.integers(0, len(TEXTS) - 1),
    st.integers(0, len(CODES) - 1),
    st.integers(0, 10),
    st.integers(1, 10),
)


def codings_of(project: Project) -> set[tuple]:
    return {
        (
            project.document(c.document_id).guid,
            project.code(c.code_id).guid,
            c.start,
            c.end,
            c.coder,
        )
        for c in project.codings()
    }


def add(project: Project, items: list[tuple], coder: str) -> None:
    docs = [d.id for d in project.documents()]
    for doc, code, start, length in items:
        code_id = project.find_code(CODES[code]).id
        project.add_coding(docs[doc], code_id, start, start + length, coder=coder)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(coding, max_size=8), st.lists(coding, max_size=8), st.lists(coding, max_size=4))
def test_merge_gives_the_union_once(ours_items, theirs_items, both_items) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ours, theirs = Path(folder) / "ours.qdadesk", Path(folder) / "theirs.qdadesk"
        with Project.create(ours) as p:
            for i, text in enumerate(TEXTS):
                p.add_document(ImportedDocument(f"D{i}", text))
            for path in CODES:
                p.add_code_path(path)
            add(p, both_items, "Ana")
        shutil.copy(ours, theirs)
        with Project.open(ours) as p:
            add(p, ours_items, "Ana")
        with Project.open(theirs) as p:
            add(p, theirs_items, "Bob")
            expected_theirs = codings_of(p)
        digest = hashlib.sha256(theirs.read_bytes()).hexdigest()
        with Project.open(ours) as p:
            expected = codings_of(p) | expected_theirs
            merge_project(p, theirs)
            assert codings_of(p) == expected
            count = len(p.codings())
            report = merge_project(p, theirs).result
            assert report.codings.added == 0 and len(p.codings()) == count
            assert report.documents.added == 0 and report.codes.added == 0
            assert p.check() == []
        assert hashlib.sha256(theirs.read_bytes()).hexdigest() == digest
