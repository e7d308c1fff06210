"""Entities evaluation: locating gold strings, name/description matching, grouping links,
roles, countries, and the gold files themselves (no floors: the stage owner sets them)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.errors import EvaluationError
from storyline.evaluation.entities import (
    GoldDocument,
    GoldEntity,
    SystemOutput,
    core_span,
    evaluate,
    find_all,
    load_gold,
    locate_entities,
    match_spans,
    mention_kind,
    normalise_role,
    pair_links,
    roles_match,
)
from storyline.models import LocalEntity, Mention

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "entities"

TEXT = ("Le président russe Vladimir Poutine a appelé Donald Trump. M. Poutine a parlé au "
        "président russe ? Non : le dirigeant du Kremlin a dit à M. Trump que la Russie attendrait.")


def gold_document(text: str = TEXT) -> GoldDocument:
    entities = [
        GoldEntity("Vladimir Poutine", "PER", ("Vladimir Poutine", "M. Poutine", "président russe",
                                               "dirigeant du Kremlin"), ("président russe",), "Russie"),
        GoldEntity("Donald Trump", "PER", ("Donald Trump", "M. Trump")),
        GoldEntity("Kremlin", "ORG", ("Kremlin",)),
        GoldEntity("Russie", "LOC", ("Russie",)),
    ]
    located, occurrences = locate_entities("d", text, entities, cleaned=False)
    return GoldDocument("d", text, located, occurrences)


def span(needle: str, nth: int = 0) -> tuple[int, int]:
    return find_all(TEXT, needle)[nth]


def mention(needle: str, key: str, kind: str = "name", nth: int = 0) -> Mention:
    start, end = span(needle, nth)
    return Mention(start, end, TEXT[start:end], key, kind)  # type: ignore[arg-type]


def test_find_all_is_whole_word_and_normalises_spaces_and_apostrophes() -> None:
    text = "L’Ukraine et l'Ukraine\u00a0orientale ; Ukrainiens."
    assert [text[s:e] for s, e in find_all(text, "Ukraine")] == ["Ukraine", "Ukraine"]
    assert find_all(text, "l'Ukraine orientale") == [(13, 32)]
    assert find_all(text, "Ukr") == []


def test_occurrences_inside_a_longer_string_of_the_same_entity_count_once() -> None:
    document = gold_document()
    texts = [o.text for o in document.occurrences]
    assert texts.count("Vladimir Poutine") == 1 and texts.count("M. Poutine") == 1
    # "Kremlin" inside the description of another entity is still a name of the Kremlin
    assert texts.count("Kremlin") == 1 and texts.count("dirigeant du Kremlin") == 1
    assert texts.count("président russe") == 2
    kinds = {o.text: o.kind for o in document.occurrences}
    assert kinds["président russe"] == "description" and kinds["M. Trump"] == "name"


def test_mention_kind() -> None:
    assert mention_kind("M. Zelensky", "Zelensky") == "name"
    assert mention_kind("ministère russe de la Défense", "ministère russe de la Défense") == "name"
    assert mention_kind("dirigeant du Kremlin", "Vladimir Poutine") == "description"


def test_gold_errors_are_reported() -> None:
    with pytest.raises(EvaluationError, match="not found"):
        locate_entities("d", TEXT, [GoldEntity("Joe Biden", "PER", ("Joe Biden",))], cleaned=False)
    twice = [GoldEntity("A", "PER", ("Trump",)), GoldEntity("B", "PER", ("Trump",))]
    with pytest.raises(EvaluationError, match="two entities"):
        locate_entities("d", TEXT, twice, cleaned=False)
    (entity,), _ = locate_entities("d", TEXT, [GoldEntity("Joe Biden", "PER", ("Joe Biden",))], cleaned=True)
    assert entity.absent == ("Joe Biden",)


def test_core_span_drops_a_civil_title() -> None:
    start, end = span("M. Poutine")
    assert TEXT[slice(*core_span(TEXT, start, end))] == "Poutine"
    start, end = span("Donald Trump")
    assert core_span(TEXT, start, end) == (start, end)


def test_match_spans_is_one_to_one_with_a_threshold() -> None:
    assert match_spans([(0, 10), (20, 30)], [(0, 9), (0, 10), (20, 24)], 0.5) == [(0, 1)]
    assert match_spans([(0, 10)], [(0, 9)], 1.0) == []
    assert match_spans([(0, 10)], [(0, 9)], 0.5) == [(0, 0)]


def test_pair_links_skip_identical_texts_and_split_names_from_descriptions() -> None:
    texts = ["Poutine", "M. Poutine", "président russe", "Trump"]
    counts = pair_links([1, 1, 1, 2], ["A", "A", "B", "B"], texts, ["name", "name", "description", "name"])
    # "Poutine" / "M. Poutine" normalise alike: no pair. Names: (Poutine, Trump) x2 -> no link either side.
    assert counts["names"] == [0, 0, 0]
    # descriptions: 2 gold links (président russe with both Poutines), 1 system link (with Trump), 0 both
    assert counts["descriptions"] == [2, 1, 0]


def test_roles_compare_without_case_accents_determiners_and_by_containment() -> None:
    assert normalise_role("la porte-parole de la Maison Blanche") == "porte parole maison blanche"
    assert roles_match("porte-parole de la Maison Blanche", "Porte-parole de la Maison-Blanche")
    assert roles_match("président russe", "le Président russe")
    assert roles_match("secrétaire national des Verts", "nouveau secrétaire national des Verts")
    assert roles_match("président", "président russe") and roles_match("président russe", "président")
    assert not roles_match("président russe", "ministre russe")
    assert not roles_match("président", "présidente du Sénat")  # whole words only
    assert not roles_match("", "président")


def test_evaluate_scores_names_types_groups_roles_and_country() -> None:
    document = gold_document()

    def extractor(text: str) -> SystemOutput:
        entities = (LocalEntity("E1", "Vladimir Poutine", "PER", ("le président russe",), "Russie"),
                    LocalEntity("E2", "Donald Trump", "PER", ("milliardaire",)),
                    LocalEntity("E3", "Kremlin", "LOC"),
                    LocalEntity("E4", "Russie", "MISC"))
        mentions = (mention("Vladimir Poutine", "E1"), mention("Poutine", "E1", nth=1),
                    mention("président russe", "E1", "title"),
                    mention("dirigeant du Kremlin", "E2", "description"),
                    mention("Donald Trump", "E2"), mention("Trump", "E1", nth=1),
                    mention("Kremlin", "E3"), mention("Russie", "E4"))
        return SystemOutput(entities, mentions)

    scores = evaluate([document], extractor)
    names = scores.names
    # gold names: Vladimir Poutine, M. Poutine, Donald Trump, M. Trump, Kremlin, Russie = 6;
    # system names (MISC left out): 5, all on gold spans once titles are cut
    assert (names["strict"].gold, names["strict"].predicted, names["strict"].matched) == (6, 5, 5)
    assert names["relaxed"].matched == 5
    assert names["typed"].matched == 4  # the Kremlin typed LOC
    assert (scores.descriptions.gold, scores.descriptions.predicted, scores.descriptions.matched) == (3, 2, 2)
    # names: found occurrences V.Poutine(E1) M.Poutine(E1) D.Trump(E2) M.Trump(E1) Kremlin(E3) Russie(E4)
    grouping = scores.groups["names"]
    assert grouping.gold == 2 and grouping.matched == 1  # V.P-M.P linked, D.T-M.T split
    assert grouping.precision < 1.0  # M. Trump put with Poutine
    assert scores.groups["descriptions"].gold > scores.groups["descriptions"].matched
    assert (scores.roles.gold, scores.roles.predicted, scores.roles.matched) == (1, 2, 1)
    assert (scores.country_total, scores.country_correct) == (1, 1)
    kinds = {e.kind for e in scores.errors}
    assert {"type", "split", "merged", "missed"} <= kinds


def test_wrong_country_and_missing_role_are_counted() -> None:
    document = gold_document()

    def extractor(text: str) -> SystemOutput:
        entities = (LocalEntity("E1", "Vladimir Poutine", "PER", (), "Ukraine"),
                    LocalEntity("E2", "Donald Trump", "PER", (), "États-Unis"))
        return SystemOutput(entities, (mention("Vladimir Poutine", "E1"), mention("Donald Trump", "E2")))

    scores = evaluate([document], extractor)
    assert (scores.country_total, scores.country_correct) == (2, 0)
    assert scores.roles.recall == 0.0 and scores.roles.precision == 1.0
    assert scores.groups["names"].gold == 0  # one occurrence per entity found: no pair


def test_empty_output_scores_zero_recall() -> None:
    scores = evaluate([gold_document()], lambda text: SystemOutput())
    assert scores.names["strict"].recall == 0.0 and scores.names["strict"].precision == 1.0
    assert scores.roles.recall == 0.0 and scores.country_total == 0


def test_gold_files_load_and_every_mention_string_is_in_its_text() -> None:
    documents = load_gold(GOLD)
    assert len([d for d in documents if d.collection == "seeds"]) == 5
    assert len([d for d in documents if d.collection == "timebank" and d.entities]) >= 20
    for document in documents:
        assert not [(e.name, e.absent) for e in document.entities if e.absent], document.name
        for index, entity in enumerate(document.entities):
            assert entity.type in ("PER", "ORG", "LOC"), (document.name, entity.name)
            assert entity.country is None or entity.type == "PER"
            found = {o.text for o in document.occurrences if o.entity == index}
            assert len(found) >= 1, (document.name, entity.name)
        for occurrence in document.occurrences:
            assert document.text[occurrence.start:occurrence.end] == occurrence.text
    assert sum(len(d.entities) for d in documents) >= 150


def test_cli_prints_the_table_and_json(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Emmanuel Macron est à Paris.", encoding="utf-8")
    rows = [{"doc": "a", "name": "Emmanuel Macron", "type": "PER", "mentions": ["Emmanuel Macron"],
             "roles": [], "country": None},
            {"doc": "a", "name": "Paris", "type": "LOC", "mentions": ["Paris"], "roles": [], "country": None}]
    (tmp_path / "g.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    index = {"sets": [{"name": "mini", "texts": "texts", "gold": "g.jsonl", "documents": ["a"]}]}
    (tmp_path / "documents.json").write_text(json.dumps(index), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "entities", str(tmp_path), "--stand-in"])
    assert result.exit_code == 0, result.output
    assert "names strict" in result.stdout and "country accuracy" in result.stdout
    result = runner.invoke(app, ["eval", "entities", str(tmp_path), "--stand-in", "--json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["all"]["names_strict"]["gold"] == 2 and "errors" in data
    missing = runner.invoke(app, ["eval", "entities", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2


@pytest.fixture(scope="module")
def stage_scores(nlp: Any) -> Any:
    from storyline.evaluation.entities import pipeline_extractor

    documents = load_gold(GOLD)
    parsed = {d.text: nlp(d.text) for d in documents}
    return evaluate(documents, pipeline_extractor(parsed.__getitem__))


def test_floors_of_the_entities_stage_on_the_gold(stage_scores: Any) -> None:
    """Measured 2026-12-01 (docs/entities.md); floors only move up."""
    assert stage_scores.names["strict"].f1 >= 0.92
    assert stage_scores.names["relaxed"].f1 >= 0.94
    assert stage_scores.names["typed"].f1 >= 0.89
    assert stage_scores.groups["names"].f1 >= 0.93
    assert stage_scores.groups["descriptions"].f1 >= 0.99
    assert stage_scores.roles.f1 >= 0.83
    assert stage_scores.country_accuracy >= 0.76
