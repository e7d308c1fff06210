"""Who a claim is attributed to: selon, reporting verbs, incises and quotations."""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analysis import entities as entities_stage
from storyline.analysis.claims import find_claims
from storyline.analysis.pipeline import AnalysisState
from storyline.models import Document, EntityType, LocalEntity, Mention

REAL_ENTITIES = "mentions" in entities_stage.STAGE.assigns


def _hand_made(text: str, names: dict[str, EntityType]) -> tuple[list[Mention], list[LocalEntity]]:
    """One entity per name, one mention per occurrence, as the entities stage would give."""
    mentions = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, name))
            start = text.find(name, start + 1)
    return mentions, [LocalEntity(key=n, name=n, type=t) for n, t in names.items()]


def _sources(nlp: Any, text: str, names: dict[str, EntityType]) -> list[tuple[float, set[str]]]:
    """(value, names of the attributed entity) for each claim of ``text``."""
    doc = nlp(text)
    if REAL_ENTITIES:
        state = entities_stage.STAGE.run(AnalysisState(Document("d", "s", text), doc))
        mentions, entities = list(state.mentions), list(state.entities)
    else:
        mentions, entities = _hand_made(text, names)
    result = []
    for found in find_claims(doc, mentions, entities):
        key = found.claim.attributed_to
        named = {e.name for e in entities if e.key == key} | {
            m.text for m in mentions if m.entity == key}
        result.append((found.claim.value, named))
    return result


def _names_match(expected: str | None, named: set[str]) -> bool:
    if expected is None:
        return not named
    return any(expected.lower() in n.lower() or n.lower() in expected.lower() for n in named)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Cet appel a suivi une nuit de frappes qui, selon Kiev, ont impliqué un nombre "
         "record de 539 drones.", {"Kiev": "LOC"}, "Kiev"),
        ("D'après le ministère de la Santé, 45 personnes ont été blessées.",
         {"ministère de la Santé": "ORG"}, "ministère de la Santé"),
        ("Selon les chiffres rendus publics hier par l'INSEE, 400 000 personnes ont déménagé.",
         {"INSEE": "ORG"}, "INSEE"),
        ("« Nous avons perdu 300 hommes », a affirmé Sergueï Choïgou.",
         {"Sergueï Choïgou": "PER"}, "Choïgou"),
        ("La croissance est de 0,4 % par an, note l'Institut national de la statistique.",
         {"Institut national de la statistique": "ORG"}, "Institut national de la statistique"),
        ("Les forces russes ont abattu quatre missiles au-dessus de Moscou.",
         {"Moscou": "LOC"}, None),
        ("Le gouvernement soutient le projet de 12 ministres.", {"gouvernement": "ORG"}, None),
    ],
)
def test_attribution(nlp: Any, text: str, names: dict[str, EntityType], expected: str | None
                     ) -> None:
    found = _sources(nlp, text, names)
    assert found, "the claim itself was not found"
    for _value, named in found:
        assert _names_match(expected, named), (expected, named)


def test_reporting_verb_gives_every_claim_of_its_clause(nlp: Any) -> None:
    text = ("Le ministère russe de la Défense a déclaré que l'Ukraine avait lancé 28 drones "
            "pendant la nuit, contre plus de 300 le 11 mars.")
    found = _sources(nlp, text, {"ministère russe de la Défense": "ORG", "Ukraine": "LOC"})
    assert [v for v, _ in found] == [28, 300]
    assert all(_names_match("ministère russe de la Défense", named) for _, named in found)


def test_incise_after_a_quotation_split_by_the_parser(nlp: Any) -> None:
    text = ("« Sur onze titulaires, je n'en ai vu que trois samedi. Il faut travailler », "
            "se défend Courbis.")
    found = _sources(nlp, text, {"Courbis": "PER"})
    assert [v for v, _ in found] == [11, 3]
    assert all(_names_match("Courbis", named) for _, named in found)


def test_without_mentions_nothing_is_attributed(nlp: Any) -> None:
    doc = nlp("Selon Kiev, la Russie a lancé 27 drones.")
    found = find_claims(doc)
    assert [f.claim.value for f in found] == [27]
    assert found[0].claim.attributed_to is None
    assert found[0].source is not None and doc[found[0].source.head].text == "Kiev"


def test_what_is_counted_is_not_its_own_source(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.analysis.claims import find_claims
    from storyline.analysis.entities import extract_entities

    doc = nlp("Il a, en outre, jugé recevables les plaintes de deux des cinq gendarmes présents. "
              "Mais ils n'ont rien obtenu.")
    entities, mentions = extract_entities(doc)
    found = {f.claim.text: f.claim for f in find_claims(doc, mentions, entities)}
    assert found["cinq gendarmes présents"].attributed_to is None
    doc = nlp("Trois gendarmes ont déclaré que douze voitures avaient brûlé.")
    entities, mentions = extract_entities(doc)
    found = {f.claim.text: f.claim for f in find_claims(doc, mentions, entities)}
    assert found["douze voitures"].attributed_to == next(e.key for e in entities if e.unnamed)
