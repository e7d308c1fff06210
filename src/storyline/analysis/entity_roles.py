"""Roles from titles and appositions, and the country a nationality adjective names.

"le président russe Vladimir Poutine", "la porte-parole de la Maison Blanche, Karoline
Leavitt" (a title before the name) and "Andriy Demchenko, porte-parole des services
frontaliers ukrainiens" (an apposition after it) give the role phrase without its
determiner; its nationality adjective ("russe") or country complement ("de l'Ukraine") gives
the person's country.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import ARTICLES, CONTRACTED, EntityLexicon
from storyline.analysis.entity_names import NameSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

DETERMINERS = ARTICLES | CONTRACTED | frozenset({"un", "une", "son", "sa", "ses", "leur", "ce", "cet",
                                                 "cette"})
MAX_ROLE_TOKENS = 12
STOP_WORDS = frozenset({"qui", "que", "qu'", "dont", "lequel", "laquelle", "depuis", "lors"})


@dataclass(frozen=True)
class Role:
    """A role phrase (tokens ``start``..``end``) held by the person named at ``name``."""

    start: int
    end: int
    text: str
    name: NameSpan
    country: str | None


def find_roles(doc: Doc, names: list[NameSpan], lexicon: EntityLexicon) -> list[Role]:
    """The roles stated for the people named in ``names``, in reading order."""
    roles: list[Role] = []
    named = {i for name in names for i in range(name.start, name.end)}
    for name in names:
        if name.type != "PER":
            continue
        for span in (_title_before(doc, name, lexicon), _apposition_after(doc, name, named, lexicon)):
            if span is not None and len(span) > 0:
                roles.append(Role(span.start, span.end, role_text(span), name,
                                  country_in(span, lexicon)))
    return roles


def role_text(span: Span) -> str:
    return span.text.replace("’", "'").strip().rstrip(".,;:")


def country_in(span: Span, lexicon: EntityLexicon) -> str | None:
    """The country a phrase names: a nationality adjective, else a country complement."""
    for token in span:
        if token.pos_ in ("ADJ", "NOUN", "PROPN") and token.text[:1].islower():
            country = lexicon.country_of(token.text)
            if country:
                return country
    for token in span:
        if token.text[:1].isupper() and lexicon.is_country(token.text):
            return token.text
    return None


def _title_before(doc: Doc, name: NameSpan, lexicon: EntityLexicon) -> Span | None:
    """The role noun phrase right before the name: 'le président russe' + 'Vladimir Poutine'."""
    end = name.start
    if doc[end].is_sent_start:
        return None
    if end > 0 and doc[end - 1].text == ",":
        after = doc[name.end] if name.end < len(doc) else None
        if after is not None and after.text not in (",", ".", ";", ")") and not after.is_sent_start:
            return None  # "entre les deux dirigeants, M. Peskov a ajouté": no apposition
        end -= 1
    first = None
    for i in range(end - 1, max(-1, end - 1 - MAX_ROLE_TOKENS), -1):
        token = doc[i]
        if doc[i + 1].is_sent_start and i + 1 < end:
            break
        if token.lower_ in STOP_WORDS or token.pos_ in ("VERB", "AUX") or token.text in (";", ":", "(", ")"):
            break
        if token.text == "," and first is None:
            break
        if token.pos_ == "CCONJ" and i == end - 1:
            break  # "chef cuisinier en Ecosse et Stéphanie Bahof": the role is another's
        singular = "Plur" not in token.morph.get("Number", [])
        if i > 0 and lexicon.role_end(doc, i - 1) == i + 1:
            first = i - 1  # "Premier ministre", "secrétaire général"
            if i - 1 == 0 or doc[i - 2].lower_ in DETERMINERS:
                break
        elif lexicon.is_role(token.text) and token.pos_ != "PROPN" and singular:
            first = i
            if i == 0 or doc[i - 1].lower_ in DETERMINERS or doc[i - 1].text in (",", ":") \
                    or doc[i - 1].pos_ in ("ADP", "VERB", "AUX"):
                break
    if first is None:
        return None
    while first < end and doc[first].lower_ in DETERMINERS:
        first += 1
    return doc[first:end]


def _apposition_after(doc: Doc, name: NameSpan, named: set[int], lexicon: EntityLexicon) -> Span | None:
    """', porte-parole des services frontaliers ukrainiens' right after the name."""
    i = name.end
    if i >= len(doc) - 1 or doc[i].text != ",":
        return None
    start = i + 1
    while start < len(doc) and doc[start].lower_ in DETERMINERS:
        start += 1
    if start >= len(doc) or doc[start].pos_ in ("VERB", "AUX"):
        return None
    end = lexicon.role_end(doc, start)
    if end == start:
        return None
    while end < len(doc) and end - start < MAX_ROLE_TOKENS:
        token = doc[end]
        if token.is_punct or token.pos_ in ("VERB", "AUX") or token.lower_ in STOP_WORDS \
                or token.is_sent_start or token.pos_ == "CCONJ" or token.i in named:
            break
        end += 1
    while end > start and doc[end - 1].pos_ in ("ADP", "DET"):
        end -= 1
    return doc[start:end]
