"""Duplicates, stories, the merged timeline, claim agreement, inferred dates, incremental ids."""

from __future__ import annotations

from storyline.models import Claim, Timex
from storyline.resolve import resolve
from storyline.resolve.dedup import find_duplicates, signature, similarity

from .builders import analysis, call, doc, person

BODY = ("Le président a annoncé une nouvelle série de mesures pour soutenir les agriculteurs "
        "touchés par la sécheresse, avec des aides directes et des reports de charges. ") * 4
OTHER = ("La finale du championnat s'est jouée devant un stade comble, et l'équipe locale "
         "l'a emporté après les prolongations grâce à un but tardif de son capitaine. ") * 4


def drones(value: float, source: str | None = None, start: int = 10) -> Claim:
    return Claim(start=start, end=start + 10, text=f"{value:g} drones", value=value, noun="drones",
                 attributed_to=source)


def test_near_duplicates_found_unrelated_kept():
    documents = [doc("a", BODY), doc("b", BODY + " Mise à jour."), doc("c", OTHER)]
    assert find_duplicates(documents) == {"b": "a"}
    assert similarity(signature(BODY), signature(OTHER)) < 0.2


def _two_outlets(date_a: str | None, date_b: str | None, value_b: float = 539):  # type: ignore[no-untyped-def]
    trump, zelensky = person("E1", "Donald Trump"), person("E2", "Volodymyr Zelensky")
    kyiv = person("E3", "Kiev", kind="LOC")
    return resolve(
        [doc("a", "Texte A."), doc("b", "Texte B."), doc("c", OTHER, "2024-01-02")],
        [analysis("a", trump, zelensky, kyiv, events=(call(3, date_a, "E1", "E2"),),
                  claims=(drones(539, "E3"),)),
         analysis("b", person("E1", "Trump"), person("E2", "Volodymyr Zelenskiy"), kyiv,
                  events=(call(7, date_b, "E2", "E1"),), claims=(drones(value_b, "E3"),)),
         analysis("c", person("E1", "Lionel Messi"))])


def test_two_outlets_same_calls_one_story_and_one_entry():
    result = _two_outlets("2025-07-04", "2025-07-04")
    story = {d.id: d.story for d in result.documents}
    assert story["a"] == story["b"] != story["c"]
    [event] = [e for e in result.events if e.type == "CONSULT"]
    assert {m.document for m in event.mentions} == {"a", "b"}
    assert event.date == "2025-07-04" and event.disputed == ()
    assert len(event.actors) == 2


def test_dates_that_disagree_keep_both_entries_flagged():
    result = _two_outlets("2025-07-04", "2025-07-03")
    calls = [e for e in result.events if e.type == "CONSULT"]
    assert sorted(e.date for e in calls) == ["2025-07-03", "2025-07-04"]
    assert all(e.disputed == ("date",) for e in calls)


def test_claims_agree_differ_and_single():
    agree = {c.document: c.agreement for c in _two_outlets("2025-07-04", "2025-07-04").claims}
    assert agree == {"a": "agree", "b": "agree"}
    differ = {c.document: c.agreement for c in _two_outlets("2025-07-04", "2025-07-04", 540).claims}
    assert differ == {"a": "differ", "b": "differ"}


def test_figures_from_different_sources_are_not_a_contradiction():
    moscow, kyiv = person("E1", "Moscou", kind="LOC"), person("E2", "Kiev", kind="LOC")
    trump = person("E3", "Donald Trump")
    result = resolve([doc("a"), doc("b")], [
        analysis("a", moscow, kyiv, trump, claims=(drones(28, "E1"), drones(300, None, 40))),
        analysis("b", moscow, kyiv, trump, claims=(drones(27, "E2"), drones(300, None, 40)))])
    by_value = {c.value: c.agreement for c in result.claims}
    assert by_value[28] == "single" and by_value[27] == "single"
    assert by_value[300] == "agree"


def test_undated_article_gets_an_inferred_date():
    result = resolve([doc("a", published=None)], [analysis(
        "a", person("E1", "Donald Trump"),
        timexes=(Timex(0, 5, "le 3 juillet", "DATE", "2025-07-03"),
                 Timex(9, 12, "le 2 juillet", "DATE", "2025-07-02"),
                 Timex(20, 25, "vendredi", "DATE", "XXXX-WXX-5")))])
    [document] = result.documents
    assert (document.published, document.published_precision, document.published_origin) == (
        "2025-07-03", "day", "inferred")


def test_undated_article_without_dates_takes_its_story_window():
    result = _two_outlets("2025-07-04", "2025-07-04")
    base = [d for d in result.documents]
    undated = [doc("u", "Texte U.", published=None)]
    again = resolve([*base, *undated], [
        analysis("a", person("E1", "Donald Trump"), person("E2", "Volodymyr Zelensky"),
                 claims=(drones(539),)),
        analysis("b", person("E1", "Donald Trump"), person("E2", "Volodymyr Zelensky"),
                 claims=(drones(539),)),
        analysis("u", person("E1", "Donald Trump"), person("E2", "Volodymyr Zelensky"),
                 claims=(drones(539),)),
    ])
    [u] = [d for d in again.documents if d.id == "u"]
    assert (u.published_origin, u.published, u.published_before) == ("inferred", "2025-03-18", "2025-03-18")


def test_incremental_resolution_keeps_old_ids():
    before = _two_outlets("2025-07-04", "2025-07-04")
    after = resolve(
        [doc("a", "Texte A."), doc("b", "Texte B."), doc("c", OTHER, "2024-01-02"), doc("d")],
        [analysis("a", person("E1", "Donald Trump"), person("E2", "Volodymyr Zelensky"),
                  person("E3", "Kiev", kind="LOC"), events=(call(3, "2025-07-04", "E1", "E2"),),
                  claims=(drones(539, "E3"),)),
         analysis("b", person("E1", "Trump"), person("E2", "Volodymyr Zelenskiy"),
                  person("E3", "Kiev", kind="LOC"), events=(call(7, "2025-07-04", "E2", "E1"),),
                  claims=(drones(539, "E3"),)),
         analysis("c", person("E1", "Lionel Messi")),
         analysis("d", person("E1", "Emmanuel Macron"))])
    old = {e.name: e.id for e in before.entities}
    new = {e.name: e.id for e in after.entities}
    assert all(new[name] == entity_id for name, entity_id in old.items())
    assert {e.id for e in before.events} <= {e.id for e in after.events}
