"""What a number counts: its noun, unit and extent, or why it is not a claim at all.

French puts the counted noun after the number ("539 drones", "trois autres adolescentes",
"2 millions d'habitants", "476 de ces drones", "82 % des voix", "5 milliards de dollars").
:func:`counted` reads that noun, or the currency, percent or measure unit, from the
tokens after the quantity and their parse. It returns ``None`` for numbers that are
not counts: dates ("le 14 mars", "en 2018"), times ("22 h 30"), durations and ages
("30 jours", "24 ans"), fractions, addresses, scores ("93 à 83"), list numbering and
codes written after a noun ("résolution 1405", "Komodo 2025"). A number with no noun
after it comes back ``elliptical``: the caller may take the noun from an earlier claim
of the sentence ("28 drones ..., contre plus de 300").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from storyline.analysis.claim_lexicon import ClaimLexicon
from storyline.analysis.parse import text_of
from storyline.analysis.quantities import Quantity, Words

_NOUNS = ("NOUN", "PROPN")
_PARTITIVE = frozenset({"les", "ces", "ses", "leurs", "mes", "tes", "nos", "vos", "cette", "ce"})
_MODIFIER_DEPS = frozenset({"amod", "acl", "flat:name", "flat", "compound", "appos", "nmod",
                            "fixed", "conj"})
_YEAR_CUES = frozenset({"en", "depuis", "dès", "année", "an", "l'an", "années"})


@dataclass(frozen=True)
class Counted:
    """The thing a quantity counts; ``end`` is the token after the claim's text."""

    noun: str
    end: int
    unit: str | None = None
    head: int | None = None  # index (in the content words) of the counted noun
    multiplier: float = 1.0  # "200 MF" = 200 million francs
    elliptical: bool = False  # no noun written: to be taken from the context


def counted(doc: Words, quantity: Quantity, lex: ClaimLexicon) -> Counted | None:
    """The noun or unit ``quantity`` counts, or ``None`` when the number is not a claim."""
    j = quantity.end
    if j >= len(doc):
        return _bare(doc, quantity, lex)
    token = doc[j]
    percent = _percent(doc, j, lex)
    if percent is not None:
        return percent
    money = _money(doc, j, lex)
    if money is not None:
        return money
    measure = _unit_at(doc, j, lex.measures)
    if measure is not None and not _is_name(token):
        written, end = measure
        return Counted(noun=written, end=end, unit=lex.measures[written.lower()], head=j)
    if _not_counted(doc, j, quantity, lex):
        return None
    if token.lower_ in ("de", "d'", "d’") and (quantity.scaled or quantity.approximate):
        return _after_de(doc, quantity, j + 1, lex)
    if token.lower_ in ("de", "d'", "d’", "des", "du"):
        partitive = _partitive(doc, j, lex)
        if partitive is not None:
            return partitive
    head = _head_after(doc, j, lex)
    if head is None or doc[head].lower_ in lex.weekdays:
        return _bare(doc, quantity, lex)  # "je n'en ai vu que trois samedi"
    if doc[head].lower_ in lex.time_units or doc[head].lower_ in lex.months:
        return None
    return _phrase(doc, head)


def _percent(doc: Words, j: int, lex: ClaimLexicon) -> Counted | None:
    token = doc[j]
    if token.text == "%":
        after = j + 1
    elif token.lower_ == "pour" and j + 1 < len(doc) and doc[j + 1].lower_ == "cent":
        after = j + 2
    else:
        return None
    if after < len(doc) and doc[after].lower_ in ("des", "du", "de", "d'", "d’"):
        k = after + 1
        if k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        if k < len(doc) and doc[k].pos_ in _NOUNS and doc[k].lower_ != "entre":
            found = _phrase(doc, k)
            return Counted(noun=found.noun, end=found.end, unit="%", head=k)
    return Counted(noun="%", end=after, unit="%", head=j)


def _money(doc: Words, j: int, lex: ClaimLexicon) -> Counted | None:
    """ "5.000 F", "1€", "300 millions d'euros", "792 milliards de dollars"."""
    k = j + 1 if doc[j].lower_ in ("de", "d'", "d’") else j
    if k >= len(doc) or (k > j and not _scaled_before(doc, j)):
        return None
    found = _unit_at(doc, k, lex.currencies)
    if found is None:
        return None
    written, end = found
    if len(written) <= 2 and written.isalpha() and written != written.upper():
        return None  # "f", "mf" in lower case are not francs
    code, multiplier = lex.currencies[written.lower()]
    return Counted(noun=written, end=end, unit=code, head=k, multiplier=multiplier)


def _unit_at(doc: Words, k: int, table: Mapping[str, object]) -> tuple[str, int] | None:
    """The longest unit of ``table`` written from word ``k`` ("km/h", "°C", "livres sterling"),
    as written, with the index of the word after it."""
    if k >= len(doc):
        return None
    text = text_of(doc[k].doc)
    start = doc[k].idx
    for key in sorted(table, key=len, reverse=True):
        written = text[start : start + len(key)]
        after = text[start + len(key) : start + len(key) + 1]
        if written.lower() != key or after.isalnum() or after in "'’":
            continue
        end = k
        while end < len(doc) and doc[end].idx < start + len(key):
            end += 1
        if doc[end - 1].idx + len(doc[end - 1].text) > start + len(key) + 1:
            continue  # the unit would end inside a word
        return written, end
    return None


def _scaled_before(doc: Words, j: int) -> bool:
    return j > 0 and doc[j - 1].lower_ in ("million", "millions", "milliard", "milliards", "mille")


def _is_name(token: Token) -> bool:
    """A one-letter unit that is really an initial or a title ("M. Poutine")."""
    return len(token.text.rstrip(".")) == 1 and token.text[0].isupper()


