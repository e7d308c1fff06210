"""Subjects a verb shares with a clause the parser did not hang it on.

- "X a dénoncé une provocation et averti que …": a bare past participle coordinated with the
  object of a compound verb (the parser hangs it on that object) shares the auxiliary, so the
  subject, of that verb;
- "X a mené une opération contre un camp près de Y, tuant …": a present participle after a
  comma, hung on a noun inside a complement of the clause, has the subject of that clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_roles import governing_clause, subjects
from storyline.analysis.event_words import has_auxiliary

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod"})
TENSE_AUX = ("aux:tense", "aux:pass")


def shared_auxiliary_subject(verb: Token) -> list[Token]:
    """ "X a dénoncé une provocation et averti que …": the subject of the compound verb whose
    object a bare past participle after "et"/"ou" was hung on."""
    morph = str(verb.morph)
    if verb.dep_ != "conj" or "VerbForm=Part" not in morph or "Tense=Past" not in morph \
            or has_auxiliary(verb) or subjects(verb) or not any(c.dep_ == "cc" for c in verb.children):
        return []
    node = verb.head
    while node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN"):
        node = node.head
    first = node.head
    if node.pos_ not in ("NOUN", "PROPN") or node.dep_ not in OBJECT_DEPS or first.pos_ != "VERB" \
            or "VerbForm=Part" not in str(first.morph) or first.i > verb.i:
        return []
    if not any(c.dep_ in TENSE_AUX for c in first.children):
        return []
    return subjects(first)


def detached_participle_subject(verb: Token) -> list[Token]:
    """ "X a mené une opération contre un camp, tuant …": the subject of the clause a present
    participle set off by a comma ends, when the parser hung it on a noun of that clause that
    is not its subject."""
    morph = str(verb.morph)
    if verb.dep_ != "acl" or "VerbForm=Part" not in morph or "Tense=Pres" not in morph \
            or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i or subjects(verb):
        return []
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.text != ",":
        return []
    clause = governing_clause(verb)
    if clause is None or clause.i > verb.i:
        return []
    found = subjects(clause)
    return [] if any(s.i == verb.head.i for s in found) else found
