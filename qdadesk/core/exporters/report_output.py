"""What the codebook and project reports share: writing through a temporary file, text
cells that stay text in Excel, coloured cells in Word, and segment examples.

``write_via_temp`` stands in for the shared safe writer (``qdadesk.core.safe_write``) until
that lands; it has the same contract: the target is either the old file or the whole new
one, never half a file.
"""

from __future__ import annotations

import bisect
import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.model import Coding
    from qdadesk.core.project import Project

_NEWLINE = re.compile("\n")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EXCEL_CELL_LIMIT = 32767


def write_via_temp(path: str | os.PathLike[str], write: Callable[[Path], object]) -> None:
    """Call ``write(temporary path)`` in the target's folder, then rename it onto ``path``."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror or error)
        ) from error
    os.close(handle)
    try:
        write(Path(temporary))
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, _mode_for(target))  # mkstemp makes it private; a report is not
        os.replace(temporary, target)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror or error)
        ) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _mode_for(target: Path) -> int:
    """The replaced file's permissions, or rw-r--r-- for a new one (reading the umask would
    change it for a moment, for every thread)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644


def clean_text(text: str) -> str:
    """Text without the control characters XML (DOCX, XLSX) cannot hold."""
    return _XML_ILLEGAL.sub("", text)


def safe_color(color: str | None, default: str = "#cccccc") -> str:
    """A ``#rrggbb`` colour fit for a style attribute or a fill (anything else: ``default``)."""
    return color.lower() if color and _HEX.match(color) else default


def set_text_cell(cell: Any, value: Any) -> None:
    """Put a value in an openpyxl cell: numbers as numbers, everything else as text that
    Excel never reads as a formula (``=``, ``+``, ``-``, ``@`` stay literal)."""
    if value is None:
        return
    if isinstance(value, int | float):  # bool included
        cell.value = value
        return
    cell.value = clean_text(str(value))[:EXCEL_CELL_LIMIT]
    cell.data_type = "s"


def fill_docx_cell(cell: Any, color: str) -> None:
    """Shade a python-docx table cell with ``color`` (a colour swatch)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), safe_color(color)[1:].upper())
    properties.append(shading)


@dataclass(frozen=True)
class Example:
    """A coded segment cited as an example: its text and where it comes from."""

    text: str
    document: str
    paragraph: int
    weight: int

    @property
    def source(self) -> str:
        return tr("{document}, ¶ {paragraph}").format(
            document=self.document, paragraph=self.paragraph
        )

    def cited(self) -> str:
        return f"\u201c{' '.join(self.text.split())}\u201d ({self.source})"


class SegmentTexts:
    """Segment texts and paragraph numbers, reading each document's text once."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.names = {d.id: d.name for d in project.documents()}
        self._texts: dict[int, str] = {}
        self._newlines: dict[int, list[int]] = {}

    def text(self, document_id: int) -> str:
        text = self._texts.get(document_id)
        if text is None:
            text = self._texts[document_id] = self.project.text(document_id)
        return text

    def paragraph(self, document_id: int, position: int) -> int:
        """The 1-based paragraph (line) holding ``position``."""
        newlines = self._newlines.get(document_id)
        if newlines is None:
            text = self.text(document_id)
            newlines = self._newlines[document_id] = [m.start() for m in _NEWLINE.finditer(text)]
        return bisect.bisect_left(newlines, position) + 1

    def example(self, coding: Coding) -> Example:
        from qdadesk.core.analysis.region_segments import coding_quote

        text = self.text(coding.document_id)
        return Example(
            coding_quote(text, coding),  # a region: its text in the box, else its label
            self.names.get(coding.document_id, ""),
            self.paragraph(coding.document_id, coding.start),
            coding.weight,
        )


# -- Word paragraphs in bulk -----------------------------------------------------------------
# python-docx looks for the section properties on every added paragraph, which makes a long
# report quadratic (10,000 segments: 49 s). Paragraphs written as XML and inserted at once
# take a fraction of a second.
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DocxRun = tuple[
    Any, ...
]  # (text, bold, italic, size in points or None, colour hex "RRGGBB" or None)


def docx_paragraph_xml(runs: list[DocxRun], style: str | None = None, indent: int = 0) -> str:
    """One ``w:p``: an optional paragraph style id (``Heading2``), a left indent in twips."""
    from xml.sax.saxutils import escape

    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if indent:
        properties += f'<w:ind w:left="{indent}"/>'
    parts = [f"<w:p><w:pPr>{properties}</w:pPr>" if properties else "<w:p>"]
    for text, bold, italic, size, color in runs:
        run = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        if color:
            run += f'<w:color w:val="{color}"/>'
        if size:
            half_points = int(round(size * 2))
            run += f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        run = f"<w:rPr>{run}</w:rPr>" if run else ""
        parts.append(f'<w:r>{run}<w:t xml:space="preserve">{escape(clean_text(text))}</w:t></w:r>')
    parts.append("</w:p>")
    return "".join(parts)


def append_docx_xml(document: Any, paragraphs: list[str]) -> None:
    """Append ``w:p`` fragments to the body of a python-docx document, before its section
    properties, in one go."""
    from docx.oxml import parse_xml

    if not paragraphs:
        return
    fragment = parse_xml(f'<w:body xmlns:w="{_W_NS}">{"".join(paragraphs)}</w:body>')
    body = document.element.body
    section = body.find(f"{{{_W_NS}}}sectPr")
    for paragraph in list(fragment):
        if section is not None:
            section.addprevious(paragraph)
        else:
            body.append(paragraph)
