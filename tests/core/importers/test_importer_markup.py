"""HTML, Markdown and RTF import."""

from __future__ import annotations

from pathlib import Path

import pytest

from qdadesk.core.errors import ImportFailed
from qdadesk.core.importers import (
    FormatSpan,
    ImportedDocument,
    import_document,
    import_document_bytes,
)
from qdadesk.core.importers.markdown import heading_spans


def _spans(document: ImportedDocument, kind: str) -> list[tuple[str, int]]:
    return [
        (document.text[span.start : span.end], span.level)
        for span in document.spans
        if span.kind == kind
    ]


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Not text</title>
<style>p { color: red }</style><script>var s = "<p>not text</p>";</script></head>
<body>
<h1>Interview   <b>one</b></h1>
<p>Hello <strong>bold <em>both</em></strong> and <u>under</u> &amp; caf&eacute; &#128512;</p>
<div>block<br>next line<br><br>after blank</div>
<ul><li>one<li>two<ol><li>nested</li></ol></li></ul>
<table><tr><td>a<td>b</tr><tr><th>c</th><td></td></tr></table>
<pre>
  code   kept
\ttab</pre>
<img src="x.png" alt="x">
<p>  trailing   </p><!-- a comment -->
</body></html>
"""


def test_html_text() -> None:
    document = import_document_bytes(PAGE.encode(), "page.html")
    assert document.text == (
        "Interview one\n"
        "Hello bold both and under & café 😀\n"
        "block\nnext line\n\nafter blank\n"
        "one\ntwo\nnested\n"
        "a\nb\nc\n\n"
        "  code   kept\n\ttab\n"
        "trailing"
    )
    assert document.name == "page"
    assert document.original_type == "html"
    assert document.report == ["1 image left out"]


def test_html_spans() -> None:
    document = import_document_bytes(PAGE.encode(), "page.htm")
    assert _spans(document, "heading") == [("Interview one", 1)]
    assert _spans(document, "bold") == [("one", 0), ("bold both", 0)]
    assert _spans(document, "italic") == [("both", 0)]
    assert _spans(document, "underline") == [("under", 0)]
    assert _spans(document, "list_item") == [("one", 1), ("two\nnested", 1), ("nested", 2)]
    assert _spans(document, "table_row") == [("a\nb", 0), ("c\n", 0)]
    assert _spans(document, "table_cell") == [("a", 0), ("b", 0), ("c", 0), ("", 0)]
    assert document.original_type == "htm"


def test_html_legacy_charset_from_meta() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>café “x”'
    document = import_document_bytes(page.encode("cp1252"), "old.html")
    assert document.text == "café “x”"


def test_html_binary_is_refused() -> None:
    with pytest.raises(ImportFailed, match="binary"):
        import_document_bytes(b"\x00\x01\x02<p>x" * 10, "bin.html")


MARKDOWN = """# Interview 1
Intro line
Setext heading
==============

```sh
# not a heading
```
## Speaker A ##
    # indented code, not a heading
- item
---
#hashtag is not a heading
"""


def test_markdown_keeps_source_with_heading_spans() -> None:
    data = MARKDOWN.replace("\n", "\r\n").encode("utf-8-sig")
    document = import_document_bytes(data, "notes.md")
    assert document.text == MARKDOWN
    assert _spans(document, "heading") == [
        ("# Interview 1", 1),
        ("Intro line\nSetext heading", 1),
        ("## Speaker A ##", 2),
    ]
    assert document.original_type == "md"


def test_markdown_heading_spans_empty_text() -> None:
    assert heading_spans("") == []
    assert heading_spans("#") == [FormatSpan(0, 1, "heading", 1)]


RTF = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}{\header Page head}"
    rb"\pard Caf\'e9 \b bold\b0  text \u55357?\u56832?\par"
    rb" Second{\footnote a note}\par}"
)


def test_rtf_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "memo.rtf"
    path.write_bytes(RTF)
    document = import_document(path)
    assert document.text == "Café bold text 😀\nSecond"
    assert document.report == ["footnotes left out", "page headers and footers left out"]
    assert document.original_type == "rtf"


def test_not_rtf_is_refused() -> None:
    with pytest.raises(ImportFailed, match=r"^fake\.rtf: not an RTF document"):
        import_document_bytes(b"just text", "fake.rtf")
