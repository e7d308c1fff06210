"""Complements the parser hangs on a time, duration or medium noun next to the trigger ("s'est
entretenu jeudi par téléphone avec X", "lundi pendant deux heures avec X": "avec X" parsed under
"jeudi" or "heures"), which belong to the trigger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_words import TIME_NOUNS, case_of, lemma_of, noun_lemmas

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

CARRIER_TIMES = TIME_NOUNS | {"soirée", "matinée"}
DURATION_NOUNS = frozenset({"heure", "minute", "jour", "journée", "semaine", "mois", "an", "année"})
DURATION_CASES = frozenset({"pendant", "durant", "depuis"})  # "pendant plus de deux heures"
CARRIER_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "xcomp", "nmod"})  # how the parser hangs them
TIME_OBJECT = "obj"  # "s'est entretenu lundi …": a bare day the parser takes for the object
LEVELS = 3  # "lundi" -> "pendant deux heures" -> "par téléphone"
MEDIUM_CASES = frozenset({"par", "en", "à"})  # "par téléphone", "en visioconférence", "au téléphone"
CARRIED_DEPS = frozenset({"nmod", "obl", "obl:mod", "obl:arg", "appos"})
NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})


def carriers(head: Token, mediums: Collection[str]) -> list[Token]:
    """The bare time nouns ("jeudi", "mardi soir"), the durations ("pendant deux heures") and the
    medium nouns of ``mediums`` ("par téléphone") on ``head``, and those hung on them in turn
    (three levels)."""
    found: list[Token] = []
    level = [head]
    for _ in range(LEVELS):
        level = [c for node in level for c in node.children if _carrier(c, mediums)]
        found += level
    return found


def _carrier(token: Token, mediums: Collection[str]) -> bool:
    if token.pos_ != "NOUN" or token.dep_ not in CARRIER_DEPS and not (
            token.dep_ == TIME_OBJECT and lemma_of(token) in CARRIER_TIMES):
        return False
    if lemma_of(token) in CARRIER_TIMES:
        return case_of(token) is None and not any(c.dep_ == "det" for c in token.children)
    if lemma_of(token) in DURATION_NOUNS and case_of(token) in DURATION_CASES:
        return any(c.dep_ == "nummod" or c.like_num for c in token.subtree if c.i < token.i)
    return case_of(token) in MEDIUM_CASES and any(f in mediums for f in noun_lemmas(token))


def carried(head: Token, mediums: Collection[str], cases: Collection[str]) -> list[Token]:
    """The complements introduced by one of ``cases`` that hang on a carrier of ``head``: their
    own preposition, or the one opening a name apposed to the carrier ("jeudi avec le
    chancelier X" parsed with X apposed to "jeudi")."""
    found: list[Token] = []
    for carrier in carriers(head, mediums):
        for child in carrier.children:
            if child.dep_ not in CARRIED_DEPS or child.pos_ not in NOMINALS:
                continue
            case = case_of(child)
            opening = child.left_edge
            if case is None and child.dep_ == "appos" and opening.pos_ == "ADP":
                case = opening.lower_
            if case in cases:
                found.append(child)
    return found


def agents(verb: Token) -> list[Token]:
    """The agents of a passive ``verb``: its own "par X", or one hung on a time noun next to it
    ("doit être reçu jeudi par X" parsed with "par X" under "jeudi")."""
    return [c for node in (verb, *carriers(verb, ())) for c in node.children if c.dep_ == "obl:agent"]
