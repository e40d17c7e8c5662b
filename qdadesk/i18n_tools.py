"""Keep the translations in step with the code: ``python -m qdadesk.i18n_tools update``.

The program's text goes through ``qdadesk.core.i18n``: ``tr("...")``, ``ntr("one", "many", n)``
and ``tr_noop("...")`` (text kept in a table and translated where it is shown). This tool
reads the package's source (the Python AST, so only literal strings count), writes every
message into the Qt Linguist files ``resources/translations/qdadesk_<lang>.ts`` (context
``qdadesk``; an ``ntr`` message is a numerus message whose disambiguation comment is the
English plural), keeps the translations already there, marks new text *unfinished* and text
the code no longer has *vanished*, and compiles the ``.ts`` files with Qt's
``pyside6-lrelease`` into the ``.qm`` catalogues the program loads.

    python -m qdadesk.i18n_tools update     # extract, merge, compile; lists what is missing
    python -m qdadesk.i18n_tools missing    # only list untranslated messages (exit 1 if any)
    python -m qdadesk.i18n_tools missing --tsv > todo.tsv   # the same, as a table to fill in
    python -m qdadesk.i18n_tools fill todo.tsv              # take the filled-in table back

Translate the listed messages in the ``.ts`` (a text editor or ``pyside6-linguist``), or
in the third column of ``todo.tsv`` (source, plural, translation; ``\n`` for a line break)
and ``fill`` it, then run ``update`` again. The CLI's argparse ``help=`` and
``description=`` texts (in ``qdadesk/cli``) are messages too: the parser translates them.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

PACKAGE_DIR = Path(__file__).resolve().parent
CONTEXT = "qdadesk"
LANGUAGES = ("id",)
CALLS = {"tr": 1, "tr_noop": 1, "ntr": 2}
# Helpers that pass their text on to tr/ntr: name -> (index of the first text, how many).
# The importers' failure(filename, message), note(message), counted_note(one, many, n);
# the window's menu("Title") (a top-level menu, created from its English title).
WRAPPERS = {"failure": (1, 1), "note": (0, 1), "counted_note": (0, 2), "menu": (0, 1)}
ARGPARSE_KEYWORDS = ("help", "description")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[sdr%]|%\(\w+\)[sdr]")


@dataclass
class Message:
    """One translatable text: ``source`` (English) and, for a counted message, its plural."""

    source: str
    plural: str | None = None
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.plural or "")


def translations_dir() -> Path:
    """``resources/translations`` of the checkout (where the ``.ts`` files are edited)."""
    from qdadesk.paths import resource_path

    return resource_path("translations")


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _literals(nodes: list[ast.expr]) -> list[str]:
    """The string constants among ``nodes`` (fewer than given when one is something else)."""
    return [text for node in nodes if (text := _literal(node)) is not None]


def _unmarked_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to a bare string (``NAME = "text"``, not ``tr_noop``): a
    ``tr(NAME)`` of one would look its text up without it ever reaching the catalogue."""
    names: set[str] = set()
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and _literal(statement.value) is not None:
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
    return names


def extract(package: Path = PACKAGE_DIR) -> tuple[dict[tuple[str, str], Message], list[str]]:
    """Every message in the package's source, and warnings for calls without a literal."""
    messages: dict[tuple[str, str], Message] = {}
    warnings: list[str] = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "i18n_tools.py":
            continue
        relative = path.relative_to(package.parent).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
        in_cli = relative.startswith("qdadesk/cli/")
        unmarked = _unmarked_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            found: list[Message] = []
            name = node.func.id if isinstance(node.func, ast.Name) else None
            wrapper = name or (node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if wrapper in WRAPPERS and name not in CALLS:
                first, count = WRAPPERS[wrapper]
                texts = _literals(node.args[first : first + count])
                if len(texts) == count:
                    found.append(Message(texts[0], texts[1] if count == 2 else None))
            if name in CALLS:
                texts = _literals(node.args[: CALLS[name]])
                if len(texts) == CALLS[name]:
                    found.append(Message(texts[0], texts[1] if name == "ntr" else None))
                elif node.args and isinstance(node.args[0], (ast.JoinedStr, ast.BinOp)):
                    warnings.append(f"{relative}:{node.lineno}: {name}() of a built string")
                elif (
                    node.args and isinstance(node.args[0], ast.Name) and node.args[0].id in unmarked
                ):
                    warnings.append(
                        f"{relative}:{node.lineno}: {name}({node.args[0].id}) of a text "
                        "not marked tr_noop"
                    )
                elif node.args and not isinstance(node.args[0], ast.Constant):
                    pass  # tr(variable): fine when the variable's texts are marked tr_noop
                else:
                    warnings.append(f"{relative}:{node.lineno}: {name}() without literal text")
            if in_cli:
                for keyword in node.keywords:
                    text = _literal(keyword.value) if keyword.arg in ARGPARSE_KEYWORDS else None
                    if text and text != "==SUPPRESS==":
                        found.append(Message(text))
            for message in found:
                entry = messages.setdefault(message.key, message)
                entry.locations.append((relative, node.lineno))
    return messages, warnings


# --- the .ts file -------------------------------------------------------------------------


@dataclass
class Entry:
    source: str
    plural: str | None
    translations: list[str]
    kind: str  # "" (finished), "unfinished" or "vanished"


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    """The messages of a ``.ts`` file (context ``qdadesk``) by (source, plural)."""
    entries: dict[tuple[str, str], Entry] = {}
    if not path.is_file():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            plural = message.findtext("comment") if message.get("numerus") == "yes" else None
            node = message.find("translation")
            if node is None:
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in node.iter("numerusform")]
            else:
                forms = [node.text or ""]
            entries[(source, plural or "")] = Entry(source, plural, forms, node.get("type", ""))
    return entries


