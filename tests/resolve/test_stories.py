"""Story clusters: articles on the same developing story together, unrelated ones apart."""

from __future__ import annotations

from storyline.models import Claim, EventMention
from storyline.resolve import resolve

from .builders import analysis, doc, person


def calls(start: int = 3) -> tuple[EventMention, ...]:
    return (EventMention(type="CONSULT", mode="phone", start=start, end=start + 5,
                         trigger="entretenus", sentence="Trump et Zelensky se sont entretenus.",
                         actors=("E1",), recipients=("E2",), date="2025-07-04",
                         date_precision="day"),)


def corpus(second_date: str = "2025-07-05"):  # type: ignore[no-untyped-def]
    figure = Claim(start=30, end=39, text="539 drones", value=539, noun="drones")
    return resolve(
        [doc("a", published="2025-07-04"), doc("b", published=second_date),
         doc("c", published="2025-07-05")],
        [analysis("a", person("E1", "Donald Trump"), person("E2", "Volodymyr Zelensky"),
                  person("E3", "Vladimir Poutine"), events=calls(), claims=(figure,)),
         analysis("b", person("E1", "Trump"), person("E2", "Volodymyr Zelenskiy"),
                  person("E3", "Poutine"), events=calls(8), claims=(figure,)),
         analysis("c", person("E1", "Kylian Mbappé"), person("E2", "Real Madrid", kind="ORG"),
                  person("E3", "Madrid", kind="LOC"))])


def test_two_outlets_on_the_same_calls_share_a_story_and_the_unrelated_one_does_not():
    result = corpus()
    story = {d.id: d.story for d in result.documents}
    assert story["a"] == story["b"] != story["c"]
    [shared] = [s for s in result.stories if "a" in s.documents]
    assert shared.documents == ("a", "b")
    assert (shared.start, shared.end) == ("2025-07-04", "2025-07-05")
    assert "Donald Trump" in shared.label


def test_the_same_actors_months_apart_are_another_story():
    story = {d.id: d.story for d in corpus("2025-10-01").documents}
    assert story["a"] != story["b"]


def test_a_near_duplicate_joins_the_story_of_its_original():
    body = ("Le président américain a parlé au téléphone avec son homologue ukrainien pendant "
            "près d'une heure de la défense aérienne et des livraisons d'armes. ") * 3
    result = resolve([doc("a", body), doc("b", body + " Mis à jour.")],
                     [analysis("a", person("E1", "Donald Trump")),
                      analysis("b", person("E1", "Melania Trump"))])
    [a, b] = result.documents
    assert b.duplicate_of == "a" and a.story == b.story


def test_a_story_without_named_entities_is_labelled_by_its_first_title():
    import dataclasses

    lone = dataclasses.replace(doc("z", "Un texte sans nom propre."), title="Le mariage du cuisinier")
    [story] = resolve([lone], [analysis("z")]).stories
    assert story.label == "Le mariage du cuisinier"