def _not_counted(doc: Words, j: int, quantity: Quantity, lex: ClaimLexicon) -> bool:
    """Dates, times, durations, fractions and addresses that follow a number."""
    token = doc[j]
    word = token.lower_.rstrip(".")
    if word in lex.months or word in lex.fractions or word in lex.address_words:
        return True
    if word == "," and j + 1 < len(doc) and doc[j + 1].lower_ in lex.address_words:
        return True
    return quantity.start > 0 and doc[quantity.start - 1].lower_ in ("h", "heures")  # "21 h 45"


def _after_de(doc: Words, quantity: Quantity, k: int, lex: ClaimLexicon) -> Counted | None:
    """The noun after "de" in "2 millions d'habitants", "une vingtaine de titres"."""
    head = _head_after(doc, k, lex)
    if head is None:
        return _bare(doc, quantity, lex)  # "3.000 milliards d'ici à dix ans"
    if doc[head].lower_ in lex.time_units:
        return None
    return _phrase(doc, head)


def _partitive(doc: Words, j: int, lex: ClaimLexicon) -> Counted | None:
    """ "476 de ces drones", "deux des cinq représentants": the noun of the whole."""
    k = j + 1
    if doc[j].lower_ in ("de", "d'", "d’"):
        if k >= len(doc) or doc[k].lower_ not in _PARTITIVE:
            return None
        k += 1
    while k < len(doc) and (doc[k].like_num or doc[k].lower_ in ("et",)):
        k += 1
    head = _head_after(doc, k, lex)
    if head is None or doc[head].lower_ in lex.time_units:
        return None
    return _phrase(doc, head)


def _head_after(doc: Words, k: int, lex: ClaimLexicon) -> int | None:
    """The counted noun starting at ``k``, after at most two adjectives ("trois autres ...")."""
    for offset in range(3):
        if k + offset >= len(doc):
            return None
        token = doc[k + offset]
        if not token.is_alpha and "-" not in token.text:
            return None
        following = doc[k + offset + 1] if k + offset + 1 < len(doc) else None
        if token.pos_ in _NOUNS and token.lower_ not in lex.prenominal_adjectives:
            return k + offset
        adjective = token.pos_ in ("ADJ", "VERB") or token.lower_ in lex.prenominal_adjectives
        if not adjective:
            return None
        if following is None or not (following.pos_ in _NOUNS or following.pos_ == "ADJ"):
            substantive = token.lower_ not in lex.prenominal_adjectives and (
                token.pos_ == "ADJ" or _participle(token))
            return k if offset == 0 and substantive else None
    return None


def _participle(token: Token) -> bool:
    return "Part" in token.morph.get("VerbForm", [])


def _phrase(doc: Words, position: int) -> Counted:
    """The counted noun with the modifiers that follow it ("batteries Patriot")."""
    head = doc[position]
    end = position + 1
    while end < len(doc):
        token = doc[end]
        if token.pos_ in ("ADJ", "PROPN") or (
            token.pos_ == "VERB" and _participle(token)
        ):
            if token.dep_ in _MODIFIER_DEPS and _inside(token, head):
                end += 1
                continue
        elif token.lower_ in ("de", "d'", "d’") and end + 1 < len(doc):
            complement = doc[end + 1]
            if complement.pos_ == "NOUN" and head.i <= complement.head.i < doc[end].i:
                end += 2
                continue
        break
    text = text_of(head.doc)[head.idx : doc[end - 1].idx + len(doc[end - 1].text)]
    noun = " ".join(text.split())
    if head.dep_ == "nsubj:pass" and head.head.pos_ == "VERB":
        noun = f"{noun} {head.head.text}"
    return Counted(noun=noun, end=end, head=position)


def _inside(token: Token, head: Token) -> bool:
    """True when ``token`` hangs, directly or not, from ``head`` (or from the number)."""
    node = token
    for _ in range(4):
        if node.i == head.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _bare(doc: Words, quantity: Quantity, lex: ClaimLexicon) -> Counted | None:
    """A number with no noun after it: a year, a code, a score, or an ellipsis."""
    before = doc[quantity.start - 1] if quantity.start > 0 else None
    after = doc[quantity.end] if quantity.end < len(doc) else None
    if quantity.plain and 1000 <= quantity.value <= 2100 and quantity.upper is None:
        return None  # a year
    if quantity.plain and quantity.upper is not None and 1000 <= quantity.value <= 2100:
        return None  # "entre 1990 et 1999"
    if before is not None:
        if before.lower_ in _YEAR_CUES or before.lower_ in lex.months:
            return None  # "en 97", "mars 2022"
        if before.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or before.like_num:
            return None  # "résolution 1405", "Komodo 2025", "12 h 30"
        if before.lower_ == "à" and quantity.start > 1 and doc[quantity.start - 2].like_num:
            return None  # "93 à 83"
    if after is not None:
        if after.lower_ == "à" and quantity.end + 1 < len(doc) and doc[quantity.end + 1].like_num:
            return None
        if after.text in (".", ")") and (_starts_line(doc, quantity) or _numbering(doc, quantity)):
            return None  # list numbering: "1. à la Teille, 2. au chêne"
    return Counted(noun="", end=quantity.end, elliptical=True)


def _starts_line(doc: Words, quantity: Quantity) -> bool:
    """True when the number opens a line of the text."""
    start = doc[quantity.start].idx
    return start == 0 or text_of(doc[quantity.start].doc)[start - 1] == "\n"


def _numbering(doc: Words, quantity: Quantity) -> bool:
    """ "1. à la Teille, 2. au chêne": a number, a dot, then a word in lower case."""
    k = quantity.end + 1
    return k < len(doc) and doc[k].text[:1].islower()
