"""Time phrases around a verb that the parser took for one of its arguments.

"La veille, X avait été arrêté": a time noun fronted before a comma is no subject (the
parser may tag it ``nsubj:pass``); "avait reçu à Moscou, le soir du 13 mars, l'envoyé
spécial": an object written after a time phrase between commas is the verb's object; "a
arrêté mardi douze militants", "a reçu mardi à Paris les délégués": a bare noun phrase after a
time word is the verb's object, even when the parser tags the time word ``obj`` too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_roles import SUBJECTS
from storyline.analysis.event_words import TIME_NOUNS, case_of, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

TIME_WORDS = TIME_NOUNS | {"jour", "journée", "mois", "hier", "aujourd'hui"}
CUT_DEPS = frozenset({"parataxis", "appos", "dislocated", "conj"})  # where the parser leaves a cut object
NOMINALS = frozenset({"NOUN", "PROPN"})
TIME_DEPS = frozenset({"obl:mod", "obl", "obj"})  # "jeudi" may be taken for the object


def fronted_time(token: Token) -> bool:
    """ "La veille, …", "Mardi, …", "Le lendemain matin, …": a subject that is a time noun
    opening its phrase before a comma, ahead of its verb — a time adjunct, not who acts."""
    if token.dep_ not in SUBJECTS or token.i > token.head.i or lemma_of(token) not in TIME_WORDS:
        return False
    end = _own_end(token)
    doc = token.doc
    return end + 1 < len(doc) and doc[end + 1].text == "," and case_of(token) is None


def own_subject(verb: Token, dep: str) -> Token | None:
    """The first child of ``verb`` with relation ``dep`` that is no fronted time phrase."""
    return next((c for c in verb.children if c.dep_ == dep and not fronted_time(c)), None)


def cut_object(verb: Token) -> Token | None:
    """ "avait reçu à Moscou, le soir du 13 mars, l'envoyé spécial": an object written after a
    time phrase between commas, which the parser hangs elsewhere — the head of the noun phrase
    right after the second comma, hung outside it, no subject and no clause of its own."""
    if any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for c in verb.children):
        return None
    doc = verb.doc
    for child in verb.children:
        if child.i < verb.i or not child.dep_.startswith("obl") or not _time_phrase(child):
            continue
        left, right = child.left_edge.i, _own_end(child)
        if left == 0 or right + 2 >= len(doc) or doc[left - 1].text != "," or doc[right + 1].text != ",":
            continue
        start = right + 2
        for token in doc[start:min(start + 4, len(doc))]:
            if token.pos_ in ("NOUN", "PROPN") and token.head.i < start and token.dep_ in CUT_DEPS \
                    and not any(c.dep_ in ("nsubj", "cop", "aux:tense") for c in token.children):
                return token
        return None
    return None


def bare_object(verb: Token) -> Token | None:
    """ "a arrêté mardi douze militants", "a expulsé jeudi deux diplomates": the verb's object
    written right after a time word, which the parser tags ``obl:arg`` on the verb or hangs
    on the time word as ``nmod`` — a noun with no preposition after the time word, when the
    verb has no other object."""
    times = [c for c in verb.children if c.i > verb.i and c.dep_ in TIME_DEPS
             and lemma_of(c) in TIME_WORDS and case_of(c) is None]
    if not times:
        return None
    time = times[0]
    others = [c for c in verb.children if c.dep_ == "obj" and c not in times]
    if others:  # "a reçu mardi à Matignon les dirigeants": the day and the object both "obj"
        return _second_object(time, others)
    candidates = [c for c in verb.children if c.dep_ == "obl:arg" and c.i > time.i] + [
        c for c in time.children if c.dep_ == "nmod" and c.i > time.i]
    return next((c for c in candidates if c.pos_ in NOMINALS and case_of(c) is None
                 and lemma_of(c) not in TIME_WORDS), None)


def _second_object(time: Token, others: list[Token]) -> Token | None:
    """The object when the parser tagged a bare time word before it ``obj`` as well: the only
    other object, a noun with no preposition written after the time word."""
    if time.dep_ != "obj" or len(others) != 1:
        return None
    other = others[0]
    if other.i > time.i and other.pos_ in NOMINALS and case_of(other) is None \
            and lemma_of(other) not in TIME_WORDS:
        return other
    return None


def _own_end(token: Token) -> int:
    """The last token of a phrase without what the parser hung on it as a conjunct or apposition
    ("jeudi, son homologue": "homologue" hung on "jeudi")."""
    ends = [token.i] + [_own_end(c) for c in token.children
                        if c.i > token.i and c.dep_ not in CUT_DEPS and c.dep_ != "punct"]
    return max(ends)


def _time_phrase(token: Token) -> bool:
    """ "le soir du 13 mars", "jeudi", "le 5 mai": a time noun or a number in the phrase."""
    return lemma_of(token) in TIME_WORDS or any(t.like_num for t in token.subtree)
