"""Lexical search over documents and memos (MAXQDA's Lexical Search).

A query is one or more terms; a term is a word or a phrase, where ``*`` stands for any
letters (``teach*``, ``*ing``). Several terms are combined with ``AND`` (every term must occur
within the same sentence, paragraph or document) or ``OR`` (any term): ``"slides AND
lecture"``. By default a term matches whole words, ignoring case but not diacritics;
``partial`` finds it inside words too, ``case_sensitive`` honours case, and
``ignore_diacritics`` lets ``cafe`` find ``café`` (and the other way round).

The FTS5 index (schema migration ``0002_text_search``) only narrows the documents to read;
every hit and its offsets (code points into ``project.text(id)``, end exclusive) come from a
regular expression run over the stored text, so the index can never make offsets wrong.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qdadesk.core.analysis.text_units import TextUnits
from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

SEARCH_COLUMNS = ["document", "start", "end", "text", "context"]
RESULT_COLUMNS = SEARCH_COLUMNS + ["term", "kind", "document_id", "memo_id"]
SCOPES = ("sentence", "paragraph", "document")
_CONTEXT = 60  # characters of context either side of a hit
_MAX_HIT = 1000  # characters of one hit listed in full


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query: its terms and how they combine."""

    terms: tuple[str, ...]
    operator: str = "or"  # "and" | "or"
    within: str = "document"  # for "and": sentence | paragraph | document


def parse_query(query: str, within: str = "document") -> SearchQuery:
    """Split ``a AND b`` / ``a OR b`` (upper-case operators) into terms; quotes around a term
    are optional (``"too many" AND slides``). Mixing AND with OR is refused."""
    if within not in SCOPES:
        raise QdaError(tr("Search within sentence, paragraph or document"))
    parts = re.split(r"(?:^|\s+)(AND|OR)(?:\s+|$)", query.strip())
    terms = [_unquote(p) for p in parts[0::2]]
    operators = set(parts[1::2])
    if len(operators) > 1:
        raise QdaError(tr("A search combines its terms with AND or with OR, not both"))
    if not any(terms) or not all(terms):
        raise QdaError(tr("The search needs a word or phrase to look for"))
    operator = operators.pop().lower() if operators else "or"
    return SearchQuery(tuple(terms), operator, within)


def _unquote(term: str) -> str:
    term = term.strip()
    if len(term) >= 2 and term[0] == term[-1] and term[0] in "\"'":
        term = term[1:-1].strip()
    return " ".join(term.split())


# -- folding diacritics while keeping offsets ---------------------------------------------------
def fold(text: str) -> tuple[str, FoldOrigin | None]:
    """``text`` without diacritics, and where each folded character came from (``None`` when
    nothing changed, so offsets are the same). Combining marks are dropped; a precomposed
    letter becomes its base letter (``é`` -> ``e``, ``ő`` -> ``o``).

    Memory stays near the text's own size whatever its length: the folding is one
    ``str.translate`` and the map back keeps only where marks were dropped."""
    if text.isascii():
        return text, None
    table: dict[int, str | None] = {}
    for char in set(text):
        if ord(char) >= 128:
            base = _base_char(char)
            if base != char:
                table[ord(char)] = base or None
    if not table:
        return text, None
    return _fold_chunks(text, table)


_FOLD_CHUNK = 1 << 20  # characters folded at once
_DROP = 0xFFFFFFFF  # not a code point: marks a character folding removes


def _fold_chunks(text: str, table: dict[int, str | None]) -> tuple[str, FoldOrigin]:
    """Apply ``table`` (code point -> base letter, None to drop) a chunk of code points at a
    time with numpy: no Python object per character, and the positions of dropped marks
    come out of the same pass."""
    import numpy as np

    sources = np.array(sorted(table), dtype=np.uint32)
    targets = np.array(
        [ord(base) if (base := table[code]) else _DROP for code in sorted(table)], dtype=np.uint32
    )
    pieces: list[str] = []
    drops = array("q")
    count = 0
    for offset in range(0, len(text), _FOLD_CHUNK):
        chunk = text[offset : offset + _FOLD_CHUNK].encode("utf-32-le", "surrogatepass")
        points = np.frombuffer(chunk, dtype=np.uint32).copy()
        index = np.minimum(np.searchsorted(sources, points), len(sources) - 1)
        mapped = sources[index] == points
        points[mapped] = targets[index[mapped]]
        dropped = points == _DROP
        where = np.flatnonzero(dropped).astype(np.int64)
        where += offset - count - np.arange(len(where), dtype=np.int64)
        drops.frombytes(where.tobytes())
        count += len(where)
        pieces.append(points[~dropped].tobytes().decode("utf-32-le", "surrogatepass"))
    folded = "".join(pieces)
    return folded, FoldOrigin(drops, len(folded))


