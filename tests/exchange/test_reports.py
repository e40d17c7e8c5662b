"""Codebook (DOCX, XLSX) and project report (DOCX, HTML, XLSX) of the bundled sample project:
the files are opened again and their real contents checked."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest

from qdadesk.cli import main
from qdadesk.core import Project
from qdadesk.core.exporters.codebook_report import (
    code_tree,
    write_codebook_docx,
    write_codebook_xlsx,
)
from qdadesk.core.exporters.project_report import write_project_report
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.paths import sample_project_path

INJECTION = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Project]:
    copy = tmp_path / "sample.qdadesk"
    copy.write_bytes(sample_project_path().read_bytes())
    with Project.open(copy) as project:
        yield project


def _expected(project: Project) -> dict[str, tuple]:
    """Per code path: (colour, segments, documents, example text) worked out by hand."""
    paths = project.code_paths()
    order = {d.id: i for i, d in enumerate(project.documents())}
    result = {}
    for code in project.codes():
        codings = sorted(
            project.codings(code_ids=[code.id]),
            key=lambda c: (order[c.document_id], c.start, c.id),
        )
        best = None
        for coding in codings:
            if best is None or coding.weight > best.weight:
                best = coding
        example = project.text(best.document_id)[best.start : best.end] if best else None
        result[paths[code.id]] = (
            code.color,
            len(codings),
            len({c.document_id for c in codings}),
            example,
        )
    return result


def test_codebook_docx_has_tree_colours_counts_and_examples(
    sample: Project, tmp_path: Path
) -> None:
    out = tmp_path / "codebook.docx"
    write_codebook_docx(sample, out)
    document = docx.Document(str(out))
    expected = _expected(sample)
    tree = code_tree(sample)
    overview = document.tables[0]
    rows = overview.rows[1:]
    assert len(rows) == len(tree) == len(expected)
    paths = sample.code_paths()
    for row, (code, depth) in zip(rows, tree, strict=True):
        colour, segments, documents, _ = expected[paths[code.id]]
        swatch = row.cells[0]._tc.xml
        assert f'w:fill="{colour[1:].upper()}"' in swatch  # the swatch cell is the code's colour
        assert row.cells[1].text == code.name
        indent = row.cells[1].paragraphs[0].paragraph_format.left_indent
        assert (indent or 0) == pytest.approx(docx.shared.Cm(0.5 * depth), abs=1000)
        assert [row.cells[2].text, row.cells[3].text] == [str(segments), str(documents)]
    # One section per code: heading level follows the tree, with counts and the example.
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading ")]
    sections = [h for h in headings if h.text.startswith("\u25a0 ")]
    assert [(h.text[2:], int(h.style.name.split()[-1])) for h in sections] == [
        (code.name, depth + 2) for code, depth in tree
    ]
    text = "\n".join(p.text for p in document.paragraphs)
    for path, (_colour, _segments, _docs, example) in expected.items():
        if example is not None:
            assert " ".join(example.split()) in text, path
    funding = sample.find_code("Barriers\\Funding")
    assert funding.description in text
    for memo in sample.memos(kind="code"):
        assert memo.plain.split("\n")[0] in text


def test_codebook_xlsx_fills_colours_and_keeps_text_as_text(
    sample: Project, tmp_path: Path
) -> None:
    document = sample.add_document(ImportedDocument("Injected", INJECTION + " and more")).result
    code = sample.add_code("=1+1", color="#123456", description="@SUM(A1)").result
    sample.add_coding(document, code, 0, len(INJECTION), weight=90)
    out = tmp_path / "codebook.xlsx"
    write_codebook_xlsx(sample, out)
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Colour", "Code", "Path"]
    rows = {row[2].value: row for row in sheet.iter_rows(min_row=2)}
    expected = _expected(sample)
    assert set(rows) == set(expected)
    for path, (colour, segments, documents, example) in expected.items():
        row = rows[path]
        assert row[0].fill.fgColor.rgb.endswith(colour[1:].upper())
        assert (row[5].value, row[6].value) == (segments, documents)
        assert row[7].value == example
    injected = rows["=1+1"]
    for cell in (injected[1], injected[2], injected[3], injected[7]):
        assert cell.data_type == "s"  # text, never a formula
    assert injected[7].value == INJECTION and injected[1].value == "=1+1"
    assert injected[8].value == "Injected, ¶ 1"
    skills = rows["Barriers\\Skills"]
    assert skills[1].alignment.indent == 2  # one level down


def test_project_report_docx_html_xlsx(sample: Project, tmp_path: Path) -> None:
    hostile = sample.add_document(ImportedDocument("<script>alert(1)</script>", INJECTION)).result
    sample.add_memo("document", "<b>memo</b>", "x < y & z", target_id=hostile)
    code = sample.add_code("A&B <i>", color="#00ff00").result
    sample.add_coding(hostile, code, 0, 10)
    expected = _expected(sample)
    paths = sample.code_paths()

    write_project_report(sample, tmp_path / "r.docx", "docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    documents_table = document.tables[0]
    header = [c.text for c in documents_table.rows[0].cells]
    assert header[:3] == ["Document", "Group", "Segments"]
    assert {v.name for v in sample.variables()} <= set(header)
    lukasz = next(r for r in documents_table.rows if r.cells[0].text.startswith("Łukasz"))
    assert lukasz.cells[1].text == "Developers"
    assert lukasz.cells[header.index("role")].text == "App developer"
    text = "\n".join(p.text for p in document.paragraphs)
    for memo in sample.memos(kind="document"):
        assert memo.plain.split("\n")[0] in text
    for coding in sample.codings():
        segment = sample.text(coding.document_id)[coding.start : coding.end]
        assert " ".join(segment.split()) in text
    for path in expected:
        assert f"\u25a0 {path}" in text

    write_project_report(sample, tmp_path / "r.html", "html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;memo&lt;/b&gt;" in page and "x &lt; y &amp; z" in page
    assert "A&amp;B &lt;i&gt;" in page and "<i>" not in page
    assert "background:#00ff00" in page

    write_project_report(sample, tmp_path / "r.xlsx", "xlsx")
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["Documents", "Document memos", "Coded segments", "Codes"]
    segments = list(book["Coded segments"].iter_rows(min_row=2, values_only=True))
    assert len(segments) == len(sample.codings())
    injected = next(
        r for r in book["Coded segments"].iter_rows(min_row=2) if r[0].value == "A&B <i>"
    )
    assert injected[8].data_type == "s" and injected[8].value == INJECTION[:10]
    codes = {r[2].value: r for r in book["Codes"].iter_rows(min_row=2)}
    assert set(codes) == set(paths.values())
    for path, (colour, count, docs, _) in expected.items():
        assert codes[path][0].fill.fgColor.rgb.endswith(colour[1:].upper())
        assert (codes[path][4].value, codes[path][5].value) == (count, docs)
    ages = {r[0]: r for r in book["Documents"].iter_rows(min_row=2, values_only=True)}
    age_column = [c.value for c in book["Documents"][1]].index("age")
    assert ages["Łukasz (freelance developer)"][age_column] == 31  # a number stays a number


def _run(capsysbinary, *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsysbinary.readouterr()
    return code, out.decode("utf-8"), err.decode("utf-8")


def test_cli_codebook_and_report(sample: Project, tmp_path: Path, capsysbinary) -> None:
    project = sample.path
    for fmt in ("docx", "xlsx"):
        out = tmp_path / f"book.{fmt}"
        assert _run(capsysbinary, "codebook", project, "--format", fmt, "-o", out)[0] == 0
    assert docx.Document(str(tmp_path / "book.docx")).tables[0].rows[1].cells[1].text
    assert openpyxl.load_workbook(tmp_path / "book.xlsx").active["B2"].value
    for fmt in ("docx", "html", "xlsx"):
        out = tmp_path / f"report.{fmt}"
        code, printed, err = _run(capsysbinary, "report", project, "-o", out)  # from suffix
        assert code == 0 and "report written" in printed, err
        assert out.stat().st_size > 1000
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, _, err = _run(capsysbinary, "report", project, "-o", tmp_path / "report.pdf")
    assert code == 1 and "--format" in err
    code, _, _ = _run(capsysbinary, "codebook", project, "--format", "html", "-o", "x.html")
    assert code == 2
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []  # no temporary files left behind


def test_report_modules_load_no_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "import qdadesk.core.exporters.codebook_report, qdadesk.core.exporters.project_report\n"
        "import qdadesk.cli.reports, qdadesk.cli.paraphrases\n"
        "print(sorted(m for m in ('pandas', 'docx', 'openpyxl') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
