"""Offsets are code points everywhere: what is coded is exactly what retrieval returns."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qdadesk.core import Project
from qdadesk.core.analysis.retrieval import retrieve_segments
from qdadesk.core.importers.document import ImportedDocument

# Letters from several scripts, emoji beyond U+FFFF, combining marks and line ends.
ALPHABET = st.sampled_from(list("ab ç中й\nü\t😀🙂👍🏽\u0301é€\u200d"))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(alphabet=ALPHABET, min_size=2, max_size=60),
    data=st.data(),
)
def test_coded_text_is_retrieved_exactly(tmp_path_factory, text: str, data) -> None:
    path = tmp_path_factory.mktemp("p") / "p.qdadesk"
    with Project.create(path) as project:
        document = project.add_document(ImportedDocument("d", text, [], b"", "txt")).result
        code = project.add_code("C").result
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        project.add_coding(document, code, start, end)
        frame = retrieve_segments(project)
        assert list(frame["text"]) == [text[start:end]]
        assert project.text(document) == text
        assert project.document(document).length == len(text)
