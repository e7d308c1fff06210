"""Talks that need two parties ("évoquer", "aborder", a bare "discuter de"), on short made-up
French texts."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_events import analyse, names


def test_talks_between_two_coordinated_subjects(nlp: Any) -> None:
    found, table = analyse(nlp, "Pedro Sánchez et Giorgia Meloni évoqueront la crise migratoire.")
    talks = [e for e in found if e.type == "CONSULT"]
    assert [e.trigger for e in talks] == ["évoqueront"], found
    assert names(talks[0].actors, table) == {"Pedro Sánchez", "Giorgia Meloni"}
    assert talks[0].modality == "future"


def test_talks_with_a_partner(nlp: Any) -> None:
    found, table = analyse(nlp, "Pedro Sánchez a abordé avec Giorgia Meloni la question des quotas.")
    talks = [e for e in found if e.type == "CONSULT"]
    assert [e.trigger for e in talks] == ["a abordé"], found
    assert names(talks[0].recipients, table) == {"Giorgia Meloni"}


def test_one_speaker_mentioning_a_matter_holds_no_talks(nlp: Any) -> None:
    found, _ = analyse(nlp, "Pedro Sánchez a évoqué la crise migratoire. Giorgia Meloni a discuté du budget.")
    assert not [e for e in found if e.type == "CONSULT"], found


def test_talks_that_serve_a_meeting_are_no_second_event(nlp: Any) -> None:
    text = "Pedro Sánchez et Giorgia Meloni se sont rencontrés à Rome afin de discuter du budget."
    found, _ = analyse(nlp, text)
    assert [e.trigger for e in found if e.type == "CONSULT"] == ["se sont rencontrés"], found


def test_talks_about_an_event_noun_tell_that_event(nlp: Any) -> None:
    found, _ = analyse(nlp, "Pedro Sánchez et Giorgia Meloni ont évoqué les bombardements contre Kharkiv.")
    assert [e.type for e in found] == ["ASSAULT"], found
