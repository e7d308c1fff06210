"""What an object or a complement makes of a trigger: calls to act, judgements of events, modes
kept only with their type — on short made-up French texts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_events import analyse, names


@pytest.mark.parametrize("text", [
    "La maire Sophie Lenoir a appelé les riverains à la prudence.",
    "Le préfet Marc Aubert a appelé les habitants à quitter leurs maisons.",
    "La ministre Claire Vidal a appelé la population au calme.",
])
def test_calling_someone_to_something_is_a_request(nlp: Any, text: str) -> None:
    found, _ = analyse(nlp, text)
    assert [(e.type, e.mode) for e in found] == [("REQUEST", None)]


def test_calling_someone_at_a_place_stays_a_call(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le maire Luc Ferrand a appelé son homologue à Bordeaux.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]


def test_a_call_for_a_strike_is_no_phone_call(nlp: Any) -> None:
    found, _ = analyse(nlp, "Les cheminots ont appelé à un arrêt de travail jeudi.")
    assert [(e.type, e.mode) for e in found if e.trigger == "ont appelé"] == [("REQUEST", None)]


def test_condemning_attacks_on_people_is_no_sentence(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le maire Luc Ferrand a condamné les attaques contre les pompiers. "
                            "La députée Anne Morel a condamné les attaques des rebelles.")
    assert [e.type for e in found if e.trigger == "a condamné"] == ["ACCUSE", "ACCUSE"]


def test_condemning_a_person_to_a_penalty_is_a_sentence(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le tribunal a condamné Paul Girard à deux ans de prison.")
    assert [e.type for e in found] == ["COERCE"]


def test_the_partner_of_a_suspended_relation_is_the_recipient(nlp: Any) -> None:
    found, table = analyse(nlp, "Le Portugal a suspendu sa coopération policière avec le Brésil.")
    assert [(e.type, names(e.actors, table), names(e.recipients, table)) for e in found] == [
        ("SANCTION", {"Portugal"}, {"Brésil"})]
