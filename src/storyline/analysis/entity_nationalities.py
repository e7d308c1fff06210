"""Countries and peoples an article names only by a nationality adjective on an event.

"lors du sommet franco-allemand", "une attaque palestinienne", "une réunion interpalestinienne":
the adjective names a participant of the event (Allemagne, the Palestinians) that the article
may never name otherwise. When it does not (no entity has the country's name, nor the people's),
the adjective gives an article-level entity: the country of the lexicon, typed LOC as the
countries are, or, for an adjective of a stateless people (the lexicon's ``peoples``), the
people by its name ("Palestiniens", typed as the countries are: it acts as they do), with the
adjective as its mention (kind "description").

Only adjectives on an event noun of the event lexicon, or on a "de" complement of one ("une
attaque de drone russe"), give an entity: the places where the events stage looks for a
nationality when no one else is named ("les frappes russes"); an adjective on anything else
("le droit américain", "les pays européens") names no one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import EntityLexicon
from storyline.analysis.event_lexicon import load_event_lexicon
from storyline.analysis.event_words import noun_lemmas
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ARTICLES = ("la ", "le ", "les ", "l'")


@dataclass(frozen=True)
class Implied:
    """An adjective (tokens ``start``..``end``) that names ``name``, which the article lacks."""

    start: int
    end: int
    name: str


def unarticled(name: str) -> str:
    """``name`` folded, without a leading article: "La France" -> "france"."""
    name = fold(name)
    for article in ARTICLES:
        if name.startswith(article):
            return name[len(article):].strip()
    return name


def compound(token: Token) -> tuple[int, int]:
    """The tokens (start, end) of the hyphenated word ``token`` is part of: "israélo - palestinien"
    split by the tokenizer is one adjective, "israélo-palestinien"."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return start, end


def adjective_word(token: Token) -> str:
    """The adjective a token is part of ("syro" of "syro - libanais" is "syro-libanais")."""
    start, end = compound(token)
    return token.doc[start:end].text.replace(" ", "")


def is_adjective(token: Token, lexicon: EntityLexicon) -> bool:
    """An adjective, or a lower-case hyphenated word every part of which names a country, which
    the tagger took for something else ("italo-libanais" tagged as a conjunction)."""
    if token.pos_ == "ADJ":
        return True
    parts = token.text.split("-")
    return len(parts) > 1 and token.text.islower() \
        and len(lexicon.countries_of_word(token.text)) == len(parts)


def participant_name(name: str, lexicon: EntityLexicon) -> str:
    """What an adjective naming ``name`` stands for as a participant: a country's people when
    the lexicon has one (Palestine -> Palestiniens), else ``name``."""
    return lexicon.people_of_country(name) or name


def implied_nationalities(doc: Doc, taken: set[int], known: Iterable[str], lexicon: EntityLexicon
                          ) -> list[Implied]:
    """Nationality adjectives on event nouns whose country or people is none of ``known``
    (names of the article's entities), outside the ``taken`` tokens, in reading order."""
    have = {unarticled(k) for k in known}
    nouns = frozenset(load_event_lexicon().nouns)
    found: list[Implied] = []
    seen: set[int] = set()
    for token in doc:
        if token.i in taken or not is_adjective(token, lexicon):
            continue
        noun = _noun_of(token)
        start, end = compound(token)
        if noun is None or start in seen or taken & set(range(start, end)) or not _on_event(noun, nouns):
            continue
        seen.add(start)
        for named in lexicon.countries_of_word(adjective_word(token)):
            name = participant_name(named, lexicon)
            if unarticled(named) in have or unarticled(name) in have:
                continue
            found.append(Implied(start, end, name))
    return found


def _noun_of(adjective: Token) -> Token | None:
    """The noun an adjective qualifies: its head through coordinated adjectives ("les équipes
    américaines et ukrainiennes"), or the noun right before it (and its other adjectives) when
    the parse hangs it elsewhere ("de violentes frappes russes" parsed as a determiner)."""
    head = adjective
    while head.dep_ == "conj" and head.head.pos_ == "ADJ" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("amod", "appos") and head.head.pos_ == "NOUN":
        return head.head
    return noun_before(adjective)


def noun_before(adjective: Token) -> Token | None:
    """The noun right before ``adjective``, past other adjectives: a French nationality
    adjective follows the noun it qualifies."""
    i = adjective.i - 1
    while i >= 0 and adjective.doc[i].pos_ == "ADJ" and i > adjective.i - 3:
        i -= 1
    before = adjective.doc[i] if i >= 0 else None
    return before if before is not None and before.pos_ == "NOUN" else None


def _on_event(noun: Token, wanted: frozenset[str]) -> bool:
    """An event noun, or a "de" complement of one ("une attaque de drone russe")."""
    node = noun
    for _ in range(4):
        if any(f in wanted for f in noun_lemmas(node)):
            return True
        if node.dep_ != "nmod" or node.head.pos_ != "NOUN" or not _de_or_none(node):
            return False
        node = node.head
    return False


def _de_or_none(token: Token) -> bool:
    cases = [c.lower_.replace("’", "'") for c in token.children if c.dep_ == "case"]
    return not cases or cases[0] in ("de", "d'", "du", "des")
