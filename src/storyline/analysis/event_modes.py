"""The PLOVER mode the words around a trigger give ("par téléphone", "539 drones")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_carriers import carriers
from storyline.analysis.event_words import noun_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.analysis.event_lexicon import EventLexicon
    from storyline.analysis.event_triggers import Trigger

NEAR_DEPS = frozenset({"obl", "obl:mod", "obl:agent", "obl:arg", "nmod", "amod", "obj", "advmod"})


def mode_of(trigger: Trigger, doc: Doc, lex: EventLexicon) -> str | None:
    """The mode of the first mode word on the trigger (or its noun), on their complements, or
    on the time noun the parser hangs it under ("jeudi par téléphone"); else the entry's."""
    words = lex.modes.get(trigger.entry.type or "", {})
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
