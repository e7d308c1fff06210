"""Acts going on with an earlier one. An act renewed by an ``again`` light verb naming no
recipient takes those of its earlier act ("ont renouvelé les tortures"). Everyday verbs of harm
(lexicon ``continued``) that go on with an assault told just before are further assaults:
"Ils l'ont torturé … puis l'ont livré à un pitbull et lui ont fait ingurgiter …".

A verb of the list fires only when its object (for an entry whose recipient is ``iobj``, the
dative of "faire" + infinitive: "lui ont fait ingurgiter") is, through a pronoun or by its own
name, the recipient of a non-negated assault with actors told at most ``CONTINUED_SENTENCES``
sentences before (an assault so found counts for the next ones), and when its subject is
that assault's actor (a pronoun or name linked to it, a definite noun naming no one else:
"les jeunes"), or when it has none of its own. Never reflexive ("se faire tatouer") nor passive,
never a present participle (a result: "le brûlant"), never to a party named by "à X" ("livré à
la police"): without such an assault, "livrer des colis" or "jeter un œil" are no events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from storyline.analysis.event_pronouns import OBJECT_PRONOUNS
from storyline.analysis.event_roles import is_plural, shared_subject, subjects
from storyline.analysis.event_triggers import Trigger, verb_start
from storyline.analysis.event_words import (
    DEFINITE,
    case_of,
    is_passive,
    is_person,
    is_reflexive,
    lemma_of,
    noun_lemmas,
    verb_lemmas,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.analysis.event_lexicon import EventLexicon
    from storyline.analysis.event_restatements import Located
    from storyline.models import EventMention

CONTINUED_SENTENCES = 5  # how many sentences (with words) back the assault may be told
DATIVES = frozenset({"lui", "leur"})
INFINITIVE_ENDS = ("er", "ir", "re")
Keys = Callable[[list["Token"]], list[str]]


@dataclass(frozen=True)
class Continued:
    """A verb going on with an assault: its trigger, the parties it takes from that assault and
    the trigger token of that assault (``after``: one of ``told`` or an earlier Continued)."""

    trigger: Trigger
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    after: int


def renewed_recipients(doc: Doc, events: list[Located], lex: EventLexicon) -> list[Located]:
    """An act renewed by an ``again`` light verb ("ont renouvelé les tortures") that names no
    recipient takes those of the latest earlier event of its type that shares an actor with it
    (any, when it names no actor)."""
    out: list[Located] = []
    for trigger, event, line in events:
        if trigger.kind == "light" and lemma_of(doc[trigger.token]) in lex.again and not event.recipients:
            earlier = next((other for _, other, _ in reversed(out)
                            if other.type == event.type and other.recipients
                            and (not event.actors or set(event.actors) & set(other.actors))), None)
            if earlier is not None:
                event = replace(event, recipients=earlier.recipients)
        out.append((trigger, event, line))
    return out


def with_continued(doc: Doc, events: list[Located], lex: EventLexicon, keys: Keys,
                   build: Callable[[Trigger], EventMention], line_of: Callable[[int], int]) -> list[Located]:
    """``events`` and the everyday verbs of harm going on with one of their assaults, in text
    order: each (made by ``build``, its line by ``line_of`` of its start) has that assault's
    parties and, without a date of its own, its date."""
    told = {t.token: e for t, e, _ in events}
    found = list(events)
    for more in continued_assaults(doc, list(told.items()), lex, keys):
        event = build(more.trigger)
        earlier = told[more.after]
        if event.date is None:
            event = replace(event, date=earlier.date, date_precision=earlier.date_precision)
        told[more.trigger.token] = event = replace(event, actors=more.actors, recipients=more.recipients)
        found.append((more.trigger, event, line_of(more.trigger.start)))
    return sorted(found, key=lambda e: e[1].start)


def continued_assaults(doc: Doc, told: list[tuple[int, EventMention]], lex: EventLexicon,
                       keys: Keys) -> list[Continued]:
    """The verbs of ``doc`` going on with an assault of ``told`` (trigger token, event), in text
    order; ``keys`` maps phrases to entity keys."""
    if not lex.continued:
        return []
    order = _sentence_order(doc)
    taken = {token for token, _ in told}
    assaults = [(token, event.actors, event.recipients) for token, event in told
                if event.type == "ASSAULT" and event.actors and event.recipients and not event.negated]
    found: list[Continued] = []
    for verb in doc:
        lemma = next((f for f in verb_lemmas(verb) if f in lex.continued), None)
        if lemma is None or verb.i in taken or not _verbal(verb) or is_reflexive(verb) or is_passive(verb):
            continue
        entry = lex.continued[lemma]
        patient = _patient(verb, "iobj" in entry.recipient)
        if patient is None or _to_party(verb, lex, keys):
            continue
        harmed = set(keys([patient]))
        doers = _doers(verb)
        for token, actors, recipients in reversed(assaults):
            if token >= verb.i or order[verb.i] - order[token] > CONTINUED_SENTENCES:
                continue
            if not harmed or not harmed <= set(recipients):
                continue
            by = _by(doers, actors, keys)
            if by is None:
                continue
            start = doc[verb_start(verb)].idx
            trigger = Trigger(verb.i, start, verb.idx + len(verb), lemma, entry, "verb")
            chosen = tuple(k for k in recipients if k in harmed)
            found.append(Continued(trigger, by, chosen, token))
            assaults.append((verb.i, by, chosen))
            break
    return found


def _sentence_order(doc: Doc) -> dict[int, int]:
    """Token index -> rank of its sentence, sentences without words not counted."""
    order: dict[int, int] = {}
    rank = 0
    for sentence in doc.sents:
        rank += any(t.is_alpha for t in sentence)
        order.update((t.i, rank) for t in sentence)
    return order


def _verbal(token: Token) -> bool:
    """A verb, not a present participle; or an infinitive after "de"/"à" the tagger took for a
    noun ("décidé de tatouer le handicapé")."""
    if token.pos_ == "VERB":
        morph = str(token.morph)
        return not ("VerbForm=Part" in morph and "Tense=Pres" in morph)
    return token.pos_ == "NOUN" and token.lower_ == lemma_of(token) \
        and token.lower_.endswith(INFINITIVE_ENDS) and case_of(token) in ("de", "à")


def _patient(verb: Token, dative: bool) -> Token | None:
    """Whom the verb is done to: its object (or, for an infinitive the parser cut from it, the
    governor's object right after it); with ``dative``, the "lui"/"leur" of "faire" + infinitive."""
    if dative:
        if not any(lemma_of(c) == "faire" for c in verb.children):
            return None
        return next((c for c in verb.children
                     if c.lower_ in DATIVES and c.pos_ == "PRON" and c.i < verb.i), None)
    own = next((c for c in verb.children if c.dep_ == "obj" and case_of(c) is None
                and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in OBJECT_PRONOUNS)), None)
    if own is not None or verb.pos_ != "NOUN":
        return own
    return next((c for c in verb.head.children if c.dep_ == "obj" and c.left_edge.i == verb.i + 1
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _to_party(verb: Token, lex: EventLexicon, keys: Keys) -> bool:
    """ "livré à la police", "jeté aux autorités": handed to someone, not harmed."""
    return any(case_of(c) == "à" and (keys([c]) or is_person(c, lex) or any(
        lex.in_class(f, "agent") for f in noun_lemmas(c))) for c in verb.children if c.dep_.startswith("obl"))


def _doers(verb: Token) -> list[Token]:
    """The subject of the verb, or the one it shares with its governor."""
    own = subjects(verb) or shared_subject(verb)
    if own or verb.pos_ != "NOUN":
        return own
    return subjects(verb.head)  # "les jeunes ont décidé de tatouer"


def _by(doers: list[Token], actors: tuple[str, ...], keys: Keys) -> tuple[str, ...] | None:
    """The actors of the continued act: those the subject names when they are among the
    assault's (all of these for a plural pronoun), the assault's for a definite noun naming no
    one else or no subject; None when someone else acts."""
    if not doers:
        return actors
    named = keys(doers)
    if named and not set(named) <= set(actors):
        return None
    if named:  # "ils": all of them, though the linker may find only one
        return actors if all(d.pos_ == "PRON" and is_plural(d) for d in doers) else tuple(named)
    described = all(d.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in d.children)
                    for d in doers)
    return actors if described else None
