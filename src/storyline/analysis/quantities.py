"""Find the numbers of a parsed document: where each one is and what it is worth.

A :class:`Quantity` is a run of tokens that writes one number, or a range of two
("entre 20 et 30", "de 10 à 15"): digits with French grouping ("1 200", "60.082.000"),
number words ("vingt et un"), a scale ("1,5 million", "trois milliards") or an
approximate count ("une vingtaine", "un millier"). Numbers glued to letters or hyphens
("S-300", "n°2", "1-3", "4x4") are names, codes or scores, not quantities, and are skipped.
What the number counts is decided later (:mod:`storyline.analysis.claim_nouns`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from storyline.analysis.claim_lexicon import ClaimLexicon, load_lexicon
from storyline.analysis.numbers import SCALES, is_number_word, parse_digits, parse_words
from storyline.analysis.parse import text_of

_DIGITS = re.compile(r"\d[\d.,]*")
_GROUP = re.compile(r"\d{3}")
_GROUP_SPACES = frozenset(" \u00a0\u202f")
_GLUE = frozenset("-/°#_@")
_UNITS_GLUED = frozenset("%€$£")


Words = Sequence[Token]


def content_words(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` without the white-space ones spaCy makes of "\\xa0" or blank lines.

    Every index of this module and of the claim modules points into this list.
    """
    return [t for t in doc if not t.is_space]


@dataclass(frozen=True)
class Quantity:
    """One number of the text, as indices ``[start, end)`` of :func:`content_words`."""

    start: int
    end: int
    value: float
    upper: float | None = None  # the high end of a range
    digits: bool = False  # written with digits
    plain: bool = False  # digits without any separator ("2025", "97")
    scaled: bool = False  # ends with million, milliard, mille
    approximate: bool = False  # "une vingtaine", "un millier"
    article: bool = False  # the bare word "un"/"une", maybe only an article


def find_quantities(words: Words, lexicon: ClaimLexicon | None = None) -> list[Quantity]:
    """Every number of ``words`` in text order; ranges come out as one quantity."""
    lex = lexicon or load_lexicon()
    found: list[Quantity] = []
    doc = words
    i = 0
    while i < len(doc):
        quantity = _digits_at(doc, i, lex) or _words_at(doc, i, lex)
        if quantity is None:
            i += 1
            continue
        quantity = _range_from(doc, quantity, lex)
        found.append(quantity)
        i = quantity.end
    return found


def _digits_at(doc: Words, i: int, lex: ClaimLexicon) -> Quantity | None:
    token = doc[i]
    if not _DIGITS.fullmatch(token.text) or _glued(doc, i, lex):
        return None
    end = i + 1
    text = token.text
    while (
        end < len(doc)
        and "," not in text
        and len(re.split(r"[ \u00a0\u202f.]", text)[0]) <= 3
        and _GROUP.fullmatch(doc[end].text)
        and _between(doc[end - 1], doc[end]) in _GROUP_SPACES
    ):
        text += " " + doc[end].text
        end += 1
    value = parse_digits(text)
    if value is None:
        return None
    plain = text.isdigit()
    return _with_scale(doc, Quantity(i, end, value, digits=True, plain=plain), lex)


def _between(left: Token, right: Token) -> str:
    """The characters of the text between two tokens."""
    return text_of(left.doc)[left.idx + len(left.text) : right.idx]


def _glued(doc: Words, i: int, lex: ClaimLexicon) -> bool:
    """True for digits stuck to letters or code characters: names, scores, references."""
    token = doc[i]
    text = text_of(token.doc)
    before = text[token.idx - 1] if token.idx > 0 else " "
    after_at = token.idx + len(token.text)
    after = text[after_at] if after_at < len(text) else " "
    if before.isalnum() or before in _GLUE or before == ".":
        return True
    if after in _GLUE:
        return True
    if after.isalnum() and i + 1 < len(doc):
        unit = doc[i + 1].text.rstrip(".")
        if len(unit) == 1 and unit.isupper():
            return True  # "5G"
        return unit.lower() not in lex.measures and unit.lower() not in lex.currencies
    return False


def _words_at(doc: Words, i: int, lex: ClaimLexicon) -> Quantity | None:
    token = doc[i]
    if not is_number_word(token.text) or token.lower_ == "et":
        return None
    if token.lower_ == "cent" and i > 0 and doc[i - 1].lower_ == "pour":
        return None
    end = i
    while end < len(doc) and (is_number_word(doc[end].text) or doc[end].lower_ == "et"):
        end += 1
    for stop in range(end, i, -1):
        words = " ".join(t.text for t in doc[i:stop])
        value = parse_words(words)
        if value is not None and doc[stop - 1].lower_ != "et":
            article = stop == i + 1 and token.lower_ in ("un", "une")
            quantity = Quantity(i, stop, float(value), article=article,
                                scaled=doc[stop - 1].lower_ in SCALES)
            return _approximation(doc, quantity, lex)
    return None


def _with_scale(doc: Words, quantity: Quantity, lex: ClaimLexicon) -> Quantity:
    """Digits followed by "million", "milliards", "mille": "1,5 million" = 1 500 000."""
    end = quantity.end
    if end < len(doc) and doc[end].lower_ in SCALES:
        return replace(quantity, end=end + 1, value=quantity.value * SCALES[doc[end].lower_],
                       scaled=True, plain=False)
    return _approximation(doc, quantity, lex)


def _approximation(doc: Words, quantity: Quantity, lex: ClaimLexicon) -> Quantity:
    """ "une vingtaine", "deux centaines", "un millier": an approximate count."""
    end = quantity.end
    if end >= len(doc) or doc[end].lower_ not in lex.approximations:
        return quantity
    base = lex.approximations[doc[end].lower_]
    factor = 1.0 if quantity.article else quantity.value
    return replace(quantity, end=end + 1, value=factor * base, approximate=True, article=False,
                   plain=False)


def _range_from(doc: Words, low: Quantity, lex: ClaimLexicon) -> Quantity:
    """ "entre 20 et 30", "de 10 à 15": fold the second number into the first."""
    joiner = doc[low.end].lower_ if low.end < len(doc) else ""
    opener = doc[low.start - 1].lower_ if low.start > 0 else ""
    if not ((joiner == "et" and opener == "entre") or (joiner == "à" and opener in ("de", "d'"))):
        return low
    if low.end + 1 >= len(doc):
        return low
    high = _digits_at(doc, low.end + 1, lex) or _words_at(doc, low.end + 1, lex)
    if high is None or high.value <= low.value and not high.scaled:
        return low
    value = low.value
    if high.scaled and not low.scaled:
        value *= high.value / _unscaled(doc, high)
    return replace(low, end=high.end, value=value, upper=high.value, scaled=high.scaled,
                   plain=low.plain and high.plain)


def _unscaled(doc: Words, quantity: Quantity) -> float:
    """The value of a scaled quantity without its scale word ("3 millions" -> 3)."""
    scale = SCALES.get(doc[quantity.end - 1].lower_, 1)
    return quantity.value / scale if scale else quantity.value