class FoldOrigin:
    """The original offset of each character of a folded text: ``origin[i]``.

    Folding keeps every character but dropped combining marks, one for one, so the map is
    the folded positions where a mark was dropped (8 bytes per mark, none per letter)."""

    __slots__ = ("_drops", "_length")

    def __init__(self, drops: array[Any], length: int) -> None:
        self._drops = drops
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return index + bisect.bisect_right(self._drops, index)


_BASE_CACHE: dict[str, str] = {}


def _base_char(char: str) -> str:
    cached = _BASE_CACHE.get(char)
    if cached is not None:
        return cached
    if unicodedata.combining(char):
        base = ""
    else:
        decomposed = unicodedata.normalize("NFD", char)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        base = stripped if len(stripped) == 1 else char
    _BASE_CACHE[char] = base
    return base


def fold_term(term: str) -> str:
    return "".join(_base_char(c) if ord(c) >= 128 else c for c in term)


# -- terms as regular expressions ------------------------------------------------------------------
@dataclass(frozen=True)
class TermMatcher:
    """One term compiled for a search. The pattern has no look-behind, so the regular
    expression engine can scan for its literal start quickly; the word boundary before a hit
    is checked in Python. Case-insensitive terms run on the text with ASCII letters lowered
    (same length, same offsets), their other letters matching either case."""

    pattern: re.Pattern[str]
    whole_words: bool
    on_lowered: bool  # the pattern runs on ``ascii_lower(text)``
    folded: bool  # the pattern runs on ``fold(text)`` (diacritics ignored)


def _literal(chunk: str, lowered: bool) -> str:
    if not lowered:
        return re.escape(chunk)
    pieces = []
    for char in chunk:
        if char.isascii():
            pieces.append(re.escape(char.lower()))
        elif char.lower() != char or char.upper() != char:
            # A class of the letter's cases scans much faster than a case-insensitive group.
            cases = {char, char.lower(), char.upper(), char.title(), char.casefold()}
            pieces.append("[" + "".join(re.escape(c) for c in sorted(cases) if len(c) == 1) + "]")
        else:
            pieces.append(re.escape(char))
    return "".join(pieces)


def term_pattern(term: str, partial: bool = False, lowered: bool = False) -> str:
    """The regular expression for one term: words with ``*`` wildcards, spaces matching any
    run of white space; the end of a whole word is checked by the pattern, its start by
    the caller."""
    pieces = [
        r"\w*".join(_literal(chunk, lowered) for chunk in word.split("*")) for word in term.split()
    ]
    body = r"\s+".join(pieces)
    return body if partial else body + r"(?!\w)"


def compile_term(
    term: str, case_sensitive: bool = False, partial: bool = False, ignore_diacritics: bool = False
) -> TermMatcher:
    if not term.replace("*", "").strip():
        raise QdaError(tr("'{term}' has nothing to look for but wildcards").format(term=term))
    if ignore_diacritics:
        flags = 0 if case_sensitive else re.IGNORECASE
        pattern = re.compile(term_pattern(fold_term(term), partial), flags)
        return TermMatcher(pattern, not partial, False, True)
    lowered = not case_sensitive
    source = term_pattern(unicodedata.normalize("NFC", term), partial, lowered)
    decomposed = unicodedata.normalize("NFD", term)
    if decomposed != unicodedata.normalize("NFC", term):
        # The same accented letter may be stored precomposed (é) or as e + U+0301 (text
        # from macOS or PDFs); a user typing "café" means both.
        source = f"(?:{source}|{term_pattern(decomposed, partial, lowered)})"
    return TermMatcher(re.compile(source), not partial, lowered, False)


def ascii_lower(text: str) -> str:
    """``text`` with only its ASCII letters lowered: the same length, the same offsets."""
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def find_in_text(
    text: str, matchers: list[TermMatcher], lowered: str | None = None
) -> list[tuple[int, int, int]]:
    """Every hit of each term in ``text`` as (term index, start, end) in code points of
    ``text``, sorted by position; ``lowered`` is ``ascii_lower(text)`` if already known."""
    hits: list[tuple[int, int, int]] = []
    folded: tuple[str, FoldOrigin | None] | None = None
    for index, matcher in enumerate(matchers):
        origin = None
        if matcher.folded:
            if folded is None:
                folded = fold(text)
            haystack, origin = folded
        elif matcher.on_lowered:
            if lowered is None or len(lowered) != len(text):
                lowered = ascii_lower(text)
            haystack = lowered
        else:
            haystack = text
        search = matcher.pattern.search
        position = 0
        while True:
            match = search(haystack, position)
            if match is None:
                break
            start, end = match.span()
            if start == end:
                position = start + 1
                continue
            # A whole word starts after a non-word character (or at the start).
            if matcher.whole_words and start and _joins_word(haystack[start - 1]):
                position = start + 1
                continue
            position = end
            if origin is not None:
                start, end = _unfold(text, origin, start, end)
            elif _splits_a_letter(text, start, end):
                continue
            hits.append((index, start, end))
    hits.sort(key=lambda h: (h[1], h[2], h[0]))
    return hits


