"""Capitals that stand for their country: "Moscou a lancé" is Russia acting.

Event participants are compared across sources through this map, so one outlet's "Moscou a
lancé 539 drones" and another's "les frappes russes" can be one timeline entry. Only a capital
whose country is itself an entity of the corpus is mapped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from storyline.errors import ModelError
from storyline.models import Entity
from storyline.resolve.names import fold

CAPITALS_FILE = "capitals.json"


@lru_cache(maxsize=1)
def load_capitals() -> dict[str, str]:
    """Folded capital name -> folded country name."""
    try:
        text = resources.files("storyline.data").joinpath(CAPITALS_FILE).read_text(encoding="utf-8")
        raw = json.loads(text)
        return {fold(city): fold(country) for city, country in raw["capitals"].items()}
    except (OSError, KeyError, ValueError, AttributeError) as exc:
        raise ModelError(f"the capitals list storyline/data/{CAPITALS_FILE} is missing or malformed ({exc}); "
                         "reinstall Storyline or restore the file from the repository") from exc


def seats_of_power(entities: Sequence[Entity]) -> dict[str, str]:
    """Entity id of a capital -> entity id of its country, for capitals whose country is known."""
    capitals = load_capitals()
    countries = {fold(e.name): e.id for e in entities if e.type == "LOC"}
    return {e.id: countries[capitals[fold(e.name)]] for e in entities
            if e.type == "LOC" and fold(e.name) in capitals and capitals[fold(e.name)] in countries}
