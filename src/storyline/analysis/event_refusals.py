"""Refusals told by a relative clause on what was offered ("il a proposé une rencontre, que
X a refusée"): the clause is no content of the offer, and its recipient is who offered."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.analysis.event_words import QUE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.analysis.event_restatements import Located

REFUSAL_TYPES = frozenset({"REJECT"})
RELATIVE_DEPS = frozenset({"acl:relcl", "acl", "ccomp", "advcl", "conj"})  # how the parser hangs it
OFFER_TYPES = frozenset({"REQUEST"})  # proposer, offrir, suggérer: what is refused was asked for


def antecedent(verb: Token) -> Token | None:
    """The noun a clause "que X a refusé(e)" stands on, however the parser hung it: the clause
    opens with "que" right after that noun (a comma between them allowed), the noun hangs on
    the clause's head or is it, and the clause's verb has no object of its own (its object is
    the relative pronoun)."""
    if verb.dep_ not in RELATIVE_DEPS or verb.head.i == verb.i or verb.pos_ != "VERB":
        return None
    first = min(verb.subtree, key=lambda t: t.i)
    if first.lower_.replace("’", "'") not in QUE or first.i == 0:
        return None
    if any(c.dep_ == "obj" and c.i != first.i for c in verb.children):
        return None
    before = verb.doc[first.i - 1]
    if before.text == "," and first.i >= 2:
        before = verb.doc[first.i - 2]
    if before.pos_ != "NOUN" or not (before.i == verb.head.i or before.head.i == verb.head.i):
        return None
    return before


def offered_refusals(doc: Doc, events: list[Located]) -> list[Located]:
    """A refusal without recipient told by a relative clause on a noun has as recipient the
    actors of that noun's event ("la proposition de X, que Y a rejetée"), else those of the
    offer whose object the noun is ("X a proposé une rencontre, que Y a refusée")."""
    by_token = {trigger.token: event for trigger, event, _ in events}
    out: list[Located] = []
    for trigger, event, line in events:
        bare = event.type in REFUSAL_TYPES and not event.recipients and trigger.kind == "verb"
        noun = antecedent(doc[trigger.token]) if bare else None
        if noun is not None:
            offer = by_token.get(noun.i)
            governor = by_token.get(noun.head.i) if noun.dep_ == "obj" else None
            if (offer is None or not offer.actors) and governor is not None and governor.type in OFFER_TYPES:
                offer = governor
            offerers = tuple(a for a in (offer.actors if offer is not None else ()) if a not in event.actors)
            if offerers:
                event = replace(event, recipients=offerers)
        out.append((trigger, event, line))
    return out
