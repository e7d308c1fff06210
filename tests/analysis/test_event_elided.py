"""Subjects a verb shares with a clause the parser did not hang it on (event_elided.py)."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_event_participants import event_of


def test_participle_sharing_an_auxiliary_has_the_first_verbs_subject(nlp: Any) -> None:
    text = "Ottawa a condamné une « agression » et averti que la Chine en paierait le prix."
    actors, _ = event_of(nlp, text, "averti")
    assert actors == {"Ottawa"}


def test_detached_present_participle_has_the_clause_subject(nlp: Any) -> None:
    text = ("L'armée belge a mené mardi un raid contre une base rebelle près de Kindu, "
            "tuant une vingtaine de miliciens.")
    actors, recipients = event_of(nlp, text, "tuant")
    assert actors == {"Belgique"}
    assert "Kindu" not in recipients