_WORD_CHAR = re.compile(r"\w")


def _joins_word(char: str) -> bool:
    """True for a character a word can continue from: a word character or an accent."""
    return _WORD_CHAR.match(char) is not None or (
        not char.isascii() and unicodedata.combining(char) != 0
    )


def _splits_a_letter(text: str, start: int, end: int) -> bool:
    """True when a hit starts or ends between a letter and its combining accent (``e`` of a
    decomposed ``é``): that is part of a letter, not a letter."""
    after = text[end : end + 1]
    first = text[start : start + 1]
    return (not after.isascii() and unicodedata.combining(after) != 0) or (
        start > 0 and not first.isascii() and unicodedata.combining(first) != 0
    )


def _unfold(text: str, origin: FoldOrigin, start: int, end: int) -> tuple[int, int]:
    real_start = origin[start]
    real_end = origin[end - 1] + 1
    # Keep combining marks that belong to the last letter inside the hit.
    while real_end < len(text) and unicodedata.combining(text[real_end]):
        real_end += 1
    return real_start, real_end


# -- the FTS5 index narrows the candidates ---------------------------------------------------------
_TOKEN = re.compile(r"[^\W_]+(\*)?")


def fts_query(term: str, partial: bool) -> str | None:
    """An FTS5 MATCH expression that every text holding ``term`` satisfies, or ``None`` when
    the index cannot narrow it (partial search, a leading wildcard, no letters)."""
    if partial:
        return None
    tokens = []
    for word in term.split():
        for index, match in enumerate(_TOKEN.finditer(word)):
            token = match.group(0)
            bare = token.rstrip("*")
            leading_wildcard = match.start() > 0 and word[match.start() - 1] == "*"
            # Only a word's first token is sure to start an index token; later ones follow
            # punctuation the tokenizer splits on, or a wildcard.
            if leading_wildcard or (index > 0 and word[match.start() - 1].isalnum()):
                continue
            prefix = token.endswith("*") or match.end() < len(word) and word[match.end()] != " "
            tokens.append('"' + bare.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " AND ".join(tokens) if tokens else None


def _candidates(
    project: Project, table: str, queries: list[str | None], operator: str
) -> set[int] | None:
    """Rowids of ``table`` that may hold hits, or ``None`` for "read them all"."""
    found: list[set[int]] = []
    for query in queries:
        if query is None:
            if operator == "or":
                return None
            continue
        rows = project.db.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ?", [query]
        ).fetchall()
        found.append({r[0] for r in rows})
    if not found:
        return None
    if operator == "and":
        return set.intersection(*found)
    return set.union(*found)


# -- the search ------------------------------------------------------------------------------------
def search(
    project: Project,
    query: str | SearchQuery,
    case_sensitive: bool = False,
    partial: bool = False,
    ignore_diacritics: bool = False,
    document_ids: Iterable[int] | None = None,
    documents: bool = True,
    memos: bool = False,
) -> pd.DataFrame:
    """Lexical search; one row per hit: ``document`` (a memo's title for memo hits),
    ``start``/``end`` (code points into the document's text or the memo's plain text),
    ``text`` (the hit), ``context``, then ``term``, ``kind`` (document|memo), ids."""
    parsed = parse_query(query) if isinstance(query, str) else query
    matchers = [compile_term(t, case_sensitive, partial, ignore_diacritics) for t in parsed.terms]
    wants_lowered = any(m.on_lowered for m in matchers)
    fts = [fts_query(fold_term(t), partial) for t in parsed.terms]
    # Per hit only what differs: offsets in typed arrays (8 bytes each, no int objects), the
    # hit's text shared between equal hits, the names and terms shared by reference.
    columns: dict[str, list[Any]] = {name: [] for name in ("document", "text", "context", "term")}
    offsets = {name: array("q") for name in ("start", "end", "document_id", "memo_id")}
    kinds = array("b")  # 0 document, 1 memo
    shared_texts: dict[str, str] = {}

    def collect(
        kind: str,
        name: str,
        text: str,
        lowered: str | None,
        document_id: int | None,
        memo_id: int | None,
    ) -> None:
        hits = find_in_text(text, matchers, lowered)
        if parsed.operator == "and":
            hits = _hits_in_shared_units(text, hits, len(matchers), parsed.within)
        for term_index, start, end in hits:
            hit = _hit_text(text, start, end)
            columns["document"].append(name)
            columns["text"].append(shared_texts.setdefault(hit, hit))
            columns["context"].append(context_of(text, start, end))
            columns["term"].append(parsed.terms[term_index])
            offsets["start"].append(start)
            offsets["end"].append(end)
            offsets["document_id"].append(-1 if document_id is None else document_id)
            offsets["memo_id"].append(-1 if memo_id is None else memo_id)
            kinds.append(0 if kind == "document" else 1)

    if documents:
        wanted = None if document_ids is None else set(document_ids)
        candidates = _candidates(project, "document_search", fts, parsed.operator)
        order = [(d.id, d.name) for d in project.documents()]
        ids = [
            i
            for i, _ in order
            if (wanted is None or i in wanted) and (candidates is None or i in candidates)
        ]
        names = dict(order)
        # One document's text in memory at a time, however many are searched.
        for document_id, text, lowered in _texts(project, ids, wants_lowered):
            collect("document", names[document_id], text, lowered, document_id, None)
    if memos:
        candidates = _candidates(project, "memo_search", fts, parsed.operator)
        for memo in project.memos():
            if candidates is None or memo.id in candidates:
                title = memo.title or tr("Memo {id}").format(id=memo.id)
                collect("memo", title, memo.plain, None, memo.document_id, memo.id)
    return _result_frame(columns, offsets, kinds)


