"""Quotes evaluation: overlap, matching, locating gold strings, speaker names, and the floors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from storyline.cli import app
from storyline.errors import EvaluationError
from storyline.evaluation.quotes import (
    GoldDocument,
    GoldQuote,
    SystemOutput,
    evaluate,
    load_gold,
    match,
    overlap,
    pipeline_extractor,
    speaker_matches,
)
from storyline.evaluation.quotes_gold import locate, name_forms, normalise_name
from storyline.models import LocalEntity, Mention, Quote

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "quotes"


def gold_quote(start: int, end: int, kind: str = "direct", speakers: tuple[str, ...] = ()) -> GoldQuote:
    return GoldQuote("d", kind, "x", start, end, speakers, None)


def quote(start: int, end: int, kind: str = "direct", **fields: Any) -> Quote:
    return Quote(start=start, end=end, text="x", kind=kind, **fields)  # type: ignore[arg-type]


def test_overlap_is_shared_characters_over_the_longer_span() -> None:
    assert overlap(0, 10, 0, 10) == 1.0
    assert overlap(0, 10, 0, 8) == 0.8
    assert overlap(0, 10, 5, 25) == 0.25
    assert overlap(0, 10, 10, 20) == 0.0


@given(st.integers(0, 50), st.integers(1, 50), st.integers(0, 50), st.integers(1, 50))
def test_overlap_is_symmetric_and_bounded(a: int, la: int, b: int, lb: int) -> None:
    value = overlap(a, a + la, b, b + lb)
    assert 0.0 <= value <= 1.0
    assert value == overlap(b, b + lb, a, a + la)


def test_matching_is_one_to_one_and_respects_the_threshold() -> None:
    gold = [gold_quote(0, 10), gold_quote(20, 30)]
    system = [quote(2, 10), quote(0, 9), quote(20, 24)]
    assert [(g.start, s.start) for g, s in match(gold, system, 0.8)] == [(0, 0)]
    assert len(match(gold, system, 0.3)) == 2


def test_locate_ignores_space_and_apostrophe_differences() -> None:
    text = "Il a dit : «\u00a0l’aide continuera le 4\u00a0juillet\u00a0»."
    start, end = locate(text, "l'aide continuera le 4 juillet", None, set()) or (0, 0)
    assert text[start:end] == "l’aide continuera le 4\u00a0juillet"


def test_locate_uses_context_and_skips_taken_spans() -> None:
    text = "avec prudence. Il a dit accueillir avec «prudence» les résultats, avec prudence."
    first = locate(text, "prudence", None, set())
    inside = locate(text, "prudence", "avec «prudence» les", set())
    assert first is not None and inside is not None and inside[0] > first[0]
    assert text[inside[0] - 1] == "«"
    assert locate(text, "prudence", None, {first}) != first
    assert locate(text, "absent", None, set()) is None


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("le bureau de M. Zelensky", ["bureau de m. zelensky", "zelensky"]),
        ("M. Trump et M. Zelensky", ["trump et m. zelensky", "trump", "zelensky"]),
        ("L’Ukraine", ["ukraine"]),
        ("Dominique de Villepin", ["dominique de villepin"]),
    ],
)
def test_name_forms(name: str, forms: list[str]) -> None:
    assert name_forms(name) == forms


def test_normalised_names_drop_titles_determiners_and_accents() -> None:
    assert normalise_name("Mme Élisabeth Borne") == "elisabeth borne"
    assert normalise_name("l'armée gouvernementale") == "armee gouvernementale"


def test_speaker_matches_through_entity_mentions_or_speaker_text() -> None:
    output = SystemOutput((), (LocalEntity("E1", "Donald Trump", "PER"),),
                          (Mention(0, 8, "M. Trump", "E1"), Mention(20, 22, "il", "E1", "pronoun")))
    assert speaker_matches(["Donald Trump"], quote(0, 1, speaker="E1", speaker_text="il"), output)
    assert speaker_matches(["Donald Trump"], quote(0, 1, speaker_text="Le président Trump"), output)
    official = quote(0, 1, speaker_text="un responsable de la Maison Blanche")
    assert speaker_matches(["Maison Blanche"], official, output)
    assert not speaker_matches(["Donald Trump"], quote(0, 1, speaker_text="il"), output)
    owner = quote(0, 1, speaker_text="le propriétaire de la Maison Blanche")
    assert not speaker_matches(["Donald Trump"], owner, output)


def test_evaluate_counts_groups_and_speakers() -> None:
    document = GoldDocument("d", "t", (gold_quote(0, 10, "direct", ("Leavitt",)),
                                       gold_quote(20, 40, "indirect", ("Kremlin",))))

    def extractor(text: str) -> SystemOutput:
        return SystemOutput((quote(0, 10, "direct", speaker_text="Leavitt"),
                             quote(20, 30, "indirect", speaker_text="le Pentagone"),
                             quote(50, 60, "partial")))

    scores = evaluate([document], extractor)
    assert scores.scores[("direct", 0.8)].f1 == 1.0
    assert (scores.scores[("all", 0.3)].matched, scores.scores[("all", 0.8)].matched) == (2, 1)
    assert scores.scores[("all", 0.3)].predicted == 3
    assert (scores.speaker_correct, scores.speaker_total) == (1, 2)
    assert {e.kind for e in scores.errors} == {"speaker", "spurious"}


def test_missing_gold_folder_and_unfindable_gold_string_are_reported(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="documents.json"):
        load_gold(tmp_path)
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Il a dit « oui ».", encoding="utf-8")
    (tmp_path / "g.jsonl").write_text(json.dumps({"doc": "a", "kind": "direct", "text": "non"}) + "\n",
                                      encoding="utf-8")
    index = {"sets": [{"name": "s", "texts": "texts", "gold": "g.jsonl", "documents": ["a"]}]}
    (tmp_path / "documents.json").write_text(json.dumps(index), encoding="utf-8")
    with pytest.raises(EvaluationError, match="not found in the text"):
        load_gold(tmp_path)


def test_quote_dropped_by_the_cleaner_counts_as_missed(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Il a dit « oui ».", encoding="utf-8")
    rows = [{"doc": "a", "kind": "direct", "text": "oui"}, {"doc": "a", "kind": "direct", "text": "non"}]
    (tmp_path / "g.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    index = {"sets": [{"name": "s", "texts": "texts", "clean": True, "gold": "g.jsonl", "documents": ["a"]}]}
    (tmp_path / "documents.json").write_text(json.dumps(index), encoding="utf-8")
    (document,) = load_gold(tmp_path, read_text=lambda path, clean: path.read_text(encoding="utf-8"))
    assert [(q.start, q.end) for q in document.quotes] == [(11, 14), (-1, -1)]
    scores = evaluate([document], lambda text: SystemOutput((quote(11, 14),)))
    assert scores.scores[("direct", 0.8)].recall == 0.5


def test_gold_files_load_and_cover_the_seeds_and_thirty_other_articles() -> None:
    documents = load_gold(GOLD)
    names = {d.name for d in documents}
    assert len([n for n in names if n[:3] in ("000", "001", "002", "003", "004")]) == 5
    assert len(names) >= 35
    assert len([d for d in documents if d.collection == "timebank" and d.quotes]) >= 25
    assert sum(len(d.quotes) for d in documents) >= 150


@pytest.fixture(scope="module")
def gold_scores(nlp: Any) -> tuple[Any, Any]:
    documents = load_gold(GOLD)
    parsed = {d.text: nlp(d.text) for d in documents}
    pipeline = evaluate(documents, pipeline_extractor(parsed.__getitem__))
    stand_in = evaluate(documents, pipeline_extractor(parsed.__getitem__, stand_in=True))
    return pipeline, stand_in


def test_floors_on_the_gold(gold_scores: tuple[Any, Any]) -> None:
    pipeline, stand_in = gold_scores
    assert pipeline.f1("direct", 0.8) >= 0.95
    assert pipeline.f1("direct", 0.3) >= 0.95
    assert pipeline.f1("quoted", 0.8) >= 0.95
    assert pipeline.f1("all", 0.3) >= 0.95
    assert pipeline.f1("all", 0.8) >= 0.95
    assert pipeline.kind_accuracy >= 0.95
    assert pipeline.speaker_accuracy >= 0.92
    assert stand_in.speaker_accuracy >= 0.87


def test_cli_prints_the_table_and_json(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    text = "« Nous partirons demain », a déclaré le ministre. Selon l'Insee, les prix montent."
    (tmp_path / "texts" / "a.txt").write_text(text, encoding="utf-8")
    rows = [{"doc": "a", "kind": "direct", "text": "Nous partirons demain", "speaker": "ministre"},
            {"doc": "a", "kind": "attribution", "text": "les prix montent", "speaker": "Insee"}]
    (tmp_path / "g.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    index = {"sets": [{"name": "mini", "texts": "texts", "gold": "g.jsonl", "documents": ["a"]}]}
    (tmp_path / "documents.json").write_text(json.dumps(index), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "quotes", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "direct" in result.stdout and "speaker accuracy 1.000 (2/2)" in result.stdout
    result = runner.invoke(app, ["eval", "quotes", str(tmp_path), "--json"])
    data = json.loads(result.stdout)
    assert data["all"]["all@0.8"]["f1"] == 1.0
    missing = runner.invoke(app, ["eval", "quotes", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
