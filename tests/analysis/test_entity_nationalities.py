"""Countries and peoples named only by a nationality adjective (entity_nationalities.py, the
lexicon's ``peoples``, and how event_referents.py finds them)."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analysis import timex
from storyline.analysis.entities import extract_entities
from storyline.analysis.entity_lexicon import load_entity_lexicon
from storyline.analysis.event_referents import Referents
from storyline.analysis.events import extract_events
from storyline.analysis.quotes import extract_quotes
from storyline.models import LocalEntity


def participants(nlp: Any, text: str, trigger: str) -> tuple[set[str], set[str]]:
    """(actor names, recipient names) of the first event whose trigger contains ``trigger``."""
    doc = nlp(text)
    entities, mentions = extract_entities(doc)
    timexes = tuple(timex.tag_doc(doc, timex.publication_date("2024-06-10")))
    quotes = extract_quotes(doc, entities, mentions)
    found = extract_events(doc, entities, mentions, timexes, "2024-06-10", quotes=quotes)
    names = {e.key: e.name for e in entities}
    event = next(e for e in found if trigger in e.trigger)
    return {names[k] for k in event.actors}, {names[k] for k in event.recipients}


def test_a_country_named_only_by_an_adjective_on_an_event_is_an_entity(nlp: Any) -> None:
    text = "Le Portugal a salué hier les conclusions du sommet italo-espagnol de Séville."
    entities, mentions = extract_entities(nlp(text))
    by_name = {e.name: e for e in entities}
    assert by_name["Italie"].type == by_name["Espagne"].type == "LOC"
    spain = [m for m in mentions if m.entity == by_name["Espagne"].key]
    assert [(m.text, m.kind) for m in spain] == [("italo-espagnol", "description")]
    actors, _ = participants(nlp, text, "sommet")
    assert actors == {"Italie", "Espagne"}


def test_an_adjective_of_a_stateless_people_names_the_people(nlp: Any) -> None:
    text = ("Deux gardes-frontières ont été blessés dans une attaque kurde près de la frontière. "
            "Des pourparlers interkurdes ont commencé mardi à Erbil.")
    entities, _ = extract_entities(nlp(text))
    assert [e.name for e in entities if e.name in ("Kurdes", "Kurdistan")] == ["Kurdes"]
    assert participants(nlp, text, "attaque")[0] == {"Kurdes"}
    assert participants(nlp, text, "pourparlers")[0] == {"Kurdes"}


def test_an_adjective_on_no_event_gives_no_entity(nlp: Any) -> None:
    entities, _ = extract_entities(nlp("Le droit américain interdit cette pratique depuis longtemps."))
    assert "États-Unis" not in {e.name for e in entities}


def test_a_demonym_of_a_stateless_people_is_the_people(nlp: Any) -> None:
    entities, mentions = extract_entities(nlp("Les Kurdes ont manifesté samedi dans plusieurs villes."))
    kurds = next(e for e in entities if e.name == "Kurdes")
    assert [m.text for m in mentions if m.entity == kurds.key] == ["Kurdes"]


def test_an_adjective_the_parse_hangs_off_its_noun_still_qualifies_it(nlp: Any) -> None:
    text = ("La Russie dément. Odessa a subi une nuit marquée par de violentes frappes russes à l’aide "
            "de roquettes.")
    assert participants(nlp, text, "frappes")[0] == {"Russie"}


@pytest.mark.parametrize(("word", "named"), [
    ("interpalestinienne", ["Palestine"]), ("israélo-palestinien", ["Israël", "Palestine"]),
    ("tamoules", ["Tamouls"]), ("internationale", []), ("kurdes", ["Kurdistan"]),
])
def test_what_an_adjective_names(word: str, named: list[str]) -> None:
    assert load_entity_lexicon().countries_of_word(word) == named


def test_the_people_of_a_country_and_its_entity() -> None:
    lexicon = load_entity_lexicon()
    assert lexicon.people_of_country("Palestine") == "Palestiniens"
    assert lexicon.people_of_country("Italie") is None
    referents = Referents((LocalEntity("E1", "Palestiniens", "LOC"),), [], lexicon)
    assert referents.country_key("Palestine") == "E1"
    assert referents.country_key("Syrie") is None


def test_a_hyphenated_adjective_split_or_mistagged_is_one_word(nlp: Any) -> None:
    text = "Le médiateur a évoqué un accord russo-ukrainien et un accord italo-libanais."
    entities, mentions = extract_entities(nlp(text))
    by_name = {e.name: e.key for e in entities}
    assert {"Russie", "Ukraine", "Italie", "Liban"} <= set(by_name)
    assert [m.text for m in mentions if m.entity == by_name["Russie"]] == ["russo-ukrainien"]
