"""Numeric claims aligned across sources: agree, differ, or a claim of its own."""

from __future__ import annotations

from storyline.models import Claim
from storyline.resolve import resolve
from storyline.resolve.claims import align_claims, noun_key

from .builders import analysis, doc, person

PLACES = (person("M", "Moscou", kind="LOC"), person("K", "Kiev", kind="LOC"),
          person("T", "Donald Trump"), person("Z", "Volodymyr Zelensky"))


def count(value: float, noun: str = "drones", source: str | None = None, start: int = 10) -> Claim:
    return Claim(start=start, end=start + 9, text=f"{value:g} {noun}", value=value, noun=noun,
                 attributed_to=source)


def claims(*per_article: tuple[Claim, ...]):  # type: ignore[no-untyped-def]
    ids = [f"d{i}" for i in range(len(per_article))]
    result = resolve([doc(i) for i in ids],
                     [analysis(i, *PLACES, claims=c) for i, c in zip(ids, per_article, strict=True)])
    return result, sorted((c.document, c.value, c.agreement) for c in result.claims)


def test_539_drones_in_two_outlets_agree():
    _, found = claims((count(539),), (count(539, "Drones"),))
    assert found == [("d0", 539, "agree"), ("d1", 539, "agree")]


def test_different_values_for_one_quantity_differ():
    _, found = claims((count(539),), (count(477),))
    assert found == [("d0", 539, "differ"), ("d1", 477, "differ")]


def test_moscow_28_and_kyiv_27_are_two_claims_not_one_contradicted_fact():
    result, found = claims((count(28, source="M"),), (count(27, source="K"),))
    assert found == [("d0", 28, "single"), ("d1", 27, "single")]
    names = {e.id: e.name for e in result.entities}
    assert {names[c.attributed_to] for c in result.claims if c.attributed_to} == {"Moscou", "Kiev"}


def test_the_same_source_quoted_by_two_outlets_is_compared():
    _, found = claims((count(28, source="M"),), (count(27, source="M"),), (count(28, source="M"),))
    assert found == [("d0", 28, "agree"), ("d1", 27, "differ"), ("d2", 28, "agree")]


def test_an_article_that_also_gives_the_other_figure_does_not_differ():
    _, found = claims((count(28), count(300, start=40)), (count(300),))
    assert found == [("d0", 28, "single"), ("d0", 300, "agree"), ("d1", 300, "agree")]


def test_other_nouns_and_other_stories_are_not_compared():
    _, found = claims((count(539),), (count(12, "morts"),))
    assert found == [("d0", 539, "single"), ("d1", 12, "single")]


def test_plural_marks_do_not_split_a_noun():
    assert noun_key("drones") == noun_key("Drone") == "drone"
    assert noun_key("missiles balistiques") == "missile"


def test_a_large_story_is_aligned_without_comparing_every_pair():
    analyses = [analysis(f"d{i}", *PLACES, claims=(count(540 if i % 1000 == 0 else 539,
                                                        source="K" if i % 2 else None),))
                for i in range(20000)]
    story = {a.document: "s" for a in analyses}
    refs = {(a.document, e.key): e.key for a in analyses for e in a.entities}
    found = align_claims(analyses, refs, story, {})
    assert {(c.value, c.agreement) for c in found} == {(539, "agree"), (540, "agree")}
