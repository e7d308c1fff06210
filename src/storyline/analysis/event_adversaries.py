"""An attack that names its attacker but not its target hits the attacker's one adversary in the
article: the side that the article's explicit attacks set against it.

"Les forces russes ont franchi la frontière ukrainienne … les forces ukrainiennes ont résisté …
depuis leur avancée": the advance, told with no target, is against Russia, the only side the
article shows fighting Ukraine. Explicit pairs come from fights with both an actor and a
recipient; a side with two or more adversaries, or none, gets nothing, and neither does an act
with an object of its own ("ont abattu 126 drones", "renforcer son emprise").
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
    from spacy.tokens import Doc

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


def _acts_on_a_thing(doc: Doc, located: Located) -> bool:
    trigger = located[0]
    return trigger.kind == "verb" and (
        trigger.noun is not None or any(c.dep_ == "obj" for c in doc[trigger.token].children))


def add_adversaries(doc: Doc, events: list[Located], entities: tuple[LocalEntity, ...]) -> list[Located]:
    """Give a hostile act with actors and no recipient the single adversary its actors share."""
    side = sides(entities)
    enemies = adversaries(events, side)
    out: list[Located] = []
    for located in events:
        trigger, event, line = located
        if event.type in HOSTILE and event.actors and not event.recipients \
                and not _acts_on_a_thing(doc, located):
            mine = {side.get(a, a) for a in event.actors}
            theirs = {frozenset(enemies.get(actor, ())) for actor in mine}
            if len(theirs) == 1:
                (enemy,) = theirs
                if len(enemy) == 1 and not enemy & mine:
                    event = replace(event, recipients=tuple(enemy))
        out.append((trigger, event, line))
    return out
