"""Passives under a modal or semi-auxiliary: the governor's subject is the one who undergoes
the passive, on short made-up French texts."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_events import analyse, names, only


def test_a_passive_under_a_modal_has_the_modal_subject_as_recipient(nlp: Any) -> None:
    event, table = only(nlp, "Le ministre Paul Martin doit être reçu demain par le roi Abdallah.")
    assert (event.type, names(event.actors, table), names(event.recipients, table)) == (
        "CONSULT", {"Abdallah"}, {"Paul Martin"})


def test_a_passive_under_venir_de_is_an_event(nlp: Any) -> None:
    event, table = only(nlp, "Le chancelier Karl Weber vient d'être accueilli par le président Marco Rossi.")
    assert (event.type, names(event.actors, table), names(event.recipients, table)) == (
        "CONSULT", {"Marco Rossi"}, {"Karl Weber"})


def test_a_pronoun_under_a_modal_received_by_a_person_is_a_visit(nlp: Any) -> None:
    text = "Le ministre Paul Martin est arrivé à Rome. Il doit être reçu jeudi par le président Marco Rossi."
    found, table = analyse(nlp, text)
    assert [(e.type, names(e.actors, table), names(e.recipients, table)) for e in found] == [
        ("CONSULT", {"Marco Rossi"}, {"Paul Martin"})]


def test_a_thing_under_a_modal_received_is_no_visit(nlp: Any) -> None:
    assert analyse(nlp, "La lettre doit être reçue avant lundi par les services.")[0] == []
