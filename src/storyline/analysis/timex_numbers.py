"""French cardinal numbers written in words or digits: ``vingt-quatre`` -> 24."""

from __future__ import annotations

import re

_UNITS: dict[str, int] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60,
}
_WORDS = sorted([*_UNITS, "cent", "cents", "mille"], key=len, reverse=True)
_WORD = "(?:" + "|".join(_WORDS) + ")"

# A number in words (``vingt et un``, ``quatre-vingt-dix``, ``deux cents``) or in digits.
NUMBER_WORDS = rf"{_WORD}(?:(?:-et-|-| et | ){_WORD})*"
NUMBER = rf"(?:\d+(?:[.,]\d+)?|{NUMBER_WORDS})"
_NUMBER_RE = re.compile(rf"{NUMBER_WORDS}|\d+(?:[.,]\d+)?")


def parse_number(text: str) -> float | None:
    """The value of a French number (``trois``, ``24``, ``1,5``); ``None`` when it is not one."""
    text = text.strip().lower()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None
    if not _NUMBER_RE.fullmatch(text):
        return None
    total = 0
    current = 0
    for token in re.split(r"-et-|-| et | ", text):
        if token in ("cent", "cents"):
            current = max(current, 1) * 100
        elif token == "mille":
            total += max(current, 1) * 1000
            current = 0
        elif token in ("vingt", "vingts") and current in (4, 104):
            current = current - 4 + 80  # quatre-vingt(s)
        else:
            current += _UNITS[token]
    return float(total + current)


def format_number(value: float) -> str:
    """``3.0`` -> ``"3"``; keeps a decimal part only when there is one."""
    return str(int(value)) if value == int(value) else f"{value:g}"
