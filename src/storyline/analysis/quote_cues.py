"""Reporting cues inside a unit: verbs before the reported words, inverted cues after them
("», a déclaré X", "», a-t-il ajouté", "», se défend Y"), and "selon X"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.analysis.quote_lexicon import Lexicon, feature, is_negated
from storyline.analysis.quote_subjects import (
    attribution_phrase,
    dependency_phrase,
    inverted_subject,
    same_paragraph,
    subject_of,
)
from storyline.analysis.quote_types import SpeakerRef
from storyline.analysis.quote_units import Unit, span_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REFLEXIVE = frozenset({"se", "s'", "s’"})
ATTRIBUTION_WORDS = frozenset({"selon"})


@dataclass(frozen=True)
class Cue:
    """A cue and the speaker it names; ``token`` is the verb, or "selon" for an attribution."""

    token: int
    lemma: str
    speaker: SpeakerRef | None


def inverted_cue(doc: Doc, unit: Unit, position: int, lexicon: Lexicon, *, anywhere: bool) -> Cue | None:
    """An inverted cue right after character ``position`` (after a comma or not), or, with
    ``anywhere``, after any later comma of the unit."""
    tokens = _outside_from(doc, unit, position)
    if not anywhere:
        first = next((t for t in tokens if t.text != ","), None)
        return _inverted_at(doc, unit, first.i, lexicon) if first is not None else None
    for n, token in enumerate(tokens):
        if token.text != "," and (n == 0 or tokens[n - 1].text == ","):
            cue = _inverted_at(doc, unit, token.i, lexicon)
            if cue is not None:
                return cue
    return None


def attribution_after(doc: Doc, unit: Unit, position: int, lexicon: Lexicon, *,
                      anywhere: bool = False) -> Cue | None:
    """"selon X" / "d'après X" right after ``position`` (a comma may come between), or, with
    ``anywhere``, after any later comma of the unit."""
    tokens = _outside_from(doc, unit, position)
    if anywhere:
        words = [t for n, t in enumerate(tokens) if n == 0 or tokens[n - 1].text == ","]
    else:
        words = [t for t in tokens if t.text != ","][:1]
    for token in words:
        index = attribution_index(token)
        if index is not None:
            ref = attribution_phrase(doc, index, lexicon)
            if ref is not None:
                return Cue(token.i, attribution_lemma(token), ref)
    return None


def attribution_index(token: Token) -> int | None:
    """Index of the word after which the source comes, for "selon" and "d'après"."""
    if token.lower_ in ATTRIBUTION_WORDS:
        return token.i
    doc = token.doc
    if token.lower_ in ("d'", "d’") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "après":
        return token.i + 1
    if token.lower_ in ("d'après", "d’après"):
        return token.i
    return None


def attribution_lemma(token: Token) -> str:
    return "selon" if token.lower_ == "selon" else "d'après"


def cue_before(doc: Doc, unit: Unit, position: int, lexicon: Lexicon) -> Cue | None:
    """The nearest cue before ``position`` in the unit: a reporting verb (the outer one when it
    sits in another's complement) or "selon X"."""
    best: Cue | None = None
    for token in span_of(doc, unit.start, position):
        if token.idx >= position or unit.inside_quote(token.idx):
            continue
        index = attribution_index(token)
        if index is not None:
            ref = attribution_phrase(doc, index, lexicon)
            if ref is not None:
                best = Cue(token.i, attribution_lemma(token), ref)
            continue
        lemma = reporting_lemma(token, lexicon)
        if lemma is not None and not lexicon.is_weak(lemma):
            verb = _outer_verb(token, lexicon)
            best = Cue(verb.i, reporting_lemma(verb, lexicon) or lemma, subject_of(verb))
    return best


def reporting_lemma(token: Token, lexicon: Lexicon) -> str | None:
    """The cue lemma of a verb used as a reporting verb: not negated, not an adjective
    ("la pause annoncée par le Pentagone")."""
    lemma = lexicon.cue_lemma(token)
    if lemma is None or is_negated(token) or adjectival(token):
        return None
    return lemma


def adjectival(token: Token) -> bool:
    """A past participle with no auxiliary that modifies a noun."""
    if feature(token, "VerbForm") != "Part" or feature(token, "Tense") == "Pres":
        return False
    has_aux = any(c.dep_.startswith("aux") for c in token.children)
    return not has_aux and token.dep_ in ("acl", "amod", "obl", "nmod", "appos")


def root_subject(doc: Doc, unit: Unit) -> SpeakerRef | None:
    """Subject of the unit's main verb, for a quotation with no cue but a medium."""
    for token in span_of(doc, unit.start, unit.end):
        if token.dep_ == "ROOT":
            if not unit.inside_quote(token.idx):
                return subject_of(token)
            outside = [c for c in token.children
                       if c.dep_ in ("nsubj", "nsubj:pass") and not unit.inside_quote(c.idx)]
            if outside:
                return dependency_phrase(outside[0])
    return None


def _outside_from(doc: Doc, unit: Unit, position: int) -> list[Token]:
    """The unit's tokens from character ``position`` on, quoted words left out."""
    return [t for t in span_of(doc, position, unit.end) if t.idx >= position and not unit.inside_quote(t.idx)]


def _inverted_at(doc: Doc, unit: Unit, i: int, lexicon: Lexicon) -> Cue | None:
    j = i
    while j < len(doc) and (doc[j].lower_ in REFLEXIVE or doc[j].pos_ == "AUX"
                            or doc[j].text.startswith("-")):
        j += 1
    if j >= len(doc) or doc[j].idx >= unit.end:
        return None
    verb = doc[j]
    lemma = lexicon.cue_lemma(verb, guess=True)
    if lemma is None and verb.pos_ != "VERB":
        return None
    clitic_after = any(t.text.startswith("-") for t in doc[i:j + 2])
    subject_before = any(c.dep_ in ("nsubj", "nsubj:pass") and unit.start <= c.idx and c.i < verb.i
                         and not unit.inside_quote(c.idx) for c in verb.children)
    if subject_before and not clitic_after:
        return None
    clitic = any(t.text.startswith("-") for t in doc[i:j + 2])
    speaker = subject_of(verb) if clitic else inverted_subject(verb)
    if speaker is None:
        return None
    return Cue(verb.i, lemma or verb.lemma_.lower(), speaker)


def _outer_verb(token: Token, lexicon: Lexicon) -> Token:
    """The reporting verb whose complement holds ``token`` ("a mentionné qu'il souhaitait")."""
    verb = token
    while verb.dep_ in ("ccomp", "xcomp") and verb.head.i < verb.i:
        if lexicon.cue_lemma(verb.head) is None or not same_paragraph(verb, verb.head):
            break
        verb = verb.head
    return verb
