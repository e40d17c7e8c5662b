"""Word frequencies of the activated documents or of a code's segments (MAXQDA's Word
Frequencies), with stop words and a minimum length."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from qdadesk.core.analysis.activation import ALL, Activation, activated_document_ids
from qdadesk.core.analysis.stopwords import stopwords as stopword_set

if TYPE_CHECKING:
    import pandas as pd

    from qdadesk.core.project import Project

FREQUENCY_COLUMNS = ["word", "count", "percent", "rank"]
# Letters and digits, with inner apostrophes kept (don't, l'école); no underscores. A
# hyphenated pair is one word in Indonesian text when it is a reduplication, else two.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:-[^\W_]+(?:['’][^\W_]+)*)*")


def _split_unless_reduplicated(word: str, reduplication: bool) -> list[str]:
    """With ``reduplication``, ``anak-anak``, ``kebijakan-kebijakan``, ``bertanya-tanya``,
    ``sayur-mayur`` stay one word (Indonesian reduplication: a plural or a new word, never
    two words); other hyphenated words split (``well-being`` -> ``well``, ``being``)."""
    if "-" not in word:
        return [word]
    if not reduplication:
        return word.split("-")
    parts = word.split("-")
    if len(parts) == 2:
        first, second = (p.lower() for p in parts)
        if (
            first == second
            or (len(second) >= 3 and (first.endswith(second) or first.startswith(second)))
            or (len(first) >= 3 and (second.endswith(first) or second.startswith(first)))
            or (min(len(first), len(second)) >= 4 and first[-3:] == second[-3:])
        ):
            return [word]
    return parts


def count_words(
    texts: Iterable[str],
    stop: frozenset[str] = frozenset(),
    min_length: int = 1,
    case_sensitive: bool = False,
    numbers: bool = False,
    reduplication: bool = False,
) -> Counter[str]:
    """How often each word occurs in ``texts`` (folded to lower case unless asked);
    ``reduplication`` keeps Indonesian reduplicated words (``anak-anak``) whole."""
    counts: Counter[str] = Counter()
    for text in texts:
        # NFC first: a letter typed with a combining accent (e + U+0301) is one letter of the
        # word, so "Cafe\u0301" counts as "café", not as "cafe".
        for found in _WORD.findall(unicodedata.normalize("NFC", text)):
            for word in _split_unless_reduplicated(found.replace("’", "'"), reduplication):
                _count(counts, word, stop, min_length, case_sensitive, numbers)
    return counts


def _count(
    counts: Counter[str],
    word: str,
    stop: frozenset[str],
    min_length: int,
    case_sensitive: bool,
    numbers: bool,
) -> None:
    # lower(), not casefold(): casefold turns "Grüße" into "grüsse", a word the text does
    # not contain.
    key = word if case_sensitive else word.lower()
    if len(key) < min_length or (not numbers and key.isdigit()):
        return
    if key.casefold() in stop:
        return
    counts[key] += 1


def frequency_table(counts: Counter[str]) -> pd.DataFrame:
    """word, count, percent (of all counted words), rank (ties share the lower rank)."""
    import pandas as pd

    total = sum(counts.values())
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    frame = pd.DataFrame(rows, columns=["word", "count"])
    frame["percent"] = (frame["count"] * 100.0 / total).round(2) if total else []
    frame["rank"] = frame["count"].rank(method="min", ascending=False).astype(int)
    return frame[FREQUENCY_COLUMNS]


def segment_texts(
    project: Project,
    code_ids: Iterable[int],
    activation: Activation = ALL,
    include_subcodes: bool = False,
) -> list[str]:
    """The texts of the segments of some codes in the activated documents (weight and coder
    filters applied)."""
    ids: set[int] = set()
    for code_id in code_ids:
        ids.update(project.code_subtree(code_id) if include_subcodes else [code_id])
    documents = None if activation.document_ids is None else sorted(activation.document_ids)
    texts: dict[int, str] = {}
    found = []
    for coding in project.codings(document_ids=documents, code_ids=sorted(ids)):
        if not activation.allows_coding(coding.weight, coding.coder):
            continue
        if coding.document_id not in texts:
            texts[coding.document_id] = project.text(coding.document_id)
        found.append(texts[coding.document_id][coding.start : coding.end])
    return found


def word_frequencies(
    project: Project,
    activation: Activation = ALL,
    code_ids: Iterable[int] | None = None,
    languages: list[str] | str | None = None,
    min_length: int = 1,
    case_sensitive: bool = False,
    numbers: bool = False,
    include_subcodes: bool = False,
) -> pd.DataFrame:
    """The frequency table of the activated documents' words, or (with ``code_ids``) of the
    words in those codes' segments. Stop words of ``languages`` (bundled plus the project's
    own) are left out. With Indonesian stop words, or in an Indonesian interface,
    reduplicated words (``anak-anak``) count as one word."""
    from qdadesk.core.i18n import current_language

    if code_ids is not None:
        texts: Iterable[str] = segment_texts(project, code_ids, activation, include_subcodes)
    else:
        texts = (project.text(i) for i in activated_document_ids(project, activation))
    stop = stopword_set(project, languages)
    chosen = [languages] if isinstance(languages, str) else list(languages or [])
    reduplication = "id" in chosen or current_language() == "id"
    counts = count_words(texts, stop, min_length, case_sensitive, numbers, reduplication)
    return frequency_table(counts)
