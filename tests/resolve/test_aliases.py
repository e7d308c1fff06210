"""The alias file (merge, split, rename) and the merge log that says why names were joined."""

from __future__ import annotations

from pathlib import Path

from storyline.resolve import load_aliases, resolve
from storyline.resolve.entities import resolve_entities

from .builders import analysis, doc, person


def aliases(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "aliases.toml"
    path.write_text(text, encoding="utf-8")
    return load_aliases(path)


def test_merge_joins_names_no_rule_would_join(tmp_path: Path):
    corpus = [analysis("a", person("E1", "Kiev", kind="LOC")),
              analysis("b", person("E1", "Kyiv", kind="LOC"))]
    _, refs, _ = resolve_entities(corpus)
    assert refs[("a", "E1")] != refs[("b", "E1")]  # "kiev" / "kiv": too short to call a typo
    _, refs, notes = resolve_entities(corpus, aliases(tmp_path, 'merge = [["Kiev", "Kyiv"]]\n'))
    assert refs[("a", "E1")] == refs[("b", "E1")]
    [note] = notes
    assert note.reason == "alias file: merge Kiev = Kyiv"


def test_split_keeps_a_name_apart_but_together_with_itself(tmp_path: Path):
    corpus = [analysis("a", person("E1", "Donald Trump")), analysis("b", person("E1", "Trump")),
              analysis("c", person("E1", "M. Trump"))]
    _, refs, _ = resolve_entities(corpus)
    assert len({refs[("a", "E1")], refs[("b", "E1")], refs[("c", "E1")]}) == 1
    entities, refs, _ = resolve_entities(corpus, aliases(tmp_path, 'split = ["Trump", "M. Trump"]\n'))
    assert refs[("b", "E1")] != refs[("a", "E1")]
    assert refs[("b", "E1")] == refs[("c", "E1")]  # the bare name is one entity, not one per article
    assert len(entities) == 2


def test_rename_sets_the_displayed_name_and_keeps_ids(tmp_path: Path):
    corpus = [analysis("a", person("E1", "Vladimir Poutine")), analysis("b", person("E1", "Poutine"))]
    before, _, _ = resolve_entities(corpus)
    after, _, _ = resolve_entities(corpus, aliases(
        tmp_path, '[rename]\n"Vladimir Poutine" = "Vladimir Putin"\n'))
    assert [e.name for e in after] == ["Vladimir Putin"]
    assert [e.id for e in after] == [e.id for e in before]


def test_alias_file_is_applied_by_resolve(tmp_path: Path):
    result = resolve([doc("a"), doc("b")],
                     [analysis("a", person("E1", "Kiev", kind="LOC")),
                      analysis("b", person("E1", "Kyiv", kind="LOC"))],
                     aliases=aliases(tmp_path, 'merge = [["Kyiv", "Kiev"]]\n'))
    [entity] = result.entities
    assert entity.documents == ("a", "b")
    assert [n.reason for n in result.merge_log] == ["alias file: merge Kyiv = Kiev"]


def test_merge_log_names_each_merge_and_its_reason():
    _, refs, notes = resolve_entities([
        analysis("a", person("E1", "Volodymyr Zelensky"),
                 person("E2", "Karoline Leavitt", "porte-parole de la Maison Blanche")),
        analysis("b", person("E1", "Volodymyr Zelenskiy"),
                 person("E2", "Karoline Leavit", "porte-parole de la Maison Blanche")),
        analysis("c", person("E1", "Zelensky")),
    ])
    reasons = {n.merged: (n.name, n.reason) for n in notes}
    assert reasons["Volodymyr Zelenskiy"] == ("Volodymyr Zelensky",
                                              "same spelling key 'zelenski' and first name")
    assert reasons["Zelensky"][1] == "bare surname of the only full name with that surname in the corpus"
    assert reasons["Karoline Leavit"][1].startswith("same spelling key 'leavit'")
    assert all(n.entity == refs[("a", "E1")] for n in notes if n.name == "Volodymyr Zelensky")
