"""The analysis commands: segments filters, query, search (+ autocode), words."""

from __future__ import annotations

import json

import pytest

from qdadesk.cli import main
from qdadesk.core import Project


@pytest.fixture
def project_file(tmp_path, corpus_dir):
    path = tmp_path / "study.qdadesk"
    with Project.create(path) as project:
        report = project.import_documents(
            [
                corpus_dir / "qualcoder-example-focus-transcript.txt",
                corpus_dir / "qc-demo-admin-interview-1.txt",
            ]
        ).result
        focus, admin = report.imported
        project.set_document_value(focus, "kind", "focus group")
        project.set_document_value(admin, "kind", "interview")
        project.set_document_value(admin, "year", 2017, "integer")
        a = project.add_code_path("Topics\\Slides").result
        b = project.add_code_path("Topics\\Course").result
        text = project.text(focus)
        slides = text.index("slides")
        project.add_coding(focus, a, slides - 10, slides + 6, weight=70, coder="ann")
        project.add_coding(focus, b, slides - 4, slides + 20, weight=20, coder="bob")
        project.add_coding(admin, a, 0, 30, weight=70, coder="ann")
    return path


def run(capfd, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capfd.readouterr()
    return code, out, err


def test_segments_filters(project_file, capfd):
    code, out, _ = run(capfd, "segments", project_file, "--format", "json")
    assert code == 0 and len(json.loads(out)) == 3
    _, out, _ = run(
        capfd, "segments", project_file, "--where", 'kind = "interview"', "--format", "json"
    )
    assert [r["document"] for r in json.loads(out)] == ["qc-demo-admin-interview-1"]
    _, out, _ = run(capfd, "segments", project_file, "--min-weight", "50", "--format", "json")
    assert {r["weight"] for r in json.loads(out)} == {70}
    _, out, _ = run(capfd, "segments", project_file, "--coder", "bob", "--format", "json")
    assert [r["code"] for r in json.loads(out)] == ["Topics\\Course"]
    _, out, _ = run(
        capfd, "segments", project_file, "--code", "Topics", "--include-subcodes", "--format", "csv"
    )
    assert (
        out.splitlines()[0] == "document,code,start,end,text,weight,coder,comment,page,x1,y1,x2,y2"
    )
    assert len(out.splitlines()) == 4
    code, _, err = run(capfd, "segments", project_file, "--where", "year >")
    assert code == 1 and err.startswith("qdadesk-cli: error: Formula:")


def test_query_and_code_results(project_file, capfd, tmp_path):
    code, out, _ = run(
        capfd,
        "query",
        project_file,
        "intersection",
        "Topics\\Slides",
        "Topics\\Course",
        "--format",
        "json",
    )
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    assert rows[0]["code"] == "Topics\\Slides & Topics\\Course"
    assert rows[0]["text"] == "ure slides"
    assert list(rows[0]) == [
        "document",
        "code",
        "start",
        "end",
        "text",
        "weight",
        "coder",
        "comment",
        # a region's page and box, added at the end (empty for text segments)
        "page",
        "x1",
        "y1",
        "x2",
        "y2",
    ]
    _, out, err = run(
        capfd,
        "query",
        project_file,
        "only-this",
        "Topics\\Slides",
        "Topics\\Course",
        "--format",
        "json",
        "--code-results",
        "Found\\Alone",
    )
    assert [r["document"] for r in json.loads(out)] == ["qc-demo-admin-interview-1"]
    assert "coded 1 segment with" in err
    _, out, _ = run(capfd, "segments", project_file, "--code", "Found\\Alone", "--format", "json")
    assert len(json.loads(out)) == 1
    _, out, _ = run(
        capfd,
        "query",
        project_file,
        "near",
        "Topics\\Slides",
        "Topics\\Course",
        "--distance",
        "2",
        "--unit",
        "paragraphs",
        "--format",
        "json",
    )
    assert len(json.loads(out)) == 1
    xlsx = tmp_path / "q.xlsx"
    code, _, _ = run(
        capfd,
        "query",
        project_file,
        "overlapping",
        "Topics\\Slides",
        "Topics\\Course",
        "--format",
        "xlsx",
        "-o",
        xlsx,
    )
    assert code == 0 and xlsx.stat().st_size > 0
    code, _, err = run(capfd, "query", project_file, "near", "Topics\\Slides", "Nope")
    assert code == 1 and "Nope" in err
    with pytest.raises(SystemExit) as exit_info:
        main(["query", str(project_file), "sideways", "A", "B"])
    assert exit_info.value.code == 2


def test_search_and_autocode(project_file, capfd):
    code, out, _ = run(capfd, "search", project_file, "slides", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and [r["text"] for r in rows] == ["slides", "slides"]
    assert set(rows[0]) == {"document", "start", "end", "text", "context"}
    _, out, _ = run(capfd, "search", project_file, "SLIDES", "--case-sensitive", "--format", "json")
    assert json.loads(out) == []
    _, out, _ = run(capfd, "search", project_file, "lid", "--partial", "--format", "json")
    assert {r["text"] for r in json.loads(out)} == {"lid"}  # slides, slides, validated
    assert len(json.loads(out)) == 3
    _, out, _ = run(
        capfd, "search", project_file, "slides AND busy", "--within", "sentence", "--format", "json"
    )
    assert json.loads(out) == []
    _, out, _ = run(
        capfd,
        "search",
        project_file,
        "slides AND busy",
        "--within",
        "paragraph",
        "--format",
        "json",
    )
    assert [r["text"] for r in json.loads(out)] == ["slides", "busy"]
    code, _, err = run(
        capfd,
        "search",
        project_file,
        "slides",
        "--autocode",
        "Auto\\Slides",
        "--extend",
        "sentence",
        "--format",
        "json",
    )
    assert code == 0 and "coded 2 segments from 2 hits" in err
    _, out, _ = run(capfd, "segments", project_file, "--code", "Auto\\Slides", "--format", "json")
    texts = [r["text"] for r in json.loads(out)]
    assert texts == [
        "[id2] I am struggling with the lecture slides.",
        "I think the slides are OK but I don't like all the assignments.",
    ]
    code, _, err = run(capfd, "search", project_file, "x", "--extend", "lines")
    assert code == 1 and "words:N" in err


def test_words(project_file, capfd, tmp_path):
    code, out, _ = run(capfd, "words", project_file, "--stopwords", "en", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and list(rows[0]) == ["word", "count", "percent", "rank"]
    assert "the" not in {r["word"] for r in rows}
    _, out, _ = run(capfd, "words", project_file, "--code", "Topics\\Course", "--format", "csv")
    assert out.splitlines()[0] == "word,count,percent,rank"
    target = tmp_path / "words.xlsx"
    code, _, _ = run(capfd, "words", project_file, "--format", "xlsx", "-o", target)
    assert code == 0
    import openpyxl

    sheet = openpyxl.load_workbook(target).active
    assert [c.value for c in sheet[1]] == ["word", "count", "percent", "rank"]
    code, _, err = run(capfd, "words", project_file, "--stopwords", "xx")
    assert code == 1 and "No stop-word list" in err
