"""``agreement``: intercoder agreement of two coders, in one project or across two files."""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from pathlib import Path

from qdadesk.cli.common import add_project_argument, opened
from qdadesk.cli.output import _table, chosen_format, write_stdout
from qdadesk.core import Project
from qdadesk.core.analysis.agreement import LEVELS, AgreementResult
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr, tr_noop

# Marked here, translated by the parser (cli.language.translate_parser).
_DESCRIPTION = tr_noop(
    "Compare two coders' codings. Levels: presence (a document has the code from both), "
    "frequency (both coded it equally often there), segment (the other coder has a segment "
    "of the code whose |intersection|/|union| with it is at least --overlap percent). "
    "Also paragraph x code ratings with Cohen's kappa and Krippendorff's alpha. "
    "With --other, coder A is read from PROJECT and coder B from PROJECT2 (documents "
    "matched by GUID, then by identical text; codes by GUID, then by path; documents "
    "without a match are left out and named on stderr). The user guide (agreement) "
    "defines every figure."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "agreement",
        help="intercoder agreement of two coders",
        description=_DESCRIPTION,
    )
    add_project_argument(parser)
    parser.add_argument(
        "--coders", nargs=2, required=True, metavar=("A", "B"), help="the two coders' names"
    )
    parser.add_argument(
        "--other",
        metavar="PROJECT2",
        help="read coder B from this project file (coder A from PROJECT)",
    )
    parser.add_argument("--level", choices=LEVELS, default="segment")
    parser.add_argument(
        "--overlap",
        type=float,
        default=90,
        metavar="PERCENT",
        help="segment level: least |intersection|/|union| in percent (default 90)",
    )
    parser.add_argument(
        "--code",
        action="append",
        metavar="CODEPATH",
        help="only these codes in the table (repeatable; default: every code either used)",
    )
    parser.add_argument(
        "--include-subcodes",
        action="store_true",
        help="count each --code's subcodes' segments as that code's",
    )
    parser.add_argument(
        "--document", action="append", metavar="NAME", help="only these documents (repeatable)"
    )
    parser.add_argument("--format", choices=("json", "table", "xlsx"), default=None)
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    parser.set_defaults(func=cmd_agreement)


def cmd_agreement(args: argparse.Namespace) -> int:
    from qdadesk.core.analysis.agreement import export_agreement_xlsx, intercoder_agreement

    fmt = chosen_format(args)
    if fmt == "xlsx" and not args.output:
        raise QdaError(tr("--format xlsx needs -o FILE"))
    with opened(args) as project:
        other = Project.open(Path(args.other)) if args.other else None
        try:
            result = intercoder_agreement(
                project,
                args.coders[0],
                args.coders[1],
                other=other,
                level=args.level,
                overlap=args.overlap,
                code_paths=args.code,
                include_subcodes=args.include_subcodes,
                document_names=args.document,
            )
        finally:
            if other is not None:
                other.close()
    if result.unmatched_documents:
        print(
            tr("qdadesk-cli: left out (no matching document in {path}): {names}").format(
                path=args.other, names="; ".join(result.unmatched_documents)
            ),
            file=sys.stderr,
        )
    if fmt == "xlsx":
        export_agreement_xlsx(result, args.output)
        return 0
    if fmt == "json":
        text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = _as_table(result)
    if args.output:
        _write_text(Path(args.output), text)
    else:
        write_stdout(text)
    return 0


def _as_table(result: AgreementResult) -> str:
    parts = [
        _table(result.summary_frame()),
        tr("Codes ({level})").format(level=result.level),
        _table(result.codes),
        tr("Paragraphs by code"),
        _table(result.paragraphs.codes),
        tr("Disagreements"),
        _table(result.disagreements.drop(columns=["document_id"])),
    ]
    return "\n".join(parts)


def _write_text(path: Path, text: str) -> None:
    # A name of our own beside the target, renamed into place once complete.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temporary, "x", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        raise QdaError(
            tr("{path}: cannot write ({error})").format(path=path, error=error.strerror)
        ) from error
    finally:
        if temporary.exists():
            temporary.unlink()
