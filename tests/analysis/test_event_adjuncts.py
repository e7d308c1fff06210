"""Time phrases the parser took for a verb's argument (event_adjuncts.py): a fronted time noun
is no subject, a bare noun phrase after a time word is the object."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_participants import event_of


def test_a_fronted_time_noun_is_no_passive_subject(nlp: Any) -> None:
    text = "La veille, le syndicaliste Paul Garnier avait été arrêté par la gendarmerie."
    actors, recipients = event_of(nlp, text, "arrêté")
    assert recipients == {"Paul Garnier"}


def test_a_title_is_a_person_for_a_verb_that_needs_one(nlp: Any) -> None:
    text = "La porte-parole du collectif, Anne Vidal, a été brièvement arrêtée par la police."
    actors, recipients = event_of(nlp, text, "arrêtée")
    assert "police" in actors


def test_a_bare_noun_after_a_weekday_is_the_object(nlp: Any) -> None:
    text = "La gendarmerie a arrêté jeudi quatre militants écologistes près de Nantes."
    actors, recipients = event_of(nlp, text, "arrêté")
    assert recipients == {"militants écologistes"}


def test_a_noun_the_parser_hung_on_a_weekday_object_is_the_object(nlp: Any) -> None:
    text = "Le gouvernement a expulsé jeudi deux diplomates russes."
    actors, recipients = event_of(nlp, text, "expulsé")
    assert recipients == {"Russie"}



def test_the_object_after_a_weekday_object_and_a_place_is_the_object(nlp: Any) -> None:
    # the parser tags both "jeudi" and "les représentants" as objects
    text = "Le ministre Paul Garnier a reçu jeudi à Lyon les représentants des agriculteurs."
    actors, recipients = event_of(nlp, text, "reçu")
    assert actors == {"Paul Garnier"}
    assert recipients
