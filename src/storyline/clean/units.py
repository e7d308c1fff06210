"""Cut a plain-text dump into units: one line, or the lines of one hard-wrapped paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

TERMINAL = re.compile(r"[.!?…](?:[\s\"'»”’)\]]*)$")
_URLISH = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A stretch of the dump the classifier keeps or drops as a whole.

    ``lines`` are the 1-based numbers of the raw lines it covers (several when a paragraph
    was hard-wrapped), ``text`` their words with whitespace normalised.
    """

    index: int
    lines: tuple[int, ...]
    text: str
    blank_before: bool
    blank_after: bool

    @property
    def words(self) -> int:
        return len(self.text.split())


def normalise(line: str) -> str:
    """Whitespace runs (non-breaking spaces included) become one space; ends trimmed."""
    return " ".join(line.split())


def ends_sentence(text: str) -> bool:
    """The text ends with sentence punctuation, closing quotes or brackets allowed after it."""
    return bool(TERMINAL.search(text))


def _continues(previous: str, line: str) -> bool:
    """``line`` carries on the paragraph of ``previous`` (a hard-wrapped dump)."""
    if not previous or not line or ends_sentence(previous):
        return False
    if _URLISH.search(previous) or _URLISH.match(line):
        return False
    return line[0].islower() or previous.endswith(",")


def split_units(body: str) -> list[Unit]:
    """The units of ``body`` in order; blank lines separate them and are not units."""
    pending: list[tuple[list[int], list[str], bool]] = []  # (lines, texts, blank_before)
    blank = True
    for number, raw in enumerate(body.splitlines(), 1):
        line = normalise(raw)
        if not line:
            blank = True
            continue
        if pending and not blank and _continues(pending[-1][1][-1], line):
            pending[-1][0].append(number)
            pending[-1][1].append(line)
        else:
            pending.append(([number], [line], blank))
        blank = False
    units: list[Unit] = []
    for index, (numbers, texts, blank_before) in enumerate(pending):
        blank_after = index + 1 == len(pending) or pending[index + 1][2]
        units.append(Unit(index, tuple(numbers), " ".join(texts), blank_before, blank_after))
    return units


def blank_separated(units: list[Unit]) -> bool:
    """Most unit boundaries of the dump are blank lines (paragraph layout, not line layout)."""
    inner = units[1:]
    if not inner:
        return False
    return sum(u.blank_before for u in inner) * 2 >= len(inner)
