"""Gold quotes of ``gold/quotes``: reading the files, finding each quote in its text, and
comparing speaker names. See gold/quotes/README.md for the format."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.errors import EvaluationError
from storyline.evaluation.gold_sets import gold_texts, malformed
from storyline.evaluation.gold_sets import read_text as read_gold_text

SPACES = "\u00a0\u202f\u2009\t\n\r "
APOSTROPHES = {"\u2019": "'", "\u02bc": "'", "`": "'"}
PROPER_NAME = re.compile(
    r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|d'|du|von|van|al|bin|ben))*(?<![\s'’])"
)
TITLES = frozenset({"m.", "m", "mme", "mlle", "mr", "mrs", "monsieur", "madame", "dr", "me"})
DETERMINERS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "l"})


def normalised(text: str) -> tuple[str, list[int]]:
    """``text`` with every run of white space one space and typographic apostrophes plain,
    and, for each character kept, its index in ``text``."""
    chars: list[str] = []
    positions: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char in SPACES:
            if previous_space:
                continue
            chars.append(" ")
            previous_space = True
        else:
            chars.append(APOSTROPHES.get(char, char))
            previous_space = False
        positions.append(index)
    return "".join(chars), positions


def locate(text: str, needle: str, context: str | None,
           taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """Span of ``needle`` in ``text`` (inside ``context`` when given), skipping spans in ``taken``."""
    haystack, positions = normalised(text)
    wanted = normalised(needle.strip())[0]
    low, high = 0, len(haystack)
    if context:
        at = haystack.find(normalised(context.strip())[0])
        if at < 0:
            return None
        low, high = at, at + len(normalised(context.strip())[0])
    at = haystack.find(wanted, low, high)
    while at >= 0:
        span = (positions[at], positions[at + len(wanted) - 1] + 1)
        if span not in taken:
            return span
        at = haystack.find(wanted, at + 1, high)
    return None


def name_forms(name: str) -> list[str]:
    """``name`` normalised, and each proper name inside it ("le bureau de M. Zelensky" ->
    "bureau de m. zelensky", "zelensky")."""
    forms = [normalise_name(name)]
    forms += [normalise_name(m.group(0)) for m in PROPER_NAME.finditer(name)]
    return [f for f in dict.fromkeys(forms) if f]


def normalise_name(name: str) -> str:
    """Lower case, plain apostrophes, no accents, no title or determiner in front."""
    text = normalised(name)[0].lower().strip(" ,.;:")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"\b(l|d)'\s*", r"\1' ", text)
    words = text.split()
    while words and (words[0] in TITLES or words[0] in DETERMINERS):
        words = words[1:]
    return " ".join(words).replace("' ", "'")



@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote, located in its document's text."""

    document: str
    kind: str
    text: str
    start: int
    end: int
    speakers: tuple[str, ...]  # acceptable names; empty when the text names no one
    cue: str | None


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text: str
    quotes: tuple[GoldQuote, ...]
    collection: str = ""  # the set of documents.json it comes from


def load_gold(gold_dir: Path, read_text: Callable[[Path, bool], str] | None = None) -> list[GoldDocument]:
    """Read ``documents.json`` and its JSONL files; ``read_text(path, clean)`` gives a text."""
    reader = read_text or read_gold_text
    documents: list[GoldDocument] = []
    with malformed(gold_dir, "quotes"):
        for item in gold_texts(gold_dir, "quotes"):
            text = reader(item.path, item.clean)
            quotes = _locate_all(item.name, text, item.rows, item.clean)
            documents.append(GoldDocument(item.name, text, quotes, item.set_name))
    return documents


def _locate_all(name: str, text: str, rows: list[dict[str, Any]], cleaned: bool) -> tuple[GoldQuote, ...]:
    """Gold quotes with their spans. In a cleaned text a quote the cleaner dropped gets the
    empty span (-1, -1): it counts as missed; elsewhere an unfindable quote is a gold error."""
    taken: set[tuple[int, int]] = set()
    quotes = []
    for row in rows:
        span = locate(text, row["text"], row.get("context"), taken)
        if span is None and cleaned:
            span = (-1, -1)
        elif span is None:
            raise EvaluationError(f"{name}: gold quote {row['text'][:60]!r} not found in the text; "
                                  "fix the gold row or give it a 'context' that occurs in the text")
        taken.add(span)
        speaker = row.get("speaker")
        speakers = tuple(speaker) if isinstance(speaker, list) else ((speaker,) if speaker else ())
        quotes.append(GoldQuote(name, row["kind"], row["text"], span[0], span[1], speakers, row.get("cue")))
    return tuple(quotes)


