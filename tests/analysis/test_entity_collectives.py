"""Unnamed bodies and groups of the entities stage (entity_collectives.py): camp nouns."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_participants import analyse, event_of


def test_a_camp_noun_is_an_unnamed_body(nlp: Any) -> None:
    text = ("Le scrutin a été contesté par l'opposition. "
            "L'opposition, qui réclame un recomptage, a dénoncé une fraude massive.")
    actors, _ = event_of(nlp, text, "dénoncé")
    assert actors == {"opposition"}


def test_a_camp_noun_with_a_complement_is_a_stance(nlp: Any) -> None:
    found, table = analyse(nlp, "Le ministre a réaffirmé son opposition au projet de loi.")
    assert "opposition" not in table.values()


def test_a_camp_noun_first_met_as_a_complement_is_still_a_body(nlp: Any) -> None:
    text = ("Des milliers de partisans de l'opposition ont défilé dimanche. "
            "L'opposition a dénoncé une fraude massive.")
    actors, _ = event_of(nlp, text, "dénoncé")
    assert actors == {"opposition"}


def test_an_office_with_a_nationality_and_a_portfolio_no_one_holds_is_unnamed(nlp: Any) -> None:
    text = "Le ministre portugais de la Santé a critiqué le projet et a réclamé un audit."
    actors, _ = event_of(nlp, text, "réclamé")
    assert actors == {"ministre portugais de la Santé"}


def test_an_office_a_named_person_holds_is_that_person(nlp: Any) -> None:
    text = ("Rui Costa, ministre portugais de la Santé, est arrivé à Lisbonne. "
            "Le ministre portugais de la Santé a réclamé un audit.")
    actors, _ = event_of(nlp, text, "réclamé")
    assert actors == {"Rui Costa"}


def test_a_counted_group_of_civilians_with_a_nationality_is_no_country(nlp: Any) -> None:
    text = "Trois chercheurs belges ont été libérés samedi par leurs geôliers."
    _, recipients = event_of(nlp, text, "libérés")
    assert recipients == {"chercheurs belges"}
    _, recipients = event_of(nlp, "Trois diplomates belges ont été expulsés samedi.", "expulsés")
    assert recipients == {"Belgique"}
