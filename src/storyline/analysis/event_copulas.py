"""The parties of a copula + fixed predicate trigger ("X est d'accord avec Y", "X est d'accord
pour que Y agisse"), read from the copula itself: the parser hangs the copula on the predicate's
first word, on a word standing for the whole clause ("d'" as an adverb of another verb), on the
"avec" noun or on the verb of the "pour que" clause, so the trigger's head word says little.

The subject is the copula's own subject when it precedes it, else the noun phrase written just
before the copula (quotes, "ne" and adverbs between: "et Belgrade « est d'accord"); the partner
is a complement of the predicate in a slot the lexicon names ("avec Y"), and the subject of a
"pour que" clause the predicate governs is the party agreed with or allowed to act, never an
actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_words import case_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

INNER_DEPS = frozenset({"amod", "nmod", "flat:name", "flat", "fixed", "appos", "nummod", "det", "case"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


def copula_at(doc: Doc, start: int) -> Token | None:
    """The copula a trigger span begins with, if it is a copular trigger."""
    return next((t for t in doc if t.idx == start and t.dep_ == "cop"), None)


def copular_subjects(copula: Token) -> list[Token]:
    """The copula's subject: a subject of its head written before it, else the noun phrase
    right before the copula (punctuation, "ne" and adverbs between), climbed to its head: a
noun, a pronoun or a capitalised word (a name the tagger took for an adjective)."""
    predicate = copula.head
    before = [c for c in predicate.children if c.dep_ in SUBJECT_DEPS and c.i < copula.i]
    if before and predicate.i > copula.i:  # not the subject of a verb before it it hangs on
        return before
    k = copula.i - 1
    while k >= 0 and (copula.doc[k].pos_ in ("PUNCT", "ADV") or copula.doc[k].lower_ in ("ne", "n'", "n’")):
        if copula.doc[k].lower_ in (",", ";", ":", "(", ")"):
            return []  # an incise or another clause: not its subject
        k -= 1
    if k < 0:
        return []
    token = copula.doc[k]
    while token.dep_ in INNER_DEPS and token.head.i < copula.i and token.head.i != token.i:
        token = token.head
    named = token.pos_ in ("NOUN", "PROPN", "PRON") or token.text[:1].isupper()  # "Oslo" tagged ADJ
    if not named or case_of(token) is not None:
        return []
    return [token]


def copular_partners(copula: Token, end: int, cases: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Who the predicate is said with: a complement in one of the lexicon's ``cases`` ("avec Y")
    of the predicate's words or of the copula's head (or that head itself, when the parser hung
    the copula on it), and the subject of a "pour que" clause they govern."""
    doc = copula.doc
    words = [t for t in doc[copula.i + 1:] if t.idx < end]
    predicate = copula.head
    holders = list(dict.fromkeys([*words, predicate] if predicate.i > copula.i else words))
    found: list[Token] = []
    if predicate.i > copula.i and predicate not in words and case_of(predicate) in cases:
        found.append(predicate)  # "avec Y" the parser made the copula's head
    clauses = [c for h in holders for c in h.children if c.i > copula.i and _purpose_clause(c)]
    if predicate.i > copula.i and _purpose_clause(predicate):
        clauses.append(predicate)
    for holder in holders:
        found += [c for c in holder.children if c.i > copula.i and c not in clauses
                  and c.dep_.startswith(("obl", "nmod")) and case_of(c) in cases]
    for clause in clauses:
        found += [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return list(dict.fromkeys(found))


def _purpose_clause(token: Token) -> bool:
    """A verb introduced by "pour que" / "pour qu'"."""
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
    purpose = "pour" in marks and any(m in ("que", "qu'", "qu’") for m in marks)
    return token.pos_ in ("VERB", "AUX") and purpose
