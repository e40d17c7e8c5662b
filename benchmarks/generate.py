"""A large, realistic, reproducible project for the benchmarks (and DOCX files to import).

``python -m benchmarks.generate OUT.qdadesk [--documents N --words N --codes N --codings N]``

The same parameters always give the same project (a seeded ``random.Random``). Rows are
written with ``executemany`` on a plain connection in one transaction: 100,000 codings
through ``add_coding`` would take minutes, and the undo log has nothing to do here.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from qdadesk.core.ops.codes import PALETTE

# Bump when the generated content changes, so cached projects are rebuilt.
GENERATOR_VERSION = 1

_VOCABULARY_TEXT = (
    "the and to of a that in we it is was for they you with on have this but not be are "
    "what so data city office app service citizens ministry people because about there would "
    "system when just process from or can more one all had our an do very if time which also "
    "department project were been them then their like some portal team really online form "
    "think know mean need how who by at my as permit budget support access privacy trust "
    "developer interface users paper digital government request public work local open "
    "platform security account login identity standard integration contract vendor procurement "
    "meeting training skills funding policy law regulation minister council mayor colleague "
    "feedback complaint queue waiting document signature certificate registry database server "
    "cloud backup outage update release version testing accessibility language translation "
    "elderly family student business tax parking waste housing health school transport "
    "Zürich Kraków São Paulo Málaga Łódź Göteborg Ñuñoa naïve café façade coöperation résumé"
)
_VOCABULARY = _VOCABULARY_TEXT.split()
_EMOJI = "🙂"
_QUESTIONS = (
    "Could you tell me more about that?",
    "How did that work in practice?",
    "What happened next?",
    "Who else was involved in that decision?",
    "How did the citizens react?",
    "What would you change if you could?",
    "Can you give me an example?",
    "How long did that take?",
)
_VARIABLES = (
    ("role", "text"),
    ("age", "integer"),
    ("years_experience", "integer"),
    ("interview_date", "date"),
    ("remote", "boolean"),
    ("region", "text"),
    ("satisfaction", "float"),
    ("team_size", "integer"),
    ("follow_up", "boolean"),
    ("budget_share", "float"),
)
_ROLES = ("IT officer", "developer", "ministry official", "citizen", "manager", "designer")
_REGIONS = ("North", "South", "East", "West", "Centre", "Zürich", "Łódź")
_CODERS = ("Ana", "Bartek")
_STAMP = "2026-01-15T09:00:00Z"


@dataclass(frozen=True)
class GeneratorParams:
    """The size of a generated project."""

    documents: int = 1000
    words: int = 3_000_000
    codes: int = 400
    codings: int = 100_000
    variables: int = 10
    seed: int = 20260115

    def key(self) -> str:
        """A file-name-safe key for the cache."""
        return (
            f"d{self.documents}-w{self.words}-c{self.codes}-s{self.codings}-v{self.variables}"
            f"-seed{self.seed}-g{GENERATOR_VERSION}"
        )


FULL = GeneratorParams()
QUICK = GeneratorParams(documents=100, words=300_000, codes=400, codings=10_000)


@dataclass
class ProjectFacts:
    """Ids in a generated project that scenarios need."""

    big_document_id: int = 0
    big_document_words: int = 0
    big_document_codings: int = 0
    query_code_ids: list[int] = field(default_factory=list)
    query_code_segments: int = 0
    variable_names: list[str] = field(default_factory=list)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> ProjectFacts:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


# -- text ------------------------------------------------------------------------------------
class _TextBuilder:
    """Builds one interview-like text and remembers where its sentences are (code points)."""

    def __init__(self, rng: random.Random, words: list[str], cum_weights: list[float]) -> None:
        self.rng = rng
        self.words = words
        self.cum_weights = cum_weights

    def build(self, word_count: int) -> tuple[str, list[tuple[int, int]], int]:
        """(text, sentence spans, words written)."""
        rng = self.rng
        drawn = rng.choices(self.words, cum_weights=self.cum_weights, k=word_count)
        parts: list[str] = []
        sentences: list[tuple[int, int]] = []
        position = 0
        used = 0
        while used < word_count:
            question = rng.choice(_QUESTIONS)
            line = "Interviewer: " + question
            sentences.append((position + 13, position + len(line)))
            parts.append(line + "\n")
            position += len(line) + 1
            line_parts = ["R:"]
            line_length = 2
            for _ in range(rng.randint(2, 7)):
                if used >= word_count:
                    break
                size = min(rng.randint(6, 22), word_count - used)
                sentence_words = drawn[used : used + size]
                used += size
                if rng.random() < 0.002:
                    sentence_words = [*sentence_words, _EMOJI]
                sentence = " ".join(sentence_words)
                sentence = sentence[0].upper() + sentence[1:] + "."
                start = position + line_length + 1
                sentences.append((start, start + len(sentence)))
                line_parts.append(sentence)
                line_length += 1 + len(sentence)
            line = " ".join(line_parts)
            parts.append(line + "\n")
            position += line_length + 1
        text = "".join(parts)
        assert len(text) == position
        return text, sentences, used


def _zipf_cum_weights(count: int, exponent: float = 0.9) -> list[float]:
    total = 0.0
    cumulative = []
    for rank in range(1, count + 1):
        total += 1.0 / rank**exponent
        cumulative.append(total)
    return cumulative


# -- codes -----------------------------------------------------------------------------------
def _code_tree(params: GeneratorParams) -> tuple[list[tuple], list[int], list[int]]:
    """Code rows (id, parent, name, colour, position, description), query code ids, and the
    ids ordinary codings use (categories and leaves)."""
    total = params.codes
    query_count = 9 if total >= 100 else max(1, total // 6)
    rest = total - 1 - query_count
    if rest < 3:
        raise ValueError("at least 3 + query codes are needed for a three-level tree")
    themes = max(1, rest // 40)
    categories = max(themes, rest // 8)
    leaves = rest - themes - categories
    rows: list[tuple] = []
    children: dict[int | None, int] = {}

    def add(parent: int | None, name: str, color: str, description: str) -> int:
        code_id = len(rows) + 1
        position = children.get(parent, 0)
        children[parent] = position + 1
        rows.append((code_id, parent, name, color, position, description))
        return code_id

    theme_ids = [
        add(None, f"Theme {t + 1:02d}", PALETTE[t % len(PALETTE)], f"Broad theme {t + 1}.")
        for t in range(themes)
    ]
    category_ids = []
    for c in range(categories):
        parent = theme_ids[c % themes]
        color = rows[parent - 1][3]
        category_ids.append(
            add(
                parent,
                f"Category {c + 1:03d}",
                color,
                f"Category {c + 1} of {rows[parent - 1][2]}.",
            )
        )
    leaf_ids = []
    for leaf in range(leaves):
        parent = category_ids[leaf % categories]
        color = PALETTE[(leaf * 7) % len(PALETTE)]
        leaf_ids.append(add(parent, f"Code {leaf + 1:04d}", color, f"Code {leaf + 1}."))
    query_parent = add(None, "Query", "#000080", "Codes with many segments, for query benchmarks.")
    query_ids = [
        add(query_parent, f"Q{q + 1}", PALETTE[q % len(PALETTE)], f"Query code {q + 1}.")
        for q in range(query_count)
    ]
    return rows, query_ids, category_ids + leaf_ids


# -- codings ---------------------------------------------------------------------------------
class _Placer:
    """Places segments in one document: sentence-aligned, nested, overlapping or adjacent
    to earlier ones, and never overlapping another segment of the same code (MAXQDA joins
    those)."""

    def __init__(self, rng: random.Random, text: str, sentences: list[tuple[int, int]]) -> None:
        self.rng = rng
        self.text = text
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        self.placed: list[tuple[int, int]] = []
        self.by_code: dict[int, list[tuple[int, int]]] = {}

    def _sentence_span(self) -> tuple[int, int]:
        rng = self.rng
        first = rng.randrange(len(self.sentences))
        last = min(len(self.sentences) - 1, first + rng.choice((0, 0, 0, 1, 1, 2)))
        return self.sentences[first][0], self.sentences[last][1]

    def _word_cut(self, start: int, end: int) -> tuple[int, int] | None:
        """A word-aligned piece strictly inside ``start..end``."""
        space = self.text.find(" ", start + 1, end)
        if space < 0:
            return None
        back = self.text.rfind(" ", space + 1, end)
        if back <= space + 1:
            return space + 1, end
        return space + 1, back

    def candidate(self) -> tuple[int, int]:
        rng = self.rng
        if not self.placed or rng.random() < 0.5:
            return self._sentence_span()
        base_start, base_end = rng.choice(self.placed)
        shape = rng.random()
        if shape < 0.4:  # nested
            cut = self._word_cut(base_start, base_end)
            return cut if cut else (base_start, base_end)
        index = bisect.bisect_right(self.starts, base_end)
        next_end = self.sentences[index][1] if index < len(self.sentences) else len(self.text)
        if shape < 0.7:  # overlapping: from inside the other segment to a later sentence end
            cut = self._word_cut(base_start, base_end)
            start = cut[0] if cut else base_start
            return start, max(next_end, base_end)
        # adjacent: starts where the other one ends
        if next_end > base_end:
            return base_end, next_end
        return self._sentence_span()

    def place(self, code_id: int) -> tuple[int, int] | None:
        taken = self.by_code.setdefault(code_id, [])
        for _ in range(12):
            start, end = self.candidate()
            if end <= start:
                continue
            if any(start < e and end > s for s, e in taken):
                continue
            taken.append((start, end))
            self.placed.append((start, end))
            return start, end
        return None


def _split_total(total: int, weights: list[int]) -> list[int]:
    """``total`` split proportionally to ``weights`` in whole numbers that add up exactly."""
    weight_sum = sum(weights) or 1
    shares = [total * w / weight_sum for w in weights]
    counts = [int(s) for s in shares]
    remainders = sorted(range(len(weights)), key=lambda i: counts[i] - shares[i])
    for i in remainders[: total - sum(counts)]:
        counts[i] += 1
    return counts


# -- the project -----------------------------------------------------------------------------
def generate_project(path: str | Path, params: GeneratorParams = FULL) -> ProjectFacts:
    """Write a new project of ``params``' size at ``path``; returns the ids scenarios need."""
    from qdadesk.core import Project

    path = Path(path)
    rng = random.Random(params.seed)

    def guid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()

    Project.create(path).close()  # the schema, exactly as the application makes it

    # Word counts: one big document first, the rest vary around the mean.
    big_words = max(params.words // 80, 10) if params.documents > 1 else params.words
    others = params.documents - 1
    raw = [rng.lognormvariate(0, 0.5) for _ in range(others)]
    word_counts = [big_words] + _split_total(params.words - big_words, [int(r * 1000) for r in raw])
    word_counts = [max(count, 10) for count in word_counts]

    builder = _TextBuilder(rng, list(_VOCABULARY), _zipf_cum_weights(len(_VOCABULARY)))
    code_rows, query_ids, ordinary_ids = _code_tree(params)
    query_segments = min(5000, params.codings * 45 // 900)
    query_total = query_segments * len(query_ids)
    if query_total > params.codings // 2:
        query_segments = params.codings // (2 * len(query_ids))
        query_total = query_segments * len(query_ids)
    group_count = min(10, params.documents)

    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO users (id, guid, name, created) VALUES (?, ?, ?, ?)",
        [(i + 1, guid(), name, _STAMP) for i, name in enumerate(_CODERS)],
    )
    conn.executemany(
        "INSERT INTO document_groups (id, guid, name, parent_id, position, created) "
        "VALUES (?, ?, ?, NULL, ?, ?)",
        [(g + 1, guid(), f"Group {g + 1:02d}", g, _STAMP) for g in range(group_count)],
    )
    conn.executemany(
        "INSERT INTO codes (id, guid, parent_id, name, color, position, description, "
        "creator_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
        [(*row[:1], guid(), *row[1:], _STAMP, _STAMP) for row in code_rows],
    )

    # Which codes each document gets: query codes spread by length, the rest Zipf-like.
    ordinary_total = params.codings - query_total
    per_document = _split_total(ordinary_total, word_counts)
    assignments: list[list[int]] = [[] for _ in word_counts]
    documents_by_words = list(range(len(word_counts)))
    cum_words = list(_cumulative(word_counts))
    for code_id in query_ids:
        for index in rng.choices(documents_by_words, cum_weights=cum_words, k=query_segments):
            assignments[index].append(code_id)
    code_weights = _zipf_cum_weights(len(ordinary_ids), 0.7)
    for index, count in enumerate(per_document):
        assignments[index].extend(rng.choices(ordinary_ids, cum_weights=code_weights, k=count))

    facts = ProjectFacts(query_code_ids=query_ids, query_code_segments=query_segments)
    group_positions = [0] * group_count
    coding_rows: list[tuple] = []
    for index, words in enumerate(word_counts):
        document_id = index + 1
        text, sentences, _ = builder.build(words)
        group = index % group_count
        conn.execute(
            "INSERT INTO documents (id, guid, name, group_id, position, kind, length, "
            "creator_id, created, modified) VALUES (?, ?, ?, ?, ?, 'text', ?, 1, ?, ?)",
            (
                document_id,
                guid(),
                f"Interview {document_id:04d}",
                group + 1,
                group_positions[group],
                len(text),
                _STAMP,
                _STAMP,
            ),
        )
        group_positions[group] += 1
        conn.execute(
            "INSERT INTO document_texts (document_id, text, formatting) VALUES (?, ?, '[]')",
            (document_id, text),
        )
        placer = _Placer(rng, text, sentences)
        for code_id in assignments[index]:
            span = placer.place(code_id)
            while span is None:  # that code is full here: use another ordinary code
                code_id = rng.choice(ordinary_ids)
                span = placer.place(code_id)
            weight = rng.choice((0, 0, 0, 0, 25, 50, 75, 100))
            comment = "Check with second coder" if rng.random() < 0.02 else ""
            coding_rows.append(
                (
                    guid(),
                    document_id,
                    code_id,
                    span[0],
                    span[1],
                    weight,
                    comment,
                    1 + (rng.random() < 0.3),
                    _STAMP,
                    _STAMP,
                )
            )
        if index == 0:
            facts.big_document_id = document_id
            facts.big_document_words = words
            facts.big_document_codings = len(assignments[0])
    conn.executemany(
        'INSERT INTO codings (guid, document_id, code_id, start, "end", weight, comment, '
        "coder_id, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        coding_rows,
    )
    _write_variables(conn, rng, guid, params, len(word_counts))
    _write_memos(conn, rng, guid, len(word_counts), [row[0] for row in code_rows])
    conn.execute("COMMIT")
    conn.close()
    facts.variable_names = [name for name, _ in _variable_list(params.variables)]
    return facts


def _cumulative(values: list[int]):
    total = 0
    for value in values:
        total += value
        yield total


def _variable_list(count: int) -> list[tuple[str, str]]:
    extra = [(f"extra_{i + 1:02d}", "text") for i in range(max(0, count - len(_VARIABLES)))]
    return list(_VARIABLES[:count]) + extra


def _write_variables(conn, rng, guid, params: GeneratorParams, documents: int) -> None:
    variables = _variable_list(params.variables)
    conn.executemany(
        "INSERT INTO variables (id, guid, name, scope, type, position) "
        "VALUES (?, ?, ?, 'document', ?, ?)",
        [(i + 1, guid(), name, type_, i) for i, (name, type_) in enumerate(variables)],
    )
    values = []
    for document_id in range(1, documents + 1):
        for variable_id, (name, type_) in enumerate(variables, start=1):
            if rng.random() < 0.05:
                continue  # some values are missing, as in real studies
            values.append((document_id, variable_id, _value(rng, name, type_)))
    conn.executemany(
        "INSERT INTO document_values (document_id, variable_id, value) VALUES (?, ?, ?)", values
    )


def _value(rng: random.Random, name: str, type_: str):
    if name == "role":
        return rng.choice(_ROLES)
    if name == "region":
        return rng.choice(_REGIONS)
    if type_ == "integer":
        return rng.randint(22, 70) if name == "age" else rng.randint(0, 40)
    if type_ == "float":
        return round(rng.uniform(0, 10), 2)
    if type_ == "date":
        return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if type_ == "boolean":
        return int(rng.random() < 0.4)
    return f"value {rng.randint(1, 20)}"


def _write_memos(conn, rng, guid, documents: int, code_ids: list[int]) -> None:
    memos = []
    for document_id in range(1, documents + 1, 10):
        memos.append(
            (guid(), f"Memo on interview {document_id:04d}", "document", document_id, None)
        )
    for code_id in code_ids[:: max(1, len(code_ids) // 20)]:
        memos.append((guid(), f"What code {code_id} means", "code", None, code_id))
    conn.executemany(
        "INSERT INTO memos (guid, title, body, plain, kind, document_id, code_id, author_id, "
        "created, modified) VALUES (?, ?, '<p>Note.</p>', 'Note.', ?, ?, ?, 1, ?, ?)",
        [(*memo, _STAMP, _STAMP) for memo in memos],
    )
    conn.executemany(
        "INSERT INTO logbook (guid, date, text, author_id, created) VALUES (?, ?, ?, 1, ?)",
        [(guid(), f"2026-01-{day:02d}", f"Coded batch {day}.", _STAMP) for day in range(1, 6)],
    )


# -- DOCX files ------------------------------------------------------------------------------
def write_docx_files(
    folder: str | Path, count: int, words_per_file: int = 1500, seed: int = 20260115
) -> list[Path]:
    """Write ``count`` interview-like .docx files (headings, speaker turns, some bold)."""
    import docx

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    builder = _TextBuilder(rng, list(_VOCABULARY), _zipf_cum_weights(len(_VOCABULARY)))
    paths = []
    for number in range(1, count + 1):
        words = max(50, int(words_per_file * rng.uniform(0.6, 1.4)))
        text, _, _ = builder.build(words)
        document = docx.Document()
        document.add_heading(f"Interview {number:03d}", level=1)
        for line in text.splitlines():
            paragraph = document.add_paragraph()
            speaker, _, said = line.partition(": ")
            if said:
                paragraph.add_run(speaker + ": ").bold = True
                paragraph.add_run(said)
            else:
                paragraph.add_run(line)
        path = folder / f"interview-{number:03d}.docx"
        document.save(str(path))
        paths.append(path)
    return paths


# -- the cache -------------------------------------------------------------------------------
@contextmanager
def cache_lock(cache_dir: Path) -> Iterator[None]:
    """Hold the cache folder's lock: several engineers may start runs at once, and two
    generators writing the same file would corrupt it."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    with (cache_dir / ".lock").open("a") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: benchmarks run one at a time there
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def cached_project(params: GeneratorParams, cache_dir: Path) -> tuple[Path, ProjectFacts]:
    """The generated project for ``params`` from the cache, generating it when missing."""
    from qdadesk.core.store.schema import schema_version

    # A new migration means a new cached file: opening an old one would migrate (write) it.
    path = cache_dir / f"large-{params.key()}-schema{schema_version()}.qdadesk"
    facts_path = path.with_suffix(".json")
    with cache_lock(cache_dir):
        if path.exists() and facts_path.exists():
            return path, ProjectFacts.load(facts_path)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.unlink(missing_ok=True)
        facts = generate_project(partial, params)
        facts.save(facts_path)
        partial.replace(path)  # last: the project's presence means the cache entry is whole
    return path, facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate", description="Generate a large QDA Desk project."
    )
    parser.add_argument("output", type=Path, help="the .qdadesk file to write (must not exist)")
    defaults = GeneratorParams()
    parser.add_argument("--documents", type=int, default=defaults.documents)
    parser.add_argument("--words", type=int, default=defaults.words)
    parser.add_argument("--codes", type=int, default=defaults.codes)
    parser.add_argument("--codings", type=int, default=defaults.codings)
    parser.add_argument("--variables", type=int, default=defaults.variables)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument(
        "--docx",
        type=int,
        metavar="N",
        default=0,
        help="also write N generated .docx files beside the project",
    )
    args = parser.parse_args(argv)
    if args.output.exists():
        parser.error(f"{args.output} exists already")
    params = GeneratorParams(
        args.documents, args.words, args.codes, args.codings, args.variables, args.seed
    )
    facts = generate_project(args.output, params)
    print(f"wrote {args.output}: {json.dumps(asdict(facts))[:200]}")
    if args.docx:
        folder = args.output.with_suffix("").with_name(args.output.stem + "-docx")
        write_docx_files(folder, args.docx, seed=args.seed)
        print(f"wrote {args.docx} .docx files to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
