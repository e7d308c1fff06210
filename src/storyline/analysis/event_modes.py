"""The PLOVER mode the words around a trigger give ("par téléphone", "539 drones"); none for a
shootdown (what is shot down is no weapon the actor uses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_carriers import carriers
from storyline.analysis.event_words import case_of, lemma_of, noun_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.analysis.event_lexicon import EventLexicon
    from storyline.analysis.event_triggers import Trigger

NEAR_DEPS = frozenset({"obl", "obl:mod", "obl:agent", "obl:arg", "nmod", "amod", "obj", "advmod"})
DOWNED_DEPS = frozenset({"obj", "nsubj:pass"})


def mode_of(trigger: Trigger, doc: Doc, lex: EventLexicon) -> str | None:
    """The mode of the first mode word on the trigger (or its noun), on their complements, or
    on the time noun the parser hangs it under ("jeudi par téléphone"); else the entry's."""
    words = lex.modes.get(trigger.entry.type or "", {})
    if trigger.entry.type == "ASSAULT" and is_shootdown(trigger, doc, lex):
        return None
    heads = [doc[trigger.token]] + ([doc[trigger.noun]] if trigger.noun is not None else [])
    near: list[Token] = list(heads)
    for head in heads:
        for child in head.children:
            if child.dep_ in NEAR_DEPS:
                near.append(child)
                near.extend(c for c in child.children if c.dep_ in ("nmod", "amod"))
    for head in heads:
        near.extend(carriers(head, words))
    for token in near:
        for form in noun_lemmas(token):
            if form in words:
                return words[form]
    return trigger.entry.mode


def is_shootdown(trigger: Trigger, doc: Doc, lex: EventLexicon) -> bool:
    """A predicate whose object is its recipient and a weapon (lexicon class ``weapon``): "a
    abattu un drone", "ont intercepté 476 de ces missiles", "trois drones ont été abattus"."""
    if trigger.kind != "verb" or "obj" not in trigger.entry.recipient:
        return False
    for child in doc[trigger.token].children:
        if child.dep_ in DOWNED_DEPS and _weapon(child, lex):
            return True
        if child.pos_ == "NUM" and any(c.dep_ == "nmod" and case_of(c) == "de" and _weapon(c, lex)
                                       for c in child.children):
            return True  # "476 de ces drones", the number hung loose
    return False


def _weapon(token: Token, lex: EventLexicon) -> bool:
    return any(lex.in_class(form, "weapon") for form in (lemma_of(token), *noun_lemmas(token)))
