"""Everyday verbs of harm going on with an assault told just before (lexicon ``continued``), on
short made-up French texts."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_events import analyse, names

ASSAULT = ("Le 3 avril, Marc Dupont et Jean Moreau ont torturé Paul Martin dans une cave de Rennes "
           "pendant toute la nuit. ")


def test_harm_done_to_the_victim_of_an_assault_by_its_author_is_a_further_assault(nlp: Any) -> None:
    text = ASSAULT + "Ils l'ont ensuite attaché à une chaise et lui ont fait avaler de l'eau sale."
    found, table = analyse(nlp, text)
    more = [e for e in found if e.type == "ASSAULT" and "torturé" not in e.trigger]
    assert [e.trigger for e in more] == ["ont ensuite attaché", "ont fait avaler"], found
    for event in more:
        assert names(event.actors, table) == {"Marc Dupont", "Jean Moreau"}
        assert names(event.recipients, table) == {"Paul Martin"}
        assert event.date == "2025-04-03"


def test_the_same_verbs_without_an_assault_on_that_person_are_no_events(nlp: Any) -> None:
    text = ("Le 3 avril, Marc Dupont a accueilli Paul Martin dans sa maison de Rennes. Il l'a ensuite "
            "enfermé dans le salon pour une surprise, puis il a livré des colis et jeté un œil au journal.")
    found, _ = analyse(nlp, text)
    assert [e for e in found if e.type == "ASSAULT"] == [], found


def test_someone_else_acting_is_no_further_assault(nlp: Any) -> None:
    text = ASSAULT + "Pierre Durand l'a ensuite attaché à une chaise."
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found if e.type == "ASSAULT"] == ["ont torturé"], found


def test_a_handover_to_a_party_is_no_further_assault(nlp: Any) -> None:
    text = ASSAULT + "Puis ils l'ont livré à la police."
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found if e.type == "ASSAULT"] == ["ont torturé"], found
