"""Pledges: a verb of commitment ("promettre de", "s'engager à") whose infinitive or object
is an act still to come, and whose own date is not that act's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_lexicon import EventLexicon
from storyline.analysis.event_words import is_reflexive, lemma_of
from storyline.analysis.quote_lexicon import feature

if TYPE_CHECKING:
    from spacy.tokens import Token

REFLEXIVE_MARK = "s'"  # a lexicon entry written "s'engager" counts only with its pronoun


def is_pledge(verb: Token, lex: EventLexicon) -> bool:
    """A verb of the lexicon's ``modality.pledge`` list ("promettre", "jurer"); one listed as
    "s'…" only with its reflexive pronoun ("s'est engagé à fournir", not "a engagé des
    pourparlers")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    words = lex.modality.get("pledge", frozenset())
    lemma = lemma_of(verb)
    return lemma in words or (REFLEXIVE_MARK + lemma in words and is_reflexive(verb))


def pledged(head: Token, lex: EventLexicon) -> bool:
    """What a pledge commits to: its infinitive, through a chain of infinitives ("a promis de
    continuer à livrer"), also one the parser hangs on the time word between ("s'est engagé
    vendredi à livrer"), or its object noun ("a promis une aide")."""
    node = head
    if head.pos_ == "NOUN":
        if head.dep_ != "obj" or head.head.i == head.i:
            return False
        return is_pledge(head.head, lex)
    if head.dep_ == "acl" and feature(head, "VerbForm") == "Inf" and head.head.dep_ == "obl:mod" \
            and any(c.dep_ == "mark" for c in head.children):
        return is_pledge(head.head.head, lex)
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
        if is_pledge(node, lex):
            return True
    return False
