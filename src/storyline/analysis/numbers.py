"""French numbers as written in news text: digits ("1 200", "60.082.000", "3,2") and words.

Two pure parsers, no spaCy:

- :func:`parse_digits` reads a numeral written with digits, French style: spaces or dots
  group thousands, a comma marks decimals ("1 200" = 1200, "17.000" = 17000,
  "0,38" = 0.38).
- :func:`parse_words` reads French number words ("vingt et un", "quatre-vingt-dix-neuf",
  "deux cent mille", "trois millions"), the traditional and the 1990 spellings (hyphens
  everywhere), and the Belgian and Swiss "septante", "huitante", "octante", "nonante".

Both return ``None`` for anything that is not a well-formed number, so callers can try a
shorter run of words.
"""

from __future__ import annotations

import re

SMALL: dict[str, int] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
}
TENS: dict[str, int] = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
HUNDREDS = frozenset({"cent", "cents"})
SCALES: dict[str, int] = {
    "mille": 1_000, "million": 1_000_000, "millions": 1_000_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000,
}
NUMBER_WORDS = frozenset(SMALL) | frozenset(TENS) | HUNDREDS | frozenset(SCALES) | {"vingts"}

_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+")
_DECIMAL = re.compile(r"\d+(?:,\d+)?")
_POINT_DECIMAL = re.compile(r"\d+\.\d{1,2}|\d+\.\d{4,}")


def parse_digits(text: str) -> float | None:
    """Value of a numeral written with digits, or ``None``.

    >>> parse_digits("1 200"), parse_digits("60.082.000"), parse_digits("3,2")
    (1200.0, 60082000.0, 3.2)
    """
    text = text.strip()
    if not text:
        return None
    whole, comma, fraction = text.partition(",")
    if comma and not fraction.isdigit():
        return None
    if _THOUSANDS.fullmatch(whole):
        whole = re.sub(r"[ \u00a0\u202f.]", "", whole)
    elif not whole.isdigit():
        if not comma and _POINT_DECIMAL.fullmatch(whole):
            return float(whole)
        return None
    return float(f"{whole}.{fraction}" if comma else whole)


def split_words(text: str) -> list[str]:
    """Lower-cased words of a number written in letters, split at spaces and hyphens."""
    return [w for w in re.split(r"[\s\-\u2011]+", text.lower().replace("’", "'")) if w]


def is_number_word(token: str) -> bool:
    """True when every hyphen-joined part of ``token`` is a French number word or "et"."""
    parts = split_words(token)
    return bool(parts) and all(p in NUMBER_WORDS or p == "et" for p in parts) and any(
        p != "et" for p in parts
    )


def parse_words(text: str) -> int | None:
    """Value of French number words, or ``None`` when they do not form one number.

    >>> parse_words("quatre-vingt-dix-sept"), parse_words("deux cent mille trois")
    (97, 200003)
    """
    words = split_words(text)
    if not words:
        return None
    if words == ["zéro"]:
        return 0
    parsed = _Parser(words).number()
    return parsed


class _Parser:
    """Recursive descent over the words: [n milliard] [n million] [n mille] [n]."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.i = 0

    def peek(self, offset: int = 0) -> str | None:
        j = self.i + offset
        return self.words[j] if j < len(self.words) else None

    def number(self) -> int | None:
        total = 0
        last_scale = 10**12
        while self.i < len(self.words):
            start = self.i
            group = self.below_1000()
            word = self.peek()
            if word in SCALES:
                scale = SCALES[word]
                if scale >= last_scale or (group == 0 and scale > 1_000):
                    return None
                self.i += 1
                total += (group or 1) * scale
                last_scale = scale
                continue
            if self.i == start or word is not None:
                return None
            return total + group
        return total if self.i > 0 else None

    def below_1000(self) -> int:
        """Hundreds and the rest; 0 when no word was read."""
        start = self.i
        multiplier = 1
        word = self.peek()
        if word in SMALL and 2 <= SMALL[word] <= 9 and self.peek(1) in HUNDREDS:
            multiplier = SMALL[word]
            self.i += 1
            word = self.peek()
        if word in HUNDREDS:
            self.i += 1
            rest = self.below_100()
            return multiplier * 100 + rest
        self.i = start
        return self.below_100()

    def below_100(self) -> int:
        word = self.peek()
        if word is None:
            return 0
        if word == "quatre" and self.peek(1) in ("vingt", "vingts"):
            self.i += 2
            return 80 + (self.units(allow_teens=True) if self.peek(-1) == "vingt" else 0)
        if word in TENS:
            self.i += 1
            tens = TENS[word]
            return tens + self.units(allow_teens=tens == 60, allow_et=True)
        return self.units(allow_teens=True)

    def units(self, *, allow_teens: bool, allow_et: bool = False) -> int:
        """1..9 (or 1..19 after "soixante", "quatre-vingt"), with "et" before un/onze."""
        word = self.peek()
        if word == "et" and allow_et and self.peek(1) in ("un", "une", "onze"):
            self.i += 1
            word = self.peek()
        if word not in SMALL or SMALL[word] == 0:
            return 0
        value = SMALL[word]
        if value > 9 and not allow_teens:
            return 0
        self.i += 1
        if value == 10 and self.peek() in ("sept", "huit", "neuf"):
            value += SMALL[self.words[self.i]]
            self.i += 1
        return value
