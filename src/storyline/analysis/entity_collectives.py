"""People an article keeps talking about without naming them: "les mineurs de Lisieux".

A definite, demonstrative, possessive or counted noun phrase headed by a people noun ("les
mineurs de Lisieux", "quatre mineurs", "le handicapé", "les avocats de la défense") is an
entity of its own; later phrases with the same head noun and no other complement ("les
mineurs") are the same one. An indefinite phrase ("un handicapé mental") is the first mention
of someone only when a definite one with the same head noun follows ("le handicapé"); alone
("des tireurs", "un policier") it introduces no one. Such an entity has a lower-case name: it
is known in its article only, and the corpus never merges it with another article's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import DETERMINERS_OF_REFERENCE, EntityLexicon
from storyline.analysis.parse import text_of
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

COMPLEMENT_CASES = frozenset({"de", "du", "des", "d'", "d’"})
INDEFINITE = frozenset({"un", "une", "des"})


@dataclass(frozen=True)
class Collective:
    start: int
    end: int
    text: str
    head: str  # folded lemma of the head noun
    complement: str  # folded complement ("lisieux"), "" when the phrase has none
    definite: bool  # False for "un handicapé", "des tireurs"


def find_collectives(doc: Doc, taken: set[int], lexicon: EntityLexicon) -> list[Collective]:
    """Every referring phrase headed by a people noun, outside the tokens in ``taken``."""
    found: list[Collective] = []
    for token in doc:
        if token.i in taken or token.pos_ != "NOUN" or not token.text[:1].islower():
            continue
        if token.lower_ not in lexicon.people_nouns and not _starts_phrase(token, lexicon):
            continue
        definite = _refers(token)
        if not definite and not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
            continue
        span = _phrase(doc, token, taken)
        complement = span[span.root.i - span.start + 1:] if len(span) > 1 else span[0:0]
        nouns = [t for t in complement if t.pos_ in ("NOUN", "PROPN")]
        found.append(Collective(span.start, span.end, span.text, fold(token.lemma_ or token.text),
                                " ".join(fold(t.text) for t in nouns), definite))
    later = {c.head for c in found if c.definite}
    return [c for c in found if c.definite or c.head in later]


def _starts_phrase(token: Token, lexicon: EntityLexicon) -> bool:
    """A people noun of several words starting at ``token``: "les forces de l'ordre"."""
    phrases = lexicon.people_phrases.get(token.lower_, ())
    if not phrases:
        return False
    text = fold(text_of(token.doc)[token.idx:token.idx + 40])
    return any(text.startswith(phrase) and not text[len(phrase):len(phrase) + 1].isalpha()
               for phrase in phrases)


def _refers(noun: Token) -> bool:
    """A definite, demonstrative, possessive or counted noun phrase ("quatre mineurs")."""
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in DETERMINERS_OF_REFERENCE:
            return True
        if child.dep_ == "nummod" or (child.dep_ == "det" and child.pos_ == "NUM"):
            return True
    return False


def _phrase(doc: Doc, head: Token, taken: set[int]) -> Span:
    """The head with its adjectives and one "de X" complement: 'avocats de la défense'."""
    end = head.i + 1
    while end < len(doc) and end not in taken and doc[end].pos_ == "ADJ":
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in COMPLEMENT_CASES:
        after = end + 1
        while after < len(doc) and doc[after].pos_ == "DET":
            after += 1
        if after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN") and doc[after].head.i == head.i:
            end = after + 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
    return doc[head.i:end]
