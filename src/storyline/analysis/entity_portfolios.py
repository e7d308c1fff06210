"""A minister's portfolio ("ministre des Affaires étrangères", "de l'Intérieur") is no name of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import ARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

PORTFOLIO_HOLDERS = frozenset({"ministre", "ministres", "commissaire", "commissaires"})
PORTFOLIO_CASES = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux"})
COMPLEMENTS = frozenset({"de", "d'", "d’", "du", "des"})


def after_portfolio(doc: Doc, start: int, end: int) -> int:
    """Where the name in ``start``..``end`` begins once a portfolio is cut off: ``start`` when
    the span does not follow "ministre(s) [adjectives] de / des / à la" or does not begin with a
    capitalised common noun; else the name the portfolio governs ("ministre de la Santé du
    Liban" -> "Liban") or that follows it (the holder), or ``end`` when there is none ("les
    ministres des Affaires étrangères du G7": of the G7, "Affaires étrangères" names nobody)."""
    if not _after_holder(doc, start) or doc[start].pos_ != "NOUN" or not doc[start].text[:1].isupper():
        return start
    i = start
    while i < end and (doc[i].pos_ in ("NOUN", "ADJ") and doc[i].ent_type_ not in ("PER", "LOC")
                       or doc[i].lower_ == "et"):
        i += 1  # "Affaires étrangères et européennes"
    if i < end and doc[i].text[:1].isupper():
        return i  # "ministre des Affaires étrangères Dominique de Villepin" tagged as one name
    if i < end and doc[i].lower_ in COMPLEMENTS:
        i += 1
        if i < end and doc[i].lower_ in ARTICLES:
            i += 1
        if i < end and doc[i].text[:1].isupper():
            return i
    return end


def _after_holder(doc: Doc, start: int) -> bool:
    """ "ministre français des", "ministre de la", "commissaire européen à la" just before."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < 0 or doc[i].lower_ not in PORTFOLIO_CASES:
        return False
    i -= 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].text[:1].islower():
        i -= 1  # "ministre français des Finances", "ministre délégué aux Transports"
    return i >= 0 and doc[i].lower_ in PORTFOLIO_HOLDERS
