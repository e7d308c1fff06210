"""An attack naming no target hits its attacker's one adversary in the article (event_adversaries.py)."""

from __future__ import annotations

from typing import Any

from storyline.analysis.event_adversaries import sides
from storyline.models import LocalEntity
from tests.analysis.test_event_participants import event_of

WAR = "La Russie a bombardé la Géorgie lundi. "


def test_an_advance_with_no_target_is_against_the_one_adversary(nlp: Any) -> None:
    text = WAR + "Depuis leur offensive de mars, les troupes géorgiennes ont gagné du terrain."
    actors, recipients = event_of(nlp, text, "offensive")
    assert actors == {"Géorgie"}
    assert recipients == {"Russie"}


def test_an_attempt_to_enter_a_town_is_against_the_one_adversary(nlp: Any) -> None:
    text = WAR + "Les forces russes tentaient d'entrer dans la ville."
    actors, recipients = event_of(nlp, text, "entrer")
    assert actors == {"Russie"}
    assert recipients == {"Géorgie"}


def test_two_adversaries_give_no_recipient(nlp: Any) -> None:
    text = (WAR + "L'armée russe a aussi bombardé l'Ukraine. "
            "Les troupes russes tentaient d'entrer dans la ville.")
    _, recipients = event_of(nlp, text, "entrer")
    assert recipients == set()


def test_an_act_on_a_thing_gets_no_adversary(nlp: Any) -> None:
    text = WAR + "La défense aérienne russe a abattu douze drones dans la nuit."
    _, recipients = event_of(nlp, text, "abattu")
    assert recipients == set()


def test_no_fight_between_the_sides_gives_no_recipient(nlp: Any) -> None:
    text = "La Russie a soutenu la Géorgie lundi. Les troupes russes tentaient d'entrer dans la ville."
    _, recipients = event_of(nlp, text, "entrer")
    assert recipients == set()


def test_a_body_named_after_its_country_fights_for_it() -> None:
    entities = (
        LocalEntity(key="E1", name="Russie", type="LOC"),
        LocalEntity(key="E2", name="ministère russe de la Défense", type="ORG"),
        LocalEntity(key="E3", name="Sergueï Lavrov", type="PER", country="Russie"),
        LocalEntity(key="E4", name="ministère de l'Intérieur", type="ORG"),
        LocalEntity(key="E5", name="Agence russe", type="PER"),  # a person's name holds no country
    )
    assert sides(entities) == {"E1": "E1", "E2": "E1", "E3": "E1", "E4": "E4", "E5": "E5"}


def test_weapons_named_again_belong_to_the_attack_that_used_them(nlp: Any) -> None:
    text = ("La Russie a attaqué la Géorgie avec 200 missiles. L'Arménie a attaqué la Géorgie avec "
            "des drones. La défense aérienne géorgienne a intercepté 150 de ces missiles.")
    actors, recipients = event_of(nlp, text, "intercepté")
    assert actors == {"Géorgie"}
    assert recipients == {"Russie"}


def test_weapons_no_earlier_attack_names_give_no_recipient(nlp: Any) -> None:
    text = WAR + "Le lendemain, la défense aérienne géorgienne a intercepté 150 de ces drones."
    _, recipients = event_of(nlp, text, "intercepté")
    assert recipients == set()
