"""Numeric claims: what counts as one, its value, noun, unit and qualifier."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analysis import claims as claims_stage
from storyline.analysis.claims import find_claims
from storyline.analysis.pipeline import AnalysisState
from storyline.evaluation.claims import noun_key
from storyline.models import Claim, Document


def _claims(nlp: Any, text: str) -> list[Claim]:
    return [found.claim for found in find_claims(nlp(text))]


def _one(nlp: Any, text: str) -> Claim:
    found = _claims(nlp, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "noun", "qualifier"),
    [
        ("Kiev a abattu 539 drones pendant la nuit.", 539, "drone", None),
        ("Au moins 1 200 soldats ont fui la ville.", 1200, "soldat", "au moins"),
        ("La police a compté 20 000 manifestants.", 20000, "manifestant", None),
        ("Les forces russes ont abattu quatre missiles.", 4, "missile", None),
        ("Trente-cinq personnes ont été tuées.", 35, "personne", None),
        ("Vingt et un blessés ont été hospitalisés.", 21, "blessé", None),
        ("L'armée a perdu deux cents chars.", 200, "char", None),
        ("Un million de personnes ont manifesté.", 1_000_000, "personne", None),
        ("Près de 3,7 millions de réfugiés ont quitté le pays.", 3_700_000, "réfugié", "près de"),
        ("Environ 50 chars ont été livrés.", 50, "char", "environ"),
        ("Moins de 50 manifestants étaient présents.", 50, "manifestant", "moins de"),
        ("Ils ont tiré jusqu'à 40 missiles.", 40, "missile", "jusqu'à"),
        ("La Russie a lancé plus de 300 drones.", 300, "drone", "plus de"),
        ("Ils ont impliqué un nombre record de 539 drones.", 539, "drone", "record"),
        ("L'attaque a fait une vingtaine de blessés.", 20, "blessé", "environ"),
        ("Un seul drone a suffi.", 1, "drone", "seulement"),
        ("L'équipe n'a remporté qu'une victoire.", 1, "victoire", "seulement"),
        ("Il a réclamé 20 batteries Patriot supplémentaires.", 20, "batterie", None),
        ("Quatre mineurs ont torturé un homme.", 4, "mineur", None),
    ],
)
def test_counts_with_their_noun_and_qualifier(
    nlp: Any, text: str, value: float, noun: str, qualifier: str | None
) -> None:
    claim = _one(nlp, text)
    assert claim.value == pytest.approx(value)
    assert noun_key(claim.noun) == noun
    assert claim.qualifier == qualifier
    assert text[claim.start : claim.end] == claim.text


def test_passive_participle_joins_the_noun(nlp: Any) -> None:
    claim = _one(nlp, "Les autorités ont annoncé que huit personnes avaient été blessées.")
    assert claim.noun == "personnes blessées"


@pytest.mark.parametrize(
    ("text", "value", "unit", "noun"),
    [
        ("Le taux atteint 3,2 % cette année.", 3.2, "%", "%"),
        ("Il a obtenu plus de 82% des voix.", 82, "%", "voix"),
        ("Washington débloque 5 milliards de dollars.", 5e9, "USD", "dollar"),
        ("Bruxelles promet 300 millions d'euros.", 3e8, "EUR", "euro"),
        ("Soutenez-nous à partir de 1€ par mois.", 1, "EUR", "€"),
        ("Le tribunal l'a condamné à 5.000 F d'amende.", 5000, "FRF", "f"),
        ("Le chantier coûtera 200 MF.", 2e8, "FRF", "mf"),
        ("Il faut poser 18 mètres de tuyaux.", 18, "m", "mètre"),
    ],
)
def test_percentages_money_and_measures_carry_a_unit(
    nlp: Any, text: str, value: float, unit: str, noun: str
) -> None:
    claim = _one(nlp, text)
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit
    assert noun_key(claim.noun) == noun


@pytest.mark.parametrize(
    ("text", "value", "upper"),
    [("Entre 20 et 30 soldats ont été capturés.", 20, 30),
     ("Ils ont détruit de 10 à 15 blindés.", 10, 15)],
)
def test_ranges_give_value_and_upper(nlp: Any, text: str, value: float, upper: float) -> None:
    claim = _one(nlp, text)
    assert (claim.value, claim.upper) == (value, upper)
    assert claim.text.lower().startswith(("entre", "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Le 14 mars, les dirigeants se sont parlé.",
        "Ils se sont rencontrés en Finlande en 2018.",
        "Le cessez-le-feu de 30 jours a été proposé par Washington.",
        "Moscou a tiré des missiles en l'espace de 13 heures.",
        "Il pourrait mettre fin au conflit dans les 24 heures.",
        "Le dépôt approvisionnait les systèmes S-300 et S-400.",
        "Le Vietnam participe à l'exercice Komodo 2025.",
        "Un drone a attaqué un dépôt de missiles.",
        "Les deux dirigeants ont convenu de se revoir.",
        "Le bal commence à 22 h 30 dimanche soir.",
        "Elle s'est éteinte à l'âge de 114 ans.",
        "Près de deux tiers des habitants sont satisfaits.",
        "Les Jazz se sont imposés 93 à 83 mardi soir.",
        "Des milliers de soldats sont encerclés.",
        "Il habite au 4 bis, avenue du Général de Gaulle.",
        "La résolution 1405 de l'ONU a été votée hier.",
        "Elle est tombée du 4e étage le 1er mai.",
    ],
)
def test_dates_times_durations_names_and_articles_are_not_claims(nlp: Any, text: str) -> None:
    assert _claims(nlp, text) == []


def test_a_number_without_noun_takes_the_noun_of_the_sentence(nlp: Any) -> None:
    first, second = _claims(
        nlp, "L'Ukraine a lancé 28 drones pendant la nuit, contre plus de 300 la veille."
    )
    assert (first.value, second.value) == (28, 300)
    assert noun_key(second.noun) == "drone"
    assert second.qualifier == "plus de"


def test_partitive_counts_the_noun_of_the_whole(nlp: Any) -> None:
    claim = _one(nlp, "L'aviation a intercepté 476 de ces drones.")
    assert (claim.value, noun_key(claim.noun)) == (476, "drone")


def test_nbsp_between_number_and_noun(nlp: Any) -> None:
    text = "Selon Kiev, la Russie a tiré 539\u00a0drones et 11\u00a0missiles."
    found = _claims(nlp, text)
    assert [(c.value, noun_key(c.noun)) for c in found] == [(539, "drone"), (11, "missile")]


def test_stage_contract_and_run(nlp: Any) -> None:
    stage = claims_stage.STAGE
    assert stage.requires == ("doc", "entities", "mentions")
    assert stage.assigns == ("claims",)
    text = "Le ministère a déclaré que 28 drones avaient été abattus."
    state = AnalysisState(document=Document(id="d", source="s", text=text), doc=nlp(text))
    claims = stage.run(state).claims
    assert [c.value for c in claims] == [28]
    assert claims[0].attributed_to is None  # no mentions given: no entity to point at
