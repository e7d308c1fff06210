"""An office with a nationality and a portfolio that no one named holds is an unnamed person.

"le ministre belge de l'Emploi a exigé" with no named holder: see :func:`open_office`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.entity_portfolios import PORTFOLIO_CASES, PORTFOLIO_HOLDERS
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.analysis.entity_lexicon import EntityLexicon

NAMED_TYPES = frozenset({"PER", "LOC", "GPE"})


def open_office(noun: Token, lexicon: EntityLexicon, held: tuple[str, ...]) -> bool:
    """A singular portfolio holder ("ministre", "commissaire") with a nationality adjective and a
    capitalised portfolio ("de l'Emploi", "aux Transports"), when no stated role of the
    article's people (``held``: folded) has that head noun or that adjective — else the events
    stage links it to that person ("le ministre belge …" after "X, ministre belge de …", or
    "le Premier ministre belge X"; "le Premier ministre Y" alone does not hold it)."""
    if noun.lower_ not in PORTFOLIO_HOLDERS or "Number=Plur" in str(noun.morph) \
            or any(role.split()[:1] == [fold(noun.text)] for role in held):
        return False
    adjectives = [c for c in noun.children if c.dep_ == "amod" and lexicon.country_of(c.text)]
    if len(adjectives) != 1 or any(fold(adjectives[0].text) in role.split() for role in held):
        return False
    return any(c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and c.text[:1].isupper()
               and c.ent_type_ not in NAMED_TYPES and _portfolio_case(c) for c in noun.children)


def _portfolio_case(token: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_.replace("’", "'") in PORTFOLIO_CASES for c in token.children)
