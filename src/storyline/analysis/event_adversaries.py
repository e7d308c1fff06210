"""Who a hostile act that names no recipient is against: the attacker's one adversary in the
article (the side that its explicit attacks set against it), or, for an act on weapons named
again ("ont intercepté 476 de ces drones"), the side that used them in an earlier attack.

"Les forces russes ont franchi la frontière ukrainienne … les forces ukrainiennes ont résisté …
depuis leur avancée": the advance, told with no target, is against Russia, the only side the
article shows fighting Ukraine. Explicit pairs come from fights with both an actor and a
recipient; a side with two or more adversaries, or none, gets nothing, and neither does an act
with an object of its own ("ont abattu 126 drones", "renforcer son emprise") unless that object
names with a demonstrative what an earlier attack's sentence names ("Moscou a lancé 539 drones
… l'aviation a intercepté 476 de ces drones": against Moscow).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.analysis.entity_lexicon import load_entity_lexicon
from storyline.analysis.event_restatements import Located
from storyline.models import LocalEntity
from storyline.spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FIGHTS = frozenset({"ASSAULT"})  # the types whose actor and recipient are enemies
HOSTILE = frozenset({"ASSAULT", "RETREAT"})  # the types an adversary completes ("si elles se rendaient")


def _country(entity: LocalEntity) -> str | None:
    if entity.country or entity.type != "ORG":
        return entity.country
    lexicon = load_entity_lexicon()  # a body named after its country: "le ministère russe de la Défense"
    return next((c for word in entity.name.split()[1:] if (c := lexicon.country_of(word))), None)


def sides(entities: tuple[LocalEntity, ...]) -> dict[str, str]:
    """The side each entity fights for: the article's entity of its country when there is one
    (the country of a person, or of a body whose name holds its nationality), else itself."""
    by_name = {fold(e.name): e.key for e in entities}
    return {e.key: by_name.get(fold(country), e.key) if (country := _country(e)) else e.key
            for e in entities}


def adversaries(events: list[Located], side: dict[str, str]) -> dict[str, set[str]]:
    """Each side's enemies: the sides of actors and recipients of the same fight, both ways."""
    enemies: dict[str, set[str]] = defaultdict(set)
    for _, event, _ in events:
        if event.type not in FIGHTS:
            continue
        for actor in (side.get(a, a) for a in event.actors):
            for recipient in (side.get(r, r) for r in event.recipients):
                if actor != recipient:
                    enemies[actor].add(recipient)
                    enemies[recipient].add(actor)
    return enemies


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, with a number the parser left unattached after it ("a intercepté 150
    de ces drones")."""
    return [c for c in verb.children if c.dep_ == "obj"
            or (c.dep_ == "dep" and c.pos_ in ("NUM", "NOUN") and c.i > verb.i)]


def _acts_on_a_thing(doc: Doc, located: Located) -> bool:
    trigger = located[0]
    return trigger.kind == "verb" and (trigger.noun is not None or bool(_objects(doc[trigger.token])))


def _named_again(doc: Doc, located: Located) -> str | None:
    """The lemma of the object's noun that a demonstrative points back with ("476 de ces drones")."""
    for thing in _objects(doc[located[0].token]):
        for noun in (thing, *(c for c in thing.children if c.dep_ == "nmod")):
            if any(d.dep_ == "det" and d.lemma_ == "ce" for d in noun.children):
                return str(noun.lemma_)
    return None


def _users(doc: Doc, lemma: str, earlier: list[Located]) -> tuple[str, ...]:
    """The actors of the latest earlier attack whose sentence names ``lemma``."""
    for trigger, event, _ in reversed(earlier):
        if event.type in FIGHTS and event.actors \
                and any(t.lemma_ == lemma for t in doc[trigger.token].sent):
            return event.actors
    return ()


def add_adversaries(doc: Doc, events: list[Located], entities: tuple[LocalEntity, ...]) -> list[Located]:
    """Give a hostile act with actors and no recipient the side that used the weapons it acts on,
    else the single adversary its actors share."""
    side = sides(entities)
    enemies = adversaries(events, side)
    out: list[Located] = []
    for trigger, event, line in events:
        if event.type in HOSTILE and event.actors and not event.recipients:
            event = replace(event, recipients=_against(doc, (trigger, event, line), out, side, enemies))
        out.append((trigger, event, line))
    return out


def _against(doc: Doc, located: Located, earlier: list[Located], side: dict[str, str],
             enemies: dict[str, set[str]]) -> tuple[str, ...]:
    trigger, event, _ = located
    lemma = _named_again(doc, located) if trigger.kind == "verb" else None
    if lemma:
        users = tuple(u for u in _users(doc, lemma, earlier) if u not in event.actors)
        if users:
            return users
    if _acts_on_a_thing(doc, located):
        return ()
    mine = {side.get(a, a) for a in event.actors}
    theirs = {frozenset(enemies.get(actor, ())) for actor in mine}
    if len(theirs) != 1:
        return ()
    (enemy,) = theirs
    return tuple(enemy) if len(enemy) == 1 and not enemy & mine else ()
