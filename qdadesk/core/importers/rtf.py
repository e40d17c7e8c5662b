"""RTF import with striprtf: plain text only.

striprtf drops RTF "destinations" it does not show (footnotes, comments, headers and
footers, text boxes, pictures); the ones present are named in ``report``. Table cells end
with ``|`` and each row is a line, as striprtf writes them. Line ends are normalised to
``\\n`` and the trailing paragraph mark every RTF file ends with is not kept as an empty
last line. No formatting spans are produced.
"""

from __future__ import annotations

import re

from qdadesk.core.importers.common import document_name, failure, note
from qdadesk.core.importers.document import ImportedDocument
from qdadesk.core.importers.txt import decode_text, normalise_newlines

_SURROGATE = re.compile("[\ud800-\udfff]")
# Control words of destinations striprtf skips, and what the researcher is told.
_DROPPED = (
    (re.compile(r"\\footnote\b"), "footnotes left out"),
    (re.compile(r"\\annotation\b"), "comments left out"),
    (re.compile(r"\\(header|footer)[lrf]?\b"), "page headers and footers left out"),
    (re.compile(r"\\shptxt\b"), "text boxes left out"),
    (re.compile(r"\\(pict|shppict)\b"), "images left out"),
    (re.compile(r"\\object\b"), "embedded objects left out"),
)


def _join_surrogates(text: str) -> str:
    """Join the UTF-16 surrogate pairs RTF's ``\\uN`` writes an emoji as into one character."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def import_rtf(data: bytes, filename: str) -> ImportedDocument:
    """Import an .rtf file as plain text."""
    # RTF is 7-bit text; 8-bit bytes outside escapes are rare and decoded like plain text.
    source, _report = decode_text(data, filename, check_binary=False)
    if not source.lstrip("\ufeff \t\r\n").startswith("{\\rtf"):
        raise failure(filename, "not an RTF document (it does not start with {{\\rtf)")
    from striprtf.striprtf import rtf_to_text

    plain: str = rtf_to_text(source, errors="replace")
    text = _join_surrogates(plain)
    text = normalise_newlines(text).rstrip("\n")
    report = [note(message) for pattern, message in _DROPPED if pattern.search(source)]
    return ImportedDocument(
        name=document_name(filename),
        text=text,
        original=data,
        original_type="rtf",
        report=report,
    )
