"""A token holding two dates (a season "2024/2025") is a range: no date of an event comes from
it (event_context.DateFinder), on a made-up French sentence."""

from __future__ import annotations

from typing import Any

from tests.analysis.test_events import analyse


def test_a_season_range_in_a_noun_phrase_leaves_the_day_of_its_verb(nlp: Any) -> None:
    text = ("La première réunion de la chorale, pour la saison 2024/2025, aura lieu le mardi "
            "8 octobre à la salle paroissiale.")
    found, _ = analyse(nlp, text, published="2024-10-01")
    assert [(e.trigger, e.date) for e in found] == [("réunion", "2024-10-08")]
