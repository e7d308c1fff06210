"""The tense of the verb that governs a span, read from a spaCy parse."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.analysis.timex_calendar import Tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TenseLookup = Callable[[int, int], Tense | None]

_MAX_STEPS = 8


def _first(values: list[str]) -> str:
    return values[0] if values else ""


def _auxiliary_tense(verb: Token, deps: tuple[str, ...]) -> str:
    for child in verb.children:
        if child.dep_ in deps and child.pos_ == "AUX":
            return _first(child.morph.get("Tense", [])) or ("Cnd" if child.morph.get("Mood", []) else "")
    return ""


def verb_tense(verb: Token, depth: int = 0) -> Tense | None:
    """``past``, ``present`` or ``future`` for a verb, looking through auxiliaries."""
    form = _first(verb.morph.get("VerbForm", []))
    if form == "Inf":
        head = verb.head
        if depth < 3 and head is not verb and head.pos_ in ("VERB", "AUX"):
            if head.lemma_ == "aller" and _first(head.morph.get("Tense", [])) in ("Pres", "Imp"):
                return "future"
            if head.lemma_ == "venir" and any(c.lower_ == "de" for c in verb.children):
                return "past"
            return verb_tense(head, depth + 1)
        return None
    if form == "Part":
        aux = _auxiliary_tense(verb, ("aux:tense", "aux"))
        if aux in ("Pres", "Imp", "Past"):
            return "past"
        if aux == "Fut":
            return "future"
        passive = _auxiliary_tense(verb, ("aux:pass",))
        if passive == "Fut":
            return "future"
        if passive in ("Imp", "Past"):
            return "past"
        return "present" if passive == "Pres" else None
    if _first(verb.morph.get("Mood", [])) == "Cnd":
        return None
    tense = _first(verb.morph.get("Tense", []))
    return {"Fut": "future", "Past": "past", "Imp": "past", "Pres": "present"}.get(tense)  # type: ignore[return-value]


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse, else the root of its sentence."""
    current = token
    for _ in range(_MAX_STEPS):
        if current.pos_ in ("VERB", "AUX") and current is not token:
            return current
        if current.head is current:
            break
        current = current.head
    root = token.sent.root
    return root if root.pos_ in ("VERB", "AUX") else None


def tense_lookup(doc: Doc) -> TenseLookup:
    """A function ``(start, end) -> tense`` over character offsets of ``doc``."""

    def lookup(start: int, end: int) -> Tense | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        verb = governing_verb(span.root)
        return verb_tense(verb) if verb is not None else None

    return lookup
