"""Predicates whose event sense the sentence rules out (event_senses.py and the lexicon
entries it relies on), on made-up French sentences parsed with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analysis.test_events import analyse


def types(nlp: Any, text: str) -> list[str]:
    found, _ = analyse(nlp, text)
    return [e.type for e in found]


@pytest.mark.parametrize(
    "text",
    [
        # a habit under "aimer" / "avoir l'habitude de"
        "Chaque soir, Marie Lefort aimait discuter avec ses voisins de la rue.",
        "Le vieux pêcheur avait l'habitude de rencontrer les touristes sur le port.",
        # a thing gives way: the subject of "qui" or of "une des X" cannot concede
        "C'est une des digues du port qui a cédé jeudi soir, inondant les quais.",
        "Une des poutres de la charpente a cédé sous le poids de la neige.",
        # market demand, a trend
        "Dans la région, la demande diminue depuis trois ans.",
        # a public event, no protest
        "L'entrée de cette manifestation, réservée aux familles, coûte cinq euros.",
        # "conclure à" concludes, agrees to nothing
        "L'expertise a conclu à un accident de la circulation.",
        # fixed phrases of sport and advertising
        "La championne défendra son titre samedi à Lyon.",
        "Le chanteur défend les couleurs d'une marque de montres.",
        # an offer to the public is no proposal to someone
        "La mairie de Villers propose un concert gratuit samedi soir.",
    ],
)
def test_everyday_sense_gives_no_event(nlp: Any, text: str) -> None:
    assert types(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Marie Lefort aimerait rencontrer le ministre de la Santé.", "CONSULT"),  # a wish
        ("Le ministre, qui a cédé aux syndicats, a retiré la réforme.", "CONCEDE"),
        ("La manifestation contre la fermeture de l'usine a réuni trois cents personnes.", "PROTEST"),
        ("Les manifestants scandaient des slogans hostiles. La manifestation s'est terminée devant "
         "la préfecture.", "PROTEST"),
        ("Les deux pays ont conclu un traité de paix.", "AGREE"),
        ("Le ministre a proposé un cessez-le-feu.", "REQUEST"),
    ],
)
def test_event_sense_kept(nlp: Any, text: str, kind: str) -> None:
    assert kind in types(nlp, text)


def test_taking_part_in_a_manifestation_is_a_protest(nlp: Any) -> None:
    assert "PROTEST" in types(nlp, "Le député Marc Blanc a pris part à une manifestation devant la mairie.")
    assert "PROTEST" in types(nlp, "Le député Marc Blanc a été interpellé après avoir participé à une "
                                   "manifestation à Lyon.")
    assert "PROTEST" not in types(nlp, "Le public a participé à une manifestation culturelle à Lyon.")
