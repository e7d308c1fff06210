"""Which triggers are part of another event rather than events of their own.

- The content of a coded predicate: the clause it governs ("a demandé … de fournir",
  "ont convenu de collaborer", "cesserait d'attaquer", "accusé d'avoir tenté") and the topic
  of a consultation ("discuter des efforts … face aux attaques", "au sujet du cessez-le-feu").
  A reason ("écroués pour avoir torturé") is an adverbial clause and stays an event.
- Anything under a generic or capability word of the lexicon ("capable d'abattre",
  "sa capacité à se défendre contre les frappes").
- An outcome (lexicon ``outcome``: "tuant ses occupants", "tués dans une attaque") linked to
  another trigger of its type in the sentence: the attack is the event.

See gold/events/README.md (guidelines) and docs/events.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analysis.event_triggers import Trigger, case_of, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.analysis.event_lexicon import EventLexicon

CLAUSAL = frozenset({"xcomp", "ccomp"})
# types whose clause is their content ("a demandé de", "ont convenu de", "cesser de", "accusé d'")
GOVERNING = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT", "ACCUSE", "RETREAT", "CONSULT"})
TOPIC_DEPS = frozenset({"obj", "obl:arg"})
TOPIC_CASES = frozenset({"sur", "concernant", "quant"})
TOPIC_NOUNS = frozenset({"sujet", "propos", "question"})


def part_of_another(doc: Doc, triggers: list[Trigger], lex: EventLexicon) -> set[int]:
    """Indices (in ``triggers``) of the triggers that are not events of their own."""
    heads: dict[int, Trigger] = {}
    for trigger in triggers:
        heads.setdefault(trigger.token, trigger)
        if trigger.noun is not None:
            heads.setdefault(trigger.noun, trigger)
    dropped = set()
    for n, trigger in enumerate(triggers):
        token = doc[trigger.token]
        if _under_generic(token, lex) or _content_of(token, trigger, heads, lex) or (
                trigger.entry.outcome and _linked_same_type(token, trigger, heads)):
            dropped.add(n)
    return dropped


def _ancestors(token: Token) -> list[tuple[Token, Token]]:
    """(child on the path, ancestor) pairs from ``token`` up to its sentence root."""
    pairs: list[tuple[Token, Token]] = []
    child = token
    while child.head.i != child.i and len(pairs) < 12:
        pairs.append((child, child.head))
        child = child.head
    return pairs


def _under_generic(token: Token, lex: EventLexicon) -> bool:
    return any(lemma_of(a) in lex.generic for _, a in _ancestors(token))


def _content_of(token: Token, trigger: Trigger, heads: dict[int, Trigger], lex: EventLexicon) -> bool:
    """Whether the nearest trigger above ``token`` governs it as its clause or topic ("se sont
    entretenus afin de discuter des attaques": the purpose of a consultation is its topic)."""
    for child, ancestor in _ancestors(token):
        governor = heads.get(ancestor.i)
        if governor is None and _consult_verb(ancestor, lex) and child.dep_ in TOPIC_DEPS:
            return True  # "afin de discuter des efforts … face aux attaques"
        if governor is None or governor is trigger:
            continue
        consult = governor.entry.type == "CONSULT"
        return (child.dep_ in CLAUSAL and ancestor.pos_ in ("VERB", "AUX", "ADJ")
                and governor.entry.type in GOVERNING) or (consult and _topic(child)) or (
            consult and child.dep_ == "advcl" and _consult_verb(child, lex))
    return False


def _consult_verb(token: Token, lex: EventLexicon) -> bool:
    entry = lex.verbs.get(lemma_of(token))
    return entry is not None and entry.type == "CONSULT"


def _topic(child: Token) -> bool:
    """ "au sujet de X", "sur X", "discuter de X": what a consultation is about."""
    if not child.dep_.startswith(("obl", "nmod")):
        return False
    case = case_of(child)
    return case in TOPIC_CASES or lemma_of(child) in TOPIC_NOUNS or (
        case == "de" and child.head.pos_ == "VERB")


def _linked_same_type(token: Token, trigger: Trigger, heads: dict[int, Trigger]) -> bool:
    near = [token.head, *token.children]
    return any(t.i in heads and heads[t.i] is not trigger and heads[t.i].entry.type == trigger.entry.type
               for t in near)
