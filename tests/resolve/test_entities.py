"""Canonical actors: merges that must happen, and merges that must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.errors import ConfigError
from storyline.resolve import load_aliases
from storyline.resolve.entities import resolve_entities
from storyline.resolve.names import edit_distance_at_most_one, skeleton

from .builders import analysis, person


def names_of(analyses, aliases=None):  # type: ignore[no-untyped-def]
    entities, refs, notes = resolve_entities(analyses, aliases)
    return sorted(sorted(e.aliases) for e in entities), refs, notes, entities


@pytest.mark.parametrize("variant", ["Zelenskiy", "Zelenskyy", "Zelenski", "ZELENSKY"])
def test_transliterations_share_a_key(variant):
    assert skeleton(variant) == skeleton("Zelensky")


def test_zelensky_variants_merge_across_documents():
    groups, refs, notes, entities = names_of([
        analysis("a", person("E1", "Volodymyr Zelensky")),
        analysis("b", person("E1", "Volodymyr Zelenskiy")),
    ])
    assert len(entities) == 1
    assert refs[("a", "E1")] == refs[("b", "E1")]
    assert notes and "spelling key" in notes[0].reason


def test_doubled_letters_are_one_spelling():
    role = "porte-parole de la Maison Blanche"
    _, refs, _, _ = names_of([
        analysis("a", person("E1", "Karoline Leavitt", role)),
        analysis("b", person("E1", "Karoline Leavit", role)),
    ])
    assert refs[("a", "E1")] == refs[("b", "E1")]


def test_one_letter_typo_merges_only_with_shared_role():
    _, refs, notes, _ = names_of([
        analysis("a", person("E1", "Dmitri Peskov", "porte-parole du Kremlin")),
        analysis("b", person("E1", "Dmitri Peskow", "porte-parole du Kremlin")),
    ])
    assert refs[("a", "E1")] == refs[("b", "E1")]
    assert "one letter apart" in notes[0].reason
    _, refs, _, _ = names_of([
        analysis("a", person("E1", "Dmitri Peskov", "porte-parole")),
        analysis("b", person("E1", "Dmitri Peskow", "chanteur")),
    ])
    assert refs[("a", "E1")] != refs[("b", "E1")]


def test_local_and_international_place_spellings():
    _, refs, _, entities = names_of([
        analysis("a", person("E1", "Soumy", kind="LOC")),
        analysis("b", person("E1", "Sumy", kind="LOC")),
    ])
    assert refs[("a", "E1")] == refs[("b", "E1")]
    assert entities[0].type == "LOC"


def test_bare_surname_joins_the_only_full_name():
    _, refs, _, _ = names_of([
        analysis("a", person("E1", "Vladimir Poutine")),
        analysis("b", person("E1", "Poutine")),
    ])
    assert refs[("a", "E1")] == refs[("b", "E1")]


def test_bare_surname_stays_apart_when_ambiguous():
    _, refs, _, entities = names_of([
        analysis("a", person("E1", "John Smith")),
        analysis("b", person("E1", "Jane Smith")),
        analysis("c", person("E1", "Smith")),
    ])
    assert len(entities) == 3
    assert len({refs[("a", "E1")], refs[("b", "E1")], refs[("c", "E1")]}) == 3


@pytest.mark.parametrize(("one", "two"), [("Donald Trump", "Joe Biden"),
                                          ("Vladimir Poutine", "Dmitri Peskov"),
                                          ("Donald Trump", "Melania Trump")])
def test_distinct_people_never_merge(one, two):
    _, refs, _, entities = names_of([analysis("a", person("E1", one)),
                                     analysis("b", person("E1", two))])
    assert len(entities) == 2 and refs[("a", "E1")] != refs[("b", "E1")]


def test_canonical_name_is_the_most_common_full_form():
    _, _, _, entities = names_of([
        analysis("a", person("E1", "Volodymyr Zelensky")),
        analysis("b", person("E1", "Volodymyr Zelensky")),
        analysis("c", person("E1", "Volodymyr Zelenskiy")),
        analysis("d", person("E1", "Zelensky")),
    ])
    [entity] = entities
    assert entity.name == "Volodymyr Zelensky"
    assert entity.documents == ("a", "b", "c", "d")
    assert {"Zelensky", "Volodymyr Zelenskiy"} <= set(entity.aliases)


def test_alias_file_merge_split_rename(tmp_path: Path):
    path = tmp_path / "aliases.toml"
    path.write_text('merge = [["Kiev", "Kyiv"]]\nsplit = ["Smith"]\n'
                    '[rename]\n"Vladimir Poutine" = "Vladimir Putin"\n', encoding="utf-8")
    aliases = load_aliases(path)
    _, refs, notes, entities = names_of([
        analysis("a", person("E1", "Kiev", kind="LOC"), person("E2", "Vladimir Poutine"),
                 person("E3", "Smith")),
        analysis("b", person("E1", "Kyiv", kind="LOC"), person("E2", "John Smith")),
    ], aliases)
    assert refs[("a", "E1")] == refs[("b", "E1")]
    assert any(n.reason.startswith("alias file") for n in notes)
    assert refs[("a", "E3")] != refs[("b", "E2")]  # split: the bare "Smith" stays alone
    assert "Vladimir Putin" in {e.name for e in entities}


def test_bad_alias_file_is_named(tmp_path: Path):
    path = tmp_path / "bad.toml"
    path.write_text("merge = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.toml"):
        load_aliases(path)
    with pytest.raises(ConfigError, match="does not exist"):
        load_aliases(tmp_path / "missing.toml")


def test_edit_distance():
    assert edit_distance_at_most_one("leavitt", "leavit")
    assert edit_distance_at_most_one("abc", "abd")
    assert not edit_distance_at_most_one("trump", "biden")
    assert not edit_distance_at_most_one("abcd", "ab")


def test_four_transliterations_become_one_entity():
    spellings = ["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy",
                 "Volodymyr Zelenski"]
    _, refs, notes, entities = names_of(
        [analysis(f"d{i}", person("E1", name)) for i, name in enumerate(spellings)])
    assert len(entities) == 1 and len({refs[(f"d{i}", "E1")] for i in range(4)}) == 1
    assert sorted(n.merged for n in notes) == sorted(spellings[1:])


def test_leavitt_and_leavit_without_first_names_merge():
    role = "porte-parole de la Maison Blanche"
    _, refs, _, entities = names_of([analysis("a", person("E1", "Leavitt", role)),
                                     analysis("b", person("E1", "Mme Leavit", role))])
    assert refs[("a", "E1")] == refs[("b", "E1")] and len(entities) == 1


def _places(second: str, kind: str, *around: str):  # type: ignore[no-untyped-def]
    context = [person(f"C{i}", name) for i, name in enumerate(around)]
    return names_of([
        analysis("a", person("E1", "Soumy", kind="LOC"), person("C8", "Volodymyr Zelensky"),
                 person("C9", "Kharkiv", kind="LOC")),
        analysis("b", person("E1", second, kind=kind), *context)])


def test_place_spellings_merge_when_type_and_context_agree():
    _, refs, notes, _ = _places("Sumy", "LOC", "Volodymyr Zelenskiy", "Vladimir Poutine")
    assert refs[("a", "E1")] == refs[("b", "E1")]
    assert "co-mentioned" in next(n.reason for n in notes if n.merged == "Sumy")


def test_place_spellings_stay_apart_when_the_type_differs():
    _, refs, _, _ = _places("Sumy", "ORG", "Volodymyr Zelensky")
    assert refs[("a", "E1")] != refs[("b", "E1")]


def test_place_spellings_stay_apart_when_mentioned_with_nothing_in_common():
    _, refs, _, _ = _places("Sumy", "LOC", "Lionel Messi", "Kylian Mbappé")
    assert refs[("a", "E1")] != refs[("b", "E1")]


def test_one_name_is_one_entity_whatever_type_the_tagger_gave():
    _, refs, _, entities = names_of([analysis("a", person("E1", "Kremlin", kind="LOC")),
                                     analysis("b", person("E1", "le Kremlin", kind="ORG")),
                                     analysis("c", person("E1", "Kremlin", kind="ORG"))])
    assert len({refs[(d, "E1")] for d in "abc"}) == 1
    assert entities[0].type == "ORG"


def test_canonical_name_prefers_the_common_full_form_over_a_longer_rare_one():
    _, _, _, [entity] = names_of([
        analysis("a", person("E1", "Vladimir Poutine")),
        analysis("b", person("E1", "Vladimir Poutine")),
        analysis("c", person("E1", "Vladimir Vladimirovitch Poutine")),
        analysis("d", person("E1", "Poutine")), analysis("e", person("E1", "Poutine")),
        analysis("f", person("E1", "Poutine")),
    ])
    assert entity.name == "Vladimir Poutine"  # not the bare surname, although more frequent


def test_shared_context_does_not_merge_different_surnames():
    context = (person("C1", "Kiev", kind="LOC"), person("C2", "Moscou", kind="LOC"),
               person("C3", "Washington", kind="LOC"))
    _, refs, _, _ = names_of([
        analysis("a", person("E1", "Vladimir Poutine"), person("E2", "Donald Trump"), *context),
        analysis("b", person("E1", "Dmitri Peskov"), person("E2", "Joe Biden"), *context)])
    assert refs[("a", "E1")] != refs[("b", "E1")]
    assert refs[("a", "E2")] != refs[("b", "E2")]


def test_same_surname_different_first_names_with_shared_context():
    role = "président"
    _, refs, _, entities = names_of([
        analysis("a", person("E1", "George Bush", role), person("E2", "Irak", kind="LOC")),
        analysis("b", person("E1", "Jeb Bush", role), person("E2", "Irak", kind="LOC"))])
    assert refs[("a", "E1")] != refs[("b", "E1")]


def test_unnamed_groups_are_never_merged_across_articles():
    from storyline.models import Analysis, LocalEntity

    first = Analysis(document="a", entities=(LocalEntity("E1", "manifestants", "PER", unnamed=True),))
    second = Analysis(document="b", entities=(LocalEntity("E1", "manifestants", "PER", unnamed=True),))
    entities, refs, _ = resolve_entities([first, second])
    assert len(entities) == 2 and refs[("a", "E1")] != refs[("b", "E1")]
