"""Whether two nouns of the same lemma can name the same one, by what qualifies them.

"le président de la Commission européenne" is not "le président Vladimir Poutine", nor is
"le président américain" "le président russe": a "de X" complement the earlier noun lacks, or
nationality adjectives (or complements naming countries) that differ, tell them apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import load_entity_lexicon
from storyline.analysis.event_words import case_of, lemma_of
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

NOMINALS = frozenset({"NOUN", "PROPN"})


def same_qualifiers(later: Token, earlier: Token) -> bool:
    """Whether ``later`` may name again what ``earlier`` names: their countries (nationality
    adjectives, "de X" naming a country), where both have some, share one; and each "de X"
    complement of ``later`` that names no country is one of ``earlier``'s ("le président"
    after "le président de la Commission" is fine; the reverse is not)."""
    later_countries, later_bodies = qualifiers(later)
    earlier_countries, earlier_bodies = qualifiers(earlier)
    if later_countries and not later_countries & earlier_countries:
        return False
    return later_bodies <= earlier_bodies


def role_fits(noun: Token, roles: tuple[str, ...], country: str | None) -> bool:
    """Whether a holder of ``roles`` (of ``country``, if known) may be what ``noun`` names: each
    "de X" complement of the noun naming no country is a word of a role ("le président de la
    Commission" is not a "président" with no more said), and a country the noun's adjectives
    name is one the holder is known by ("le président américain" is not a "président" of no
    known country)."""
    countries, bodies = qualifiers(noun)
    words = {w for r in roles for w in fold(r).replace("'", " ").split()}
    if not bodies <= words:
        return False
    if not countries:
        return True
    words_lexicon = load_entity_lexicon()
    known = {fold(c) for r in roles for w in r.split() for c in words_lexicon.countries_of_word(w)}
    if country is not None:
        known.add(fold(country))
    return bool(known & countries)


def qualifiers(noun: Token) -> tuple[set[str], set[str]]:
    """The countries a noun's adjectives and complements name, and the folded head words of its
    other "de X" complements."""
    words = load_entity_lexicon()
    countries: set[str] = set()
    bodies: set[str] = set()
    for child in noun.children:
        if child.dep_ == "amod" and child.i > noun.i:
            countries.update(words.countries_of_word(child.text))
        elif child.dep_ == "nmod" and child.pos_ in NOMINALS and case_of(child) == "de":
            if words.is_country(child.text):
                countries.add(fold(child.text))
            else:
                bodies.add(fold(lemma_of(child)))
    return {fold(c) for c in countries}, bodies