def merge(
    messages: dict[tuple[str, str], Message], old: dict[tuple[str, str], Entry]
) -> list[Entry]:
    """The new ``.ts`` content: code order, old translations kept, vanished ones at the end."""
    merged: list[Entry] = []
    for key, message in messages.items():
        previous = old.get(key)
        if previous and any(previous.translations):
            kind = "unfinished" if previous.kind == "unfinished" else ""
            merged.append(Entry(message.source, message.plural, previous.translations, kind))
        else:
            merged.append(Entry(message.source, message.plural, [""], "unfinished"))
    for key, entry in old.items():
        if key not in messages and any(entry.translations):
            merged.append(Entry(entry.source, entry.plural, entry.translations, "vanished"))
    return merged


def write_ts(
    path: Path, language: str, entries: list[Entry], messages: dict[tuple[str, str], Message]
) -> None:
    """Write a Qt Linguist ``.ts`` file (through a temporary file and a rename)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for entry in entries:
        attributes = {"numerus": "yes"} if entry.plural is not None else {}
        message = ET.SubElement(context, "message", attributes)
        found = messages.get((entry.source, entry.plural or ""))
        files = dict.fromkeys(name for name, _ in (found.locations if found else []))
        for filename in list(files)[:3]:
            ET.SubElement(message, "location", filename=f"../../{filename}")
        ET.SubElement(message, "source").text = entry.source
        if entry.plural is not None:
            ET.SubElement(message, "comment").text = entry.plural
        translation = ET.SubElement(message, "translation")
        if entry.kind:
            translation.set("type", entry.kind)
        if entry.plural is not None:
            for form in entry.translations or [""]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = entry.translations[0] if entry.translations else ""
    ET.indent(root, space="    ")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    text += ET.tostring(root, encoding="unicode") + "\n"
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


# --- checks -------------------------------------------------------------------------------


def placeholders(text: str) -> list[str]:
    """The ``{name}`` / ``%s`` placeholders of a message, sorted (order may change)."""
    return sorted(PLACEHOLDER.findall(text))


def problems(
    entries: dict[tuple[str, str], Entry], messages: dict[tuple[str, str], Message]
) -> list[str]:
    """Messages of the code without a finished translation, or with wrong placeholders."""
    found: list[str] = []
    for key, message in messages.items():
        entry = entries.get(key)
        shown = message.source if message.plural is None else f"{message.source} | {message.plural}"
        if entry is None or entry.kind or not all(t.strip() for t in entry.translations):
            found.append(f"missing: {shown!r}")
            continue
        wanted = placeholders(message.source)
        plural_wanted = placeholders(message.plural) if message.plural else wanted
        for text in entry.translations:
            if placeholders(text) not in (wanted, plural_wanted):
                found.append(f"placeholders differ: {shown!r} -> {text!r}")
    return found


def lrelease(ts: Path) -> Path:
    """Compile ``ts`` with Qt's ``pyside6-lrelease`` into the ``.qm`` beside it."""
    qm = ts.with_suffix(".qm")
    tool = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def missing_table(
    entries: dict[tuple[str, str], Entry], messages: dict[tuple[str, str], Message]
) -> list[str]:
    """Tab-separated lines (source, plural, translation so far) of the messages to do."""
    rows = []
    for key in messages:
        entry = entries.get(key)
        if entry is None or entry.kind or not all(t.strip() for t in entry.translations):
            done = entry.translations[0] if entry and entry.translations else ""
            rows.append("\t".join(_escape(v) for v in (key[0], key[1], done)))
    return rows


def fill(ts: Path, table: Path, language: str, messages: dict[tuple[str, str], Message]) -> int:
    """Put the translations of a filled-in ``missing --tsv`` table into ``ts``; returns how
    many. A translation keeps the source's leading and trailing spaces."""
    entries = read_ts(ts)
    count = 0
    for line in table.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or not parts[2].strip():
            continue
        source, plural, text = (_unescape(p) for p in parts)
        message = messages.get((source, plural))
        if message is None:
            print(f"not in the code (skipped): {source!r}", file=sys.stderr)
            continue
        text = text.strip()
        text = source[: len(source) - len(source.lstrip())] + text
        text += source[len(source.rstrip()) :]
        entries[(source, plural)] = Entry(source, message.plural, [text], "")
        count += 1
    write_ts(ts, language, merge(messages, entries), messages)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qdadesk.i18n_tools")
    parser.add_argument("action", choices=("update", "missing", "fill"))
    parser.add_argument("table", nargs="?", help="fill: the filled-in table (TSV)")
    parser.add_argument("--tsv", action="store_true", help="missing: print a table to fill in")
    args = parser.parse_args(argv)
    messages, warnings = extract()
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    status = 0
    for language in LANGUAGES:
        ts = translations_dir() / f"qdadesk_{language}.ts"
        if args.action == "fill":
            print(f"{ts.name}: {fill(ts, Path(args.table), language, messages)} filled in")
            lrelease(ts)
        old = read_ts(ts)
        if args.action == "missing" and args.tsv:
            print("\n".join(missing_table(old, messages)))
            continue
        if args.action == "update":
            write_ts(ts, language, merge(messages, old), messages)
            lrelease(ts)
            for extra in sorted(translations_dir().glob(f"qtbase_{language}.ts")):
                lrelease(extra)
            old = read_ts(ts)
        found = problems(old, messages)
        for line in found:
            print(f"{ts.name}: {line}")
        print(
            f"{ts.name}: {len(messages)} messages, {len(messages) - len(found)} translated, "
            f"{len(found)} to do",
            file=sys.stderr,
        )
        status = status or (1 if found else 0)
    return status if args.action == "missing" else 0


if __name__ == "__main__":
    sys.exit(main())