def _result_frame(
    columns: dict[str, list[Any]], offsets: dict[str, array[int]], kinds: array[int]
) -> pd.DataFrame:
    """The hits as a DataFrame of :data:`RESULT_COLUMNS`, each list freed once copied."""
    import numpy as np
    import pandas as pd

    data: dict[str, Any] = {}
    for name in RESULT_COLUMNS:
        if name in columns:
            data[name] = pd.Series(columns.pop(name), dtype=object)
        elif name == "kind":
            labels = np.array(["document", "memo"], dtype=object)
            data[name] = pd.Series(labels[np.frombuffer(kinds, dtype=np.int8)], dtype=object)
        elif name in ("start", "end"):
            data[name] = pd.Series(np.frombuffer(offsets.pop(name), dtype=np.int64).copy())
        else:  # ids, -1 for none
            ids = np.frombuffer(offsets.pop(name), dtype=np.int64).copy()
            data[name] = pd.Series(pd.arrays.IntegerArray(ids, ids < 0))
    return pd.DataFrame(data, columns=RESULT_COLUMNS)


def _texts(
    project: Project, ids: list[int], lowered: bool
) -> Iterator[tuple[int, str, str | None]]:
    """Each document's text in the order of ``ids``, one at a time, with SQLite's ``lower()``
    of it when asked: it lowers ASCII letters only (unless SQLite was built with ICU:
    ``find_in_text`` checks the length)."""
    column = "lower(text)" if lowered else "NULL"
    for document_id in ids:
        row = project.db.execute(
            f"SELECT text, {column} FROM document_texts WHERE document_id = ?", [document_id]
        ).fetchone()
        if row is not None:
            yield document_id, row[0], row[1]


def _hits_in_shared_units(
    text: str, hits: list[tuple[int, int, int]], term_count: int, within: str
) -> list[tuple[int, int, int]]:
    """Keep the hits that lie in a unit (sentence, paragraph, the document) where every term
    has a hit; a hit belongs to the unit where it starts."""
    if within == "document":
        return hits if len({h[0] for h in hits}) == term_count else []
    if within == "sentence":
        key = TextUnits(text).sentence_key
    else:
        # One pass over the line breaks, not a backward scan per hit: a single-line text
        # of 100 MB would cost hits x 100 MB.
        breaks = array("q", (m.start() for m in re.finditer("\n", text)))

        def key(position: int) -> int:
            return bisect.bisect_left(breaks, position)

    terms_in: dict[int, set[int]] = {}
    keyed = [(key(hit[1]), hit) for hit in hits]
    for unit, hit in keyed:
        terms_in.setdefault(unit, set()).add(hit[0])
    return [hit for unit, hit in keyed if len(terms_in[unit]) == term_count]


def _hit_text(text: str, start: int, end: int) -> str:
    """The hit itself; a hit longer than :data:`_MAX_HIT` (a wildcard across a giant "word")
    is listed by its two ends, so results stay small whatever the text."""
    if end - start <= _MAX_HIT:
        return text[start:end]
    half = _MAX_HIT // 2
    return text[start : start + half] + "…" + text[end - half : end]


def context_of(text: str, start: int, end: int, width: int = _CONTEXT) -> str:
    """The hit with up to ``width`` characters either side, cut at word boundaries, on one
    line; ``…`` marks a cut (also inside a hit longer than four widths)."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    if end - start > 4 * width:
        inside = text[left : start + width] + " … " + text[end - width : right]
    else:
        inside = text[left:right]
    snippet = " ".join(inside.split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")
