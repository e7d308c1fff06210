"""What qualifies two nouns of one lemma tells them apart (event_qualifiers.py)."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_participants import event_of


def test_a_role_with_a_de_complement_is_not_an_earlier_bare_holder(nlp: Any) -> None:
    text = ("Le directeur Marc Tessier a reçu lundi les syndicats. "
            "Le directeur de la banque centrale a demandé des explications au ministre.")
    actors, _ = event_of(nlp, text, "demandé")
    assert "Marc Tessier" not in actors


def test_a_role_of_another_country_is_not_an_earlier_holder(nlp: Any) -> None:
    text = ("Le président Alberto Ruiz a reçu mardi une délégation à Lima. "
            "Le président brésilien a menacé la Bolivie.")
    actors, _ = event_of(nlp, text, "menacé")
    assert "Alberto Ruiz" not in actors


def test_a_later_bare_role_still_names_the_earlier_holder(nlp: Any) -> None:
    text = ("Le directeur Marc Tessier a reçu lundi les syndicats. "
            "Le directeur a menacé la banque.")
    actors, _ = event_of(nlp, text, "menacé")
    assert actors == {"Marc Tessier"}
