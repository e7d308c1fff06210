"""Events evaluation: pairing, participant names, dates, the three levels, and the floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.errors import EvaluationError
from storyline.evaluation.events import (
    SystemOutput,
    date_matches,
    evaluate,
    names_match,
    pair,
    participants_match,
)
from storyline.evaluation.events_gold import GoldEvent, GoldEventDocument, load_event_gold, sentence_span
from storyline.models import Document, EventMention, LocalEntity, Mention

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold" / "events"
TEXT = "Trump et Poutine se sont parlé. Plus tard, Trump a appelé Zelensky."


def gold(start: int, end: int, kind: str = "CONSULT", actors: tuple[tuple[str, ...], ...] = (),
         date: str | None = None, sentence: tuple[int, int] = (0, 31)) -> GoldEvent:
    return GoldEvent("d", kind, "x", start, end, sentence, actors=actors, date=date)


def event(start: int, end: int, kind: str = "CONSULT", actors: tuple[str, ...] = (),
          date: str | None = None) -> EventMention:
    return EventMention(type=kind, start=start, end=end, trigger="x", sentence="s", actors=actors,
                        date=date, date_precision=None)


OUTPUT = SystemOutput(
    events=(),
    entities=(LocalEntity("E1", "Donald Trump", "PER"), LocalEntity("E2", "le président russe", "PER"),
              LocalEntity("E3", "Zelensky", "PER")),
    mentions=(Mention(0, 5, "Trump", "E1"), Mention(9, 16, "Vladimir Poutine", "E2", "name"),
              Mention(20, 28, "Zelensky", "E3")),
)


def test_names_match_ignores_case_accents_titles_and_takes_proper_names_either_way() -> None:
    assert names_match(["M. Trump"], OUTPUT.names_of("E1"))
    assert names_match(["Donald J. Trump", "Trump"], OUTPUT.names_of("E1"))
    assert names_match(["Vladimir Poutine"], OUTPUT.names_of("E2"))
    assert names_match(["POUTINE"], OUTPUT.names_of("E2"))
    assert not names_match(["Zelensky"], OUTPUT.names_of("E1"))
    # a description only matches as a whole: "président" alone does not name "président russe"
    described = SystemOutput((), (LocalEntity("E9", "le président", "PER"),), ())
    assert not names_match(["le président russe"], described.names_of("E9"))


def test_participants_must_all_be_named_and_nothing_extra() -> None:
    g = gold(0, 5, actors=(("Trump",), ("Poutine", "Vladimir Poutine")))
    assert participants_match(g, event(0, 5, actors=("E1", "E2")), OUTPUT)
    assert not participants_match(g, event(0, 5, actors=("E1",)), OUTPUT)  # one missing
    assert not participants_match(g, event(0, 5, actors=("E1", "E2", "E3")), OUTPUT)  # one extra
    roles = EventMention(type="CONSULT", start=0, end=5, trigger="x", sentence="s", actors=("E2",),
                         recipients=("E1",))
    assert participants_match(g, roles, OUTPUT)  # roles are not compared


def test_date_is_compared_at_the_gold_precision() -> None:
    assert date_matches(gold(0, 1, date="2025-03"), event(0, 1, date="2025-03-18"))
    assert not date_matches(gold(0, 1, date="2025-03-18"), event(0, 1, date="2025-03"))
    assert not date_matches(gold(0, 1, date="2025-03-18"), event(0, 1, date="2025-03-19"))
    assert date_matches(gold(0, 1), event(0, 1))
    assert not date_matches(gold(0, 1), event(0, 1, date="2025"))


def test_pairing_overlap_first_then_same_sentence_and_type_one_to_one() -> None:
    golds = [gold(17, 30), gold(50, 60, sentence=(32, 67))]
    system = [event(20, 25), event(0, 5), event(40, 45, kind="ASSAULT")]
    pairs = pair(golds, system, lambda g, s: g.type == s.type)
    assert [(g.start, s.start) for g, s in pairs] == [(17, 20)]  # (0,5) is taken by nobody: g1 used
    pairs = pair(golds, [event(0, 5), event(40, 45)], lambda g, s: True)
    assert {(g.start, s.start) for g, s in pairs} == {(17, 0), (50, 40)}
    # a same-sentence prediction of another type does not pair
    assert pair([gold(50, 60, sentence=(32, 67))], [event(40, 45, kind="ASSAULT")], lambda g, s: True) == []


def test_sentence_span() -> None:
    assert sentence_span(TEXT, 40) == (32, len(TEXT))
    assert TEXT[slice(*sentence_span(TEXT, 3))] == "Trump et Poutine se sont parlé."


def test_evaluate_counts_three_levels() -> None:
    golds = (gold(17, 30, actors=(("Trump",), ("Poutine",)), date="2025-03-18"),
             gold(52, 58, actors=(("Trump",), ("Zelensky",)), sentence=(32, 67)))
    document = GoldEventDocument("d", Document(id="d", source="d", text=TEXT), golds)
    system = (event(17, 30, actors=("E1", "E2"), date="2025-03-19"),
              event(52, 58, actors=("E1", "E3")), event(0, 5, kind="ASSAULT"))
    output = SystemOutput(system, OUTPUT.entities, OUTPUT.mentions)
    scores = evaluate([document], lambda d: output)
    assert [(scores.scores[lv].gold, scores.scores[lv].predicted, scores.scores[lv].matched)
            for lv in ("type", "actors", "date")] == [(2, 3, 2), (2, 3, 2), (2, 3, 1)]
    assert {e.kind for e in scores.errors} == {"date", "spurious"}


def test_load_event_gold_locates_triggers_and_reads_dct(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"doc": "a", "type": "CONSULT", "trigger": "se sont parlé", "actors": ["Trump", ["Poutine"]],
         "date": "2025-03-18"},
        {"doc": "a", "type": "consult", "trigger": "a appelé", "context": "Trump a appelé Zelensky",
         "recipients": ["Zelensky"]},
        {"doc": "a", "type": "ASSAULT", "trigger": "absent"},
    ]), encoding="utf-8")
    (tmp_path / "documents.json").write_text(json.dumps({"sets": [
        {"name": "s", "texts": "texts", "clean": False, "gold": "g.jsonl", "documents": ["a"],
         "dct": {"a": "2025-03-20"}}]}), encoding="utf-8")
    (document,) = load_event_gold(tmp_path)
    assert document.document.published == "2025-03-20"
    first, second, third = document.events
    assert TEXT[first.start:first.end] == "se sont parlé" and first.actors == (("Trump",), ("Poutine",))
    assert second.type == "CONSULT" and TEXT[second.start:second.end] == "a appelé"
    assert second.recipients == (("Zelensky",),) and second.sentence == (32, len(TEXT))
    assert (third.start, third.end) == (-1, -1)


def test_missing_gold_folder_says_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="documents.json"):
        load_event_gold(tmp_path)


# F1 floors on gold/events, with the entities stage (measured 2026-12-01, latest run: seeds
# 1.000 / 0.923 / 0.833, timebank 0.977 / 0.837 / 0.837, all 0.988 / 0.878 / 0.835). They only
# move up.
FLOORS = {
    "seeds": {"type": 0.99, "actors": 0.91, "date": 0.82},
    "timebank": {"type": 0.96, "actors": 0.82, "date": 0.82},
    "all": {"type": 0.98, "actors": 0.86, "date": 0.82},
}


@pytest.fixture(scope="module")
def gold_scores():  # type: ignore[no-untyped-def]
    from storyline.evaluation.events import evaluate_folder

    return evaluate_folder(GOLD)


@pytest.mark.parametrize(("collection", "level"),
                         [(c, lv) for c, levels in FLOORS.items() for lv in levels])
def test_f1_floors(gold_scores, collection: str, level: str) -> None:  # type: ignore[no-untyped-def]
    assert gold_scores[collection].f1(level) >= FLOORS[collection][level]


def test_the_goal_holds_on_type_actors_and_date(gold_scores) -> None:  # type: ignore[no-untyped-def]
    """The issue's goal is P >= 0.80 and R >= 0.75 on type + actors + date; measured 0.835 / 0.835
    (2026-12-01). These floors only move up."""
    last = gold_scores["all"].scores["date"]
    assert last.precision >= 0.82
    assert last.recall >= 0.82
