"""Requests set against each other by "alors que" or "tandis que" share the judge they address."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.analysis.event_lexicon import EventLexicon
from storyline.analysis.event_restatements import Located
from storyline.models import LocalEntity
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONTRASTS = frozenset({"alors que", "tandis que"})
REQUEST = "REQUEST"


def shared_arbiter(doc: Doc, events: list[Located], entities: tuple[LocalEntity, ...],
                   lex: EventLexicon) -> list[Located]:
    """A request without recipient set against another by "alors que" / "tandis que", in
    either order ("L'accusation a requis la perpétuité, alors que la défense a demandé au juge
    X …"), takes the other's recipient when that is a single judge or court (lexicon class
    ``arbiter``): the two sides of a trial address the same arbiter."""
    arbiters = lex.classes.get("arbiter", frozenset())
    judges = {e.key for e in entities if _is_arbiter(e, arbiters)}
    by_token = {trigger.token: event for trigger, event, _ in events if event.type == REQUEST}
    out: list[Located] = []
    for trigger, event, line in events:
        if event.type == REQUEST and not event.recipients:
            across = _contrasted(doc[trigger.token])
            other = by_token.get(across) if across is not None else None
            if other is not None and len(other.recipients) == 1 and other.recipients[0] in judges:
                event = replace(event, recipients=other.recipients)
        out.append((trigger, event, line))
    return out


def _is_arbiter(entity: LocalEntity, arbiters: frozenset[str]) -> bool:
    words = [entity.name] if entity.unnamed else list(entity.roles)
    return any(fold(w.split()[0]) in {fold(a) for a in arbiters} for w in words if w.split())


def _contrasted(verb: Token) -> int | None:
    """The verb set against ``verb`` by a contrast: its own "alors que" clause, or the verb
    its "alors que" clause hangs on."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and _contrast_mark(clause):
            return clause.i
    if verb.dep_ == "advcl" and _contrast_mark(verb) and verb.head.i != verb.i:
        return verb.head.i
    return None


def _contrast_mark(verb: Token) -> bool:
    for mark in verb.children:
        if mark.dep_ == "mark" and mark.i < verb.i:
            words = [mark.lower_, *(f.lower_ for f in mark.children if f.dep_ == "fixed")]
            if " ".join(words) in CONTRASTS:
                return True
    return False
