"""``qdadesk-cli paraphrases``: add, list, edit, remove, categorize and the matrix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.paths import sample_project_path


def run(capsysbinary, *args: str) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.qdadesk"
    path.write_bytes(sample_project_path().read_bytes())
    return path


def test_add_list_edit_remove(sample: Path, capsysbinary) -> None:
    doc = "Henrik (Ministry)"
    code, out, err = run(capsysbinary, "paraphrases", sample, "add", doc, 0, 20, "Ministry view")
    assert code == 0 and "paraphrase 1 added" in out, err
    code, _, err = run(capsysbinary, "paraphrases", sample, "add", doc, 10, 30, "overlap")
    assert code == 1 and "overlaps the paraphrase at 0-20" in err
    code, out, _ = run(capsysbinary, "paraphrases", sample, "list", "--format", "json")
    (record,) = json.loads(out)
    with Project.open(sample) as project:
        text = project.text(project.find_document(doc).id)
    assert record["passage"] == text[0:20] and record["paraphrase"] == "Ministry view"
    assert record["document"] == doc and record["paragraph"] == 1
    assert run(capsysbinary, "paraphrases", sample, "edit", 1, "Changed")[0] == 0
    _, out, _ = run(capsysbinary, "paraphrases", sample, "list", "--format", "csv")
    assert "Changed" in out
    assert run(capsysbinary, "paraphrases", sample, "remove", 1)[0] == 0
    _, out, _ = run(capsysbinary, "paraphrases", sample, "list", "--format", "json")
    assert json.loads(out) == []


def test_categorize_and_matrix(sample: Path, capsysbinary) -> None:
    for doc, text in (
        ("Henrik (Ministry)", "Ministry"),
        ("Marta (City IT office)", "City"),
        ("Aylin (citizen)", "Citizen"),
    ):
        assert run(capsysbinary, "paraphrases", sample, "add", doc, 0, 12, text)[0] == 0
    code, out, err = run(
        capsysbinary, "paraphrases", sample, "categorize", 1, 2, "--code", "Paraphrased\\Opening"
    )
    assert code == 0 and "2 passages coded with Paraphrased\\Opening" in out, err
    with Project.open(sample) as project:
        category = project.find_code("Paraphrased\\Opening")
        assert len(project.codings(code_ids=[category.id])) == 2
    code, out, _ = run(
        capsysbinary, "paraphrases", sample, "matrix", "--columns", "groups", "--format", "json"
    )
    rows = json.loads(out)
    assert rows == [
        {
            "City IT office": "City (Marta (City IT office), ¶ 1)",
            "Ministry": "Ministry (Henrik (Ministry), ¶ 1)",
            "Citizens": "Citizen (Aylin (citizen), ¶ 1)",
        }
    ]
    code, out, _ = run(capsysbinary, "paraphrases", sample, "matrix", "--format", "csv")
    assert out.splitlines()[0] == "Marta (City IT office),Henrik (Ministry),Aylin (citizen)"
    xlsx = sample.parent / "matrix.xlsx"
    assert (
        run(capsysbinary, "paraphrases", sample, "matrix", "--format", "xlsx", "-o", xlsx)[0] == 0
    )
    assert xlsx.stat().st_size > 0
