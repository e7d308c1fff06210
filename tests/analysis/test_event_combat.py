"""Taking, holding and defending ground: "la prise de X", "repousser une attaque", "défendre la
patrie", on short made-up French texts."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_participants import analyse, event_of


def test_taking_a_place_is_a_ground_assault_by_its_claimant(nlp: Any) -> None:
    text = "Les rebelles ont revendiqué la conquête de trois localités du nord."
    found, _ = analyse(nlp, text)
    assert [(e.trigger, e.type, e.mode) for e in found] == [("conquête", "ASSAULT", "ground")]
    actors, _ = event_of(nlp, text, "conquête")
    assert actors == {"rebelles"}


def test_taking_office_or_a_stance_is_no_assault(nlp: Any) -> None:
    found, _ = analyse(nlp, "Sa prise de position a surpris. La prise de fonctions à Lyon aura lieu lundi.")
    assert found == []


def test_repelling_an_attack_is_an_assault(nlp: Any) -> None:
    found, _ = analyse(nlp, "Les soldats ont repoussé un assaut des insurgés près du fleuve.")
    assert [(e.trigger, e.type) for e in found] == [("ont repoussé", "ASSAULT")]


def test_postponing_is_no_event_and_repelling_a_plan_a_rejection(nlp: Any) -> None:
    text = "Le conseil a repoussé l'échéance à mars. Le maire a repoussé le projet du préfet."
    found, _ = analyse(nlp, text)
    assert [(e.trigger, e.type) for e in found] == [("a repoussé", "REJECT")]
    assert found[0].start > 40  # the mayor's, not the council's


def test_defending_a_homeland_or_a_town_is_no_support(nlp: Any) -> None:
    found, _ = analyse(nlp, "Le général a juré de défendre la patrie. Les habitants défendront leur ville.")
    assert found == []


def test_defending_a_decision_is_support(nlp: Any) -> None:
    found, _ = analyse(nlp, "La ministre a défendu la réforme devant les sénateurs.")
    assert [(e.trigger, e.type) for e in found] == [("a défendu", "SUPPORT")]
