"""What a rule handler knows when it turns a match into a TimeML value, and shared helpers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from storyline.analysis.timex_calendar import Tense
from storyline.analysis.timex_lexicon import DAY_PARTS, MONTHS

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Result = tuple[TimexType, str]
Handler = Callable[[re.Match[str], "Context"], Result | None]


@dataclass(frozen=True)
class Context:
    """The surroundings of one match.

    ``text`` is the normalised (lower-cased) document and ``original`` the text as written;
    ``dct`` the document creation time; ``ref`` the last day the text mentioned before the
    match (``dct`` when none), which anaphoric expressions (``le lendemain``, ``à 14 h``)
    hang on; ``tense`` the tense of the verb that governs the match, when known; ``year``
    a year written earlier in the same sentence (``en 97, en janvier``), when there is one.
    """

    text: str
    original: str
    start: int
    end: int
    dct: dt.date | None
    ref: dt.date | None
    tense: Tense | None
    year: int | None = None

    def before(self, size: int = 40) -> str:
        """The normalised text just before the match."""
        return self.text[max(0, self.start - size) : self.start]

    def after(self, size: int = 40) -> str:
        """The normalised text just after the match."""
        return self.text[self.end : self.end + size]

    def previous_word(self) -> str:
        """The word before the match (``d'`` counts as ``d``), or ``""``."""
        found = re.search(r"(\w+)'?\W*$", self.before())
        return found.group(1) if found else ""

    def next_word(self) -> str:
        """The word after the match as written (case kept), or ``""``."""
        found = re.match(r"[ ]*(\w+)", self.original[self.end : self.end + 40])
        return found.group(1) if found else ""


def group(match: re.Match[str], name: str) -> str | None:
    """The text of group ``name``, ``None`` when it did not match or the rule has none."""
    return match.group(name) if name in match.re.groupindex else None


def month_number(name: str) -> int:
    """``"mars"`` -> 3 (abbreviations with their dot too)."""
    return MONTHS[name.rstrip(".")]


def day_number(text: str) -> int:
    """``"1er"`` -> 1, ``"14"`` -> 14."""
    return 1 if text in ("1er", "1re", "premier") else int(text)


def relation(word: str | None) -> int:
    """-1 for ``dernier``/``passé``, +1 for ``prochain``/``suivant``, 0 otherwise."""
    if not word:
        return 0
    if word.startswith(("derni", "pass", "précéd")):
        return -1
    if word.startswith(("prochain", "suivant", "à venir", "qui vient")):
        return 1
    return 0


def anaphoric(word: str | None) -> bool:
    """``suivant``/``précédent`` count from the day last mentioned, not from the DCT."""
    return bool(word) and word.startswith(("suivant", "précéd"))  # type: ignore[union-attr]


def part_code(text: str) -> str:
    """The TimeML code after ``T`` for a part of the day (``soirée`` -> ``EV``)."""
    for word in sorted(DAY_PARTS, key=len, reverse=True):
        if word in text:
            return DAY_PARTS[word]
    return "DT"


def with_part(day: str, part: str | None) -> Result:
    """``day`` as DATE, or as TIME with its part of the day (``2025-03-13TEV``)."""
    if not part:
        return ("DATE", day)
    return ("TIME", f"{day}T{part_code(part)}")


def tense_of(word: str | None, tense: Tense | None) -> Tense | None:
    """An explicit ``dernier``/``prochain`` beats the tense of the verb."""
    sign = relation(word)
    if sign < 0:
        return "past"
    if sign > 0:
        return "future"
    return tense
