"""Types, not duck typing (issue 15): values are read through their declared types, so
``hasattr``/``getattr``/``setattr`` appear only where the name is data or the platform's.
A new probe fails here; give the value a type (or, where a name truly is data, add the
place below with its reason)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "qdadesk"

# (file, function) -> calls allowed there, and why.
ALLOWED: dict[tuple[str, str], int] = {
    # PyInstaller's attributes exist only in the frozen bundle.
    ("paths.py", "getattr"): 1,
    ("paths.py", "hasattr"): 1,
    # A list column is named by the user's choice of columns (a SegmentRow field).
    ("ui/retrieved_segments.py", "getattr"): 1,
    # Qt's static dialogs by name: tests replace them and headless runs detect that.
    ("ui/prompts.py", "getattr"): 2,
    # The measure chosen in the combo box names a Crosstab field.
    ("ui/displays/matrix_windows.py", "getattr"): 1,
    # Help pages name Qt's standard icons.
    ("ui/help/window.py", "getattr"): 1,
    # EDQUOT, O_CLOEXEC, O_BINARY exist on some platforms only.
    ("cli/__init__.py", "getattr"): 1,
    ("core/store/file_bytes.py", "getattr"): 1,
    ("core/safe_write.py", "getattr"): 1,
    # pypdfium2's PdfiumError carries err_code only when PDFium gave one.
    ("core/importers/pdf.py", "getattr"): 2,
    # python-docx section margins, the four sides by name.
    ("core/exporters/tables_docx.py", "setattr"): 1,
}


def _probes() -> Counter[tuple[str, str]]:
    found: Counter[tuple[str, str]] = Counter()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("hasattr", "getattr", "setattr")
            ):
                found[path.relative_to(PACKAGE).as_posix(), node.func.id] += 1
    return found


def test_no_value_is_probed_for_attributes() -> None:
    unexpected = {
        place: count for place, count in _probes().items() if count > ALLOWED.get(place, 0)
    }
    assert unexpected == {}


def test_the_allowed_places_are_still_needed() -> None:
    """An allowance that is no longer used goes, so it cannot cover a new probe later."""
    found = _probes()
    assert {place for place in ALLOWED if found[place] < ALLOWED[place]} == set()
