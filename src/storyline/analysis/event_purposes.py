"""Talks aimed at an agreement between nations take that agreement's nations as parties."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.analysis.event_lexicon import EventLexicon
from storyline.analysis.event_referents import Referents
from storyline.analysis.event_restatements import Located
from storyline.analysis.event_words import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONSULT = "CONSULT"
AGREE = "AGREE"
PURPOSE_VERBS = frozenset({"aboutir", "viser", "déboucher", "conduire"})
ARGUMENT_DEPS = frozenset({"obl:arg", "obl", "obl:mod", "obj", "xcomp"})


def agreement_parties(doc: Doc, events: list[Located], lex: EventLexicon,
                      referents: Referents) -> list[Located]:
    """Talks (CONSULT) whose noun has a purpose participle ("des négociations aboutissant à un
    accord israélo-palestinien", "visant à conclure un accord franco-allemand") on an agreement
    noun with two or more nationality adjectives have those nations as parties, when the
    parties the talks already have are among them."""
    out: list[Located] = []
    for trigger, event, line in events:
        if event.type == CONSULT:
            light = trigger.kind == "light" and trigger.noun is not None
            noun = doc[trigger.noun if light and trigger.noun is not None else trigger.token]
            agreement = _aimed_agreement(noun, lex) if noun.pos_ == "NOUN" else None
            parties = referents.nationality_keys(agreement, deep=False) if agreement is not None else []
            if len(parties) >= 2 and set(event.actors) | set(event.recipients) <= set(parties):
                event = replace(event, actors=tuple(parties), recipients=())
        out.append((trigger, event, line))
    return out


def _aimed_agreement(noun: Token, lex: EventLexicon) -> Token | None:
    """The agreement noun a purpose participle on ``noun`` reaches, directly ("aboutissant à un
    accord") or through one infinitive ("visant à conclure un accord")."""
    for verb in noun.children:
        if verb.dep_ != "acl" or lemma_of(verb) not in PURPOSE_VERBS:
            continue
        for child in verb.children:
            if child.dep_ in ARGUMENT_DEPS and child.pos_ == "VERB":
                child = next((c for c in child.children if c.dep_ == "obj"), child)
            entry = lex.nouns.get(lemma_of(child)) if child.pos_ == "NOUN" else None
            if entry is not None and entry.type == AGREE:
                return child
    return None
